/// The shapes of the ids the formats use.
public enum Identifiers {
    /// A signatory id: 2–63 characters of `a-z`, `0-9` and `-`, starting with a letter or digit.
    public static func isSignatoryID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (2...63).contains(bytes.count), let first = bytes.first, isLowerAlnum(first) else {
            return false
        }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// A framework id: lower-case letters, digits, dots and hyphens, starting with a letter or digit.
    public static func isFrameworkID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (1...64).contains(bytes.count), let first = bytes.first, isLowerAlnum(first) else {
            return false
        }
        return bytes.allSatisfy {
            isLowerAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    /// An indicator id of an article: `A<article>.<n>` with n ≥ 1.
    public static func isIndicatorID(_ text: String, article: Int) -> Bool {
        let prefix = "A\(article)."
        guard text.hasPrefix(prefix), let number = Int(text.dropFirst(prefix.count)) else {
            return false
        }
        return number >= 1 && text == "\(prefix)\(number)"
    }

    /// Whether text looks like an e-mail address: one `@`, a local part, a dotted domain, no spaces.
    public static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2,
            labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") })
        else {
            return false
        }
        return !text.contains {
            $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">"
        }
            && labels.last.map { $0.count >= 2 && $0.allSatisfy(\.isLetter) } == true
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
