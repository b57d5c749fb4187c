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

    /// A table; `rightAligned` marks the columns that hold numbers.
    public static func table(
        _ header: [String], rightAligned: Set<Int> = [], rows: [[String]]
    ) -> String {
        var lines = ["| " + header.map(cell).joined(separator: " | ") + " |"]
        lines.append(
            "|"
                + header.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(
                    separator: "|") + "|")
        for row in rows {
            var cells = Array(row.prefix(header.count))
            while cells.count < header.count { cells.append("") }
            lines.append("| " + cells.map(cell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
