import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// docs/scoring.md works an example by hand; these tests hold the implementation to it.
///
/// The document's `text` block after the marker `<!-- worked-example-output -->` must be exactly
/// what `score` prints for the example.
@Suite(.tags(.medium))
struct WorkedExampleTests {
    typealias F = ScoringFixtures

    static let score = Scorer.score(F.workedAssessment, using: F.workedFramework)

    @Test func indicatorScores() throws {
        let expected: [(String, IndicatorScore.Status, String?)] = [
            ("X1.1", .scored, "0.5"), ("X1.2", .scored, "0.75"), ("X1.3", .scored, "1"),
            ("X1.4", .scored, "1"),
            ("X1.5", .notScored, nil), ("X2.1", .scored, "1"), ("X2.2", .scored, "0.6667"),
            ("X2.3", .notApplicable, nil), ("X2.4", .scored, "0.6667"),
            ("X3.1", .notApplicable, nil),
        ]
        for (id, status, value) in expected {
            let indicator = try #require(Self.score.indicator(id))
            #expect(indicator.status == status, "\(id)")
            #expect(indicator.score == value.map(F.dec), "\(id)")
        }
    }

    @Test func articleScores() throws {
        let first = try #require(Self.score.article(1))
        #expect(
            first.uncappedScore == 75 && first.score == 75
                && first.rating?.id == "partially-compliant")
        #expect(first.criticalFailures.isEmpty)

        let second = try #require(Self.score.article(2))
        #expect(second.uncappedScore == F.dec("76.19"))  // 1600/21 = 76.190476…
        #expect(second.score == F.dec("59.99"))
        #expect(second.rating?.id == "non-compliant")
        #expect(second.criticalFailures.map(\.indicatorID) == ["X2.4"])
        #expect(
            second.cap?.from.id == "partially-compliant" && second.cap?.to.id == "non-compliant")
        #expect(
            second.indicators.map(\.contribution)
                == ["28.57", "28.57", nil, "19.05"].map { $0.map(F.dec) })

        let third = try #require(Self.score.article(3))
        #expect(third.score == nil && third.rating == nil)
    }

    @Test func overallAndGains() throws {
        #expect(Self.score.overall == 70)  // (2 × 75.00 + 1 × 59.99) / 3 = 69.99666… → 70.00
        #expect(Self.score.rating?.id == "partially-compliant")
        #expect(Self.score.criticalFailures.map(\.indicatorID) == ["X2.4"])
        #expect(Self.score.gains.map(\.indicatorID) == ["X1.1", "X2.4", "X2.2", "X1.2"])
    }

    @Test func documentShowsTheSameOutput() throws {
        let document = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/scoring.md"),
            encoding: .utf8)
        let marker = try #require(document.range(of: "<!-- worked-example-output -->"))
        let rest = document[marker.upperBound...]
        let open = try #require(rest.range(of: "```text\n"))
        let close = try #require(rest[open.upperBound...].range(of: "```\n"))
        let shown = String(rest[open.upperBound..<close.lowerBound])
        let actual = ScoreRenderer.render(Self.score, as: .text, explain: true)
        #expect(shown == actual, "docs/scoring.md is out of date; the output is:\n\(actual)")
    }
}
