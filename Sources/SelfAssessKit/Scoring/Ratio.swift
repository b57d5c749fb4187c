package import Foundation

/// An exact fraction of two decimals, so that weighted sums of scores stay exact until the one
/// rounding step the scoring model allows.
///
/// A number answer scores `(value − floor) / (target − floor)`, which need not terminate
/// (`2/3`); keeping numerator and denominator apart means an article score is the exact
/// rational value until ``rounded(places:)`` turns it into a decimal. Every operation is
/// exact as long as numerators and denominators fit `Decimal`'s 38 significant digits, which
/// holds for any realistic framework; beyond that `Decimal` rounds, deterministically.
package struct Ratio: Sendable, Comparable, CustomStringConvertible {
    /// The numerator.
    package private(set) var numerator: Decimal
    /// The denominator, always above 0.
    package private(set) var denominator: Decimal

    /// The ratio 0.
    package static let zero = Ratio(Decimal(0))
    /// The ratio 1.
    package static let one = Ratio(Decimal(1))

    /// A decimal as a ratio.
    package init(_ value: Decimal) {
        numerator = value
        denominator = 1
    }

    /// `numerator / denominator`; nil when the denominator is 0.
    ///
    /// When the quotient is a terminating decimal (the denominator's only prime factors, once
    /// it is scaled to a whole number, are 2 and 5) the ratio is stored as that decimal.
    package init?(_ numerator: Decimal, over denominator: Decimal) {
        guard !denominator.isZero else { return nil }
        var n = numerator
        var d = denominator
        if d < 0 {
            n = -n
            d = -d
        }
        if Self.terminates(d) {
            self.numerator = n / d
            self.denominator = 1
        } else {
            self.numerator = n
            self.denominator = d
        }
    }

    private init(raw numerator: Decimal, _ denominator: Decimal) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Whether `1 / value` is a terminating decimal (value > 0): scaled to a whole number, its
    /// only prime factors are 2 and 5. Values too large to test are treated as not terminating.
    static func terminates(_ value: Decimal) -> Bool {
        var scaled = value
        var steps = 0
        while scaled != scaled.rounded(0) {
            guard steps < 30 else { return false }
            scaled *= 10
            steps += 1
        }
        guard var whole = UInt64(DecimalText.plain(scaled)), whole > 0 else { return false }
        while whole % 2 == 0 { whole /= 2 }
        while whole % 5 == 0 { whole /= 5 }
        return whole == 1
    }

    /// The sum of two ratios.
    package static func + (lhs: Ratio, rhs: Ratio) -> Ratio {
        if lhs.denominator == rhs.denominator {
            return Ratio(raw: lhs.numerator + rhs.numerator, lhs.denominator)
        }
        return Ratio(
            raw: lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
            lhs.denominator * rhs.denominator)
    }

    /// The difference of two ratios.
    package static func - (lhs: Ratio, rhs: Ratio) -> Ratio {
        lhs + Ratio(raw: -rhs.numerator, rhs.denominator)
    }

    /// A ratio scaled by a decimal.
    package static func * (lhs: Ratio, rhs: Decimal) -> Ratio {
        Ratio(raw: lhs.numerator * rhs, lhs.denominator)
    }

    /// The product of two ratios.
    package static func * (lhs: Ratio, rhs: Ratio) -> Ratio {
        if rhs.denominator == 1 { return lhs * rhs.numerator }
        if lhs.denominator == 1 { return rhs * lhs.numerator }
        return Ratio(raw: lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    /// A ratio divided by a decimal; nil when the divisor is 0.
    package func divided(by divisor: Decimal) -> Ratio? {
        guard !divisor.isZero else { return nil }
        if divisor < 0 { return Ratio(raw: -numerator, denominator * -divisor) }
        if Self.terminates(divisor) { return Ratio(raw: numerator / divisor, denominator) }
        return Ratio(raw: numerator, denominator * divisor)
    }

    /// The ratio clamped to `0...1`.
    package var clampedToUnit: Ratio {
        if self < .zero { return .zero }
        if self > .one { return .one }
        return self
    }

    /// The quotient to `Decimal`'s precision: exact when it terminates, for display only.
    package var approximation: Decimal {
        denominator == 1 ? numerator : numerator / denominator
    }

    /// Whether the ratio is 0.
    package var isZero: Bool { numerator.isZero }

    /// The exact value rounded to `places` decimal places, half away from zero.
    ///
    /// The candidate from `Decimal` division is checked against the exact fraction by
    /// cross-multiplication and moved by one unit in the last place when the division's own
    /// rounding put it on the wrong side of a half-way point, so the result is the correctly
    /// rounded value of the fraction, not of its 38-digit approximation.
    package func rounded(places: Int) -> Decimal {
        var candidate = approximation.rounded(places)
        guard denominator != 1 else { return numerator.rounded(places) }
        let unit = Decimal(sign: .plus, exponent: -places, significand: 1)
        let half = unit / 2
        for _ in 0..<2 {
            // The exact value is (numerator / denominator); compare it with candidate ± half.
            let difference = numerator - candidate * denominator
            let bound = half * denominator
            if difference > bound || (difference == bound && numerator > 0) {
                candidate += unit
            } else if difference < -bound || (difference == -bound && numerator < 0) {
                candidate -= unit
            } else {
                break
            }
        }
        return candidate
    }

    package static func < (lhs: Ratio, rhs: Ratio) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    package static func == (lhs: Ratio, rhs: Ratio) -> Bool {
        lhs.numerator * rhs.denominator == rhs.numerator * lhs.denominator
    }

    package var description: String {
        denominator == 1
            ? DecimalText.plain(numerator)
            : "\(DecimalText.plain(numerator))/\(DecimalText.plain(denominator))"
    }
}
