public import Foundation

/// What fixing one indicator (raising its score to 1) would gain.
public struct ScoreGain: Sendable, Equatable {
    /// The indicator id.
    public var indicatorID: String
    /// The article the indicator belongs to.
    public var article: Int
    /// The indicator's title.
    public var title: Bilingual
    /// The indicator's current score (0…1, rounded to four decimal places for display).
    public var current: Decimal
    /// The change in the overall score, in points (two decimal places).
    public var overallPoints: Decimal
    /// The change in the article's score, in points (two decimal places).
    public var articlePoints: Decimal
    /// Whether fixing the indicator removes its article's critical cap.
    public var removesCap: Bool

    /// Creates a gain.
    public init(
        indicatorID: String, article: Int, title: Bilingual, current: Decimal,
        overallPoints: Decimal,
        articlePoints: Decimal, removesCap: Bool
    ) {
        self.indicatorID = indicatorID
        self.article = article
        self.title = title
        self.current = current
        self.overallPoints = overallPoints
        self.articlePoints = articlePoints
        self.removesCap = removesCap
    }
}
