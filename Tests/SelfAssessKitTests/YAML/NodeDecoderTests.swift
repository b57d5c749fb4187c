import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// `NodeDecoder.mapping` reports unknown keys as told, in one pass.
@Suite(.tags(.small))
struct NodeDecoderTests {
    static func root(_ text: String) throws -> YAMLNode {
        try #require(YAMLParser.parse(Array(text.utf8), file: "a.yaml").root)
    }

    @Test func unknownKeysGetADidYouMeanByDefault() throws {
        var decoder = NodeDecoder(file: "a.yaml")
        _ = decoder.mapping(try Self.root("nmae: x\n"), at: .root, known: ["name", "email"])
        let diagnostic = try #require(decoder.diagnostics.first)
        #expect(decoder.diagnostics.count == 1)
        #expect(diagnostic.code == .unknownKey)
        #expect(diagnostic.location == Diagnostic.Location(file: "a.yaml", line: 1, column: 1))
        #expect(diagnostic.message == "unknown key `nmae`")
        #expect(diagnostic.hint == "did you mean `name`? known keys here: name and email")
    }

    @Test func theReporterDecidesCodeMessageAndHint() throws {
        var decoder = NodeDecoder(file: "a.yaml")
        _ = decoder.mapping(
            try Self.root("a: 1\nzz: 2\n"), at: .root, known: ["a"],
            unknown: { key in
                (.unknownIndicator, .unknownIndicator(key, article: 3), .aMapping)
            })
        let diagnostic = try #require(decoder.diagnostics.first)
        #expect(decoder.diagnostics.count == 1)
        #expect(diagnostic.code == .unknownIndicator)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == Diagnostic.Location(file: "a.yaml", line: 2, column: 1))
        #expect(diagnostic.path == "zz")
        #expect(diagnostic.message == "`zz` is not an indicator of article 3")
        #expect(diagnostic.hint == "a mapping")
    }

    /// An id of another article is reported once, as SA109 naming that article: never as SA102.
    @Test func anIndicatorOfAnotherArticleIsReportedWhereItBelongs() throws {
        let text =
            "framework: {id: x, version: '1'}\narticle: 1\nindicators:\n  A2.1:\n    answer: yes\n"
        let decoder = AssessmentDecoder(framework: TestSupport.framework, today: TestSupport.today)
        let result = decoder.decodeArticle(
            try Self.root(text), file: "article-1.yaml", expectedArticle: 1, year: 2025,
            source: FolderSource(folder: TestSupport.sample("acme-2025"), displayRoot: "acme"))
        let found = result.diagnostics.filter { $0.location.line == 4 }
        #expect(found.map(\.code) == [.unknownIndicator])
        #expect(found.first?.hint == "A2.1 belongs to article 2; move it to article-2.yaml")
    }

    @Test(arguments: [("year: 2025\n", 2025 as Int?), ("year: 1999\n", nil), ("- 1\n", nil)])
    func theReportingYearAlone(_ text: String, _ year: Int?) throws {
        let decoder = AssessmentDecoder(framework: TestSupport.framework, today: TestSupport.today)
        #expect(decoder.reportingYear(try Self.root(text), file: "assessment.yaml") == year)
    }
}
