import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The enforcement ladder on constructed histories, under the default policy and small policies
/// written for one behaviour each.
@Suite(.tags(.small))
struct PolicyEvaluationTests {
    typealias F = AggregateFixtures

    static let policy: Policy = {
        guard let policy = PolicyLoader.builtin.policy else {
            Issue.record("the built-in policy does not load: \(PolicyLoader.builtin.diagnostics)")
            return Policy(rules: [])
        }
        return policy
    }()

    // MARK: History builders

    /// An accepted year with an overall score (rated by the built-in bands), failed criticals and
    /// the answer of A1.6.
    static func scored(
        _ year: Int, _ overall: String, criticals: [String] = [], a16: Int? = nil
    ) -> PolicyHistory.Year {
        let score = F.decimal(overall)
        var answers: [String: AnswerValue] = [:]
        if let a16 { answers["A1.6"] = .number(Decimal(a16)) }
        return PolicyHistory.Year(
            year: year, submission: .accepted, overall: score, rating: F.rating(score),
            criticalFailures: criticals,
            answers: answers)
    }

    static func missing(_ year: Int) -> PolicyHistory.Year {
        PolicyHistory.Year(year: year, submission: .missing)
    }

    static func rejected(_ year: Int, _ reasons: RejectionReason...) -> PolicyHistory.Year {
        PolicyHistory.Year(year: year, submission: .rejected(for: reasons))
    }

    /// A history case: the years, and what the default policy must say about the last one.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let years: [PolicyHistory.Year]
        let action: EnforcementAction?
        let deciding: String?
        let fired: [String]

        init(
            _ name: String, _ years: [PolicyHistory.Year], _ action: EnforcementAction?,
            _ deciding: String?, fired: [String]
        ) {
            self.name = name
            self.years = years
            self.action = action
            self.deciding = deciding
            self.fired = fired
        }

        var testDescription: String { name }
    }

    static let ladder: [Case] = [
        Case("compliant and clean", [Self.scored(2025, "92")], nil, nil, fired: []),
        Case(
            "partially compliant", [Self.scored(2025, "72.5")], .warning, "rating-partial",
            fired: ["rating-partial"]),
        Case(
            "critical failure in a compliant report",
            [Self.scored(2025, "90", criticals: ["A2.5"])], .warning,
            "critical-failure", fired: ["critical-failure"]),
        Case(
            "non-compliant", [Self.scored(2025, "50")], .censure, "rating-non-compliant",
            fired: ["rating-non-compliant"]),
        Case(
            "overdue rectifications", [Self.scored(2025, "90", a16: 2)], .censure,
            "overdue-rectifications",
            fired: ["overdue-rectifications"]),
        Case("no overdue rectifications", [Self.scored(2025, "90", a16: 0)], nil, nil, fired: []),
        Case(
            "missing", [Self.missing(2025)], .censure, "no-valid-submission",
            fired: ["no-valid-submission"]),
        Case(
            "rejected as invalid", [Self.rejected(2025, .invalidAssessment)], .censure,
            "no-valid-submission",
            fired: ["no-valid-submission"]),
        Case(
            "rejected as tampered", [Self.rejected(2025, .tampered)], .blacklist,
            "forged-submission",
            fired: ["forged-submission", "no-valid-submission"]),
        Case(
            "rejected with a bad signature and an unknown key",
            [Self.rejected(2025, .untrustedKey, .badSignature)],
            .blacklist, "forged-submission", fired: ["forged-submission", "no-valid-submission"]),
        Case(
            "missing two years running", [Self.missing(2024), Self.missing(2025)], .blacklist,
            "no-valid-submission-repeated",
            fired: ["no-valid-submission-repeated", "no-valid-submission"]),
        Case(
            "rejected then missing", [Self.rejected(2024, .unreadable), Self.missing(2025)],
            .blacklist,
            "no-valid-submission-repeated",
            fired: ["no-valid-submission-repeated", "no-valid-submission"]),
        Case(
            "same critical failure two years",
            [
                Self.scored(2024, "90", criticals: ["A2.5"]),
                Self.scored(2025, "88", criticals: ["A2.5", "A4.1"]),
            ],
            .censure, "repeated-critical-failure",
            fired: ["repeated-critical-failure", "critical-failure"]),
        Case(
            "different critical failures two years",
            [
                Self.scored(2024, "90", criticals: ["A2.5"]),
                Self.scored(2025, "88", criticals: ["A4.1"]),
            ], .censure,
            "warning-repeated", fired: ["warning-repeated", "critical-failure"]),
        Case(
            "partial two years: the warning escalates",
            [Self.scored(2024, "70"), Self.scored(2025, "74.99")], .censure,
            "warning-repeated", fired: ["warning-repeated", "rating-partial"]),
        Case(
            "partial two years, 5 points better: mending, the warning stays",
            [Self.scored(2024, "70"), Self.scored(2025, "75")], .warning,
            "rating-partial", fired: ["rating-partial"]),
        Case(
            "partial two years, 5 points worse: the warning escalates",
            [Self.scored(2024, "75"), Self.scored(2025, "70")], .censure,
            "warning-repeated", fired: ["warning-repeated", "rating-partial"]),
        Case(
            "same critical failure three years: blacklist, whatever the score does",
            [
                Self.scored(2023, "60", criticals: ["A2.5"]),
                Self.scored(2024, "70", criticals: ["A2.5"]),
                Self.scored(2025, "79", criticals: ["A2.5"]),
            ],
            .blacklist, "persistent-critical-failure",
            fired: [
                "persistent-critical-failure", "repeated-critical-failure", "rating-partial",
                "critical-failure",
            ]),
        Case(
            "same critical failure four years: media exposure",
            [
                Self.scored(2022, "79", criticals: ["A2.5"]),
                Self.scored(2023, "79", criticals: ["A2.5"]),
                Self.scored(2024, "79", criticals: ["A2.5"]),
                Self.scored(2025, "79", criticals: ["A2.5"]),
            ],
            .mediaExposure, "blacklist-not-rectified",
            fired: [
                "blacklist-not-rectified", "persistent-critical-failure",
                "repeated-critical-failure", "rating-partial", "critical-failure",
            ]),
        Case(
            "same critical failure five years: exclusion",
            [
                Self.scored(2021, "79", criticals: ["A2.5"]),
                Self.scored(2022, "79", criticals: ["A2.5"]),
                Self.scored(2023, "79", criticals: ["A2.5"]),
                Self.scored(2024, "79", criticals: ["A2.5"]),
                Self.scored(2025, "79", criticals: ["A2.5"]),
            ],
            .exclusion, "failing-after-exposure",
            fired: [
                "failing-after-exposure", "blacklist-not-rectified", "persistent-critical-failure",
                "repeated-critical-failure", "rating-partial", "critical-failure",
            ]),
        Case(
            "partial three years: stays at censure",
            [Self.scored(2023, "70"), Self.scored(2024, "70"), Self.scored(2025, "70")],
            .censure, "warning-repeated", fired: ["warning-repeated", "rating-partial"]),
        Case(
            "a clean year ends the run",
            [Self.scored(2023, "70"), Self.scored(2024, "90"), Self.scored(2025, "70")], .warning,
            "rating-partial", fired: ["rating-partial"]),
        Case(
            "a year with no record ends the run",
            [Self.scored(2023, "70"), Self.scored(2025, "70")], .warning, "rating-partial",
            fired: ["rating-partial"]),
        Case(
            "non-compliant two years", [Self.scored(2024, "50"), Self.scored(2025, "55")],
            .blacklist, "non-compliant-repeated",
            fired: ["non-compliant-repeated", "rating-non-compliant"]),
        Case(
            "non-compliant three years: not rectified after blacklisting",
            [Self.scored(2023, "50"), Self.scored(2024, "50"), Self.scored(2025, "50")],
            .mediaExposure, "blacklist-not-rectified",
            fired: ["blacklist-not-rectified", "non-compliant-repeated", "rating-non-compliant"]),
        Case(
            "non-compliant four years: still failing after exposure",
            [
                Self.scored(2022, "50"), Self.scored(2023, "50"), Self.scored(2024, "50"),
                Self.scored(2025, "50"),
            ], .exclusion,
            "failing-after-exposure",
            fired: [
                "failing-after-exposure", "blacklist-not-rectified", "non-compliant-repeated",
                "rating-non-compliant",
            ]),
        Case(
            "blacklisted again within three years",
            [
                Self.rejected(2023, .tampered), Self.scored(2024, "90"),
                Self.rejected(2025, .tampered),
            ], .mediaExposure, "blacklisted-again",
            fired: ["blacklisted-again", "forged-submission", "no-valid-submission"]),
        Case(
            "blacklisted again after a gap with no record",
            [Self.rejected(2023, .tampered), Self.rejected(2025, .badSignature)], .mediaExposure,
            "blacklisted-again",
            fired: ["blacklisted-again", "forged-submission", "no-valid-submission"]),
        Case(
            "blacklisted again, but four years later",
            [
                Self.rejected(2021, .tampered), Self.scored(2022, "90"), Self.scored(2023, "90"),
                Self.scored(2024, "90"), Self.rejected(2025, .tampered),
            ],
            .blacklist, "forged-submission", fired: ["forged-submission", "no-valid-submission"]),
        Case(
            "no acceptable submission four years",
            [
                Self.missing(2022), Self.rejected(2023, .unreadable), Self.missing(2024),
                Self.missing(2025),
            ], .exclusion,
            "failing-after-exposure",
            fired: [
                "failing-after-exposure", "blacklist-not-rectified", "no-valid-submission-repeated",
                "no-valid-submission",
            ]),
        Case(
            "several rules at one step: the first in the file decides",
            [Self.scored(2025, "50", criticals: ["A1.6"], a16: 1)],
            .censure, "rating-non-compliant",
            fired: ["rating-non-compliant", "overdue-rectifications", "critical-failure"]),
    ]

    @Test(arguments: ladder)
    func defaultLadder(_ example: Case) {
        let history = PolicyHistory(signatory: "acme", years: example.years)
        let result = Self.policy.recommendation(for: history, in: 2025)
        #expect(result.action == example.action)
        #expect(result.ruleID == example.deciding)
        #expect(result.findings.map(\.ruleID) == example.fired)
        #expect(result.signatory == "acme" && result.year == 2025)
    }

    @Test func reasonsSayWhichRuleFiredAndWhy() throws {
        let history = PolicyHistory(
            signatory: "acme", years: [Self.scored(2024, "50"), Self.scored(2025, "55.5")])
        let result = Self.policy.recommendation(for: history, in: 2025)
        let reason = try #require(result.reason)
        #expect(
            reason.en
                == "The overall rating was non-compliant two years running. (2024: overall score 50.00, rating "
                + "non-compliant; 2025: overall score 55.50, rating non-compliant)")
        #expect(
            reason.zh
                == "连续两年总体评级为“不合规”。（2024年：总分50.00，评级 non-compliant；2025年：总分55.50，评级 non-compliant）")
        let finding = try #require(result.deciding)
        #expect(finding.kind == .rule && finding.years == [2024, 2025])
    }

    @Test func escalationDetailsNameTheEarlierYears() throws {
        let history = PolicyHistory(
            signatory: "acme",
            years: [
                Self.rejected(2023, .tampered), Self.scored(2024, "92"),
                Self.rejected(2025, .tampered),
            ])
        let finding = try #require(Self.policy.recommendation(for: history, in: 2025).deciding)
        #expect(finding.kind == .escalation)
        #expect(
            finding.details.en
                == "2025 reached blacklisting, 2023 ended at blacklisting, 2024 ended below it")
        #expect(finding.details.zh == "2025年达到列入黑名单，2023年曾为列入黑名单，2024年未达到")
        #expect(finding.years == [2023, 2024, 2025])

        let repeated = PolicyHistory(
            signatory: "acme", years: [Self.scored(2024, "70"), Self.scored(2025, "70")])
        let warning = try #require(Self.policy.recommendation(for: repeated, in: 2025).deciding)
        #expect(warning.details.en == "2025 reached warning, 2024 ended at warning")
    }

    /// `warning-repeated` holds back for a signatory that is mending.
    ///
    /// One that improved from 55.65 to 84.68 (still partially compliant) keeps its warning; it was
    /// once censured "two years running" for it. Below 5 points it escalates, and its reason
    /// claims only the steps.
    @Test func warningRepeatedSparesASignatoryThatIsMending() throws {
        let mending = PolicyHistory(
            signatory: "acme", years: [Self.scored(2024, "55.65"), Self.scored(2025, "84.68")])
        let spared = Self.policy.recommendation(for: mending, in: 2025)
        #expect(spared.action == .warning && spared.ruleID == "rating-partial")
        let history = PolicyHistory(
            signatory: "acme", years: [Self.scored(2024, "80"), Self.scored(2025, "84.68")])
        let result = Self.policy.recommendation(for: history, in: 2025)
        #expect(result.action == .censure && result.ruleID == "warning-repeated")
        let reason = try #require(result.reason)
        #expect(
            reason.en
                == "Warned (or worse) two years running. (2025 reached warning, 2024 ended at "
                + "warning)")
        #expect(reason.zh.hasPrefix("连续两年受到警告及以上处理。（"))
        #expect(!reason.en.contains("improve") && !reason.zh.contains("改进"))
    }

    @Test func everyYearOfAHistory() {
        let history = PolicyHistory(
            signatory: "acme",
            years: [
                Self.scored(2025, "50"), Self.scored(2022, "50"), Self.scored(2023, "50"),
                Self.scored(2024, "50"),
            ])
        let steps = Self.policy.recommendations(for: history).map(\.action)
        #expect(steps == [.censure, .blacklist, .mediaExposure, .exclusion])
        #expect(Self.policy.recommendations(for: history).map(\.year) == [2022, 2023, 2024, 2025])
    }

    @Test func aYearWithNoRecordGetsNoFindings() {
        let history = PolicyHistory(signatory: "acme", years: [Self.scored(2024, "50")])
        let result = Self.policy.recommendation(for: history, in: 2025)
        #expect(result.findings.isEmpty && result.action == nil && result.reason == nil)
    }

    // MARK: Conditions, one policy each

    static func rule(
        _ conditions: Policy.Conditions, action: EnforcementAction = .warning
    ) -> Policy {
        Policy(rules: [
            Policy.Rule(
                id: "r", action: action, conditions: conditions,
                reason: Bilingual(zh: "理由", en: "reason"))
        ])
    }

    @Test(arguments: [
        (Policy.Conditions(scoreBelow: F.decimal("60")), "59.99", true),
        (Policy.Conditions(scoreBelow: F.decimal("60")), "60", false),
        (Policy.Conditions(ratings: ["compliant", "partially-compliant"]), "60", true),
        (Policy.Conditions(criticalFailed: .indicators(["A2.5"])), "90", true),
        (Policy.Conditions(criticalFailed: .indicators(["A4.1"])), "90", false),
        (Policy.Conditions(submission: [.accepted]), "90", true),
        (Policy.Conditions(submission: [.missing]), "90", false),
        (Policy.Conditions(rejectedFor: [.tampered]), "90", false),
        (
            Policy.Conditions(
                indicator: .init(indicatorID: "A2.2", test: .answer(["no", "partial"]))), "90", true
        ),
        (
            Policy.Conditions(indicator: .init(indicatorID: "A2.2", test: .answer(["yes"]))), "90",
            false
        ),
        (
            Policy.Conditions(indicator: .init(indicatorID: "A3.1", test: .below(F.decimal("2")))),
            "90", true
        ),
        (
            Policy.Conditions(indicator: .init(indicatorID: "A3.1", test: .above(F.decimal("1")))),
            "90", false
        ),
        (Policy.Conditions(indicator: .init(indicatorID: "A9.9", test: .above(0))), "90", false),
    ])
    func conditionOnAnAcceptedYear(
        _ conditions: Policy.Conditions, _ overall: String, _ fires: Bool
    ) {
        var year = Self.scored(2025, overall, criticals: ["A2.5"])
        year.answers = ["A2.2": .partial, "A3.1": .maturity(1)]
        let result = Self.rule(conditions).recommendation(
            for: PolicyHistory(signatory: "x", years: [year]), in: 2025)
        #expect((result.action != nil) == fires)
    }

    @Test func resultConditionsNeverHoldWithoutAnAcceptedSubmission() {
        // A rejected year that (wrongly) carries scores: the policy must not read them.
        var year = PolicyHistory.Year(
            year: 2025, submission: .rejected(for: [.tampered]), overall: 10,
            rating: "non-compliant",
            criticalFailures: ["A2.5"])
        year.answers = ["A1.6": .number(4)]
        for conditions in [
            Policy.Conditions(ratings: ["non-compliant"]), Policy.Conditions(scoreBelow: 50),
            Policy.Conditions(criticalFailed: .any),
            Policy.Conditions(indicator: .init(indicatorID: "A1.6", test: .above(0))),
        ] {
            let result = Self.rule(conditions).recommendation(
                for: PolicyHistory(signatory: "x", years: [year]), in: 2025)
            #expect(result.action == nil)
        }
    }

    @Test func escalationsSeeTheStepRaisedBeforeThem() {
        let reason = Bilingual(zh: "理由", en: "reason")
        let chained = Policy(
            rules: [
                Policy.Rule(
                    id: "partial", action: .warning,
                    conditions: .init(ratings: ["partially-compliant"]), reason: reason)
            ],
            escalations: [
                .init(
                    id: "one", atLeast: .warning, pattern: .consecutiveYears(2), raiseTo: .censure,
                    reason: reason),
                .init(
                    id: "two", atLeast: .censure, pattern: .consecutiveYears(2),
                    raiseTo: .blacklist, reason: reason),
            ])
        let history = PolicyHistory(
            signatory: "x",
            years: [Self.scored(2023, "70"), Self.scored(2024, "70"), Self.scored(2025, "70")])
        #expect(
            chained.recommendations(for: history).map(\.action) == [.warning, .censure, .blacklist])
        #expect(
            chained.recommendation(for: history, in: 2025).findings.map(\.ruleID) == [
                "two", "one", "partial",
            ])

        // The same escalations in the other order: "two" is tried before "one" has raised the step.
        let reversed = Policy(rules: chained.rules, escalations: chained.escalations.reversed())
        #expect(
            reversed.recommendations(for: history).map(\.action) == [.warning, .censure, .censure])
    }

    @Test func referencedIndicatorsAreTheOnesTheRulesRead() {
        #expect(Self.policy.referencedIndicators == ["A1.6"])
        #expect(Self.policy.minimumCategorySize == 5)
    }
}
