import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The integer paths of `Ratio` and `DecimalText` against the Foundation `Decimal` code they
/// replaced (kept here as the oracle): the same values, the same `Decimal` bytes, the same text,
/// on many generated decimals and fractions, small, large (past 64 and 128 bits) and negative.
@Suite(.tags(.medium))
struct ExactArithmeticTests {
    static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34]
    static let casesPerSeed = 400
    static let posix = Locale(identifier: "en_US_POSIX")

    // MARK: - Oracles: the code before the integer paths

    /// `DecimalText.format` as it was: `NSDecimalRound` and `NSDecimalNumber`.
    static func oldFormat(_ value: Decimal, places: Int) -> String {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, places, .plain)
        var text = NSDecimalNumber(decimal: rounded).stringValue
        if places > 0 {
            if !text.contains(".") { text += "." }
            let fraction =
                text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
            text += String(repeating: "0", count: max(0, places - fraction))
        }
        return text
    }

    /// `Ratio.rounded(places:)` as it was: the rounded digits parsed back as text.
    static func oldDecimal(whole: Int128, places: Int) -> Decimal {
        var sign = ""
        var body = String(whole)
        if body.first == "-" {
            sign = "-"
            body.removeFirst()
        }
        guard places > 0 else { return Decimal(string: sign + body, locale: posix) ?? 0 }
        let padded = String(repeating: "0", count: max(0, places + 1 - body.count)) + body
        let point = padded.index(padded.endIndex, offsetBy: -places)
        return Decimal(string: sign + padded[..<point] + "." + padded[point...], locale: posix)
            ?? 0
    }

    /// `p / q` rounded half away from zero to `places`, on 128-bit integers (`q` > 0).
    static func roundedWhole(_ p: Int64, _ q: Int64, places: Int) -> Int128 {
        var scale: Int128 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int128(p) * scale
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: Int128(q))
        let twice = (remainder < 0 ? -remainder : remainder) * 2
        return twice >= Int128(q) ? quotient + (scaled < 0 ? -1 : 1) : quotient
    }

    /// Whether two decimals have the same bytes (value and representation).
    static func sameBytes(_ a: Decimal, _ b: Decimal) -> Bool {
        withUnsafeBytes(of: a) { left in
            withUnsafeBytes(of: b) { right in left.elementsEqual(right) }
        }
    }

    // MARK: - Generated values

    /// A decimal of 1 to 38 digits with 0 to 12 of them after the point, either sign.
    ///
    /// Sometimes written with trailing zeros, sometimes a half-way value at a few places. With
    /// its digits as an integer and the number of them after the point.
    static func decimal(_ rng: inout ScoringRNG) -> (text: String, whole: Int128, scale: Int) {
        let length = [1, 2, 3, 4, 6, 9, 15, 19, 20, 25, 30, 34].randomElement(using: &rng) ?? 3
        var digits = (0..<length).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
        if Int.random(in: 0..<5, using: &rng) == 0 { digits += "5" }
        if Int.random(in: 0..<5, using: &rng) == 0 { digits += "000" }
        let scale = min(Int.random(in: 0...12, using: &rng), digits.count - 1)
        var text = digits
        if scale > 0 { text.insert(".", at: text.index(text.endIndex, offsetBy: -scale)) }
        let negative = Bool.random(using: &rng)
        let whole = Int128(digits) ?? 0
        return ((negative ? "-" : "") + text, negative ? -whole : whole, scale)
    }

    @Test(arguments: seeds)
    func formatMatchesFoundationRounding(seed: UInt64) throws {
        var rng = ScoringRNG(seed: seed)
        for _ in 0..<Self.casesPerSeed {
            let text = Self.decimal(&rng).text
            let value = try #require(Decimal(string: text, locale: Self.posix))
            for places in [0, 1, 2, 4, 6] {
                #expect(
                    DecimalText.format(value, places: places)
                        == Self.oldFormat(value, places: places), "\(text) at \(places) places")
            }
            #expect(DecimalText.plain(value) == NSDecimalNumber(decimal: value).stringValue)
            #expect(
                DecimalText.shortest(value, places: 4)
                    == NSDecimalNumber(decimal: value.rounded(4)).stringValue, "\(text)")
        }
    }

    @Test(arguments: seeds)
    func decimalsConvertExactly(seed: UInt64) throws {
        var rng = ScoringRNG(seed: seed)
        for _ in 0..<Self.casesPerSeed {
            let (text, whole, scale) = Self.decimal(&rng)
            let value = try #require(Decimal(string: text, locale: Self.posix))
            let ratio = Ratio(value)
            // Exact: rounding at the decimal's own places gives its digits back, and the ratio
            // is its digits over the power of ten.
            #expect(
                Self.sameBytes(
                    ratio.rounded(places: scale), Self.oldDecimal(whole: whole, places: scale)),
                "\(text)")
            let power = try #require(
                Decimal(string: "1" + String(repeating: "0", count: scale), locale: Self.posix))
            #expect(ratio == Ratio(Self.oldDecimal(whole: whole, places: 0), over: power))
            #expect(Self.sameBytes(ratio.rounded(places: 2), Self.oldFormatDecimal(value, 2)))
            #expect(Self.sameBytes(ratio.rounded(places: 4), Self.oldFormatDecimal(value, 4)))
            // The ratio is exact; a `Decimal` holds 38 digits, so compare where they suffice.
            if whole.magnitude < 10_000_000_000_000_000_000_000_000_000_000_000 {
                #expect(ratio.roundedRatio(places: 2) == Ratio(ratio.rounded(places: 2)))
            }
        }
    }

    /// The old `rounded(places:)` of a decimal, through its rounded text.
    static func oldFormatDecimal(_ value: Decimal, _ places: Int) -> Decimal {
        Decimal(string: oldFormat(value, places: places), locale: posix) ?? 0
    }

    @Test(arguments: seeds)
    func fractionsRoundLikeTheTextPath(seed: UInt64) throws {
        var rng = ScoringRNG(seed: seed)
        let sizes: [Int64] = [7, 1_000, 1_000_000, 1 << 40, Int64.max / 2]
        for _ in 0..<Self.casesPerSeed {
            let size = sizes.randomElement(using: &rng) ?? 1_000
            let p = Int64.random(in: -size...size, using: &rng)
            let q = Int64.random(in: 1...(sizes.randomElement(using: &rng) ?? 1_000), using: &rng)
            let ratio = try #require(Ratio(Decimal(p), over: Decimal(q)))
            for places in [0, 2, 4, 9] {
                let whole = Self.roundedWhole(p, q, places: places)
                let expected = Self.oldDecimal(whole: whole, places: places)
                let rounded = ratio.rounded(places: places)
                #expect(Self.sameBytes(rounded, expected), "\(p)/\(q) at \(places) places")
                #expect(ratio.roundedRatio(places: places) == Ratio(expected))
            }
        }
    }

    @Test(arguments: [
        ("0.125", 2, "0.13"), ("-0.125", 2, "-0.13"), ("0.124999", 2, "0.12"),
        ("-0.004", 2, "0.00"), ("99.995", 2, "100.00"), ("-99.995", 0, "-100"), ("0", 2, "0.00"),
        ("0.00005", 4, "0.0001"),
        ("123456789012345678901234567890", 2, "123456789012345678901234567890.00"),
    ])
    func formatEdges(text: String, places: Int, expected: String) throws {
        let value = try #require(Decimal(string: text, locale: Self.posix))
        #expect(DecimalText.format(value, places: places) == expected)
        #expect(Self.oldFormat(value, places: places) == expected)
    }

    /// Sums of many fractions whose denominators outgrow 128 bits, then shrink back: the same
    /// digits as the oracle, and the storage is small again once the value fits.
    @Test func largeIntermediatesRoundExactly() throws {
        let primes: [Int64] = [
            1_000_000_007, 998_244_353, 1_000_000_009, 2_147_483_647, 4_294_967_291,
        ]
        var sum = Ratio.zero
        for p in primes { sum = sum + (try #require(Ratio(1, over: Decimal(p)))) }
        for p in primes { sum = sum - (try #require(Ratio(1, over: Decimal(p)))) }
        let half = try #require(Ratio(Decimal(string: "0.005", locale: Self.posix) ?? 0, over: 1))
        sum = sum + half
        #expect(Self.sameBytes(sum.rounded(places: 2), Self.oldDecimal(whole: 1, places: 2)))
        #expect(sum.description == "1/200")
    }
}
