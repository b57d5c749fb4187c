import Foundation

/// The distribution of a set of scores (0…100): count, mean, median, percentiles, extremes and a
/// histogram.
///
/// Figures are computed exactly in `Decimal` and rounded once, to two decimal places, half away
/// from zero. Percentiles use linear interpolation between closest ranks (numpy's default,
/// Hyndman & Fan type 7); see ``percentile(_:of:)``.
struct Distribution: Sendable, Equatable {
    /// The number of values.
    var count: Int
    /// The arithmetic mean; nil when there are no values.
    var mean: Decimal?
    /// The median (the 50th percentile); nil when there are no values.
    var median: Decimal?
    /// The 10th percentile.
    var p10: Decimal?
    /// The 25th percentile (lower quartile).
    var p25: Decimal?
    /// The 75th percentile (upper quartile).
    var p75: Decimal?
    /// The 90th percentile.
    var p90: Decimal?
    /// The smallest value.
    var min: Decimal?
    /// The largest value.
    var max: Decimal?
    /// Counts in ten fixed bins of ten points: `[0, 10)`, `[10, 20)`, …, `[90, 100]` (the last
    /// includes 100).
    ///
    /// A value below 0 counts in the first bin and one above 100 in the last.
    var histogram: [Int]

    /// The number of histogram bins.
    static let binCount = 10

    /// The lower edge of each histogram bin: 0, 10, …, 90.
    static let binEdges: [Int] = (0..<binCount).map { $0 * 10 }

    /// The distribution of no values: count 0, no figures, an empty histogram.
    static let empty = Distribution(sortedValues: [])

    /// Computes the distribution of some values, in any order.
    init(_ values: some Sequence<Decimal>) {
        self.init(sortedValues: values.sorted())
    }

    private init(sortedValues values: [Decimal]) {
        count = values.count
        var histogram = [Int](repeating: 0, count: Self.binCount)
        for value in values { histogram[Self.bin(of: value)] += 1 }
        self.histogram = histogram
        guard !values.isEmpty else { return }
        let round = { (value: Decimal) in Self.rounded(value) }
        // The exact fraction sum / count, rounded once (a Decimal quotient would round first).
        mean = Ratio(values.reduce(Decimal(0), +), over: Decimal(values.count))?.rounded(
            places: 2)
        median = Self.percentile(Decimal(string: "0.5") ?? 0, ofSorted: values).map(round)
        p10 = Self.percentile(Decimal(string: "0.1") ?? 0, ofSorted: values).map(round)
        p25 = Self.percentile(Decimal(string: "0.25") ?? 0, ofSorted: values).map(round)
        p75 = Self.percentile(Decimal(string: "0.75") ?? 0, ofSorted: values).map(round)
        p90 = Self.percentile(Decimal(string: "0.9") ?? 0, ofSorted: values).map(round)
        min = values.first.map(round)
        max = values.last.map(round)
    }

    /// The histogram bin (0…9) a value falls in.
    static func bin(of value: Decimal) -> Int {
        for index in stride(from: binCount - 1, to: 0, by: -1) where value >= Decimal(index * 10) {
            return index
        }
        return 0
    }

    /// A percentile by linear interpolation between closest ranks (numpy's default method).
    ///
    /// For `n` values sorted ascending `x[0] … x[n−1]` and `p` in 0…1: let `h = (n − 1) × p`;
    /// the percentile is `x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋])`. So p = 0.5 is the usual
    /// median (the mean of the two middle values for an even count), p = 0 the minimum and p = 1
    /// the maximum. The result is exact (not rounded).
    ///
    /// - Parameters:
    ///   - p: The fraction, 0…1 (0.25 for the lower quartile); clamped to that range.
    ///   - values: The values, in any order.
    /// - Returns: The percentile, or nil when there are no values.
    static func percentile(_ p: Decimal, of values: some Sequence<Decimal>) -> Decimal? {
        percentile(p, ofSorted: values.sorted())
    }

    private static func percentile(_ p: Decimal, ofSorted values: [Decimal]) -> Decimal? {
        guard let first = values.first else { return nil }
        let fraction = Swift.min(Swift.max(p, 0), 1)
        let position = Decimal(values.count - 1) * fraction
        var whole = Decimal()
        var exact = position
        NSDecimalRound(&whole, &exact, 0, .down)
        let index = NSDecimalNumber(decimal: whole).intValue
        guard index + 1 < values.count else { return values.last ?? first }
        return values[index] + (position - whole) * (values[index + 1] - values[index])
    }

    /// Rounds to two decimal places, half away from zero.
    static func rounded(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 2, .plain)
        return result
    }
}
