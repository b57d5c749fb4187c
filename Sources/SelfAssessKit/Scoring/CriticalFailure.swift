import Foundation

/// A critical indicator that scored below its pass mark.
struct CriticalFailure: Sendable, Equatable {
    /// The indicator id, such as `A2.5`.
    var indicatorID: String
    /// The article the indicator belongs to.
    var article: Int
    /// The indicator's title.
    var title: Bilingual
    /// The indicator's score (0…1, rounded to four decimal places for display).
    var score: Decimal
    /// The pass mark it missed (0…1): the indicator's own `critical-pass`, else the framework's.
    var pass: Decimal

    /// Creates a critical failure.
    init(indicatorID: String, article: Int, title: Bilingual, score: Decimal, pass: Decimal) {
        self.indicatorID = indicatorID
        self.article = article
        self.title = title
        self.score = score
        self.pass = pass
    }
}
