import Foundation

/// A plain-text table for terminals: aligned columns, numbers right-aligned, East Asian wide
/// characters counted as two columns, optional colour per cell.
///
/// A cell may hold several lines (separated by line feeds), such as a Chinese title above its
/// English one.
///
/// Widths are measured on the plain text, and colour is applied after padding, so escape
/// sequences never disturb the alignment. Lines carry no trailing spaces.
///
/// ```swift
/// var table = TextTable(columns: [.init("#", alignment: .right), .init("Article"), .init("Score", alignment: .right)])
/// table.append(["1", "带头坚持依法办网", "83.50"])
/// let text = table.render(style: TextStyle(color: false))
/// ```
struct TextTable: Sendable {
    /// How a column's cells are aligned.
    enum Alignment: Sendable, Equatable {
        /// Text starts at the column's left edge.
        case left
        /// Text ends at the column's right edge (numbers).
        case right
    }

    /// A column: its header, alignment and optional maximum width (longer cells are cut with "…").
    struct Column: Sendable, Equatable {
        /// The header text.
        var header: String
        /// How cells are aligned.
        var alignment: Alignment
        /// The widest a cell line may be, in terminal columns; nil for no limit.
        var maxWidth: Int?

        /// Creates a column.
        init(_ header: String, alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.header = header
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    /// The colour or weight of a cell.
    enum Emphasis: Sendable, Equatable {
        /// No styling.
        case plain
        /// Bold.
        case bold
        /// Dimmed, for secondary text.
        case dim
        /// Red, for failures.
        case red
        /// Yellow, for warnings.
        case yellow
        /// Green, for good news.
        case green
        /// Cyan, for notes.
        case cyan
    }

    /// One cell: its text and emphasis.
    struct Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        /// The text; line feeds split it into several lines.
        var text: String
        /// The styling, applied when the table is rendered with colour.
        var emphasis: Emphasis

        /// Creates a cell.
        init(_ text: String, _ emphasis: Emphasis = .plain) {
            self.text = text
            self.emphasis = emphasis
        }

        /// Creates a plain cell from a literal.
        init(stringLiteral value: String) {
            self.init(value)
        }
    }

    /// A row: cells, or a rule across the table.
    enum Row: Sendable, Equatable {
        /// A row of cells, one per column.
        case cells([Cell])
        /// A line of dashes under every column.
        case rule
    }

    /// The columns.
    var columns: [Column]
    /// The rows, in order.
    var rows: [Row]
    /// The text between columns.
    var gap: String
    /// The text before the first column.
    var indent: String
    /// Whether to print the header line and a rule under it.
    var showsHeader: Bool

    /// Creates an empty table.
    init(
        columns: [Column], gap: String = "  ", indent: String = "", showsHeader: Bool = true
    ) {
        self.columns = columns
        self.rows = []
        self.gap = gap
        self.indent = indent
        self.showsHeader = showsHeader
    }

    /// Appends a row of cells; missing cells are empty and extra cells are dropped.
    mutating func append(_ cells: [Cell]) {
        rows.append(.cells(cells))
    }

    /// Appends a row of plain cells.
    mutating func append(_ texts: [String]) {
        rows.append(.cells(texts.map { Cell($0) }))
    }

    /// Appends a rule across the table.
    mutating func appendRule() {
        rows.append(.rule)
    }

    /// The table as text, one line per row, each ending in a line feed.
    ///
    /// - Parameter style: Whether and how to colour cells.
    /// - Returns: The lines.
    func render(style: TextStyle) -> String {
        let cellRows: [[Cell]] = rows.compactMap {
            if case .cells(let cells) = $0 { return normalize(cells) }
            return nil
        }
        var widths = columns.map { showsHeader ? DisplayWidth.of($0.header) : 0 }
        for cells in cellRows {
            for (index, cell) in cells.enumerated() {
                for line in Self.lines(cell.text) {
                    widths[index] = max(widths[index], DisplayWidth.of(line))
                }
            }
        }
        var lines: [String] = []
        if showsHeader {
            lines.append(line(columns.map { Cell($0.header, .bold) }, widths: widths, style: style))
            lines.append(ruleLine(widths: widths, style: style))
        }
        for row in rows {
            switch row {
            case .cells(let cells):
                lines += physicalLines(normalize(cells), widths: widths, style: style)
            case .rule: lines.append(ruleLine(widths: widths, style: style))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private func normalize(_ cells: [Cell]) -> [Cell] {
        var result = Array(cells.prefix(columns.count))
        while result.count < columns.count { result.append(Cell("")) }
        for (index, column) in columns.enumerated() {
            guard let maxWidth = column.maxWidth else { continue }
            result[index].text = Self.lines(result[index].text).map {
                DisplayWidth.truncated($0, to: maxWidth)
            }
            .joined(separator: "\n")
        }
        return result
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A row as one or more lines: cell `i` of line `k` is the `k`-th line of the cell's text.
    private func physicalLines(_ cells: [Cell], widths: [Int], style: TextStyle) -> [String] {
        let split = cells.map { Self.lines($0.text) }
        let count = split.map(\.count).max() ?? 1
        return (0..<count).map { k in
            let row = cells.enumerated().map { index, cell in
                Cell(k < split[index].count ? split[index][k] : "", cell.emphasis)
            }
            return line(row, widths: widths, style: style)
        }
    }

    private func line(_ cells: [Cell], widths: [Int], style: TextStyle) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let padding = String(
                repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell.text)))
            let styled = Self.apply(cell.emphasis, to: cell.text, style: style)
            parts.append(columns[index].alignment == .right ? padding + styled : styled + padding)
        }
        return Self.trimmingTrailingSpaces(indent + parts.joined(separator: gap))
    }

    private func ruleLine(widths: [Int], style: TextStyle) -> String {
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: gap)
        return indent + style.dim(rule)
    }

    static func apply(_ emphasis: Emphasis, to text: String, style: TextStyle) -> String {
        guard !text.isEmpty else { return text }
        switch emphasis {
        case .plain: return text
        case .bold: return style.bold(text)
        case .dim: return style.dim(text)
        case .red: return style.red(text)
        case .yellow: return style.yellow(text)
        case .green: return style.green(text)
        case .cyan: return style.cyan(text)
        }
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var result = Substring(text)
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}
