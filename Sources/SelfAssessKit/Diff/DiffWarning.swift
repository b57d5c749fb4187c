/// A problem with what is being compared.
enum DiffWarning: Sendable, Equatable, CustomStringConvertible {
    /// OLD and NEW are reports of different signatories.
    case signatoryDiffers(old: String, new: String)
    /// NEW's reporting year is not after OLD's.
    case yearNotAfter(old: Int, new: Int)
    /// The two answer different frameworks; indicators are matched by id.
    case frameworkChanged(old: FrameworkReference, new: FrameworkReference)
    /// The two were scored under different scoring rules (framework `scoring.rules`), so a change
    /// of score or rating may be the rules', not the signatory's.
    case rulesChanged(old: String, new: String)

    /// A stable identifier for machines.
    var code: String {
        switch self {
        case .signatoryDiffers: "signatory-differs"
        case .yearNotAfter: "year-not-after"
        case .frameworkChanged: "framework-changed"
        case .rulesChanged: "rules-changed"
        }
    }

    var description: String {
        switch self {
        case .signatoryDiffers(let old, let new):
            "the assessments are by different signatories: '\(old)' and '\(new)'"
        case .yearNotAfter(let old, let new):
            "the new assessment's year \(new) is not after the old one's \(old)"
        case .frameworkChanged(let old, let new):
            "the framework changed from \(old) to \(new); indicators are matched by id"
        case .rulesChanged(let old, let new):
            "the scoring rules changed from \(old) to \(new): a change of score or rating may come "
                + "from the rules, not the signatory (docs/scoring.md)"
        }
    }
}
