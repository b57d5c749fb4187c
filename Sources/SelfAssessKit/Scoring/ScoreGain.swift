import Foundation

/// What fixing one indicator (raising its score to 1) would gain.
struct ScoreGain: Sendable, Equatable {
    /// The indicator id.
    var indicatorID: String
    /// The article the indicator belongs to.
    var article: Int
    /// The indicator's title.
    var title: Bilingual
    /// The indicator's current score (0…1, rounded to four decimal places for display).
    var current: Decimal
    /// The change in the overall score, in points (two decimal places).
    var overallPoints: Decimal
    /// The change in the article's score, in points (two decimal places).
    var articlePoints: Decimal
    /// Whether fixing the indicator removes its article's critical cap.
    var removesCap: Bool
    /// Whether the indicator is a failed critical indicator (a failed legal obligation).
    var fixesFailure: Bool

    /// Creates a gain.
    init(
        indicatorID: String, article: Int, title: Bilingual, current: Decimal,
        overallPoints: Decimal,
        articlePoints: Decimal, removesCap: Bool, fixesFailure: Bool = false
    ) {
        self.indicatorID = indicatorID
        self.article = article
        self.title = title
        self.current = current
        self.overallPoints = overallPoints
        self.articlePoints = articlePoints
        self.removesCap = removesCap
        self.fixesFailure = fixesFailure
    }
}
