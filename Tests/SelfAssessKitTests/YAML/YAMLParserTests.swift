import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct YAMLParserTests {
    private func parse(_ text: String, limits: YAMLLimits = .default) -> YAMLDocument {
        YAMLParser.parse(Array(text.utf8), file: "t.yaml", limits: limits)
    }

    private func parse(bytes: [UInt8]) -> YAMLDocument {
        YAMLParser.parse(bytes, file: "t.yaml")
    }

    @Test func buildsPositionedTree() throws {
        let doc = parse("article: 2\nindicators:\n  A2.1:\n    answer: yes\n    note: \"说明\"\n")
        #expect(doc.diagnostics.isEmpty)
        let root = try #require(doc.root)
        #expect(root.location.line == 1 && root.location.column == 1)
        let indicators = try #require(root["indicators"])
        #expect(indicators.location.line == 3 && indicators.location.column == 3)
        let entry = try #require(indicators.entries?.first)
        #expect(entry.key == "A2.1")
        #expect(entry.keyLocation == Diagnostic.Location(file: "t.yaml", line: 3, column: 3))
        let answer = try #require(entry.value["answer"])
        #expect(answer.scalar == "yes" && answer.scalarStyle == .plain)
        #expect(answer.location == Diagnostic.Location(file: "t.yaml", line: 4, column: 13))
        #expect(entry.value["note"]?.scalarStyle == .doubleQuoted)
    }

    @Test(arguments: ["yes", "no", "on", "off", "2025", "1.10", "~", "0o14", "1e3", "true"])
    func scalarsKeepTheirText(_ text: String) throws {
        let doc = parse("value: \(text)\n")
        #expect(doc.root?["value"]?.scalar == text)
    }

    @Test func columnsCountCodePoints() throws {
        let doc = parse("名称: 北京\n说明: [1, 2\n")
        let diagnostic = try #require(doc.diagnostics.first)
        #expect(diagnostic.code == .syntax)
        #expect(diagnostic.location.line == 3)
        let ok = parse("名称: 北京示例\n")
        #expect(ok.root?["名称"]?.location.column == 5)
    }

    /// Past the limit per code, one diagnostic counts the rest, placed where the first of them
    /// was: the first diagnostic of the file stays the first problem in it.
    @Test func repeatedProblemsAreCountedAfterTheOnesShown() throws {
        let lines = (1...15).map { "k\($0): &a\($0) v" }
        let doc = parse(
            lines.joined(separator: "\n") + "\n", limits: YAMLLimits(maxRepeatedDiagnostics: 3))
        #expect(doc.diagnostics.map(\.location.line) == [1, 2, 3, 4])
        #expect(doc.diagnostics.first?.message.contains("anchor") == true)
        let last = try #require(doc.diagnostics.last)
        #expect(last.message == "12 more problems like this in the file from here on")
        #expect(last.location == Diagnostic.Location(file: "t.yaml", line: 4, column: 5))
    }

    /// A control character is named once, by the encoding check, not again by libyaml.
    @Test func aControlCharacterIsReportedOnce() {
        let doc = parse("article: 2\nnote: a\u{07}b\n")
        #expect(doc.diagnostics.map(\.code) == [.controlCharacter])
        #expect(
            doc.diagnostics.first?.location
                == Diagnostic.Location(file: "t.yaml", line: 2, column: 8))
    }

    @Test func duplicateKeysComparedByValue() throws {
        let doc = parse("indicators:\n  \"A2.1\": 1\n  A2.1: 2\n")
        let diagnostic = try #require(doc.diagnostics.first)
        #expect(diagnostic.code == .duplicateKey)
        #expect(diagnostic.location.line == 3 && diagnostic.location.column == 3)
        #expect(diagnostic.notes.first?.location.line == 2)
        #expect(diagnostic.message.contains("line 2"))
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", Diagnostic.Code.aliasOrAnchor, 1, 4),
        ("base: {a: 1}\nmore:\n  <<: {b: 2}\n", .mergeKey, 3, 3),
        ("a: !!python/object:os.system x\n", .explicitTag, 1, 4),
        ("a: !!str yes\n", .explicitTag, 1, 4),
        ("a: 1\n---\nb: 2\n", .multipleDocuments, 2, 1),
        ("? [a, b]\n: c\n", .complexKey, 1, 3),
    ])
    func refusesConstructs(text: String, code: Diagnostic.Code, line: Int, column: Int) throws {
        let doc = parse(text)
        let diagnostic = try #require(doc.diagnostics.first { $0.code == code })
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column == column)
    }

    @Test(arguments: ["", "# only a comment\n", "---\n", "\n\n"])
    func emptyFiles(_ text: String) {
        #expect(parse(text).diagnostics.map(\.code) == [.emptyFile])
    }

    @Test func refusesUTF16WithBOM() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "a: 1\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let doc = parse(bytes: bytes)
        #expect(doc.diagnostics.map(\.code) == [.wrongEncoding])
        #expect(doc.root == nil)
    }

    @Test func refusesUTF16WithoutBOM() {
        let bytes: [UInt8] = [0x00, 0x61, 0x00, 0x3A]
        #expect(parse(bytes: bytes).diagnostics.map(\.code) == [.wrongEncoding])
    }

    @Test func invalidUTF8GivesLineAndColumn() throws {
        let bytes = Array("a: 1\nb: 北".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let doc = parse(bytes: bytes)
        let diagnostic = try #require(doc.diagnostics.first)
        #expect(diagnostic.code == .invalidUTF8)
        #expect(diagnostic.location.line == 2 && diagnostic.location.column == 5)
    }

    @Test(arguments: [
        ("a: x\u{07}y\n", Diagnostic.Code.controlCharacter, 1, 5),
        ("a: 1\nb: x\u{85}y\n", .lineSeparator, 2, 5),
        ("a: 1\nb: x\u{2028}y\n", .lineSeparator, 2, 5),
        ("a: 1\nb: x\u{2029}\n", .lineSeparator, 2, 5),
        ("a: \u{9B}\n", .controlCharacter, 1, 4),
    ])
    func refusesInvisibleCharacters(
        text: String, code: Diagnostic.Code, line: Int, column: Int
    )
        throws
    {
        let diagnostic = try #require(parse(text).diagnostics.first { $0.code == code })
        #expect(diagnostic.location.line == line && diagnostic.location.column == column)
    }

    @Test func tabIndentationInPlainWords() throws {
        let doc = parse("indicators:\n\tA2.1:\n    answer: yes\n")
        let diagnostic = try #require(doc.diagnostics.first)
        #expect(diagnostic.code == .tabIndentation)
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.message.contains("tab"))
    }

    @Test func syntaxErrorKeepsLibYAMLProblem() throws {
        let doc = parse("a: 'open\n")
        let diagnostic = try #require(doc.diagnostics.first)
        #expect(diagnostic.code == .syntax)
        #expect(diagnostic.message.contains("found unexpected end of stream"))
        #expect(diagnostic.hint != nil)
    }

    @Test func nestingLimitStopsEarly() throws {
        let deep = String(repeating: "[", count: 100_000)
        let doc = parse(deep)
        #expect(doc.diagnostics.map(\.code) == [.nestingTooDeep])
        #expect(doc.diagnostics.first?.location.column == 65)
        let ok = parse(String(repeating: "[", count: 64) + String(repeating: "]", count: 64))
        #expect(ok.diagnostics.isEmpty)
    }

    @Test func repeatedProblemsAreSummarised() {
        var text = ""
        for index in 0..<30 { text += "k\(index): &a\(index) v\n" }
        let doc = parse(text)
        #expect(doc.diagnostics.filter { $0.code == .aliasOrAnchor }.count == 11)
        #expect(doc.diagnostics.contains { $0.message.hasPrefix("20 more") })
    }

    @Test func sizeLimitCheckedBeforeReading() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.yaml")
        try Data(repeating: 0x61, count: 2048).write(to: file)
        let doc = YAMLFile.read(
            file, displayName: "big.yaml", limits: YAMLLimits(maxFileSize: 1024))
        #expect(doc.diagnostics.map(\.code) == [.fileTooLarge])
        let missing = YAMLFile.read(
            directory.appendingPathComponent("none.yaml"), displayName: "none.yaml")
        #expect(missing.diagnostics.map(\.code) == [.unreadable])
        let folder = YAMLFile.read(directory, displayName: "dir")
        #expect(folder.diagnostics.first?.message.contains("folder") == true)
    }
}
