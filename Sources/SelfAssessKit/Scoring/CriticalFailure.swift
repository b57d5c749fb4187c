public import Foundation

/// A critical indicator that scored below its pass mark.
public struct CriticalFailure: Sendable, Equatable {
    /// The indicator id, such as `A2.5`.
    public var indicatorID: String
    /// The article the indicator belongs to.
    public var article: Int
    /// The indicator's title.
    public var title: Bilingual
    /// The indicator's score (0…1, rounded to four decimal places for display).
    public var score: Decimal
    /// The pass mark it missed (0…1): the indicator's own `critical-pass`, else the framework's.
    public var pass: Decimal

    /// Creates a critical failure.
    public init(indicatorID: String, article: Int, title: Bilingual, score: Decimal, pass: Decimal)
    {
        self.indicatorID = indicatorID
        self.article = article
        self.title = title
        self.score = score
        self.pass = pass
    }
}
