import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The 1.1 rules for failed critical indicators (docs/scoring.md): fixed article ceilings by the
/// number of failures, the overall cap, critical choices passing only at full marks, and the
/// 1.0 rules kept for frameworks (and bundles) that name them.
@Suite(.tags(.small))
struct CriticalRulesTests {
    typealias F = ScoringFixtures

    /// The built-in framework's 1.1 rules.
    static let rules = Framework.CriticalRules(
        choicePass: 1,
        articleCeilings: [
            .init(failures: 1, band: "partially-compliant"),
            .init(failures: 2, band: "non-compliant"),
        ],
        overallCeiling: "partially-compliant", notApplicableNeedsEvidence: true)

    /// A framework of two articles: article 1 has three critical yes-no indicators and a
    /// maturity indicator of weight 7; article 2 one yes-partial-no indicator.
    static func framework(rules: Framework.CriticalRules? = Self.rules) -> Framework {
        var framework = F.framework([
            (
                1, 1,
                [
                    F.indicator("X1.1", .yesNo, critical: true),
                    F.indicator("X1.2", .yesNo, critical: true),
                    F.indicator("X1.3", .yesNo, critical: true),
                    F.indicator("X1.4", .maturity, weight: 17),
                ]
            ),
            (2, 1, [F.indicator("X2.1", .yesPartialNo, critical: true)]),
        ])
        framework.scoring.critical = rules
        return framework
    }

    static func score(
        _ answers: [String: AnswerValue], rules: Framework.CriticalRules? = Self.rules
    ) -> Score {
        let framework = framework(rules: rules)
        let list = framework.indicators.map { indicator in
            let best: AnswerValue = indicator.answer.type == .maturity ? .maturity(4) : .yes
            return F.answer(indicator.id, answers[indicator.id] ?? best)
        }
        return Scorer.score(F.assessment(list, framework: framework), using: framework)
    }

    @Test func theBuiltInFrameworkCarriesTheRules() throws {
        let framework = TestSupport.framework
        #expect(framework.version == "1.1" && framework.scoring.rules == "1.1")
        #expect(framework.scoring.critical == Self.rules)
        #expect(framework.top(ofBand: "compliant") == 100)
        #expect(framework.top(ofBand: "partially-compliant") == F.dec("84.99"))
        #expect(framework.top(ofBand: "non-compliant") == F.dec("59.99"))
        let archived = try #require(FrameworkLoader.archived.first)
        #expect(archived.version == "1.0" && archived.scoring.critical == nil)
        #expect(
            archived.sha256 == "04e5c6968f15027bce259722f5a7bcaf3ba0aff0eef499d4feecf9ee889ff83e",
            "the exact bytes of framework 1.0, which signed bundles name")
    }

    /// Article 1 scores 100 × (3 − failures + 17 × 1) ÷ 20 before the cap.
    @Test(arguments: [
        (0, "100.00", "100.00", "compliant"),
        (1, "95.00", "84.99", "partially-compliant"),
        (2, "90.00", "59.99", "non-compliant"),
        (3, "85.00", "59.99", "non-compliant"),
    ])
    func aFixedCeilingByTheNumberOfFailures(
        failures: Int, uncapped: String, capped: String, band: String
    ) throws {
        var answers: [String: AnswerValue] = [:]
        for id in ["X1.1", "X1.2", "X1.3"].prefix(failures) { answers[id] = .no }
        answers["X1.4"] = .maturity(4)
        let article = try #require(Self.score(answers).article(1))
        #expect(article.uncappedScore == F.dec(uncapped))
        #expect(article.score == F.dec(capped))
        #expect(article.rating?.id == band)
        #expect(article.criticalFailures.count == failures)
        #expect((article.cap != nil) == (failures > 0))
    }

    /// The same failure costs the same whatever the other answers: an article already below its
    /// ceiling keeps its score, one above it is brought down to it (no cliff of one band).
    @Test func theCeilingDoesNotDependOnWhereTheArticleWas() throws {
        let low = try #require(
            Self.score(["X1.1": .no, "X1.4": .maturity(2)]).article(1))
        // 100 × (2 + 17 × 0.5) ÷ 20 = 52.50: below 84.99, not capped, still listed.
        #expect(low.score == F.dec("52.50") && low.cap == nil)
        #expect(low.criticalFailures.map(\.indicatorID) == ["X1.1"])
        let high = try #require(Self.score(["X1.1": .no]).article(1))
        #expect(high.score == F.dec("84.99"))
    }

    @Test func anyFailureCapsTheOverallRating() throws {
        // Article 1: 95.00 capped at 84.99; article 2: 100; the mean 92.495 → 92.50 is capped.
        let score = Self.score(["X1.1": .no])
        #expect(score.overall == F.dec("84.99"))
        #expect(score.rating?.id == "partially-compliant")
        let cap = try #require(score.overallCap)
        #expect(cap.original == F.dec("92.50") && cap.indicators == ["X1.1"])
        // Under the 1.0 rules the same answers are Compliant overall.
        let old = Self.score(["X1.1": .no], rules: nil)
        #expect(old.rating?.id == "compliant" && old.overallCap == nil)
    }

    @Test func partialFailsACriticalChoiceUnlessTheIndicatorSaysOtherwise() throws {
        let strict = Self.score(["X2.1": .partial])
        #expect(strict.criticalFailures.map(\.indicatorID) == ["X2.1"])
        #expect(strict.indicator("X2.1")?.criticalPass == 1)
        #expect(Self.score(["X2.1": .partial], rules: nil).criticalFailures.isEmpty)

        var framework = Self.framework()
        framework.articles[1].indicators[0].criticalPass = F.dec("0.5")
        let list = framework.indicators.map { F.answer($0.id, $0.id == "X2.1" ? .partial : .yes) }
        let lenient = Scorer.score(F.assessment(list, framework: framework), using: framework)
        #expect(lenient.criticalFailures.isEmpty)
    }

    /// The first gain is the failed legal obligation, even when another fix gains more points.
    @Test func theFirstGainIsTheFailedObligation() throws {
        let score = Self.score(["X1.1": .no, "X1.2": .no, "X1.4": .maturity(0)])
        #expect(score.gains.first?.fixesFailure == true)
        #expect(["X1.1", "X1.2"].contains(score.gains.first?.indicatorID ?? ""))
        let old = Self.score(["X1.1": .no, "X1.2": .no, "X1.4": .maturity(0)], rules: nil)
        #expect(old.gains.first?.indicatorID == "X1.4", "1.0 orders by points alone")
    }

    @Test func theJSONOfA10ScoreKeepsVersion1() throws {
        let old = Self.score(["X1.1": .no], rules: nil)
        #expect(old.json.contains("\"schemaVersion\": 1"))
        #expect(!old.json.contains("\"rules\""))
        let new = Self.score(["X1.1": .no])
        #expect(new.json.contains("\"schemaVersion\": 2"))
        #expect(new.json.contains("\"rules\": \"1.1\""))
        #expect(new.json.contains("\"fixesCriticalFailure\": true"))
    }

    // MARK: - Properties

    /// More failures never give a higher ceiling, and every ceiling is at most the one before.
    @Test func ceilingsAreMonotone() {
        let framework = TestSupport.framework
        var previous = Decimal(100)
        for failures in 1...10 {
            let ceiling = Scorer.articleCeiling(failures: failures, framework: framework) ?? 100
            #expect(ceiling <= previous, "\(failures) failures")
            previous = ceiling
        }
        #expect(Scorer.articleCeiling(failures: 0, framework: framework) == nil)
    }

    /// Under both rule sets, turning a passing critical answer into a failing one never improves
    /// an article's score, the overall score or a rating; and the answers' order changes nothing.
    @Test(arguments: ScoringPropertyTests.seeds)
    func aFailedCriticalNeverImprovesARating(seed: UInt64) throws {
        var rng = ScoringRNG(seed: seed)
        var checked = 0
        for _ in 0..<ScoringPropertyTests.casesPerSeed {
            var framework = ScoringPropertyTests.framework(&rng)
            if Bool.random(using: &rng) { framework.scoring.critical = nil }
            let assessment = ScoringPropertyTests.assessment(framework, &rng)
            let before = Scorer.score(assessment, using: framework)

            var shuffled = assessment
            shuffled.articles.shuffle(using: &rng)
            for index in shuffled.articles.indices {
                shuffled.articles[index].answers.shuffle(using: &rng)
            }
            #expect(Scorer.score(shuffled, using: framework) == before)

            for indicator in framework.indicators where indicator.critical {
                guard let value = assessment.answer(indicator.id)?.value,
                    before.indicator(indicator.id)?.criticalFailed == false,
                    before.indicator(indicator.id)?.status == .scored
                else { continue }
                let failing: AnswerValue
                switch indicator.answer.type {
                case .yesNo, .yesPartialNo: failing = .no
                case .maturity: failing = .maturity(0)
                case .number(let rule): failing = .number(rule.floor)
                case .date: failing = .date(CalendarDate(year: 1990, month: 1, day: 1)!)
                case .text: continue
                }
                if failing == value { continue }
                let after = Scorer.score(
                    ScoringPropertyTests.replacing(indicator.id, with: failing, in: assessment),
                    using: framework)
                guard after.indicator(indicator.id)?.criticalFailed == true else { continue }
                let old = before.article(indicator.article)
                let new = after.article(indicator.article)
                #expect((new?.score ?? 0) <= (old?.score ?? 0), "\(indicator.id)")
                #expect((after.overall ?? 0) <= (before.overall ?? 0), "\(indicator.id)")
                #expect((after.rating?.min ?? 0) <= (before.rating?.min ?? 0), "\(indicator.id)")
                #expect((new?.rating?.min ?? 0) <= (old?.rating?.min ?? 0), "\(indicator.id)")
                if framework.scoring.critical != nil {
                    #expect(after.rating?.id != "compliant", "\(indicator.id) failed")
                }
                checked += 1
            }
        }
        #expect(checked > 5)
    }

    // MARK: - The framework file

    static func loading(_ edit: (String) -> String) -> FrameworkLoader.Result {
        FrameworkLoader.parse(Array(edit(BuiltinFramework.text).utf8), file: "framework.yaml")
    }

    /// A1.1 is critical; made a text indicator, it could never fail, and is refused.
    @Test func aCriticalTextIndicatorIsRefused() throws {
        let edited = Self.loading { text in
            guard let start = text.range(of: "- id: A1.1\n"),
                let type = text.range(
                    of: "type: yes-partial-no", range: start.upperBound..<text.endIndex)
            else { return text }
            return text.replacingCharacters(in: type, with: "type: text")
        }
        #expect(edited.framework == nil)
        #expect(edited.diagnostics.contains { $0.wording.key == "SA901.critical-text" })
    }

    @Test(arguments: [
        ("  rules: \"1.1\"\n", "  rules: \"1.0\"\n", "SA901.critical-without-rules"),
        ("      - failures: 2\n", "      - failures: 1\n", "SA901.ceiling-order"),
        ("      - failures: 1\n", "      - failures: 2\n", "SA901.first-ceiling"),
    ])
    func badRulesAreRefused(from: String, to: String, key: String) {
        let result = Self.loading { $0.replacingOccurrences(of: from, with: to) }
        #expect(result.framework == nil)
        #expect(result.diagnostics.contains { $0.wording.key == key }, "\(result.diagnostics)")
    }

    // MARK: - Critical not-applicable

    /// A2.1 (critical) claimed not applicable with a justification and no evidence: refused under
    /// 1.1, accepted under 1.0; with evidence, accepted under 1.1.
    @Test(arguments: [("1.1", false, true), ("1.0", false, false), ("1.1", true, false)])
    func criticalNotApplicableNeedsEvidence(
        version: String, withEvidence: Bool, refused: Bool
    ) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("acme-2025")
        try FileManager.default.copyItem(at: TestSupport.sample("acme-2025"), to: copy)
        for file in ["assessment.yaml"] + (1...7).map({ "article-\($0).yaml" }) {
            let url = copy.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            text = text.replacingOccurrences(
                of: "version: \"1.1\"", with: "version: \"\(version)\"")
            if file == "article-2.yaml" {
                let claimed = """
                      A2.1:
                        answer: not-applicable
                        justification: 本服务无用户发布功能。

                    """
                let evidence =
                    withEvidence ? "    evidence:\n      - evidence/real-name-policy.md\n" : ""
                text = text.replacingOccurrences(
                    of:
                        "  A2.1:\n    answer: yes\n    evidence:\n      - evidence/real-name-policy.md\n"
                        + "      - evidence/vendor-contract-realname.md\n",
                    with: claimed + evidence)
            }
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let framework =
            version == "1.1" ? TestSupport.framework : try #require(FrameworkLoader.archived.first)
        let report = Validator(framework: framework, today: TestSupport.today).validate(
            path: copy, displayName: "acme-2025")
        let keys = report.diagnostics.map(\.wording.key)
        #expect(keys.contains("SA301.critical-not-applicable") == refused, "\(report.diagnostics)")
        #expect(report.hasErrors == refused, "\(report.diagnostics)")
    }
}
