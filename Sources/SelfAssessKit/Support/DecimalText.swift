import Foundation

/// Decimal numbers written in the plain form the formats allow: `-12`, `6`, `92.5`.
enum DecimalText {
    /// Parses a plain decimal (optional sign, digits, optional fraction), or returns nil.
    static func parse(_ text: String) -> Decimal? {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (48...57).contains($0) } })
        else { return nil }
        guard parts.map(\.count).reduce(0, +) <= 30 else { return nil }
        return Decimal(
            string: text.hasPrefix("+") ? String(text.dropFirst()) : text,
            locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Formats a decimal with exactly `places` digits after the point, rounding half away from zero.
    static func format(_ value: Decimal, places: Int) -> String {
        if let text = rounded(value.description, places: places, trimmed: false) { return text }
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

    /// Formats a decimal in its shortest plain form (`6`, `92.5`).
    static func plain(_ value: Decimal) -> String {
        value.description
    }

    /// A decimal rounded half away from zero to at most `places` decimal places, in its shortest
    /// plain form (`0.6667`, `0.5`, `1`): `plain(value.rounded(places))`.
    static func shortest(_ value: Decimal, places: Int) -> String {
        rounded(value.description, places: places, trimmed: true)
            ?? plain(value.rounded(places))
    }

    /// Rounds a plain decimal text (`-12.345`) half away from zero to `places` decimal places.
    ///
    /// The rounding works on the digits, exactly. The result has exactly `places` digits after
    /// the point, or with `trimmed` no trailing zeros (and no bare point); never `-0`. Nil when
    /// the text is not plain digits.
    private static func rounded(_ text: String, places: Int, trimmed: Bool) -> String? {
        var negative = false
        var whole: [UInt8] = []
        var fraction: [UInt8] = []
        var afterPoint = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if afterPoint { fraction.append(byte) } else { whole.append(byte) }
            case UInt8(ascii: "-") where whole.isEmpty && !negative && !afterPoint: negative = true
            case UInt8(ascii: ".") where !afterPoint && !whole.isEmpty: afterPoint = true
            default: return nil
            }
        }
        guard !whole.isEmpty, places >= 0 else { return nil }
        var digits = whole + fraction.prefix(places)
        digits += repeatElement(UInt8(ascii: "0"), count: max(0, places - fraction.count))
        if fraction.count > places, fraction[places] >= UInt8(ascii: "5") {
            var index = digits.count - 1
            while index >= 0, digits[index] == UInt8(ascii: "9") {
                digits[index] = UInt8(ascii: "0")
                index -= 1
            }
            if index >= 0 { digits[index] += 1 } else { digits.insert(UInt8(ascii: "1"), at: 0) }
        }
        let isZero = digits.allSatisfy { $0 == UInt8(ascii: "0") }
        var integer = digits[..<(digits.count - places)].drop { $0 == UInt8(ascii: "0") }
        var decimals = digits[(digits.count - places)...]
        if trimmed {
            while decimals.last == UInt8(ascii: "0") { decimals = decimals.dropLast() }
        }
        if integer.isEmpty { integer = [UInt8(ascii: "0")][...] }
        var out: [UInt8] = negative && !isZero ? [UInt8(ascii: "-")] : []
        out += integer
        if !decimals.isEmpty {
            out.append(UInt8(ascii: "."))
            out += decimals
        }
        return String(decoding: out, as: UTF8.self)
    }
}
