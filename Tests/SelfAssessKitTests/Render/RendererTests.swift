import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct RendererTests {
    private func diagnostic(line: Int, column: Int) -> Diagnostic {
        Diagnostic(
            .invalidAnswer, "bad",
            at: Diagnostic.Location(file: "a.yaml", line: line, column: column))
    }

    /// The caret sits under the column, counting each wide character as two terminal columns.
    @Test(arguments: [
        ("名称: 北京示例", 5, "       ^"),
        ("abc: x", 6, "     ^"),
        ("说明：「艾克米」 yes", 11, "               ^"),
        ("\tanswer: x", 1, "^"),
    ])
    func caretUnderWideCharacters(line: String, column: Int, caret: String) {
        let excerpt = DiagnosticRenderer.sourceExcerpt(
            line: line, number: 7, column: column, style: TextStyle(color: false))
        #expect(excerpt[1].hasSuffix(caret), "\(excerpt[1])")
        #expect(excerpt[0].hasPrefix("  7 | "))
    }

    @Test func wholeFileLocationsHaveNoExcerpt() {
        let diagnostic = Diagnostic(
            .missingArticleFile, "article-3.yaml is missing", at: .file("x/article-3.yaml"))
        let text = DiagnosticRenderer.text(diagnostic, sources: [:], style: TextStyle(color: false))
        #expect(text == "x/article-3.yaml: error: article-3.yaml is missing [SA104]")
    }

    @Test func githubCommandsEscapeTheirData() {
        #expect(DiagnosticRenderer.escapeData("50%\nnext") == "50%25%0Anext")
        #expect(DiagnosticRenderer.escapeProperty("a:b,c") == "a%3Ab%2Cc")
    }

    @Test func colourIsOnlyAddedWhenEnabled() {
        let report = ValidationReport(
            diagnostics: [diagnostic(line: 1, column: 1)], filesChecked: 1)
        #expect(!DiagnosticRenderer.text(report, style: TextStyle(color: false)).contains("\u{1B}"))
        #expect(
            DiagnosticRenderer.text(report, style: TextStyle(color: true)).contains(
                "\u{1B}[1;31merror"))
    }
}
