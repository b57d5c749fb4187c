import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// `AssessmentStatus`: where a folder stands while it is filled, from its validation.
@Suite(.tags(.small))
struct AssessmentStatusTests {
    private func status(of folder: URL) -> (AssessmentStatus, ValidationReport) {
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
            path: folder, displayName: folder.lastPathComponent)
        return (AssessmentStatus(report: report, framework: TestSupport.framework), report)
    }

    /// Rewrites one file of a folder.
    private func edit(
        _ folder: URL, _ file: String, _ change: (String) -> String
    ) throws {
        let url = folder.appendingPathComponent(file)
        try change(try String(contentsOf: url, encoding: .utf8)).write(
            to: url, atomically: true, encoding: .utf8)
    }

    @Test func aCompleteAssessmentIsCompleteAndItsProvisionalScoreIsItsScore() throws {
        let (status, report) = status(of: TestSupport.sample("acme-2025"))
        #expect(status.answered == 50 && status.total == 50)
        #expect(status.isComplete)
        #expect(status.unanswered.isEmpty && status.unreadable.isEmpty)
        let assessment = try #require(report.assessments.first)
        let score = Scorer.score(assessment, using: TestSupport.framework)
        #expect(status.provisional?.overall == score.overall)
        #expect(status.provisional?.rating == score.rating)
    }

    @Test func aDraftSaysWhatIsLeftWhatToReviewAndWhatIsMissing() throws {
        let (folder, cleanup) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: cleanup) }
        // Two answers left empty, one carried forward, one evidence path that does not exist.
        try edit(folder, "article-2.yaml") { text in
            var lines = text.components(separatedBy: "\n")
            var emptied = 0
            for index in lines.indices where lines[index].hasPrefix("    answer:") && emptied < 2 {
                lines[index] = "    answer:"
                emptied += 1
            }
            return lines.joined(separator: "\n")
        }
        try edit(folder, "article-5.yaml") { text in
            text.replacingOccurrences(
                of: "  A5.2:\n", with: "  A5.2:\n    carried-forward: 2024\n")
        }
        try edit(folder, "article-4.yaml") { text in
            var lines = text.components(separatedBy: "\n")
            if let index = lines.firstIndex(where: { $0.hasPrefix("      - evidence/") }) {
                lines[index] = "      - evidence/no-such-file.pdf"
            }
            return lines.joined(separator: "\n")
        }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("article-7.yaml"))

        let (status, report) = status(of: folder)
        #expect(report.assessments.isEmpty, "not a complete, valid assessment")
        let sevenths = (1...7).map { "A7.\($0)" }
        #expect(status.unanswered == ["A2.1", "A2.2"] + sevenths)
        #expect(status.unreadable.isEmpty)
        #expect(status.answered == 50 - 9 && status.total == 50)
        #expect(status.articles.map(\.answered) == [7, 6, 6, 8, 8, 6, 0])
        #expect(status.carriedForward == [.init(indicatorID: "A5.2", year: 2024)])
        #expect(status.missingEvidence.map(\.code) == [.evidenceMissing])
        #expect(status.errors == 1, "the missing evidence; unanswered findings are not mistakes")
        #expect(!status.isComplete)

        // The provisional score is the scorer's on the answers read, the rest counting 0.
        let draft = try #require(report.drafts.first?.assessment)
        let score = Scorer.score(draft, using: TestSupport.framework)
        #expect(status.provisional?.overall == score.overall)
        let complete = try #require(self.status(of: TestSupport.sample("acme-2025")).0.provisional)
        #expect((score.overall ?? 0) < (complete.overall ?? 0))
        #expect(score.criticalFailures.map(\.indicatorID).contains("A7.1"))
    }

    @Test func anAnswerThatCannotBeReadIsNotCountedAsUnanswered() throws {
        let (folder, cleanup) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: cleanup) }
        try edit(folder, "article-1.yaml") { text in
            var lines = text.components(separatedBy: "\n")
            if let index = lines.firstIndex(where: { $0.hasPrefix("    answer:") }) {
                lines[index] = "    answer: perhaps"
            }
            return lines.joined(separator: "\n")
        }
        try edit(folder, "article-3.yaml") { $0 + "\n  : broken: [\n" }
        let (status, _) = status(of: folder)
        #expect(status.unanswered.isEmpty)
        #expect(status.unreadable == ["A1.1"] + (1...6).map { "A3.\($0)" })
        #expect(status.errors >= 2)
    }

    @Test func withoutAssessmentYAMLThereIsNoProvisionalScore() throws {
        let (folder, cleanup) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: cleanup) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("assessment.yaml"))
        let (status, _) = status(of: folder)
        #expect(status.info == nil && status.provisional == nil)
        #expect(status.answered == 50, "the answers are still counted")
        #expect(status.errors == 1)
    }
}
