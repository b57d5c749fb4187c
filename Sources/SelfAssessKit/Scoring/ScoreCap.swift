import Foundation

/// A cap on an article's (or, under the 1.1 rules, the overall) score because a critical indicator
/// failed.
///
/// Under the 1.0 rules the score is lowered to the largest two-decimal value below the minimum of
/// the band it reached, so its rating falls one band; under the 1.1 rules to a fixed ceiling, the
/// top of a band the framework names.
struct ScoreCap: Sendable, Equatable {
    /// The score before the cap (two decimal places).
    var original: Decimal
    /// The score after the cap (two decimal places).
    var capped: Decimal
    /// The band the original score lies in.
    var from: Framework.Band
    /// The band the capped score lies in.
    var to: Framework.Band
    /// The failed critical indicators that caused the cap.
    var indicators: [String]

    /// Creates a cap.
    init(
        original: Decimal, capped: Decimal, from: Framework.Band, to: Framework.Band,
        indicators: [String]
    ) {
        self.original = original
        self.capped = capped
        self.from = from
        self.to = to
        self.indicators = indicators
    }
}
