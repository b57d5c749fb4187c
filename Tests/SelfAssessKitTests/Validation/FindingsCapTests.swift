import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// At most 1,000 findings are reported per file, and one more finding counts the rest.
///
/// The time taken grows linearly with the findings (`make bench` measures it); these tests check
/// the cap.
@Suite(.tags(.medium))
struct FindingsCapTests {
    /// An article file whose indicators mapping holds `count` ids that article 1 does not have.
    static func articleWithUnknownIndicators(_ count: Int) throws -> (URL, URL) {
        let (copy, root) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        let article = copy.appendingPathComponent("article-1.yaml")
        let text = try String(contentsOf: article, encoding: .utf8)
        let extra = (0..<count).map { "  X\($0).1:\n    answer: yes\n" }.joined()
        try Data(text.replacingOccurrences(of: "indicators:\n", with: "indicators:\n" + extra).utf8)
            .write(to: article)
        return (copy, root)
    }

    @Test func aFileReportsAThousandFindingsAndCountsTheRest() throws {
        let (folder, root) = try Self.articleWithUnknownIndicators(1_500)
        defer { try? FileManager.default.removeItem(at: root) }
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today)
            .validate(FolderSource(folder: folder, displayRoot: "acme-2025"))
        let inFile = report.diagnostics.filter { $0.location.file == "acme-2025/article-1.yaml" }
        #expect(inFile.count == 1_001)
        #expect(inFile.dropLast().allSatisfy { $0.code.rawValue == "SA109" })
        let count = try #require(inFile.last)
        #expect(count.code.rawValue == "SA017")
        #expect(count.severity == .error)
        #expect(
            count.message
                == "500 more findings in this file from here on are not shown: at most 1000 are "
                + "reported per file, and a file with more cannot be bundled")
        // It stands where the first finding left out was: the 1,001st unknown id, on line 2,007
        // (the ids start on line 7 and take two lines each).
        #expect(count.location.line == 7 + 2 * 1_000)
        #expect(report.assessments.isEmpty)
    }

    @Test func aThousandFindingsAreReportedWithoutACount() throws {
        let (folder, root) = try Self.articleWithUnknownIndicators(1_000)
        defer { try? FileManager.default.removeItem(at: root) }
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today)
            .validate(FolderSource(folder: folder, displayRoot: "acme-2025"))
        #expect(report.diagnostics.count == 1_000)
        #expect(!report.diagnostics.contains { $0.code.rawValue == "SA017" })
    }

    /// Outside an assessment (a keyring) the count takes the gravest severity left out, so a
    /// keyring with many warnings still loads.
    @Test func aKeyringWithManyWarningsStillLoads() throws {
        var text = "schema: selfassess.keyring/v1\nsignatories:\n"
        for number in 0..<1_200 {
            let key = try #require(
                SigningKey(
                    seed: [UInt8(number & 0xFF), UInt8(number >> 8)]
                        + Array(repeating: 9, count: 30)
                ))
            text += "  s-\(number):\n    name: S\(number)\n    keys:\n"
            text +=
                KeyringFixtures.rawItem(
                    key.publicKey, from: "2024-01-01",
                    extra: ["revoked:", "  date: 2023-01-01", "  reason: unused"])
        }
        let result = KeyringLoader.parse(Array(text.utf8), file: "keyring.yaml")
        #expect(result.keyring?.signatories.count == 1_200)
        #expect(result.diagnostics.count == 1_001)
        let count = try #require(result.diagnostics.last)
        #expect(count.code.rawValue == "SA017")
        #expect(count.severity == .warning)
        #expect(count.message.hasPrefix("200 more findings in this file from here on"))
    }

    @Test func theCapCountsEachFileApart() {
        func diagnostic(_ file: String, _ line: Int, _ severity: Diagnostic.Severity) -> Diagnostic
        {
            Diagnostic(
                .unknownKey, "x", at: .init(file: file, line: line, column: 1), severity: severity)
        }
        let input =
            (1...4).map { diagnostic("a.yaml", $0, .warning) }
            + (1...2).map { diagnostic("b.yaml", $0, .note) }
            + (1...3).map { diagnostic("c.yaml", $0, $0 == 3 ? .error : .note) }
        let capped = input.cappedPerFile(2, refusing: false)
        #expect(
            capped.map { "\($0.location) \($0.code) \($0.severity)" } == [
                "a.yaml:1:1 SA102 warning", "a.yaml:2:1 SA102 warning",
                "a.yaml:3:1 SA017 warning",
                "b.yaml:1:1 SA102 note", "b.yaml:2:1 SA102 note",
                "c.yaml:1:1 SA102 note", "c.yaml:2:1 SA102 note", "c.yaml:3:1 SA017 error",
            ])
        #expect(capped[2].message.hasPrefix("2 more findings"))
        // A report sorted again after a merge is capped again: nothing changes.
        #expect(capped.cappedPerFile(2, refusing: false) == capped)
        #expect(capped[7].message.hasPrefix("1 more finding in this file from here on is"))
    }

    /// A repeat of the same problem at the same place is still reported once.
    @Test func theDecoderStillDropsRepeats() {
        var decoder = NodeDecoder(file: "a.yaml")
        let location = Diagnostic.Location(file: "a.yaml", line: 3, column: 2)
        decoder.report(.unknownKey, .verbatim("one"), at: location, path: .root.key("a"))
        decoder.report(.unknownKey, .verbatim("two"), at: location, path: .root.key("a"))
        decoder.report(.unknownKey, .verbatim("three"), at: location, path: .root.key("b"))
        decoder.report(.missingKey, .verbatim("four"), at: location, path: .root.key("a"))
        #expect(decoder.diagnostics.map(\.message) == ["one", "three", "four"])
    }
}
