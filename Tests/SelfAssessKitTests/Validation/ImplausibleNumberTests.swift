import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// SA213: a valid number that is unlikely for its unit gets a warning, and still scores.
@Suite(.tags(.small))
struct ImplausibleNumberTests {
    /// Validates a copy of acme-2025 with one answer replaced; the SA213 findings' messages.
    private func findings(
        _ file: String, _ indicator: String, answer: String
    ) throws -> (
        messages: [String], hints: [String], hasErrors: Bool
    ) {
        let (folder, cleanup) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let url = folder.appendingPathComponent(file)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  \(indicator):"))
        let answerLine = try #require(
            lines[start...].firstIndex { $0.hasPrefix("    answer:") })
        lines[answerLine] = "    answer: \(answer)"
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
            path: folder, displayName: "acme-2025")
        let found = report.diagnostics.filter { $0.code == .implausibleNumber }
        #expect(found.allSatisfy { $0.severity == .warning })
        return (found.map(\.message), found.compactMap(\.hint), report.hasErrors)
    }

    @Test(arguments: [("0.815", "81.5"), ("0.5", "50"), ("0.05", "5")])
    func aFractionOnAPercentIndicatorIsFlagged(answer: String, percent: String) throws {
        let result = try findings("article-1.yaml", "A1.5", answer: answer)
        #expect(
            result.messages
                == [
                    "\(answer) looks like a fraction, but the unit is percent: it scores as \(answer) %"
                ])
        #expect(result.hints == ["for \(percent) %, write \(percent)"])
        #expect(!result.hasErrors, "a warning: the answer is valid and scores")
    }

    @Test(arguments: ["0", "1", "81.5", "100"])
    func aPlausiblePercentIsNotFlagged(answer: String) throws {
        #expect(try findings("article-1.yaml", "A1.5", answer: answer).messages.isEmpty)
    }

    @Test func moreThanTenYearsOfMonthsIsFlagged() throws {
        let many = try findings("article-2.yaml", "A2.5", answer: "180")
        #expect(many.messages == ["180 months is more than ten years"])
        #expect(try findings("article-2.yaml", "A2.5", answer: "24").messages.isEmpty)
    }
}
