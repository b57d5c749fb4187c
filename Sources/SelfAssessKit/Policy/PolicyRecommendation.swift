/// What a policy recommends for one signatory and year, with every rule that fired.
struct PolicyRecommendation: Sendable, Equatable {
    /// The signatory's id.
    var signatory: String
    /// The reporting year evaluated.
    var year: Int
    /// Every rule and escalation that fired, the most severe first, then in file order (rules
    /// before escalations).
    var findings: [PolicyFinding]

    /// Creates a recommendation.
    init(signatory: String, year: Int, findings: [PolicyFinding]) {
        self.signatory = signatory
        self.year = year
        self.findings = findings
    }

    /// The finding that decides the action: the most severe, and of equally severe ones the first
    /// in the policy file.
    ///
    /// Nil when nothing fired.
    var deciding: PolicyFinding? { findings.first }

    /// The recommended step, or nil when no rule fired.
    var action: EnforcementAction? { deciding?.action }

    /// The id of the rule or escalation that decided the action.
    var ruleID: String? { deciding?.ruleID }

    /// The deciding rule's reason followed by the facts that made it fire, in each language.
    var reason: Bilingual? {
        guard let deciding else { return nil }
        return Bilingual(
            zh: "\(deciding.reason.zh)（\(deciding.details.zh)）",
            en: "\(deciding.reason.en) (\(deciding.details.en))")
    }
}

/// One rule or escalation that fired.
struct PolicyFinding: Sendable, Equatable {
    /// Whether the finding comes from a rule or an escalation.
    enum Kind: String, Sendable, Equatable {
        /// A rule of `rules:`.
        case rule
        /// An escalation of `escalation:`.
        case escalation
    }

    /// The rule's or escalation's id.
    var ruleID: String
    /// A rule or an escalation.
    var kind: Kind
    /// The step it recommends (for an escalation, the step it raises to).
    var action: EnforcementAction
    /// The policy's reason, in plain words.
    var reason: Bilingual
    /// The facts that made it fire, such as "2025: overall score 55.00, rating non-compliant".
    var details: Bilingual
    /// The years whose records it read, oldest first.
    var years: [Int]

    /// Creates a finding.
    init(
        ruleID: String, kind: Kind, action: EnforcementAction, reason: Bilingual,
        details: Bilingual, years: [Int]
    ) {
        self.ruleID = ruleID
        self.kind = kind
        self.action = action
        self.reason = reason
        self.details = details
        self.years = years
    }
}
