internal import BigInt
package import Foundation

/// An exact fraction, so that weighted sums of scores stay exact until the one rounding step the
/// scoring model allows.
///
/// A number answer scores `(value − floor) / (target − floor)`, which need not terminate
/// (`2/3`); keeping an integer numerator and denominator apart means an article score is the
/// exact rational value until ``rounded(places:)`` turns it into a decimal. The fraction is
/// always reduced (the denominator is positive and shares no factor with the numerator) and is
/// held in 128-bit integers while it fits, in arbitrary-precision integers beyond: no operation
/// rounds, whatever the framework's weights and targets.
package struct Ratio: Sendable, Comparable, Hashable, CustomStringConvertible {
    /// The reduced fraction.
    ///
    /// `big` is used only when a part does not fit `Int128`, so equal values always have equal
    /// storage.
    private enum Storage: Sendable, Hashable {
        case small(Int128, Int128)
        case big(BigInt, BigInt)
    }

    private var storage: Storage

    /// The ratio 0.
    package static let zero = Ratio(storage: .small(0, 1))
    /// The ratio 1.
    package static let one = Ratio(storage: .small(1, 1))

    private init(storage: Storage) {
        self.storage = storage
    }

    /// A whole number as a ratio.
    package init(_ value: Int) {
        storage = .small(Int128(value), 1)
    }

    /// A decimal as a ratio, exactly.
    package init(_ value: Decimal) {
        if let (numerator, scale) = Self.smallDigits(of: value) {
            self = Self.reduced(numerator, Self.powerOfTen(scale))
            return
        }
        let (digits, scale) = Self.integerDigits(of: value)
        if let numerator = Int128(digits), scale <= 38 {
            self = Self.reduced(numerator, Self.powerOfTen(scale))
        } else {
            self = Self.reduced(BigInt(digits) ?? 0, BigInt(10).power(scale))
        }
    }

    /// `numerator / denominator`; nil when the denominator is 0.
    package init?(_ numerator: Decimal, over denominator: Decimal) {
        guard let ratio = Ratio(numerator).divided(by: Ratio(denominator)) else { return nil }
        self = ratio
    }

    /// The reduced fraction's numerator and denominator when both fit 64 bits (for compact
    /// storage), else nil.
    package var smallParts: (numerator: Int64, denominator: Int64)? {
        guard case .small(let numerator, let denominator) = storage,
            let n = Int64(exactly: numerator), let d = Int64(exactly: denominator)
        else { return nil }
        return (n, d)
    }

    /// The ratio of parts that ``smallParts`` gave, reduced again (so any parts give a valid
    /// ratio); nil when the denominator is 0.
    package init?(numerator: Int64, denominator: Int64) {
        guard denominator != 0 else { return nil }
        self = Self.reduced(Int128(numerator), Int128(denominator))
    }

    // MARK: - Arithmetic

    /// The sum of two ratios.
    package static func + (lhs: Ratio, rhs: Ratio) -> Ratio {
        if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
            if b == d, let sum = a.adding(c) { return reduced(sum, b) }
            // a/b + c/d = (a·(d/g) + c·(b/g)) / (b·(d/g)) with g = gcd(b, d).
            let g = gcd(b, d)
            if let left = a.times(d / g), let right = c.times(b / g),
                let numerator = left.adding(right), let denominator = b.times(d / g)
            {
                return reduced(numerator, denominator)
            }
        }
        let (a, b) = lhs.bigParts
        let (c, d) = rhs.bigParts
        return reduced(a * d + c * b, b * d)
    }

    /// The difference of two ratios.
    package static func - (lhs: Ratio, rhs: Ratio) -> Ratio {
        lhs + rhs.negated
    }

    /// The product of two ratios.
    package static func * (lhs: Ratio, rhs: Ratio) -> Ratio {
        if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
            // Cross-reduce first so the products stay small: (a/g1)(c/g2) / ((b/g2)(d/g1)).
            let g1 = gcd(a.magnitude128, d)
            let g2 = gcd(c.magnitude128, b)
            if let numerator = (a / g1).times(c / g2), let denominator = (b / g2).times(d / g1),
                numerator != .min
            {
                return Ratio(storage: .small(numerator, denominator))
            }
        }
        let (a, b) = lhs.bigParts
        let (c, d) = rhs.bigParts
        return reduced(a * c, b * d)
    }

    /// A ratio scaled by a decimal.
    package static func * (lhs: Ratio, rhs: Decimal) -> Ratio {
        lhs * Ratio(rhs)
    }

    /// A ratio divided by another; nil when the divisor is 0.
    package func divided(by divisor: Ratio) -> Ratio? {
        guard !divisor.isZero else { return nil }
        return self * divisor.reciprocal
    }

    /// A ratio divided by a decimal; nil when the divisor is 0.
    package func divided(by divisor: Decimal) -> Ratio? {
        divided(by: Ratio(divisor))
    }

    /// The ratio clamped to `0...1`.
    package var clampedToUnit: Ratio {
        if self < .zero { return .zero }
        if self > .one { return .one }
        return self
    }

    /// Whether the ratio is 0.
    package var isZero: Bool {
        switch storage {
        case .small(let numerator, _): numerator == 0
        case .big(let numerator, _): numerator.isZero
        }
    }

    private var negated: Ratio {
        switch storage {
        case .small(let numerator, let denominator):
            if numerator != .min { return Ratio(storage: .small(-numerator, denominator)) }
            return Ratio.reduced(-BigInt(numerator), BigInt(denominator))
        case .big(let numerator, let denominator):
            return Ratio.reduced(-numerator, denominator)
        }
    }

    /// 1 / self, for a ratio that is not 0.
    private var reciprocal: Ratio {
        switch storage {
        case .small(let numerator, let denominator):
            if numerator > 0 { return Ratio(storage: .small(denominator, numerator)) }
            if numerator != .min { return Ratio(storage: .small(-denominator, -numerator)) }
            return Ratio.reduced(BigInt(denominator), BigInt(numerator))
        case .big(let numerator, let denominator):
            return Ratio.reduced(denominator, numerator)
        }
    }

    // MARK: - Rounding and display

    /// The exact value rounded to `places` decimal places (0 or more), half away from zero.
    ///
    /// The rounding is decided on the exact fraction, so a value exactly half-way is always
    /// rounded away from zero, however large its denominator.
    package func rounded(places: Int) -> Decimal {
        let places = max(0, places)
        if case .small(let numerator, let denominator) = storage, places <= 38,
            let scaled = numerator.times(Self.powerOfTen(places))
        {
            let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator)
            var whole = quotient
            if remainder.magnitude128.times(2).map({ $0 >= denominator }) ?? true {
                whole += scaled < 0 ? -1 : 1
            }
            return Self.decimal(whole: whole, places: places)
        }
        let (numerator, denominator) = bigParts
        let scaled = numerator * BigInt(10).power(places)
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator)
        var whole = quotient
        if remainder.magnitude * 2 >= denominator.magnitude {
            whole += scaled.sign == .minus ? -1 : 1
        }
        return Self.decimal(digits: String(whole), places: places)
    }

    /// The exact value rounded to `places` decimal places (0 to 38), half away from zero, as a
    /// ratio: the same value as ``rounded(places:)`` without going through `Decimal`.
    package func roundedRatio(places: Int) -> Ratio {
        let places = min(max(0, places), 38)
        let scale = Self.powerOfTen(places)
        if case .small(let numerator, let denominator) = storage,
            let scaled = numerator.times(scale)
        {
            let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator)
            var whole = quotient
            if remainder.magnitude128.times(2).map({ $0 >= denominator }) ?? true {
                whole += scaled < 0 ? -1 : 1
            }
            return Self.reduced(whole, scale)
        }
        let (numerator, denominator) = bigParts
        let scaled = numerator * BigInt(scale)
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator)
        var whole = quotient
        if remainder.magnitude * 2 >= denominator.magnitude {
            whole += scaled.sign == .minus ? -1 : 1
        }
        return Self.reduced(whole, BigInt(scale))
    }

    /// The quotient to `Decimal`'s precision: exact when it terminates within 38 digits, for
    /// display only (every score the tool reports goes through ``rounded(places:)``).
    package var approximation: Decimal {
        let (numerator, denominator) = textParts
        let top = Decimal(string: numerator, locale: Self.posix) ?? 0
        guard denominator != "1" else { return top }
        return top / (Decimal(string: denominator, locale: Self.posix) ?? 1)
    }

    package var description: String {
        let (numerator, denominator) = textParts
        return denominator == "1" ? numerator : "\(numerator)/\(denominator)"
    }

    // MARK: - Comparison

    package static func < (lhs: Ratio, rhs: Ratio) -> Bool {
        if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage,
            let left = a.times(d), let right = c.times(b)
        {
            return left < right
        }
        let (a, b) = lhs.bigParts
        let (c, d) = rhs.bigParts
        return a * d < c * b
    }

    // Equality and hashing come from the storage: fractions are reduced and kept small whenever
    // they fit, so equal values have equal storage.

    // MARK: - Helpers

    private var bigParts: (BigInt, BigInt) {
        switch storage {
        case .small(let numerator, let denominator): (BigInt(numerator), BigInt(denominator))
        case .big(let numerator, let denominator): (numerator, denominator)
        }
    }

    private var textParts: (String, String) {
        switch storage {
        case .small(let numerator, let denominator): (String(numerator), String(denominator))
        case .big(let numerator, let denominator): (String(numerator), String(denominator))
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A reduced fraction of 128-bit integers (denominator not 0).
    private static func reduced(_ numerator: Int128, _ denominator: Int128) -> Ratio {
        if numerator == .min || denominator == .min {
            return reduced(BigInt(numerator), BigInt(denominator))
        }
        var n = numerator
        var d = denominator
        if d < 0 {
            n = -n
            d = -d
        }
        let g = gcd(n.magnitude128, d)
        return Ratio(storage: .small(n / g, d / g))
    }

    /// A reduced fraction of big integers (denominator not 0), kept small when it fits.
    private static func reduced(_ numerator: BigInt, _ denominator: BigInt) -> Ratio {
        var n = numerator
        var d = denominator
        if d.sign == .minus {
            n = -n
            d = -d
        }
        let g = BigInt(n.magnitude.greatestCommonDivisor(with: d.magnitude))
        if g > 1 {
            n /= g
            d /= g
        }
        if let small = Int128(exactly: n), let smallDenominator = Int128(exactly: d),
            small != .min
        {
            return Ratio(storage: .small(small, smallDenominator))
        }
        return Ratio(storage: .big(n, d))
    }

    /// The greatest common divisor of two non-negative values, 1 when both are 0.
    private static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
        var x = a
        var y = b
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }

    private static func powerOfTen(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// The decimal's digits as a 128-bit integer and the power of ten (at most 38) it is divided
    /// by, read from its plain text without building strings; nil when the text is not plain
    /// digits or the value does not fit (the caller then takes ``integerDigits(of:)``).
    private static func smallDigits(of value: Decimal) -> (Int128, Int)? {
        let text = value.description
        var numerator: Int128 = 0
        var scale = 0
        var negative = false
        var afterPoint = false
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard let shifted = numerator.times(10),
                    let next = shifted.adding(Int128(byte - UInt8(ascii: "0")))
                else { return nil }
                numerator = next
                digits += 1
                if afterPoint { scale += 1 }
            case UInt8(ascii: "-") where digits == 0 && !negative && !afterPoint: negative = true
            case UInt8(ascii: "."):
                guard !afterPoint else { return nil }
                afterPoint = true
            default: return nil
            }
        }
        guard digits > 0, scale <= 38 else { return nil }
        return (negative ? -numerator : numerator, scale)
    }

    /// The decimal's digits as an integer (sign, no point) and the power of ten it is divided by.
    private static func integerDigits(of value: Decimal) -> (digits: String, scale: Int) {
        let text = DecimalText.plain(value)
        var digits = ""
        var scale = 0
        var exponent = 0
        var afterPoint = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "-": digits.append("-")
            case ".": afterPoint = true
            case "e", "E":
                exponent = Int(text[text.index(after: index)...]) ?? 0
                index = text.endIndex
                continue
            default:
                digits.append(character)
                if afterPoint { scale += 1 }
            }
            index = text.index(after: index)
        }
        scale -= exponent
        if scale < 0 {
            digits += String(repeating: "0", count: -scale)
            scale = 0
        }
        return (digits.isEmpty || digits == "-" ? "0" : digits, scale)
    }

    /// `whole × 10^−places` as a decimal, built from the integer when it fits 64 bits (the same
    /// value and representation as parsing its text, which ``decimal(digits:places:)`` does).
    private static func decimal(whole: Int128, places: Int) -> Decimal {
        guard whole != 0 else {
            return places < zeros.count ? zeros[places] : decimal(digits: "0", places: places)
        }
        guard let magnitude = UInt64(exactly: whole.magnitude) else {
            return decimal(digits: String(whole), places: places)
        }
        return Decimal(
            sign: whole < 0 ? .minus : .plus, exponent: -places, significand: Decimal(magnitude))
    }

    /// Zero with 0 to 8 places, as ``decimal(digits:places:)`` writes it.
    private static let zeros: [Decimal] = (0...8).map { decimal(digits: "0", places: $0) }

    /// `digits × 10^−places` as a decimal; `digits` is a whole number such as `-12345`.
    private static func decimal(digits: String, places: Int) -> Decimal {
        guard places > 0 else { return Decimal(string: digits, locale: posix) ?? 0 }
        var sign = ""
        var body = Substring(digits)
        if body.first == "-" {
            sign = "-"
            body = body.dropFirst()
        }
        let padded = String(repeating: "0", count: max(0, places + 1 - body.count)) + body
        let point = padded.index(padded.endIndex, offsetBy: -places)
        return Decimal(string: sign + padded[..<point] + "." + padded[point...], locale: posix)
            ?? 0
    }
}

extension Int128 {
    /// The product, or nil when it overflows.
    fileprivate func times(_ other: Int128) -> Int128? {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? nil : product
    }

    /// The sum, or nil when it overflows.
    fileprivate func adding(_ other: Int128) -> Int128? {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? nil : sum
    }

    /// The absolute value as `Int128`; callers keep `Int128.min` out.
    fileprivate var magnitude128: Int128 { self < 0 ? -self : self }
}
