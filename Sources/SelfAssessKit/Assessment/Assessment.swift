public import Foundation

/// A signatory's self-assessment for one reporting year: `assessment.yaml` and the answers of the
/// seven article files.
public struct Assessment: Sendable, Equatable {
    /// What `assessment.yaml` says: signatory, year, framework, contact and declaration.
    public var info: AssessmentInfo
    /// The answers, by article number.
    var articles: [ArticleAnswers]

    /// Creates an assessment.
    init(info: AssessmentInfo, articles: [ArticleAnswers]) {
        self.info = info
        self.articles = articles
    }

    /// The indicators whose answer was carried forward from an earlier year and not yet
    /// reviewed (`carried-forward:` still there), in file order.
    public var unreviewed: [String] {
        articles.flatMap(\.answers).filter { $0.carriedForward != nil }.map(\.id)
    }

    /// The answer to an indicator, if present.
    public func answer(_ indicatorID: String) -> IndicatorAnswer? {
        for article in articles {
            if let answer = article.answers.first(where: { $0.id == indicatorID }) { return answer }
        }
        return nil
    }
}

/// The content of `assessment.yaml`.
public struct AssessmentInfo: Sendable, Equatable {
    /// The reporting years an assessment may give on `today`: from the Convention's year to next
    /// year (an officer may prepare next year's assessment in December).
    public static func plausibleYears(today: CalendarDate) -> ClosedRange<Int> {
        2014...(today.year + 1)
    }

    /// The framework the assessment answers.
    public var framework: FrameworkReference
    /// Who is reporting.
    public var signatory: Signatory
    /// The reporting year.
    public var year: Int
    /// Who to contact about the assessment.
    public var contact: Contact
    /// Who declared the assessment true, and when.
    public var declaration: Declaration

    public init(
        framework: FrameworkReference, signatory: Signatory, year: Int, contact: Contact,
        declaration: Declaration
    ) {
        self.framework = framework
        self.signatory = signatory
        self.year = year
        self.contact = contact
        self.declaration = declaration
    }

    /// A signatory of the Convention.
    public struct Signatory: Sendable, Equatable {
        /// The id registered with the society, such as `acme`.
        public var id: String
        /// The registered name.
        public var name: String
        /// The category id from the framework's list.
        public var category: String

        public init(id: String, name: String, category: String) {
            self.id = id
            self.name = name
            self.category = category
        }
    }

    /// A contact person.
    public struct Contact: Sendable, Equatable {
        public var name: String
        public var email: String
        public var phone: String?

        public init(name: String, email: String, phone: String? = nil) {
            self.name = name
            self.email = email
            self.phone = phone
        }
    }

    /// The declaration that the assessment is true.
    public struct Declaration: Sendable, Equatable {
        public var signedBy: String
        public var role: String?
        public var date: CalendarDate
        public var statement: String?

        public init(
            signedBy: String, role: String? = nil, date: CalendarDate, statement: String? = nil
        ) {
            self.signedBy = signedBy
            self.role = role
            self.date = date
            self.statement = statement
        }
    }
}

/// The answers in one `article-N.yaml`.
struct ArticleAnswers: Sendable, Equatable {
    /// The article number.
    public var number: Int
    /// The answers, in file order.
    public var answers: [IndicatorAnswer]

    public init(number: Int, answers: [IndicatorAnswer]) {
        self.number = number
        self.answers = answers
    }
}

/// The answer to one indicator.
public struct IndicatorAnswer: Sendable, Equatable {
    /// The indicator id, such as `A2.1`.
    public var id: String
    /// The answer.
    public var value: AnswerValue
    /// The evidence cited.
    public var evidence: [EvidenceItem]
    /// The officer's note.
    public var note: String?
    /// Why the indicator does not apply (with `not-applicable`).
    public var justification: String?
    /// The year the answer was carried forward from, while it is not yet reviewed.
    public var carriedForward: Int?
    /// Where the indicator's key is written.
    public var location: Diagnostic.Location

    public init(
        id: String, value: AnswerValue, evidence: [EvidenceItem] = [], note: String? = nil,
        justification: String? = nil, carriedForward: Int? = nil, location: Diagnostic.Location
    ) {
        self.id = id
        self.value = value
        self.evidence = evidence
        self.note = note
        self.justification = justification
        self.carriedForward = carriedForward
        self.location = location
    }
}

/// An answer value, typed by the indicator's answer type.
public enum AnswerValue: Sendable, Hashable {
    case yes
    case partial
    case no
    case maturity(Int)
    case number(Decimal)
    case date(CalendarDate)
    case text(String)
    case notApplicable

    /// The answer in its canonical form, as the score JSON gives it: a number in its shortest
    /// plain form (`+50`, `050` and `50.0` are all `50`), the other kinds as the format spells
    /// them.
    public var text: String {
        switch self {
        case .yes: "yes"
        case .partial: "partial"
        case .no: "no"
        case .maturity(let level): String(level)
        case .number(let value): DecimalText.plain(value)
        case .date(let date): date.description
        case .text(let text): text
        case .notApplicable: "not-applicable"
        }
    }
}

/// A piece of evidence cited by an answer.
public struct EvidenceItem: Sendable, Hashable {
    /// The path relative to the assessment folder.
    public var path: String
    /// When the document was issued, if given.
    public var date: CalendarDate?
    /// What the document is, if given.
    public var description: String?

    public init(path: String, date: CalendarDate? = nil, description: String? = nil) {
        self.path = path
        self.date = date
        self.description = description
    }
}
