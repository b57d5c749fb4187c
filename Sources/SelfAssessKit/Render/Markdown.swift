import Foundation

/// GitHub-flavoured Markdown pieces: tables with escaped cells.
public enum Markdown {
    /// Text made safe for a table cell: pipes and backslashes escaped, line breaks as `<br>`.
    public static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(
                of: "\n", with: "<br>")
    }

    /// Text made safe for running prose: Markdown's emphasis and code characters escaped.
    public static func text(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result.replacingOccurrences(of: "\n", with: " ")
    }

    /// Whether the report's inline escape could change the text: false when its UTF-8 holds
    /// none of the characters it escapes (`\\`*_[]<>|#&~`) and no line break (LF, VT, FF, CR,
    /// NEL, LINE and PARAGRAPH SEPARATOR), so the text is used as it is without a copy.
    package static func mayNeedInlineEscape(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                switch bytes[index] {
                case 0x0A...0x0D, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23, 0x26,
                    0x7E:
                    return true
                case 0xC2:
                    // U+0085: C2 85.
                    if index + 1 < count, bytes[index + 1] == 0x85 { return true }
                case 0xE2:
                    // U+2028, U+2029: E2 80 A8, E2 80 A9.
                    if index + 2 < count, bytes[index + 1] == 0x80,
                        bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
                    {
                        return true
                    }
                default: break
                }
                index += 1
            }
            return false
        }
    }

    /// A table; `rightAligned` marks the columns that hold numbers.
    public static func table(
        _ header: [String], rightAligned: Set<Int> = [], rows: [[String]]
    ) -> String {
        table(
            escaped: header.map(cell), rightAligned: rightAligned, rows: rows.map { $0.map(cell) })
    }

    /// A table whose cells are already escaped; `empty` stands for an empty cell.
    ///
    /// Rows are cut or padded to the header's width.
    package static func table(
        escaped header: [String], rightAligned: Set<Int> = [], rows: [[String]], empty: String = ""
    ) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append(
            "|"
                + header.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(
                    separator: "|") + "|")
        for row in rows {
            var cells = Array(row.prefix(header.count))
            while cells.count < header.count { cells.append("") }
            lines.append(
                "| " + cells.map { $0.isEmpty ? empty : $0 }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
