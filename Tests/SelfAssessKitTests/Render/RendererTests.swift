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

/// The renderers' wordings come from their catalogs and read as they always did in English.
@Suite(.tags(.small))
struct RenderCatalogTests {
    /// The summary line counts files, errors and warnings with their counted nouns.
    @Test(arguments: [
        (1, 0, 1, "Checked 1 file: 0 errors, 1 warning."),
        (8, 2, 1, "Checked 8 files: 2 errors, 1 warning."),
        (2, 1, 0, "Checked 2 files: 1 error, 0 warnings."),
    ])
    func validationSummary(files: Int, errors: Int, warnings: Int, expected: String) {
        let location = Diagnostic.Location(file: "a.yaml", line: 1, column: 1)
        let diagnostics =
            Array(repeating: Diagnostic(.invalidAnswer, "bad", at: location), count: errors)
            + Array(
                repeating: Diagnostic(.invalidAnswer, "bad", at: location, severity: .warning),
                count: warnings)
        let report = ValidationReport(diagnostics: diagnostics, filesChecked: files)
        #expect(DiagnosticRenderer.summary(report) == expected)
        #expect(DiagnosticRenderer.summary(report, language: .english) == expected)
    }

    @Test func validationSummaryInChinese() {
        let location = Diagnostic.Location(file: "a.yaml", line: 1, column: 1)
        let report = ValidationReport(
            diagnostics: [Diagnostic(.invalidAnswer, "bad", at: location)], filesChecked: 8)
        #expect(
            DiagnosticRenderer.summary(report, language: .chinese)
                == "已检查 8 个文件：1 个错误，0 个警告。")
        #expect(
            DiagnosticRenderer.text(report, style: TextStyle(color: false), language: .chinese)
                .hasSuffix("已检查 8 个文件：1 个错误，0 个警告。\n"))
    }

    @Test func aggregateProgressLine() {
        #expect(
            SectorSummaryRenderer.progress(
                AggregateProgress(done: 523, total: 1000, failedVerification: 3), perSecond: 87.21)
                == "523/1000 bundles, 87.2/s, 3 failed verification")
    }

    /// The renderers' catalogs are registered, so the catalog tests check every key of them.
    @Test(arguments: [
        "KeyringRenderMessages", "InspectionMessages", "VerificationMessages",
        "DiagnosticRenderMessages", "DiffRenderMessages", "ScoreRenderMessages",
        "SectorSummaryMessages", "ScoreWording",
    ])
    func renderCatalogsAreRegistered(name: String) {
        let catalog = MessageCatalogs.all.first { $0.name == name }
        #expect(catalog != nil, "\(name) is not in MessageCatalogs.all")
        for key in catalog?.keys ?? [] {
            #expect(catalog?.template(key, .english)?.isEmpty == false, "\(key)")
        }
    }
}
