extension Diagnostic.Code {
    /// A policy file that breaks a rule of the policy format (SA902).
    public static let invalidPolicy = Self(
        "SA902", .error, "Invalid policy",
        "The policy file breaks a rule of the policy format: a duplicate rule id, a rule without "
            + "conditions, contradictory conditions, an escalation that does not raise the step, or an "
            + "indicator or rating the framework does not define. docs/policy.md describes the format."
    )
}
