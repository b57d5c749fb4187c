import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// SA214–SA216: content carried forward from an earlier year that has gone stale is flagged
/// before submission (docs/scoring.md, "Stale carried-forward content").
@Suite(.tags(.small))
struct StaleCarriedForwardTests {
    /// Validates a copy of acme-2025 (reporting year 2025) whose A2.4 entry is replaced by the
    /// given lines; the diagnostics with the given codes, as `CODE message`.
    private func findings(_ entry: [String]) throws -> [String] {
        let (folder, cleanup) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let url = folder.appendingPathComponent("article-2.yaml")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  A2.4:"))
        let end = try #require(
            lines[(start + 1)...].firstIndex { $0.hasPrefix("  ") && !$0.hasPrefix("    ") })
        lines.replaceSubrange(start..<end, with: ["  A2.4:"] + entry.map { "    " + $0 })
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
            path: folder, displayName: "acme-2025")
        let stale: Set<Diagnostic.Code> = [.staleEvidence, .staleDate, .staleJustification]
        let found = report.diagnostics.filter { stale.contains($0.code) }
        #expect(found.allSatisfy { $0.severity == .warning })
        let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.isEmpty, "\(errors)")
        return found.map { "\($0.code.rawValue) \($0.message)" }
    }

    private static let evidence2024 = [
        "evidence:", "  - path: evidence/mlps-assessment-2025.md", "    date: 2024-06-12",
    ]

    /// Evidence without a date, which none of the checks reads (A2.4 requires evidence).
    private static let undated = ["evidence:", "  - evidence/mlps-assessment-2025.md"]

    @Test func aDateThatScoredLastYearAndNotThisYear() throws {
        let found = try findings(["answer: 2024-06-12"] + Self.undated + ["carried-forward: 2024"])
        #expect(
            found == [
                "SA215 A2.4: 2024-06-12, carried forward from 2024, scored 100/100 in 2024 and "
                    + "scores 0/100 in 2025"
            ])
    }

    @Test func evidenceDatedInAnEarlierYear() throws {
        let found = try findings(
            ["answer: 2025-03-01"] + Self.evidence2024 + ["carried-forward: 2024"])
        #expect(
            found == [
                "SA214 A2.4 was carried forward from 2024, and its evidence "
                    + "evidence/mlps-assessment-2025.md is dated 2024-06-12, before the reporting "
                    + "year 2025"
            ])
    }

    @Test func aNotApplicableJustificationAgainstNewerEvidence() throws {
        let found = try findings([
            "answer: not-applicable", "justification: No system is graded at level 3.",
            "evidence:", "  - path: evidence/mlps-assessment-2025.md", "    date: 2025-06-12",
            "carried-forward: 2024",
        ])
        #expect(
            found == [
                "SA216 A2.4 is not-applicable with the justification carried forward from 2024, "
                    + "but its evidence evidence/mlps-assessment-2025.md is dated 2025-06-12, "
                    + "after 2024: the facts changed"
            ])
    }

    /// The same content without `carried-forward`, or carried forward and still current, is not
    /// flagged: only content copied from an earlier year and not yet reviewed is.
    @Test(arguments: [
        ["answer: 2024-06-12"] + undated,
        ["answer: 2025-03-01"] + evidence2024,
        ["answer: 2025-03-01"] + undated + ["carried-forward: 2024"],
        [
            "answer: not-applicable", "justification: No system is graded at level 3.",
            "evidence:", "  - path: evidence/mlps-assessment-2025.md", "    date: 2024-06-12",
            "carried-forward: 2024",
        ].filter { $0 != "carried-forward: 2024" },
        [
            "answer: not-applicable", "justification: No system is graded at level 3.",
        ] + undated + ["carried-forward: 2024"],
    ])
    func currentOrReviewedContentIsNotFlagged(entry: [String]) throws {
        #expect(try findings(entry).isEmpty)
    }

    @Test func theWarningsReadInChinese() throws {
        let date = try #require(CalendarDate("2025-06-12"))
        let message = Diagnostic.Message.staleDate(
            "A2.4", date: date, from: 2025, before: "100/100", now: "0/100", year: 2026)
        #expect(
            message.text(in: .chinese)
                == "A2.4：2025-06-12 沿用自 2025 年度，在 2025 年度得 100/100 分，在 2026 年度得 0/100 分")
    }
}
