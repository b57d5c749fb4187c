/// Writes scalars for the YAML files the tool generates, quoting whenever a plain scalar could be
/// misread (by us or by an editor's YAML 1.2 schema).
enum YAMLWriter {
    /// The scalar as plain text when that is safe, otherwise double-quoted with escapes.
    static func scalar(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    /// The scalar double-quoted, with `\`, `"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F
                    || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static let reservedWords: Set<String> = [
        "true", "false", "True", "False", "TRUE", "FALSE", "null", "Null", "NULL", "~",
    ]

    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
            return false
        }
        if reservedWords.contains(text) { return false }
        if DecimalText.parse(text) != nil || Double(text) != nil { return false }
        if " \t".unicodeScalars.contains(last) || " \t".unicodeScalars.contains(first) {
            return false
        }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar == "\u{FEFF}"
            {
                return false
            }
        }
        return true
    }
}
