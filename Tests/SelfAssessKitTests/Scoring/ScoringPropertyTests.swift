import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// A small, seeded, portable random number generator (SplitMix64), so failures reproduce.
struct ScoringRNG: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Properties of the scoring model over generated frameworks and assessments.
@Suite(.tags(.medium))
struct ScoringPropertyTests {
    typealias F = ScoringFixtures

    static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
    static let casesPerSeed = 8

    /// The built-in framework with random weights, critical flags and pass marks.
    static func framework(_ rng: inout ScoringRNG) -> Framework {
        var framework = TestSupport.framework
        let weights = ["0.5", "1", "1.5", "2", "3", "4", "7"].map(F.dec)
        let passes = ["0.25", "0.5", "0.75", "1"].map(F.dec)
        for a in framework.articles.indices {
            framework.articles[a].weight = weights.randomElement(using: &rng) ?? 1
            for i in framework.articles[a].indicators.indices {
                framework.articles[a].indicators[i].weight = weights.randomElement(using: &rng) ?? 1
                framework.articles[a].indicators[i].critical =
                    Int.random(in: 0..<4, using: &rng) == 0
                framework.articles[a].indicators[i].criticalPass =
                    Bool.random(using: &rng) ? passes.randomElement(using: &rng) : nil
            }
        }
        framework.scoring.criticalPass = passes.randomElement(using: &rng) ?? F.dec("0.5")
        return framework
    }

    /// A random answer of the indicator's type (sometimes not-applicable where allowed).
    static func answer(for indicator: Indicator, year: Int, _ rng: inout ScoringRNG) -> AnswerValue
    {
        if indicator.allowsNotApplicable, Int.random(in: 0..<7, using: &rng) == 0 {
            return .notApplicable
        }
        switch indicator.answer.type {
        case .yesNo: return Bool.random(using: &rng) ? .yes : .no
        case .yesPartialNo: return [.yes, .partial, .no].randomElement(using: &rng) ?? .no
        case .maturity: return .maturity(Int.random(in: 0...4, using: &rng))
        case .number(let rule):
            let low = min(rule.floor, rule.target)
            let span = abs(rule.target - rule.floor)
            // From half a span below the range to half a span above, in tenths of the span.
            let step = Decimal(Int.random(in: -5...15, using: &rng)) / 10
            return .number(low + span * step)
        case .date:
            let start = CalendarDate.endOfYear(year).subtractingMonths(
                Int.random(in: 0...60, using: &rng))
            return .date(start)
        case .text: return .text("generated")
        }
    }

    static func assessment(_ framework: Framework, _ rng: inout ScoringRNG) -> Assessment {
        let year = 2025
        let answers = framework.indicators.map { indicator in
            F.answer(indicator.id, answer(for: indicator, year: year, &rng))
        }
        return F.assessment(answers, framework: framework, year: year)
    }

    /// A strictly better answer, or nil when the answer is already the best.
    static func improved(
        _ value: AnswerValue, for indicator: Indicator, year: Int, _ rng: inout ScoringRNG
    )
        -> AnswerValue?
    {
        switch (indicator.answer.type, value) {
        case (.yesNo, .no): return .yes
        case (.yesPartialNo, .no): return Bool.random(using: &rng) ? .partial : .yes
        case (.yesPartialNo, .partial): return .yes
        case (.maturity, .maturity(let level)) where level < 4:
            return .maturity(Int.random(in: (level + 1)...4, using: &rng))
        case (.number(let rule), .number(let number)):
            let direction: Decimal = rule.better == .higher ? 1 : -1
            let span = abs(rule.target - rule.floor)
            return .number(
                number + direction * span * Decimal(Int.random(in: 1...8, using: &rng)) / 10)
        case (.date, .date): return .date(CalendarDate.endOfYear(year))
        default: return nil
        }
    }

    static func replacing(
        _ id: String, with value: AnswerValue, in assessment: Assessment
    ) -> Assessment {
        var copy = assessment
        for a in copy.articles.indices {
            for i in copy.articles[a].answers.indices where copy.articles[a].answers[i].id == id {
                copy.articles[a].answers[i].value = value
            }
        }
        return copy
    }

    @Test(arguments: seeds)
    func scoresStayWithinBounds(seed: UInt64) throws {
        var rng = ScoringRNG(seed: seed)
        for _ in 0..<Self.casesPerSeed {
            let framework = Self.framework(&rng)
            let score = Scorer.score(Self.assessment(framework, &rng), using: framework)
            for article in score.articles {
                for value in [article.score, article.uncappedScore].compactMap({ $0 }) {
                    #expect(value >= 0 && value <= 100, "article \(article.number): \(value)")
                    #expect(value == value.rounded(2))
                }
                if let capped = article.score, let uncapped = article.uncappedScore {
                    #expect(capped <= uncapped)
                }
                for indicator in article.indicators {
                    if let value = indicator.score { #expect(value >= 0 && value <= 1) }
                }
                // The indicators' points add up to the uncapped score, up to their rounding.
                if let uncapped = article.uncappedScore {
                    let sum = article.indicators.compactMap(\.contribution).reduce(0, +)
                    let tolerance = Decimal(article.indicators.count + 1) * F.dec("0.005")
                    #expect(abs(sum - uncapped) <= tolerance)
                }
            }
            if let overall = score.overall { #expect(overall >= 0 && overall <= 100) }
            #expect(score.gains.allSatisfy { $0.overallPoints >= 0 && $0.articlePoints >= 0 })
        }
    }

    /// Improving one answer never lowers its article's score or the overall score, caps included.
    @Test(arguments: seeds)
    func improvingAnAnswerNeverLowersAScore(seed: UInt64) throws {
        var rng = ScoringRNG(seed: seed)
        var checked = 0
        for _ in 0..<Self.casesPerSeed {
            let framework = Self.framework(&rng)
            let assessment = Self.assessment(framework, &rng)
            let before = Scorer.score(assessment, using: framework)
            for indicator in framework.indicators.shuffled(using: &rng).prefix(8) {
                guard let current = assessment.answer(indicator.id)?.value,
                    let better = Self.improved(current, for: indicator, year: 2025, &rng)
                else { continue }
                let after = Scorer.score(
                    Self.replacing(indicator.id, with: better, in: assessment), using: framework)
                let oldArticle = before.article(indicator.article)?.score ?? 0
                let newArticle = after.article(indicator.article)?.score ?? 0
                #expect(
                    newArticle >= oldArticle, "\(indicator.id): \(current.text) → \(better.text)")
                #expect(
                    (after.overall ?? 0) >= (before.overall ?? 0),
                    "\(indicator.id): \(current.text) → \(better.text)")
                #expect(
                    (after.indicator(indicator.id)?.score ?? 0)
                        >= (before.indicator(indicator.id)?.score ?? 0))
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    /// The order of article files and of keys in them changes nothing; nor does the order of the
    /// framework's articles and indicators, apart from the order of the output.
    @Test(arguments: seeds)
    func orderChangesNothing(seed: UInt64) throws {
        var rng = ScoringRNG(seed: seed)
        for _ in 0..<Self.casesPerSeed {
            let framework = Self.framework(&rng)
            let assessment = Self.assessment(framework, &rng)
            let score = Scorer.score(assessment, using: framework)

            var shuffled = assessment
            shuffled.articles.shuffle(using: &rng)
            for index in shuffled.articles.indices {
                shuffled.articles[index].answers.shuffle(using: &rng)
            }
            #expect(Scorer.score(shuffled, using: framework) == score)

            var reordered = framework
            reordered.articles.shuffle(using: &rng)
            for index in reordered.articles.indices {
                reordered.articles[index].indicators.shuffle(using: &rng)
            }
            let other = Scorer.score(assessment, using: reordered)
            #expect(other.overall == score.overall)
            #expect(other.rating == score.rating)
            for article in score.articles {
                let same = try #require(other.article(article.number))
                #expect(same.score == article.score && same.uncappedScore == article.uncappedScore)
                #expect(same.cap?.capped == article.cap?.capped)
                #expect(
                    Set(same.criticalFailures.map(\.indicatorID))
                        == Set(article.criticalFailures.map(\.indicatorID)))
            }
            for indicator in score.indicators {
                let same = try #require(other.indicator(indicator.id))
                #expect(
                    same.score == indicator.score && same.contribution == indicator.contribution)
            }
            let gains = Dictionary(
                uniqueKeysWithValues: score.gains.map { ($0.indicatorID, $0.overallPoints) })
            #expect(
                Dictionary(
                    uniqueKeysWithValues: other.gains.map { ($0.indicatorID, $0.overallPoints) })
                    == gains)
        }
    }
}
