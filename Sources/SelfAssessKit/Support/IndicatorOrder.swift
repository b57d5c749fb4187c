/// The order in which indicator ids (and other ids with numbers in them) are listed: numbers
/// inside the id compare as numbers, so `A1.2` comes before `A1.10`.
enum IndicatorOrder {
    /// Whether `lhs` is listed before `rhs`.
    ///
    /// Ids equal as numbers (`A1.02`, `A1.2`) fall back to byte order, so the order is total.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let left = parts(lhs)
        let right = parts(rhs)
        for (a, b) in zip(left, right) where a != b {
            switch (a, b) {
            case (.number(let x), .number(let y)):
                return x.count != y.count ? x.count < y.count : x.lexicographicallyPrecedes(y)
            case (.text(let x), .text(let y)): return x.lexicographicallyPrecedes(y)
            case (.number, .text): return true
            case (.text, .number): return false
            }
        }
        if left.count != right.count { return left.count < right.count }
        return Array(lhs.utf8).lexicographicallyPrecedes(Array(rhs.utf8))
    }

    private enum Part: Equatable {
        /// Digits without leading zeros ("" for zero), compared by length then bytes.
        case number([UInt8])
        case text([UInt8])
    }

    private static func parts(_ id: String) -> [Part] {
        var result: [Part] = []
        var current: [UInt8] = []
        var inDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if inDigits {
                result.append(.number(Array(current.drop { $0 == UInt8(ascii: "0") })))
            } else {
                result.append(.text(current))
            }
            current = []
        }
        for byte in id.utf8 {
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if isDigit != inDigits {
                flush()
                inDigits = isDigit
            }
            current.append(byte)
        }
        flush()
        return result
    }
}
