import Foundation

/// Turns decimals into JSON numbers for JSONSerialization.
enum NSDecimalBridge {
    static func number(_ value: Decimal) -> Any {
        if value == value.rounded(0), let integer = Int(DecimalText.plain(value)) { return integer }
        return NSDecimalNumber(decimal: value)
    }
}
