/// A table for an ``HTMLPage``: bilingual column headings, cells of plain text, numbers
/// (right-aligned, tabular figures) or coloured badges.
struct HTMLTable: Sendable, Equatable {
    /// A column.
    struct Column: Sendable, Equatable {
        /// The heading.
        var heading: Bilingual
        /// Whether the column holds numbers (right-aligned).
        var isNumeric: Bool

        /// Creates a column.
        init(_ heading: Bilingual, numeric: Bool = false) {
            self.heading = heading
            self.isNumeric = numeric
        }
    }

    /// A cell.
    struct Cell: Sendable, Equatable {
        enum Content: Sendable, Equatable {
            case text(String)
            case bilingual(Bilingual)
            case badge(String, SVGTone)
            case markup(String)
        }

        let content: Content

        /// Plain text (escaped when rendered).
        static func text(_ text: String) -> Cell { Cell(content: .text(text)) }
        /// Text in both languages.
        static func bilingual(_ text: Bilingual) -> Cell { Cell(content: .bilingual(text)) }
        /// A short label on a coloured background, such as a rating or an enforcement step.
        static func badge(_ text: String, tone: SVGTone) -> Cell {
            Cell(content: .badge(text, tone))
        }

        /// Markup as it is; the caller answers for it being escaped and well-formed.
        static func markup(_ markup: String) -> Cell { Cell(content: .markup(markup)) }

        var markup: String {
            switch content {
            case .text(let text): HTML.escape(text)
            case .bilingual(let text): HTML.bilingual(text)
            case .badge(let text, let tone):
                "<span class=\"badge\" style=\"background:\(tone.fill);color:\(tone.ink)\">\(HTML.escape(text))</span>"
            case .markup(let markup): markup
            }
        }
    }

    /// The caption shown above the table, if any.
    var caption: Bilingual?
    /// The columns.
    var columns: [Column]
    /// The rows; a row shorter than the columns is padded with empty cells, and cells beyond the
    /// last column are not shown.
    var rows: [[Cell]]

    /// Creates a table.
    init(caption: Bilingual? = nil, columns: [Column], rows: [[Cell]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// The table's markup.
    func render() -> String {
        var out = "<table>\n"
        if let caption { out += "<caption>\(HTML.bilingual(caption))</caption>\n" }
        out += "<thead><tr>"
        for column in columns {
            out += column.isNumeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            out += HTML.bilingual(column.heading) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, column) in columns.enumerated() {
                let cell = index < row.count ? row[index].markup : ""
                out += (column.isNumeric ? "<td class=\"num\">" : "<td>") + cell + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
