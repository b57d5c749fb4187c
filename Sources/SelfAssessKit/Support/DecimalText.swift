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
        NSDecimalNumber(decimal: value).stringValue
    }
}
