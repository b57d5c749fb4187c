import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The hints an officer meets while drafting (issue 14): a full-width colon named where it is, a
/// date in another common form given its ISO form, a missing indicator placed where its block
/// belongs, and a file with broken YAML said to be checked no further.
@Suite(.tags(.small))
struct OfficerHintTests {
    /// Validates a copy of acme-2025 after `edit` changed the lines of one article file.
    private func validate(
        _ file: String, _ edit: (inout [String]) throws -> Void,
        also other: (file: String, edit: (inout [String]) throws -> Void)? = nil
    ) throws -> ValidationReport {
        let (folder, cleanup) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: cleanup) }
        func change(_ file: String, _ edit: (inout [String]) throws -> Void) throws {
            let url = folder.appendingPathComponent(file)
            var lines = try String(contentsOf: url, encoding: .utf8).components(
                separatedBy: "\n")
            try edit(&lines)
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try change(file, edit)
        if let other { try change(other.file, other.edit) }
        return Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
            path: folder, displayName: "acme-2025")
    }

    /// Replaces the `answer:` line of an indicator.
    private func answer(_ indicator: String, _ line: String) -> (inout [String]) throws -> Void {
        { lines in
            let start = try #require(lines.firstIndex(of: "  \(indicator):"))
            let answer = try #require(lines[start...].firstIndex { $0.hasPrefix("    answer:") })
            lines[answer] = line
        }
    }

    @Test func aFullWidthColonIsNamedOnItsOwnLine() throws {
        let report = try validate("article-2.yaml", answer("A2.1", "    answer：partial"))
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.code == .syntax)
        #expect(error.location.file == "acme-2025/article-2.yaml")
        #expect(error.location.line == 8)
        #expect(error.location.column == 11)
        #expect(
            error.message
                == "`answer` is followed by a full-width colon `：` (from a Chinese input method); "
                + "YAML needs `:`")
        #expect(error.hint == "write `answer: partial`: an ASCII colon, then a space")
        #expect(
            error.hint(in: .chinese) == "请写作 `answer: partial`：半角冒号，后跟一个空格")
        // libyaml's own complaint, on the next line, stays as a note.
        #expect(error.notes.contains { $0.location.line == 9 && $0.message.hasPrefix("libyaml:") })
    }

    @Test func aFullWidthColonInsideAValueIsNotTakenForAKey() throws {
        let lines = ["    note: 时间：2025年", "  A2.1：", "  - path：evidence/a.md"]
        let source = SourceText(
            file: "f.yaml", bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(YAMLParser.fullWidthColon(upTo: 1, in: source) == nil)
        let key = try #require(YAMLParser.fullWidthColon(upTo: 2, in: source))
        #expect(key.line == 2 && key.column == 7 && key.key == "A2.1" && key.value.isEmpty)
        let item = try #require(YAMLParser.fullWidthColon(upTo: 3, in: source))
        #expect(item.line == 3 && item.column == 9 && item.key == "path")
        #expect(item.value == "evidence/a.md")
    }

    @Test(arguments: [
        ("2025年1月20日", "2025-01-20"), ("2025/1/20", "2025-01-20"), ("2025.1.20", "2025-01-20"),
        ("２０２５年１月２０日", "2025-01-20"), ("2025-1-2", "2025-01-02"),
    ])
    func aDateInAnotherFormGetsItsISOForm(text: String, iso: String) throws {
        let report = try validate("article-2.yaml", answer("A2.4", "    answer: \(text)"))
        let error = try #require(report.diagnostics.first { $0.code == .invalidDate })
        #expect(error.location.file == "acme-2025/article-2.yaml")
        #expect(error.location.line == 27)
        #expect(error.location.column == 13)
        #expect(error.hint == "write it as `\(iso)` (YYYY-MM-DD)")
        #expect(error.hint(in: .chinese) == "请写作 `\(iso)`（YYYY-MM-DD）")
    }

    @Test(arguments: ["2025年13月1日", "2025/2/30", "20250120", "25/1/20", "next week"])
    func aTextThatIsNoDateKeepsTheGeneralHint(text: String) throws {
        #expect(CalendarDate.meant(by: text) == nil)
        let report = try validate("article-2.yaml", answer("A2.4", "    answer: \(text)"))
        let error = try #require(report.diagnostics.first { $0.code == .invalidDate })
        #expect(error.hint == "write a real date as YYYY-MM-DD, for example 2025-06-30")
    }

    @Test func anEvidenceDateInAnotherFormGetsItsISOForm() throws {
        let report = try validate("article-2.yaml") { lines in
            let line = try #require(lines.firstIndex(of: "        date: 2025-03-20"))
            lines[line] = "        date: 2025年3月20日"
        }
        let error = try #require(report.diagnostics.first { $0.code == .invalidValue })
        #expect(error.location.line == 23)
        #expect(error.location.column == 15)
        #expect(error.hint == "write it as `2025-03-20` (YYYY-MM-DD)")
    }

    @Test func aMissingIndicatorPointsAfterThePreviousBlock() throws {
        // A2.2's block (lines 13–18) removed: A2.3 now starts on line 13.
        let report = try validate("article-2.yaml") { lines in lines.removeSubrange(12..<18) }
        let error = try #require(report.diagnostics.first { $0.code == .missingIndicator })
        #expect(error.location.file == "acme-2025/article-2.yaml")
        #expect(error.location.line == 13)
        #expect(error.location.column == 3)
        #expect(
            error.hint
                == "add `A2.2:` with an `answer:` here, after A2.1's block; "
                + "the template has every indicator")
    }

    @Test func aMissingFirstIndicatorPointsBeforeTheFirstBlock() throws {
        let report = try validate("article-2.yaml") { lines in lines.removeSubrange(6..<12) }
        let error = try #require(report.diagnostics.first { $0.code == .missingIndicator })
        #expect(error.location.line == 7)
        #expect(error.location.column == 3)
        #expect(error.hint == "add `A2.1:` with an `answer:`; the template has every indicator")
    }

    @Test func aMissingLastIndicatorPointsAfterTheLastBlock() throws {
        var removed = 0
        let report = try validate("article-2.yaml") { lines in
            let start = try #require(lines.firstIndex(of: "  A2.7:"))
            removed = start
            lines.removeSubrange(start...)
            lines.append("")
        }
        let error = try #require(report.diagnostics.first { $0.code == .missingIndicator })
        #expect(error.location.line == removed + 1)
        #expect(error.location.column == 3)
        #expect(error.hint?.contains("after A2.6's block") == true)
    }

    @Test func aBrokenFileIsSaidToBeCheckedNoFurtherAndTheOthersAreCheckedFully() throws {
        // A tab in article 2, and an answer that is no date in article 3: the second is still
        // found, the first file's answers are not checked.
        let report = try validate(
            "article-2.yaml", { lines in lines[7] = "\tanswer: yes" },
            also: (
                "article-3.yaml",
                { lines in
                    let line = try #require(lines.firstIndex { $0.hasPrefix("        date:") })
                    lines[line] = "        date: soon"
                }
            ))
        #expect(
            report.diagnostics.contains {
                $0.location.file == "acme-2025/article-3.yaml" && $0.code == .invalidValue
            })
        let broken = report.diagnostics.filter { $0.location.file == "acme-2025/article-2.yaml" }
        let first = try #require(broken.first { $0.severity == .error })
        #expect(first.location.line == 8)
        #expect(
            first.notes.contains {
                $0.location == .file("acme-2025/article-2.yaml")
                    && $0.message
                        == "not checked further: the file's answers are checked once its YAML is fixed"
            })
        let noted = broken.filter { $0.notes.contains { $0.message.hasPrefix("not checked") } }
        #expect(noted.count == 1)
        #expect(report.filesChecked == 8)
    }

    /// The built-in framework with A7.6 (penalties, 项) no longer marked `integer: true`.
    private static var frameworkWithoutWholeCounts: Framework {
        var framework = TestSupport.framework
        for (a, article) in framework.articles.enumerated() {
            for (i, indicator) in article.indicators.enumerated() where indicator.id == "A7.6" {
                if case .number(var rule) = indicator.answer.type {
                    rule.integer = false
                    framework.articles[a].indicators[i].answer.type = .number(rule)
                }
            }
        }
        return framework
    }

    @Test(arguments: [("1.5", true), ("2", false), ("0", false)])
    func aCountWithDecimalsIsFlagged(answer: String, flagged: Bool) throws {
        let (folder, cleanup) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let url = folder.appendingPathComponent("article-7.yaml")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  A7.6:"))
        let line = try #require(lines[start...].firstIndex { $0.hasPrefix("    answer:") })
        lines[line] = "    answer: \(answer)"
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let report = Validator(
            framework: Self.frameworkWithoutWholeCounts, today: TestSupport.today
        )
        .validate(path: folder, displayName: "acme-2025")
        let found = report.diagnostics.filter { $0.code == .implausibleNumber }
        #expect(found.count == (flagged ? 1 : 0))
        guard flagged, let warning = found.first else { return }
        #expect(warning.severity == .warning)
        #expect(warning.location.file == "acme-2025/article-7.yaml")
        #expect(warning.location.line == line + 1)
        #expect(warning.location.column == 13)
        #expect(warning.message == "1.5 penalties is not a whole count")
        #expect(warning.message(in: .chinese) == "1.5 项不是整数个数")
        #expect(warning.hint == "penalties are counted one by one: write a whole number")
        #expect(!report.hasErrors)
    }

    @Test func aMissingEvidenceFileFindsTheSameDocumentUnderAnotherName() throws {
        let report = try validate("article-5.yaml") { lines in
            let line = try #require(lines.firstIndex(of: "      - evidence/privacy-policy.md"))
            lines[line] = "      - evidence/privacy-policy-v6.pdf"
        }
        let error = try #require(report.diagnostics.first { $0.code == .evidenceMissing })
        #expect(error.location.file == "acme-2025/article-5.yaml")
        #expect(error.location.line == 10)
        #expect(error.location.column == 9)
        #expect(error.hint == "did you mean `evidence/privacy-policy.md`?")
    }

    @Test(arguments: [
        ("privacy-policy-v6.pdf", "privacy-policy"), ("Report_2025.PDF", "report"),
        ("plan v2.docx", "plan"), ("v6", "v6"), ("a-b.md", "a-b"),
    ])
    func aVersionSuffixIsSetAside(name: String, base: String) {
        #expect(EvidencePath.baseName(name) == base)
    }
}
