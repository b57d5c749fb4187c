import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct FrameworkTests {
    @Test func builtinFrameworkLoadsCompletely() throws {
        let result = FrameworkLoader.builtin
        #expect(result.diagnostics.isEmpty)
        let framework = try #require(result.framework)
        #expect(framework.id == "bj-app-2014" && framework.version == "1.1")
        #expect(framework.articles.map(\.number) == Array(1...7))
        #expect(framework.indicators.count == 50)
        #expect(framework.indicators.filter(\.critical).count == 13)
        for article in framework.articles {
            #expect((4...8).contains(article.indicators.count))
            #expect(!article.title.zh.isEmpty && !article.title.en.isEmpty)
        }
        for indicator in framework.indicators {
            #expect(!indicator.rules.isEmpty, "\(indicator.id) cites no rule")
            #expect(indicator.rules.allSatisfy { framework.rule($0.ref) != nil })
        }
        #expect(framework.sha256.count == 64)
        #expect(framework.categories.map(\.id).contains("news"))
        #expect(
            framework.scoring.bands.map(\.id) == [
                "compliant", "partially-compliant", "non-compliant",
            ])
    }

    @Test func officialArticleHeadings() throws {
        let titles = TestSupport.framework.articles.map(\.title.zh)
        #expect(
            titles == [
                "带头坚持依法办网", "切实维护网络安全", "积极传递正能量", "坚决抵制违法不良信息", "充分保护用户合法权益", "共同维护公平竞争环境",
                "勇于承担社会责任",
            ])
    }

    /// A broken framework: the built-in text with one replacement; the first framework
    /// diagnostic must carry `code` at `line` (found by searching for `anchor`).
    @Test(arguments: [
        ("    weight: 3\n", "    weight: 0\n", "SA901", "weight must be greater than 0"),
        ("min: 60", "min: 90", "SA901", "bands must be listed"),
        ("      - id: A1.2\n", "      - id: A1.1\n", "SA901", "defined twice"),
        ("      - ref: CSL\n", "      - ref: CSLX\n", "SA901", "not in the catalogue"),
        ("    critical: true\n", "    critical: yes\n", "SA111", "expected true or false"),
        (
            "        type: maturity\n", "        type: maturity-level\n", "SA111",
            "not one of the allowed values"
        ),
        (
            "    evidence: required\n", "    evidence: mandatory\n", "SA111",
            "not one of the allowed values"
        ),
        ("    weight: 3\n", "    weigth: 3\n", "SA102", "unknown key `weigth`"),
    ])
    func invalidFrameworksAreRefused(old: String, new: String, code: String, message: String) throws
    {
        let text = BuiltinFramework.text
        let range = try #require(text.range(of: old))
        let broken = text.replacingCharacters(in: range, with: new)
        let result = FrameworkLoader.parse(Array(broken.utf8), file: "framework.yaml")
        #expect(result.framework == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.code.rawValue == code })
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
        let expectedLine = broken[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        #expect(
            abs(diagnostic.location.line - expectedLine) <= 2,
            "\(diagnostic.location) vs line \(expectedLine)")
    }

    @Test func numberRuleMustPointTheRightWay() throws {
        let text = BuiltinFramework.text
        let range = try #require(text.range(of: "better: higher"))
        let broken = text.replacingCharacters(in: range, with: "better: lower")
        let result = FrameworkLoader.parse(Array(broken.utf8), file: "framework.yaml")
        #expect(
            result.diagnostics.contains { $0.message.contains("target must be below the floor") })
    }

    @Test func frameworkFileIsReadFromDisk() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("fw.yaml")
        try Data(BuiltinFramework.text.utf8).write(to: file)
        let result = FrameworkLoader.load(file, displayName: "fw.yaml")
        #expect(result.framework?.sha256 == TestSupport.framework.sha256)
        let missing = FrameworkLoader.load(
            folder.appendingPathComponent("none.yaml"), displayName: "none.yaml")
        #expect(missing.framework == nil && missing.diagnostics.map(\.code) == [.unreadable])
    }
}
