public import Foundation

/// Where an assessment folder stands while it is being filled: what is answered, what is left,
/// what still needs a look, and a provisional score.
///
/// Made from a validation of the folder, so it is as fast as `validate` and says nothing that
/// `validate` does not check. Pure: the caller validates and prints.
public struct AssessmentStatus: Sendable {
    /// One article's progress.
    public struct Article: Sendable, Equatable {
        /// The article number.
        public var number: Int
        /// The article's title.
        public var title: Bilingual
        /// Indicators with a readable answer (not-applicable counts as answered).
        public var answered: Int
        /// The article's indicators.
        public var total: Int
        /// The indicators not answered yet (left out, left empty, or in a missing file), in
        /// framework order.
        public var unanswered: [String]
        /// The indicators with an answer that cannot be used (a mistake `validate` reports, or a
        /// file that does not parse), in framework order.
        public var unreadable: [String]
    }

    /// An answer carried forward from an earlier year and not yet reviewed.
    public struct CarriedForward: Sendable, Equatable {
        /// The indicator.
        public var indicatorID: String
        /// The year it was carried forward from.
        public var year: Int
    }

    /// The signatory and year from `assessment.yaml`, when it could be read.
    public var info: AssessmentInfo?
    /// Every article of the framework, in order.
    public var articles: [Article]
    /// The answers still to review.
    public var carriedForward: [CarriedForward]
    /// The findings on evidence that is cited but cannot be found (SA304).
    public var missingEvidence: [Diagnostic]
    /// Errors other than "not answered yet" (SA104 missing article file, SA110, SA201).
    public var errors: Int
    /// Warnings other than "carried forward, not reviewed" (SA210), which ``carriedForward``
    /// lists.
    public var warnings: Int
    /// The score with every unanswered indicator counted as 0; nil when `assessment.yaml` could not
    /// be read.
    ///
    /// Provisional: not what a bundle would carry.
    public var provisional: Score?

    /// Indicators answered, over all articles.
    public var answered: Int { articles.reduce(0) { $0 + $1.answered } }
    /// Indicators in the framework.
    public var total: Int { articles.reduce(0) { $0 + $1.total } }
    /// Every indicator not answered yet, in framework order.
    public var unanswered: [String] { articles.flatMap(\.unanswered) }
    /// Every indicator whose answer cannot be used yet, in framework order.
    public var unreadable: [String] { articles.flatMap(\.unreadable) }
    /// Whether the folder is complete and valid: nothing left to answer or fix.
    public var isComplete: Bool { answered == total && errors == 0 }

    /// The codes that mean "not answered yet" rather than a mistake.
    public static let unansweredCodes: Set<Diagnostic.Code> = [
        .missingArticleFile, .missingIndicator, .unanswered,
    ]

    /// The status of one folder from its validation.
    ///
    /// - Parameters:
    ///   - report: The validation of exactly one folder.
    ///   - framework: The framework it was validated against.
    public init(report: ValidationReport, framework: Framework) {
        let draft = report.drafts.first
        let answers = Dictionary(
            (draft?.answers ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        info = draft?.info
        let notAnswered = Self.notAnswered(report.diagnostics, framework: framework)
        articles = framework.articles.map { article in
            let missing = article.indicators.map(\.id).filter { answers[$0] == nil }
            return Article(
                number: article.number, title: article.title,
                answered: article.indicators.count - missing.count,
                total: article.indicators.count,
                unanswered: missing.filter { notAnswered.contains($0) },
                unreadable: missing.filter { !notAnswered.contains($0) })
        }
        carriedForward = framework.articles.flatMap(\.indicators).compactMap { indicator in
            answers[indicator.id]?.carriedForward.map {
                CarriedForward(indicatorID: indicator.id, year: $0)
            }
        }
        missingEvidence = report.diagnostics.filter { $0.code == .evidenceMissing }
        errors = report.diagnostics.count {
            $0.severity == .error && !Self.unansweredCodes.contains($0.code)
        }
        warnings = report.diagnostics.count {
            $0.severity == .warning && $0.code != .carriedForward
        }
        provisional = draft?.assessment.map { Scorer.score($0, using: framework) }
    }

    /// The indicators the findings say are not answered yet: named by an unanswered finding's
    /// path (`indicators["A2.1"]…`), or in an article file that is missing.
    private static func notAnswered(
        _ diagnostics: [Diagnostic], framework: Framework
    ) -> Set<
        String
    > {
        var ids: Set<String> = []
        for diagnostic in diagnostics where unansweredCodes.contains(diagnostic.code) {
            if diagnostic.code == .missingArticleFile {
                let name = (diagnostic.location.file as NSString).lastPathComponent
                if let number = Validator.articleNumber(fromFileName: name),
                    let article = framework.article(number)
                {
                    ids.formUnion(article.indicators.map(\.id))
                }
            } else if let path = diagnostic.path,
                let match = path.prefixMatch(of: /indicators\["([^"]+)"\]/)
            {
                ids.insert(String(match.1))
            }
        }
        return ids
    }
}
