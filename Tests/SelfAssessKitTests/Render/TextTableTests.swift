import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct TextTableTests {
    static let plain = TextStyle(color: false)

    /// Removes ANSI escape sequences.
    static func stripped(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    @Test func alignsWideCharactersAsTwoColumns() {
        var table = TextTable(columns: [
            .init("#", alignment: .right), .init("Article"), .init("Score", alignment: .right),
        ])
        table.append(["1", "带头坚持依法办网", "96.08"])
        table.append(["12", "Lawful", "5.00"])
        table.appendRule()
        table.append(["", "合计 Total", "100.00"])
        let expected = """
             #  Article            Score
            --  ----------------  ------
             1  带头坚持依法办网   96.08
            12  Lawful              5.00
            --  ----------------  ------
                合计 Total        100.00

            """
        #expect(table.render(style: Self.plain) == expected)
        for line in expected.split(separator: "\n") {
            // Every line ends at the same display column: 2 + 2 + 16 + 2 + 6.
            #expect(DisplayWidth.of(line) == 28)
        }
    }

    @Test func colourDoesNotMoveColumns() {
        var table = TextTable(columns: [.init("Name"), .init("Rating"), .init("Note")])
        table.append([
            TextTable.Cell("合规", .green), TextTable.Cell("Compliant", .bold),
            TextTable.Cell("x", .red),
        ])
        table.append([
            TextTable.Cell("不合规", .red), TextTable.Cell("Non-compliant", .yellow),
            TextTable.Cell("", .red),
        ])
        let coloured = table.render(style: TextStyle(color: true))
        #expect(coloured.contains("\u{1B}[32m合规\u{1B}[0m"))
        #expect(Self.stripped(coloured) == table.render(style: Self.plain))
    }

    @Test func multiLineCellsAndTruncation() {
        var table = TextTable(
            columns: [.init("Id"), .init("Title"), .init("Answer", maxWidth: 6)], indent: "  ")
        table.append(["A1.1", "许可齐全\nLicences in place", "a long answer"])
        table.append(["A1.2", "清单", "yes"])
        let expected = """
              Id    Title              Answer
              ----  -----------------  ------
              A1.1  许可齐全           a lon…
                    Licences in place
              A1.2  清单               yes

            """
        #expect(table.render(style: Self.plain) == expected)
    }

    @Test func missingCellsAreEmptyAndNoLineEndsInSpaces() {
        var table = TextTable(columns: [.init("A"), .init("B"), .init("C")], showsHeader: false)
        table.append(["x"])
        table.append(["longer", "y", "z", "dropped"])
        let text = table.render(style: Self.plain)
        #expect(text == "x\nlonger  y  z\n")
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }

    // MARK: - CSV, Markdown, JSON

    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "cr\u{240D}here"),
        ("中文", "中文"),
        ("", ""),
    ])
    func csvQuotesOnlyWhatNeedsIt(text: String, expected: String) {
        #expect(CSV.field(text) == expected)
    }

    /// A text cell that a spreadsheet would run as a formula gets a `'` before it (it was
    /// written as it was); control characters are shown as pictures (ESC and BEL went out raw);
    /// numbers, negative ones included, stay numbers.
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\u{2409}TAB"), ("\r=1", "'\u{240D}=1"),
        ("a\u{1B}[2Jb\u{07}", "a\u{241B}[2Jb\u{2407}"), ("x\u{9B}y\u{7F}", "x\u{FFFD}y\u{2421}"),
        ("-3.50", "-3.50"), ("+2.24", "+2.24"), ("-7", "-7"), ("0.00", "0.00"),
        ("-", "'-"), ("-.5", "'-.5"), ("1-2", "1-2"), ("a=b", "a=b"),
    ])
    func csvNeutralisesFormulasAndControlCharacters(text: String, expected: String) {
        #expect(CSV.field(text) == expected)
    }

    @Test func csvRecordsEndInCRLF() {
        #expect(
            CSV.document(header: ["a", "b"], records: [["1", "x,y"]]) == "a,b\r\n1,\"x,y\"\r\n")
    }

    @Test func markdownCellsEscapePipesAndLineBreaks() {
        #expect(Markdown.cell("a|b\nc\\d") == "a\\|b<br>c\\\\d")
        let table = Markdown.table(["#", "Name"], rightAligned: [0], rows: [["1", "x"], ["2"]])
        #expect(table == "| # | Name |\n| ---: | --- |\n| 1 | x |\n| 2 |  |\n")
    }
}
