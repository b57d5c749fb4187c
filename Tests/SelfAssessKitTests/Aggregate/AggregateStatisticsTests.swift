import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Distributions, folding and the sector accumulator against hand-computed figures.
@Suite(.tags(.small))
struct AggregateStatisticsTests {
    typealias F = AggregateFixtures

    // MARK: Percentiles and distributions

    /// Hand-computed with h = (n − 1) × p and linear interpolation (numpy's default method);
    /// the same figures as Python's `statistics.quantiles(method="inclusive")`.
    @Test(arguments: [
        // Even count: h = 0.3, 0.75, 1.5, 2.25, 2.7.
        (["40", "10", "30", "20"], ["13", "17.5", "25", "32.5", "37"]),
        // Odd count: h = 0.4, 1, 2, 3, 3.6.
        (["15", "20", "35", "40", "50"], ["17", "20", "35", "40", "46"]),
        // Ties: h = 0.3, 0.75, 1.5, 2.25, 2.7 over 50, 50, 50, 80.
        (["50", "80", "50", "50"], ["50", "50", "50", "57.5", "71"]),
        // One value: every percentile is that value.
        (["72.5"], ["72.5", "72.5", "72.5", "72.5", "72.5"]),
        // Two values: h = 0.1, 0.25, 0.5, 0.75, 0.9.
        (["60", "70.4"], ["61.04", "62.6", "65.2", "67.8", "69.36"]),
    ])
    func percentilesInterpolateLinearly(_ values: [String], _ expected: [String]) {
        let data = F.decimals(values)
        let fractions = F.decimals(["0.1", "0.25", "0.5", "0.75", "0.9"])
        let computed = fractions.map { Distribution.percentile($0, of: data) }
        #expect(computed == F.decimals(expected).map(Optional.some))
    }

    @Test func percentileEndsAreMinimumAndMaximum() {
        let data = F.decimals(["3", "1", "2"])
        #expect(Distribution.percentile(0, of: data) == 1)
        #expect(Distribution.percentile(1, of: data) == 3)
        #expect(Distribution.percentile(F.decimal("1.5"), of: data) == 3, "p is clamped to 0…1")
        #expect(Distribution.percentile(F.decimal("0.5"), of: [Decimal]()) == nil)
    }

    @Test func distributionOfEvenCount() {
        let d = Distribution(F.decimals(["88.5", "42", "61.25", "75"]))
        #expect(d.count == 4)
        #expect(F.text(d.mean) == "66.69", "266.75 / 4 = 66.6875, rounded half away from zero")
        #expect(F.text(d.median) == "68.13", "(61.25 + 75) / 2 = 68.125")
        #expect(F.text(d.p10) == "47.78", "h = 0.3: 42 + 0.3 × 19.25 = 47.775")
        #expect(F.text(d.p25) == "56.44", "h = 0.75: 42 + 0.75 × 19.25 = 56.4375")
        #expect(F.text(d.p75) == "78.38", "h = 2.25: 75 + 0.25 × 13.5 = 78.375")
        #expect(F.text(d.p90) == "84.45", "h = 2.7: 75 + 0.7 × 13.5 = 84.45")
        #expect(F.text(d.min) == "42.00")
        #expect(F.text(d.max) == "88.50")
        #expect(d.histogram == [0, 0, 0, 0, 1, 0, 1, 1, 1, 0])
    }

    @Test func distributionOfOddCountWithTies() {
        let d = Distribution(F.decimals(["70", "70", "71", "90", "70"]))
        #expect(F.text(d.mean) == "74.20")
        #expect(F.text(d.median) == "70.00")
        #expect(F.text(d.p25) == "70.00")
        #expect(F.text(d.p75) == "71.00")
        #expect(F.text(d.p90) == "82.40", "h = 3.6: 71 + 0.6 × 19")
        #expect(d.histogram == [0, 0, 0, 0, 0, 0, 0, 4, 0, 1])
    }

    @Test func meanRoundsHalfAwayFromZero() {
        #expect(F.text(Distribution(F.decimals(["70", "70", "71"])).mean) == "70.33")
        #expect(Distribution(F.decimals(["10.125"])).mean == F.decimal("10.13"))
        #expect(Distribution(F.decimals(["10.124", "10.126"])).median == F.decimal("10.13"))
    }

    @Test func distributionOfNothing() {
        let d = Distribution([Decimal]())
        #expect(d == .empty)
        #expect(d.count == 0)
        #expect(d.mean == nil && d.median == nil && d.p10 == nil && d.min == nil && d.max == nil)
        #expect(d.histogram == Array(repeating: 0, count: 10))
    }

    @Test(arguments: [
        ("0", 0), ("9.99", 0), ("10", 1), ("59.99", 5), ("60", 6), ("89.99", 8), ("90", 9),
        ("100", 9),
        ("-1", 0), ("100.5", 9),
    ])
    func histogramBins(_ value: String, _ bin: Int) {
        #expect(Distribution.bin(of: F.decimal(value)) == bin)
    }

    // MARK: Folding

    @Test(arguments: [
        // Small categories and a declared "other" gather; the group reaches the minimum.
        (
            ["news": 6, "social": 7, "games": 3, "tools": 1, "other": 1], ["news", "social"],
            ["games", "other", "tools"]
        ),
        // The folded group is too small, so the smallest shown category joins it.
        (["news": 6, "social": 5, "games": 2], ["news"], ["games", "social"]),
        // One small category beside one large one: showing the large one would let the small
        // one be worked out from the sector figures, so both fold.
        (["news": 10, "games": 1], [], ["games", "news"]),
        // Nothing small: nothing folds.
        (["news": 5, "social": 9], ["news", "social"], []),
        // Ties in size fold the lower id first.
        (["b": 5, "a": 5, "c": 4], ["b"], ["a", "c"]),
        // Empty categories are ignored.
        (["news": 5, "games": 0], ["news"], []),
    ])
    func foldingSmallCategories(_ sizes: [String: Int], _ shown: [String], _ folded: [String]) {
        let result = SectorStatistics.foldCategories(sizes, minimum: 5)
        #expect(result.shown == shown)
        #expect(result.folded == folded)
    }

    // MARK: The accumulator

    @Test func participationCountsEveryRecord() throws {
        var accumulator = SectorAccumulator()
        for record in [
            F.accepted("a", overall: "90"), F.accepted("b", overall: "70"), F.missing("c"),
            F.rejected("d", reasons: [.tampered, .badSignature]),
            F.rejected("e", reasons: [.unreadable]),
            F.rejected("f", reasons: [.tampered]),
        ] {
            try accumulator.add(record)
        }
        let participation = accumulator.statistics(for: 2025).participation
        #expect(participation.registered == 6)
        #expect(participation.submitted == 5)
        #expect(participation.accepted == 2)
        #expect(participation.rejected == 3)
        #expect(participation.missing == 1)
        #expect(
            participation.rejectionReasons == [
                .init(reason: .badSignature, count: 1), .init(reason: .tampered, count: 2),
                .init(reason: .unreadable, count: 1),
            ])
    }

    @Test func overallAndArticleStatisticsUseAcceptedRecordsOnly() throws {
        var accumulator = SectorAccumulator()
        try accumulator.add(F.accepted("a", overall: "90", articles: ["80", "100"]))
        try accumulator.add(F.accepted("b", overall: "60", articles: ["40", nil]))
        try accumulator.add(F.accepted("c", overall: "75", articles: ["70", "90"]))
        // A rejected record that carries scores anyway: they must not count.
        var forged = F.accepted("d", overall: "10", articles: ["10", "10"])
        forged.submission = .rejected(for: [.tampered])
        try accumulator.add(forged)
        let stats = accumulator.statistics(for: 2025)
        #expect(stats.overall.count == 3)
        #expect(F.text(stats.overall.mean) == "75.00")
        #expect(F.text(stats.overall.median) == "75.00")
        #expect(stats.articles.map(\.number) == [1, 2])
        #expect(stats.articles[0].distribution.count == 3)
        #expect(F.text(stats.articles[0].distribution.median) == "70.00")
        #expect(stats.articles[1].distribution.count == 2, "article 2 does not apply to b")
        #expect(F.text(stats.articles[1].distribution.mean) == "95.00")
        let row = try #require(stats.signatories.first { $0.record.signatory == "d" })
        #expect(
            row.record.overall == nil && row.record.articles.isEmpty,
            "rows of refused submissions keep no scores")
    }

    @Test func oneSignatory() throws {
        var accumulator = SectorAccumulator()
        try accumulator.add(
            F.accepted(
                "solo", overall: "81.5", articles: ["81.5"],
                indicators: [F.answer("A1.1", .partial)]))
        let stats = accumulator.statistics(for: 2025)
        for figure in [
            stats.overall.mean, stats.overall.median, stats.overall.p10, stats.overall.p90,
            stats.overall.min,
        ] {
            #expect(F.text(figure) == "81.50")
        }
        #expect(
            stats.categories.map(\.id) == ["other"],
            "a single signatory is never shown as its category")
        #expect(stats.categories.first?.folded == ["news"])
        #expect(stats.indicators.map(\.complianceRate) == [F.decimal("50")])
        #expect(stats.change == nil)
    }

    @Test func emptyYear() {
        let stats = SectorAccumulator().statistics(for: 2025)
        #expect(stats.participation.registered == 0)
        #expect(stats.overall == .empty)
        #expect(stats.articles.isEmpty && stats.categories.isEmpty && stats.indicators.isEmpty)
        #expect(stats.weakestIndicators.isEmpty && stats.signatories.isEmpty)
    }

    @Test func categoriesAreFoldedByAcceptedCount() throws {
        var accumulator = SectorAccumulator(minimumCategorySize: 3)
        for (index, score) in ["80", "70", "60"].enumerated() {
            try accumulator.add(F.accepted("news-\(index)", category: "news", overall: score))
        }
        try accumulator.add(F.accepted("shop-1", category: "e-commerce", overall: "50"))
        try accumulator.add(F.accepted("shop-2", category: "e-commerce", overall: "40"))
        try accumulator.add(F.missing("shop-3", category: "e-commerce"))
        try accumulator.add(F.accepted("game-1", category: "games", overall: "30"))
        let stats = accumulator.statistics(for: 2025)
        #expect(stats.categories.map(\.id) == ["news", "other"])
        let other = try #require(stats.categories.last)
        #expect(
            other.folded == ["e-commerce", "games"],
            "e-commerce has 2 accepted submissions, below 3")
        #expect(other.count == 3)
        #expect(F.text(other.overall.mean) == "40.00")
        #expect(F.text(stats.categories[0].overall.mean) == "70.00")
    }

    @Test func indicatorComplianceRates() throws {
        var accumulator = SectorAccumulator()
        let answers: [[AnswerValue]] = [
            [.yes, .maturity(3)], [.yes, .maturity(2)], [.yes, .notApplicable],
            [.partial, .maturity(4)],
            [.no, .maturity(0)], [.notApplicable, .maturity(1)],
        ]
        for (index, pair) in answers.enumerated() {
            try accumulator.add(
                F.accepted(
                    "s\(index)", overall: "80",
                    indicators: [F.answer("A1.10", pair[0]), F.answer("A1.9", pair[1])]))
        }
        try accumulator.add(F.missing("s9"))
        let stats = accumulator.statistics(for: 2025)
        #expect(stats.indicators.map(\.id) == ["A1.9", "A1.10"], "indicator order, not byte order")
        let yesNo = stats.indicators[1]
        let counts: [Int] = [yesNo.yes, yesNo.partial, yesNo.no, yesNo.notApplicable, yesNo.other]
        #expect(counts == [3, 1, 1, 1, 0])
        #expect(yesNo.scored == 5)
        #expect(F.text(yesNo.complianceRate) == "70.00", "(3 + 0.5 × 1) / 5")
        let maturity = stats.indicators[0]
        #expect(maturity.other == 5 && maturity.notApplicable == 1)
        #expect(F.text(maturity.complianceRate) == "50.00", "(0.75 + 0.5 + 1 + 0 + 0.25) / 5")
        #expect(stats.weakestIndicators.map(\.id) == ["A1.9", "A1.10"])
    }

    @Test func weakestIndicatorsAreTheTenLowestWithTiesInIndicatorOrder() throws {
        var accumulator = SectorAccumulator()
        // A1.1 … A1.14: A1.n answered yes by n of 14 signatories, except A1.12 and A1.2 both at 2.
        var records: [SignatoryRecord] = []
        for signatory in 1...14 {
            var results: [SignatoryRecord.IndicatorResult] = []
            for number in 1...14 {
                let yesCount = number == 12 ? 2 : number
                results.append(F.answer("A1.\(number)", signatory <= yesCount ? .yes : .no))
            }
            records.append(F.accepted("s\(signatory)", overall: "70", indicators: results))
        }
        for record in records { try accumulator.add(record) }
        let weakest = accumulator.statistics(for: 2025).weakestIndicators
        #expect(weakest.count == 10)
        #expect(
            weakest.map(\.id) == [
                "A1.1", "A1.2", "A1.12", "A1.3", "A1.4", "A1.5", "A1.6", "A1.7", "A1.8", "A1.9",
            ])
        #expect(F.text(weakest[0].complianceRate) == "7.14", "1 of 14")
    }

    @Test func yearOverYearChange() throws {
        var accumulator = SectorAccumulator()
        for record in [
            F.accepted("a", year: 2024, overall: "70", articles: ["60"]),
            F.accepted("b", year: 2024, overall: "80", articles: ["80"]),
            F.accepted("a", year: 2025, overall: "75.5", articles: ["70"]),
            F.accepted("b", year: 2025, overall: "78", articles: ["90"]),
            F.accepted("c", year: 2025, overall: "90", articles: ["100"]),
            F.missing("d", year: 2024), F.accepted("d", year: 2025, overall: "50"),
        ] {
            try accumulator.add(record)
        }
        let stats = accumulator.statistics(for: 2025)
        let change = try #require(stats.change)
        #expect(change.previousYear == 2024)
        #expect(
            F.text(change.overallMean) == "-1.62", "mean 73.38 (293.5 / 4 = 73.375) minus 75.00")
        #expect(F.text(change.overallMedian) == "1.75", "76.75 − 75")
        #expect(change.articles.map(\.number) == [1])
        #expect(F.text(change.articles[0].change) == "16.67", "86.67 − 70.00")
        #expect(change.accepted == 2)
        let rows = Dictionary(
            uniqueKeysWithValues: stats.signatories.map { ($0.record.signatory, $0) })
        #expect(F.text(rows["a"]?.overallChange) == "5.50")
        #expect(F.text(rows["b"]?.overallChange) == "-2.00")
        #expect(rows["a"]?.articleChanges == [.init(number: 1, change: 10)])
        #expect(
            rows["c"]?.overallChange == nil && rows["c"]?.previousOverall == nil, "new signatory")
        #expect(rows["d"]?.overallChange == nil, "missing last year")
        #expect(accumulator.statistics(for: 2024).change == nil, "no 2023 records")
    }

    @Test func duplicateRecordIsRefusedAndNothingChanges() throws {
        var accumulator = SectorAccumulator()
        try accumulator.add(F.accepted("a", overall: "70", indicators: [F.answer("A1.1", .yes)]))
        let before = accumulator.statistics(for: 2025)
        let error = #expect(throws: SectorAccumulatorError.self) {
            try accumulator.add(F.accepted("a", overall: "10", indicators: [F.answer("A1.1", .no)]))
        }
        #expect(error == .duplicateRecord(signatory: "a", year: 2025))
        #expect(error?.description.contains("`a` and year 2025") == true)
        #expect(accumulator.statistics(for: 2025) == before)
    }

    @Test func statisticsDoNotDependOnArrivalOrderOrOnSplitting() throws {
        let records = F.sector()
        var forward = SectorAccumulator()
        for record in records { try forward.add(record) }
        var backward = SectorAccumulator()
        for record in records.reversed() { try backward.add(record) }
        var left = SectorAccumulator()
        var right = SectorAccumulator()
        for (index, record) in records.enumerated() {
            if index % 3 == 0 { try left.add(record) } else { try right.add(record) }
        }
        try left.merge(right)
        for year in [2024, 2025] {
            #expect(forward.statistics(for: year) == backward.statistics(for: year))
            #expect(forward.statistics(for: year) == left.statistics(for: year))
        }
        #expect(forward.reportingYears == [2024, 2025])
        #expect(forward.signatories.count == 24)
        let error = #expect(throws: SectorAccumulatorError.self) { try left.merge(backward) }
        #expect(error == .duplicateRecord(signatory: "signatory-01", year: 2024))
    }

    @Test func rowsKeepOnlyTheAnswersThePolicyReads() throws {
        var accumulator = SectorAccumulator(retainedIndicators: ["A1.6"])
        try accumulator.add(
            F.accepted(
                "a", year: 2024, overall: "70",
                indicators: [
                    F.answer("A1.1", .yes),
                    .init(id: "A1.6", article: 1, answer: .number(2), score: 0),
                ]))
        try accumulator.add(F.missing("a", year: 2025))
        #expect(accumulator.records(in: 2024).first?.indicators.map(\.id) == ["A1.6"])
        let history = accumulator.history(of: "a")
        #expect(history.years.map(\.year) == [2024, 2025])
        #expect(history.years[0].answers == ["A1.6": .number(2)])
        #expect(history.years[1].submission == .missing)
    }

    /// Compliance rates are computed from the exact indicator scores and rounded once.
    ///
    /// A number indicator from 0 to 3 answered 0 and 2 scores 0 and 2/3: exactly 33.33 %. It was
    /// the mean of the scores rounded to four places (0.6667), 33.34 %.
    @Test(arguments: [
        (["0", "2"], "33.33"), (["2", "3"], "83.33"), (["0", "2", "2"], "44.44"),
        (["1", "1", "3"], "55.56"), (["0", "2", "2", "3"], "58.33"),
    ])
    func complianceRatesAreRoundedOnceFromExactScores(answers: [String], rate: String) throws {
        var accumulator = SectorAccumulator()
        for (index, answer) in answers.enumerated() {
            let score = ScoringFixtures.single(
                ScoringFixtures.number(floor: "0", target: "3"),
                .number(ScoringFixtures.dec(answer)))
            var record = SignatoryRecord(score: score)
            record.signatory = "s\(index)"
            try accumulator.add(record)
        }
        let indicator = try #require(accumulator.statistics(for: 2025).indicators.first)
        #expect(indicator.scored == answers.count)
        #expect(F.text(indicator.complianceRate) == rate)
    }

    @Test func recordFromAScore() throws {
        let framework = TestSupport.framework
        let validator = Validator(framework: framework, today: TestSupport.today)
        let report = validator.validate(
            FolderSource(folder: TestSupport.sample("acme-2025"), displayRoot: "acme-2025"))
        let assessment = try #require(report.assessments.first)
        let score = Scorer.score(assessment, using: framework)
        let record = SignatoryRecord(score: score)
        #expect(record.signatory == score.signatory.id && record.year == score.year)
        #expect(record.overall == score.overall && record.rating == score.rating?.id)
        #expect(record.articles.count == 7)
        #expect(record.indicators.count == framework.indicators.count)
        #expect(record.criticalFailures == score.criticalFailures.map(\.indicatorID))
        for indicator in record.indicators where indicator.outcome == .notApplicable {
            #expect(indicator.score == nil)
        }
    }

    @Test(.tags(.medium)) func sampleSectorAsJSON() throws {
        let policy = try #require(PolicyLoader.builtin.policy)
        var accumulator = SectorAccumulator(policy: policy)
        for record in F.sector() { try accumulator.add(record) }
        let document = JSONValue.object([
            "statistics": accumulator.statistics(for: 2025).jsonValue,
            "recommendations": .array(
                accumulator.recommendations(under: policy, in: 2025).map(\.jsonValue)),
        ])
        let text = document.rendered()
        #expect(!text.contains("e+") && !text.contains("E+"), "no exponent notation in figures")
        Golden.check(text, named: "aggregate/sector-2025.json")
    }
}
