/// How a score moved.
public enum Trend: String, Sendable, Equatable, CaseIterable {
    /// The score went up.
    case improved
    /// The score went down.
    case regressed
    /// The score stayed the same.
    case unchanged
    /// There was a score and now there is none (everything not applicable).
    case becameNotApplicable = "became-not-applicable"
    /// There was no score and now there is one.
    case stoppedBeingNotApplicable = "stopped-being-not-applicable"
    /// Only the new framework has it.
    case added
    /// Only the old framework has it.
    case removed
}
