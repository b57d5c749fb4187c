public import Foundation

/// One checkable indicator of an article.
public struct Indicator: Sendable, Equatable {
    /// The id, such as `A2.1`.
    public var id: String
    /// The number of the article it belongs to.
    public var article: Int
    /// A short title.
    public var title: Bilingual
    /// The question the compliance officer answers.
    public var question: Bilingual
    /// What counts, what each answer means, and what evidence fits.
    public var guidance: Bilingual
    /// The kind of answer expected.
    public var answer: AnswerSpec
    /// The weight in its article's score.
    public var weight: Decimal
    /// Whether failing it caps the article's rating and is always reported.
    public var critical: Bool
    /// The score (0…1) below which a critical indicator has failed; nil uses the framework default.
    public var criticalPass: Decimal?
    /// Whether evidence must be cited.
    var evidence: EvidenceRequirement
    /// When `not-applicable` may be answered; nil when it may not.
    public var notApplicable: Bilingual?
    /// The rules the indicator maps to.
    var rules: [RuleCitation]

    /// Whether `not-applicable` is allowed.
    public var allowsNotApplicable: Bool { notApplicable != nil }
}

/// Whether an indicator needs evidence.
enum EvidenceRequirement: String, Sendable, Equatable, CaseIterable {
    case required
    case optional
    case none
}

/// A citation of a rule in the framework's catalogue.
struct RuleCitation: Sendable, Equatable {
    /// The id of the rule in the catalogue.
    public var ref: String
    /// Which provisions: "Art 24 para 1; penalty Art 61".
    public var provision: String?
    /// How well the mapping was confirmed.
    public var confidence: Confidence

    /// How well a rule mapping was confirmed by the research behind the framework.
    public enum Confidence: String, Sendable, Equatable, CaseIterable {
        case confirmed
        case secondary
        case unverified
    }
}

/// The kind of answer an indicator expects, with its levels and number rules.
public struct AnswerSpec: Sendable, Equatable {
    /// The answer type.
    public var type: AnswerType
    /// The meaning of each answer value, in order (required for maturity: `0`…`4`).
    public var levels: [Level]

    /// The meaning of one answer value.
    public struct Level: Sendable, Equatable {
        public var value: String
        public var meaning: Bilingual
    }

    /// The words a choice answer may take, or nil for number, date and text answers.
    public var choices: [String]? {
        switch type {
        case .yesNo: ["yes", "no"]
        case .yesPartialNo: ["yes", "partial", "no"]
        case .maturity: ["0", "1", "2", "3", "4"]
        case .number, .date, .text: nil
        }
    }
}

/// An answer type.
public enum AnswerType: Sendable, Equatable {
    case yesNo
    case yesPartialNo
    case maturity
    case number(NumberRule)
    case date(maxAgeMonths: Int?)
    case text

    /// The type's name in the framework file.
    public var name: String {
        switch self {
        case .yesNo: "yes-no"
        case .yesPartialNo: "yes-partial-no"
        case .maturity: "maturity"
        case .number: "number"
        case .date: "date"
        case .text: "text"
        }
    }

    /// All type names.
    public static let names = ["yes-no", "yes-partial-no", "maturity", "number", "date", "text"]

    /// Whether answers of this type are scored (text is not).
    public var isScored: Bool {
        if case .text = self { return false }
        return true
    }
}

/// How a number answer is scored and which values are valid.
public struct NumberRule: Sendable, Equatable {
    /// The unit, such as months or %.
    public var unit: Bilingual
    /// The value that scores 0.
    public var floor: Decimal
    /// The value that scores 1.
    public var target: Decimal
    /// Which direction is better.
    public var better: Direction
    /// The smallest valid value, if any.
    public var min: Decimal?
    /// The largest valid value, if any.
    public var max: Decimal?
    /// Whether only whole numbers are valid.
    public var integer: Bool

    /// Which direction of a number is better.
    public enum Direction: String, Sendable, Equatable, CaseIterable {
        case higher
        case lower
    }
}
