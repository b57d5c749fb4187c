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
