import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct ScoringTests {
    typealias F = ScoringFixtures

    static func day(_ text: String) -> CalendarDate {
        CalendarDate(text) ?? .startOfYear(1)
    }

    // MARK: - Indicator scores

    @Test(arguments: [
        (AnswerType.yesNo, AnswerValue.yes, "1"),
        (.yesNo, .no, "0"),
        (.yesPartialNo, .yes, "1"),
        (.yesPartialNo, .partial, "0.5"),
        (.yesPartialNo, .no, "0"),
        (.maturity, .maturity(0), "0"),
        (.maturity, .maturity(1), "0.25"),
        (.maturity, .maturity(2), "0.5"),
        (.maturity, .maturity(3), "0.75"),
        (.maturity, .maturity(4), "1"),
    ])
    func choiceAnswers(type: AnswerType, value: AnswerValue, expected: String) throws {
        let indicator = F.indicator("X1.1", type)
        #expect(Scorer.indicatorScore(value, for: indicator, year: 2025) == F.dec(expected))
    }

    /// Linear between floor and target in the better direction, clamped to 0…1 both ways.
    @Test(arguments: [
        ("0", "100", "50", "0.5"),
        ("0", "100", "100", "1"),
        ("0", "100", "150", "1"),  // past the target: clamped to 1
        ("0", "100", "-20", "0"),  // below the floor: clamped to 0
        ("50", "100", "75", "0.5"),
        ("50", "100", "40", "0"),
        ("72", "24", "48", "0.5"),  // better: lower
        ("72", "24", "24", "1"),
        ("72", "24", "12", "1"),  // better than the target: clamped to 1
        ("72", "24", "96", "0"),  // worse than the floor: clamped to 0
        ("3", "0", "1", "0.6667"),  // 2/3, shown to four places
        ("0", "6", "2", "0.3333"),
        ("5", "0", "0", "1"),
    ])
    func numberAnswers(floor: String, target: String, value: String, expected: String) throws {
        let score = F.single(F.number(floor: floor, target: target), .number(F.dec(value)))
        let indicator = try #require(score.indicator("X1.1"))
        #expect(indicator.status == .scored)
        #expect(indicator.score == F.dec(expected))
        #expect((0...1).contains(try #require(indicator.score)))
    }

    /// 31 December of the year minus `max-age-months`; the boundary day counts as within.
    @Test(arguments: [
        (12, "2024-12-31", "1"),  // exactly the boundary
        (12, "2024-12-30", "0"),  // one day older
        (12, "2025-12-31", "1"),
        (24, "2023-12-31", "1"),
        (24, "2023-12-30", "0"),
        (6, "2025-06-30", "1"),  // 2025-12-31 minus 6 months is 2025-06-30 (day clamped)
        (6, "2025-06-29", "0"),
        (1, "2025-11-30", "1"),  // December 31 minus one month is November 30
        (1, "2025-11-29", "0"),
    ])
    func dateAnswers(months: Int, date: String, expected: String) throws {
        let score = F.single(.date(maxAgeMonths: months), .date(Self.day(date)), year: 2025)
        #expect(score.indicator("X1.1")?.score == F.dec(expected))
    }

    @Test func dateWithoutMaxAgeScoresOne() throws {
        let score = F.single(.date(maxAgeMonths: nil), .date(Self.day("2001-01-01")))
        #expect(score.indicator("X1.1")?.score == 1)
    }

    @Test func dateInLeapYear() throws {
        // 2024-12-31 minus 10 months is 2024-02-29 in a leap year.
        let indicator = F.indicator("X1.1", .date(maxAgeMonths: 10))
        #expect(
            Scorer.indicatorScore(.date(Self.day("2024-02-29")), for: indicator, year: 2024) == 1)
        #expect(
            Scorer.indicatorScore(.date(Self.day("2024-02-28")), for: indicator, year: 2024) == 0)
    }

    @Test func textIsNotScoredAndLeavesTheDenominator() throws {
        let framework = F.framework([
            (1, 1, [F.indicator("X1.1", .yesNo), F.indicator("X1.2", .text, weight: 5)])
        ])
        let score = Scorer.score(
            F.assessment(
                [F.answer("X1.1", .yes), F.answer("X1.2", .text("notes"))], framework: framework),
            using: framework)
        #expect(score.indicator("X1.2")?.status == .notScored)
        #expect(score.indicator("X1.2")?.score == nil)
        #expect(score.article(1)?.score == 100)
    }

    @Test func notApplicableLeavesTheDenominator() throws {
        let framework = F.framework([
            (
                1, 1,
                [F.indicator("X1.1", .yesNo, weight: 1), F.indicator("X1.2", .yesNo, weight: 3)]
            )
        ])
        let score = Scorer.score(
            F.assessment(
                [F.answer("X1.1", .yes), F.answer("X1.2", .notApplicable, justification: "why")],
                framework: framework),
            using: framework)
        #expect(score.indicator("X1.2")?.status == .notApplicable)
        #expect(score.indicator("X1.2")?.justification == "why")
        #expect(score.indicator("X1.2")?.contribution == nil)
        #expect(score.article(1)?.score == 100)
    }

    @Test func allNotApplicableArticleHasNoScoreAndLeavesTheOverall() throws {
        let framework = F.framework([
            (1, 1, [F.indicator("X1.1", .yesPartialNo)]),
            (2, 5, [F.indicator("X2.1", .yesNo), F.indicator("X2.2", .text)]),
        ])
        let score = Scorer.score(
            F.assessment(
                [
                    F.answer("X1.1", .partial), F.answer("X2.1", .notApplicable),
                    F.answer("X2.2", .text("t")),
                ],
                framework: framework),
            using: framework)
        let article = try #require(score.article(2))
        #expect(article.score == nil && article.uncappedScore == nil && article.rating == nil)
        #expect(!article.isApplicable)
        #expect(score.overall == 50)  // article 2's weight 5 does not count
        let text = ScoreRenderer.text(score, style: TextStyle(color: false))
        #expect(text.contains("n/a") && text.contains("not applicable") && !text.contains("NaN"))
    }

    @Test func nothingApplicableAnywhereHasNoOverall() throws {
        let framework = F.framework([(1, 1, [F.indicator("X1.1", .yesNo)])])
        let score = Scorer.score(
            F.assessment([F.answer("X1.1", .notApplicable)], framework: framework), using: framework
        )
        #expect(score.overall == nil && score.rating == nil && score.gains.isEmpty)
        #expect(score.json.contains("\"score\": null"))
    }

    @Test func unansweredCountsAsZero() throws {
        let framework = F.framework([
            (1, 1, [F.indicator("X1.1", .yesNo), F.indicator("X1.2", .yesNo)])
        ])
        let score = Scorer.score(
            F.assessment([F.answer("X1.1", .yes)], framework: framework), using: framework)
        #expect(score.indicator("X1.2")?.status == .unanswered)
        #expect(score.article(1)?.score == 50)
    }

    @Test func answerOfTheWrongTypeCountsAsUnanswered() throws {
        let framework = F.framework([(1, 1, [F.indicator("X1.1", .maturity)])])
        let score = Scorer.score(
            F.assessment([F.answer("X1.1", .yes)], framework: framework), using: framework)
        #expect(score.indicator("X1.1")?.status == .unanswered)
        #expect(score.article(1)?.score == 0)
    }

    // MARK: - Articles and rounding

    @Test func articleScoreIsTheWeightedMean() throws {
        let framework = F.framework([
            (
                1, 1,
                [
                    F.indicator("X1.1", .yesNo, weight: 3),
                    F.indicator("X1.2", .yesPartialNo, weight: 2),
                    F.indicator("X1.3", .maturity, weight: 1),
                ]
            )
        ])
        let score = Scorer.score(
            F.assessment(
                [
                    F.answer("X1.1", .yes), F.answer("X1.2", .partial),
                    F.answer("X1.3", .maturity(1)),
                ],
                framework: framework),
            using: framework)
        // 100 × (3 + 1 + 0.25) / 6 = 70.8333… → 70.83
        #expect(score.article(1)?.score == F.dec("70.83"))
        #expect(score.indicator("X1.1")?.contribution == 50)
        #expect(score.indicator("X1.3")?.contribution == F.dec("4.17"))
        #expect(score.indicator("X1.3")?.maximum == F.dec("16.67"))
    }

    /// Exact fractions: 2/3 + 1/3 is exactly 1, not 0.9999….
    @Test func fractionsStayExact() throws {
        let framework = F.framework([
            (
                1, 1,
                [
                    F.indicator("X1.1", F.number(floor: "0", target: "3")),
                    F.indicator("X1.2", F.number(floor: "0", target: "3")),
                ]
            )
        ])
        let score = Scorer.score(
            F.assessment(
                [F.answer("X1.1", .number(2)), F.answer("X1.2", .number(1))], framework: framework),
            using: framework)
        #expect(score.article(1)?.score == 50)
        let ratio = try #require(Ratio(2, over: 3))
        #expect(ratio + (try #require(Ratio(1, over: 3))) == .one)
    }

    /// Half away from zero, decided on the exact value.
    @Test(arguments: [
        ("1", "8", 2, "0.13"),  // 0.125 → 0.13
        ("-1", "8", 2, "-0.13"),
        ("1", "3", 2, "0.33"),
        ("2", "3", 2, "0.67"),
        ("20999", "300", 2, "70"),  // 69.99666… → 70.00
        ("1", "200", 2, "0.01"),  // 0.005 → 0.01
        ("1", "7", 4, "0.1429"),
        ("16000", "210", 2, "76.19"),
    ])
    func roundingIsHalfAwayFromZero(
        numerator: String, denominator: String, places: Int, expected: String
    ) throws {
        let ratio = try #require(Ratio(F.dec(numerator), over: F.dec(denominator)))
        #expect(ratio.rounded(places: places) == F.dec(expected))
    }

    /// A tie hidden behind a non-terminating denominator: 100 × 0.01005 × 3 / 3.
    @Test func roundingOfTiesUsesTheExactValue() throws {
        let third = try #require(Ratio(F.dec("3.015"), over: 3))  // exactly 1.005
        #expect(third.rounded(places: 2) == F.dec("1.01"))
        let sevenths = try #require(Ratio(F.dec("0.035"), over: 7))  // exactly 0.005
        #expect(sevenths.rounded(places: 2) == F.dec("0.01"))
    }

    /// Primes whose thirds, sevenths, … never terminate: a sum over them needs denominators far
    /// beyond `Decimal`'s 38 digits, which rounded silently before fractions were reduced.
    static let primes: [Int] = [3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67]

    /// 1/p for every prime, then (p − 1)/p for every prime, then 1/200: exactly 17.005.
    @Test func largeDenominatorsStayExact() throws {
        var sum = Ratio.zero
        for p in Self.primes { sum = sum + (try #require(Ratio(1, over: Decimal(p)))) }
        for p in Self.primes { sum = sum + (try #require(Ratio(Decimal(p - 1), over: Decimal(p)))) }
        sum = sum + (try #require(Ratio(1, over: 200)))
        #expect(sum == (try #require(Ratio(F.dec("17.005"), over: 1))))
        #expect(sum.rounded(places: 2) == F.dec("17.01"))
        #expect((sum - .one).rounded(places: 2) == F.dec("16.01"))
        #expect((Ratio.zero - sum).rounded(places: 2) == F.dec("-17.01"))
        #expect(sum.description == "3401/200")
    }

    /// An article of number indicators whose ranges are distinct primes, in pairs that sum to 1,
    /// and one yes/no indicator that puts the exact article score half-way: 17 pairs score 17
    /// over a weight of 34, the yes/no indicator weighs 19966, so the article is
    /// 100 × 19983 / 20000 = 99.915 (answer yes) or 100 × 17 / 20000 = 0.085 (answer no).
    @Test(arguments: [(AnswerValue.yes, "99.92"), (.no, "0.09")])
    func halfWayArticleScoresWithLargeDenominatorsRoundAwayFromZero(
        answer: AnswerValue, expected: String
    ) throws {
        var indicators: [Indicator] = []
        var answers: [IndicatorAnswer] = []
        for (index, p) in Self.primes.enumerated() {
            indicators.append(F.indicator("X1.\(index + 1)", F.number(floor: "0", target: "\(p)")))
            answers.append(F.answer("X1.\(index + 1)", .number(1)))
        }
        for (index, p) in Self.primes.enumerated() {
            let id = "X1.\(Self.primes.count + index + 1)"
            indicators.append(F.indicator(id, F.number(floor: "0", target: "\(p)")))
            answers.append(F.answer(id, .number(Decimal(p - 1))))
        }
        indicators.append(F.indicator("X1.99", .yesNo, weight: 19966))
        answers.append(F.answer("X1.99", answer))
        let framework = F.framework([(1, 1, indicators)])
        let score = Scorer.score(F.assessment(answers, framework: framework), using: framework)
        #expect(score.article(1)?.score == F.dec(expected))
        #expect(score.overall == F.dec(expected))
    }

    /// docs/scoring.md: a number answer is given in its canonical form, not as written.
    @Test(arguments: [
        ("+50", "50"), ("050", "50"), ("50.0", "50"), ("-0.50", "-0.5"), ("81.5", "81.5"),
    ])
    func numberAnswersAreShownInCanonicalForm(written: String, shown: String) throws {
        let value = try #require(DecimalText.parse(written))
        #expect(AnswerValue.number(value).text == shown)
    }

    @Test func sameInputSameDigits() throws {
        let framework = ScoringFixtures.workedFramework
        let first = Scorer.score(ScoringFixtures.workedAssessment, using: framework).json
        let second = Scorer.score(ScoringFixtures.workedAssessment, using: framework).json
        #expect(first == second)
    }

    // MARK: - Critical indicators and caps

    /// One critical indicator (weight 1, failing with `no`) next to `others` indicators of weight 1
    /// answered `yes`: the uncapped score is 100 × others / (others + 1).
    @Test(arguments: [
        (19, "95.00", "84.99", "compliant", "partially-compliant"),  // compliant → one band down
        (3, "75.00", "59.99", "partially-compliant", "non-compliant"),  // partially → non-compliant
        (1, "50.00", "50.00", "non-compliant", "non-compliant"),  // already lowest: no cap
    ])
    func criticalFailureCapsOneBandDown(
        others: Int, uncapped: String, capped: String, from: String, to: String
    ) throws {
        let indicators =
            [F.indicator("X1.1", .yesNo, critical: true)]
            + (2...(others + 1)).map { F.indicator("X1.\($0)", .yesNo) }
        let framework = F.framework([(1, 1, indicators)])
        let answers =
            [F.answer("X1.1", .no)] + (2...(others + 1)).map { F.answer("X1.\($0)", .yes) }
        let score = Scorer.score(F.assessment(answers, framework: framework), using: framework)
        let article = try #require(score.article(1))
        #expect(article.uncappedScore == F.dec(uncapped))
        #expect(article.score == F.dec(capped))
        #expect(article.rating?.id == to)
        #expect(article.criticalFailures.map(\.indicatorID) == ["X1.1"])
        #expect(score.criticalFailures.map(\.indicatorID) == ["X1.1"])
        if from == to {
            #expect(article.cap == nil)
        } else {
            let cap = try #require(article.cap)
            #expect(cap.original == F.dec(uncapped) && cap.capped == F.dec(capped))
            #expect(cap.from.id == from && cap.to.id == to && cap.indicators == ["X1.1"])
        }
    }

    @Test func criticalPassingAtTheMarkDoesNotFail() throws {
        let framework = F.framework([(1, 1, [F.indicator("X1.1", .yesPartialNo, critical: true)])])
        let score = Scorer.score(
            F.assessment([F.answer("X1.1", .partial)], framework: framework), using: framework)
        #expect(score.criticalFailures.isEmpty)  // 0.5 is not below the framework's 0.5
    }

    /// The indicator's own `critical-pass` overrides the framework's.
    @Test(arguments: [
        (nil as String?, "0.5", false),
        ("1", "0.5", true),
        ("0.75", "0.5", true),
        ("0.25", "0.5", false),
    ])
    func criticalPassOverride(own: String?, frameworkPass: String, fails: Bool) throws {
        let framework = F.framework(
            [
                (
                    1, 1,
                    [
                        F.indicator(
                            "X1.1", .yesPartialNo, critical: true, criticalPass: own.map(F.dec))
                    ]
                )
            ],
            criticalPass: F.dec(frameworkPass))
        let score = Scorer.score(
            F.assessment([F.answer("X1.1", .partial)], framework: framework), using: framework)
        #expect(score.indicator("X1.1")?.criticalFailed == fails)
        #expect(score.indicator("X1.1")?.criticalPass == F.dec(own ?? frameworkPass))
        #expect(score.criticalFailures.count == (fails ? 1 : 0))
    }

    @Test func notApplicableCriticalDoesNotFail() throws {
        let framework = F.framework([
            (1, 1, [F.indicator("X1.1", .yesNo, critical: true), F.indicator("X1.2", .yesNo)])
        ])
        let score = Scorer.score(
            F.assessment(
                [F.answer("X1.1", .notApplicable), F.answer("X1.2", .yes)], framework: framework),
            using: framework)
        #expect(score.criticalFailures.isEmpty && score.article(1)?.score == 100)
    }

    @Test(arguments: [("85", "84.99"), ("60", "59.99"), ("60.005", "60"), ("72.5", "72.49")])
    func capIsTheLargestTwoDecimalValueBelowTheBand(min: String, expected: String) {
        #expect(Scorer.largestBelow(F.dec(min)) == F.dec(expected))
    }

    // MARK: - Overall and gains

    @Test func overallIsTheArticleWeightedMeanOfRoundedScores() throws {
        let framework = F.framework([
            (1, 2, [F.indicator("X1.1", .yesPartialNo)]),
            (2, 1, [F.indicator("X2.1", F.number(floor: "0", target: "3"))]),
        ])
        let score = Scorer.score(
            F.assessment(
                [F.answer("X1.1", .yes), F.answer("X2.1", .number(1))], framework: framework),
            using: framework
        )
        // article 2 is 33.33 (rounded first); (2 × 100 + 33.33) / 3 = 77.7766… → 77.78
        #expect(score.article(2)?.score == F.dec("33.33"))
        #expect(score.overall == F.dec("77.78"))
        #expect(score.rating?.id == "partially-compliant")
    }

    @Test func gainsAreLargestFirstAndReevaluateCaps() throws {
        let score = Scorer.score(
            ScoringFixtures.workedAssessment, using: ScoringFixtures.workedFramework)
        #expect(score.gains.map(\.indicatorID) == ["X1.1", "X2.4", "X2.2", "X1.2"])
        #expect(score.gains.map(\.overallPoints) == ["12.5", "8.57", "8.33", "4.16"].map(F.dec))
        #expect(score.gains.map(\.removesCap) == [false, true, false, false])
        #expect(score.gains.first { $0.indicatorID == "X2.2" }?.articlePoints == 25)
    }

    @Test func gainsSeeTheCapThatStillHolds() throws {
        // A failing critical keeps article 1 capped at 59.99 whatever the other indicator does.
        let framework = F.framework([
            (
                1, 1,
                [
                    F.indicator("X1.1", .yesNo, weight: 1, critical: true),
                    F.indicator("X1.2", .yesPartialNo, weight: 9),
                ]
            )
        ])
        let score = Scorer.score(
            F.assessment(
                [F.answer("X1.1", .no), F.answer("X1.2", .partial)], framework: framework),
            using: framework)
        #expect(score.article(1)?.score == F.dec("45"))
        let gains = Dictionary(uniqueKeysWithValues: score.gains.map { ($0.indicatorID, $0) })
        // X1.2 at 1 gives 90.00 uncapped, capped at 84.99: +39.99.
        #expect(gains["X1.2"]?.overallPoints == F.dec("39.99"))
        #expect(gains["X1.1"]?.overallPoints == F.dec("10"))
    }

    // MARK: - Zero weights never reach the scorer

    @Test(arguments: [
        ("        weight: 3\n", "        weight: 0\n"),  // an indicator
        ("        weight: 2\n", "        weight: -1\n"),
        ("    weight: 1\n", "    weight: 0\n"),  // an article
        ("    weight: 1\n", "    weight: 0.0\n"),
    ])
    func zeroAndNegativeWeightsAreRefused(old: String, new: String) throws {
        let text = BuiltinFramework.text
        let range = try #require(text.range(of: old))
        let broken = text.replacingCharacters(in: range, with: new)
        let result = FrameworkLoader.parse(Array(broken.utf8), file: "framework.yaml")
        #expect(result.framework == nil)
        let diagnostic = try #require(
            result.diagnostics.first { $0.message.contains("weight must be greater than 0") })
        #expect(diagnostic.code == .invalidFramework)
        #expect(
            diagnostic.location.line == broken[..<range.lowerBound].filter { $0 == "\n" }.count + 1)
    }
}
