public import Foundation

/// The score of one article.
public struct ArticleScore: Sendable, Equatable {
    /// The article number (1…7).
    public var number: Int
    /// The article's title.
    public var title: Bilingual
    /// The article's weight in the overall score.
    public var weight: Decimal
    /// Every indicator of the article, in framework order.
    public var indicators: [IndicatorScore]
    /// The score before a critical cap (0…100, two decimal places); nil when no indicator applies.
    public var uncappedScore: Decimal?
    /// The score after a critical cap, the one that counts (0…100, two decimal places); nil when
    /// no indicator applies.
    public var score: Decimal?
    /// The rating of ``score``; nil when there is no score.
    public var rating: Framework.Band?
    /// The cap applied because a critical indicator failed, if one was.
    public var cap: ScoreCap?
    /// The failed critical indicators, in framework order (listed even when no cap applies).
    public var criticalFailures: [CriticalFailure]

    /// Creates an article score.
    public init(
        number: Int, title: Bilingual, weight: Decimal, indicators: [IndicatorScore],
        uncappedScore: Decimal?,
        score: Decimal?, rating: Framework.Band?, cap: ScoreCap?,
        criticalFailures: [CriticalFailure]
    ) {
        self.number = number
        self.title = title
        self.weight = weight
        self.indicators = indicators
        self.uncappedScore = uncappedScore
        self.score = score
        self.rating = rating
        self.cap = cap
        self.criticalFailures = criticalFailures
    }

    /// Whether any indicator of the article applies, so that it has a score.
    public var isApplicable: Bool { score != nil }
}
