import Foundation
import Testing

@testable import SelfAssessKit

/// Adding a record to the accumulator takes the same time however many it holds: `aggregate`
/// adds one per signatory-year, tens of thousands of them.
@Suite(.tags(.medium))
struct SectorAccumulatorScalingTests {
    static func records(_ count: Int) -> [SignatoryRecord] {
        let indicators = TestSupport.framework.indicators.map {
            SignatoryRecord.IndicatorResult(id: $0.id, article: $0.article, answer: .yes, score: 1)
        }
        return (0..<count).map { index in
            SignatoryRecord(
                signatory: "s-\(index)", name: "Name \(index)", category: "news", year: 2025, submission: .accepted,
                overall: 80, rating: "partially-compliant",
                articles: (1...7).map { SignatoryRecord.ArticleResult(number: $0, score: 80) }, indicators: indicators)
        }
    }

    static func seconds(adding records: [SignatoryRecord]) throws -> Double {
        var accumulator = SectorAccumulator()
        let start = ContinuousClock.now
        for record in records { try accumulator.add(record) }
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Four times the records take about four times as long, not sixteen (a copy of the year's
    /// rows on every add made it quadratic).
    @Test func addingIsLinear() throws {
        let small = Self.records(1_000)
        let large = Self.records(4_000)
        // The best of a few runs, so that a busy machine does not decide.
        let one = try (0..<3).map { _ in try Self.seconds(adding: small) }.min() ?? 0
        let four = try (0..<2).map { _ in try Self.seconds(adding: large) }.min() ?? 0
        #expect(four < one * 9, "1,000 records: \(one) s; 4,000: \(four) s")
    }
}
