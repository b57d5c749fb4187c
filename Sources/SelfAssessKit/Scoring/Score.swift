public import Foundation

/// The score of one assessment under a framework: every article's score and rating, the overall
/// score and rating, the critical failures, and what fixing each indicator would gain.
///
/// Built by ``Scorer/score(_:using:)``; rendered by ``ScoreRenderer``. docs/scoring.md describes
/// the model and the rounding rule.
public struct Score: Sendable, Equatable {
    /// The framework the assessment was scored under.
    public var framework: FrameworkReference
    /// The SHA-256 of the framework file, lower-case hex.
    public var frameworkSHA256: String
    /// Who reported.
    public var signatory: AssessmentInfo.Signatory
    /// The reporting year.
    public var year: Int
    /// The articles, in framework order.
    var articles: [ArticleScore]
    /// The overall score (0…100, two decimal places), or nil when no article has a score.
    public var overall: Decimal?
    /// The overall rating, or nil when there is no overall score.
    public var rating: Framework.Band?
    /// What fixing each indicator would gain, in overall points, largest first.
    var gains: [ScoreGain]
    /// The rules the score was computed under: `1.0` or `1.1` (the framework's `scoring.rules`).
    public var rules: String
    /// Under the 1.1 rules, the cap on the overall score because a critical indicator failed.
    var overallCap: ScoreCap?

    /// Creates a score.
    init(
        framework: FrameworkReference, frameworkSHA256: String, signatory: AssessmentInfo.Signatory,
        year: Int,
        articles: [ArticleScore], overall: Decimal?, rating: Framework.Band?, gains: [ScoreGain],
        rules: String = "1.0", overallCap: ScoreCap? = nil
    ) {
        self.framework = framework
        self.frameworkSHA256 = frameworkSHA256
        self.signatory = signatory
        self.year = year
        self.articles = articles
        self.overall = overall
        self.rating = rating
        self.gains = gains
        self.rules = rules
        self.overallCap = overallCap
    }

    /// Every failed critical indicator, in framework order.
    var criticalFailures: [CriticalFailure] { articles.flatMap(\.criticalFailures) }

    /// Every indicator's score, in framework order.
    var indicators: [IndicatorScore] { articles.flatMap(\.indicators) }

    /// The article with this number, if any.
    func article(_ number: Int) -> ArticleScore? {
        articles.first { $0.number == number }
    }

    /// The score of the indicator with this id, if any.
    func indicator(_ id: String) -> IndicatorScore? {
        for article in articles {
            if let indicator = article.indicators.first(where: { $0.id == id }) { return indicator }
        }
        return nil
    }
}
