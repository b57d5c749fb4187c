import Foundation

/// The score of one article.
struct ArticleScore: Sendable, Equatable {
    /// The article number (1…7).
    var number: Int
    /// The article's title.
    var title: Bilingual
    /// The article's weight in the overall score.
    var weight: Decimal
    /// Every indicator of the article, in framework order.
    var indicators: [IndicatorScore]
    /// The score before a critical cap (0…100, two decimal places); nil when no indicator applies.
    var uncappedScore: Decimal?
    /// The score after a critical cap, the one that counts (0…100, two decimal places); nil when
    /// no indicator applies.
    var score: Decimal?
    /// The rating of ``score``; nil when there is no score.
    var rating: Framework.Band?
    /// The cap applied because a critical indicator failed, if one was.
    var cap: ScoreCap?
    /// The failed critical indicators, in framework order (listed even when no cap applies).
    var criticalFailures: [CriticalFailure]

    /// Creates an article score.
    init(
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
    var isApplicable: Bool { score != nil }
}
