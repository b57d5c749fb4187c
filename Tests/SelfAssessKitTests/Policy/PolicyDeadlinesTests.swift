import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The submission window (`deadlines:`) and the late rule (`when: lateness:`): the default
/// window, overrides, what a policy file may say, and the ladder for late and very late years.
@Suite(.tags(.small))
struct PolicyDeadlinesTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(text) ?? .startOfYear(1970) }

    static func load(_ text: String) -> PolicyLoader.Result {
        PolicyLoader.parse(Array(text.utf8), file: "policy.yaml")
    }

    static let ladder = """
        schema: selfassess.policy/v1
        deadlines:
          due: 04-30
          very-late-days: 30
          years:
            2024: 2025-06-30
        rules:
          - id: late
            action: warning
            when: { lateness: late }
            reason: { zh: 逾期提交。, en: Submitted late. }
          - id: very-late
            action: censure
            when: { lateness: very-late }
            reason: { zh: 严重逾期提交。, en: Submitted very late. }
          - id: late-three-years
            action: censure
            when: { lateness: [late, very-late], years: 3 }
            reason: { zh: 连续三年逾期提交。, en: Submitted late three years running. }
        """

    @Test(arguments: [
        ("2026-03-31", Policy.Lateness.onTime), ("2025-12-31", .onTime), ("2026-04-01", .late),
        ("2026-06-29", .late), ("2026-06-30", .veryLate), ("2027-01-01", .veryLate),
    ])
    func theDefaultWindowIsThirtyFirstMarchThenNinetyDays(
        received: String, expected: Policy.Lateness
    ) {
        let deadlines = Policy.Deadlines()
        #expect(deadlines.due(for: 2025) == Self.date("2026-03-31"))
        #expect(deadlines.lateness(receivedOn: Self.date(received), year: 2025) == expected)
    }

    @Test func aPolicyWithoutDeadlinesHasTheDefaultAndTheBuiltinOneToo() throws {
        #expect(try #require(PolicyLoader.builtin.policy).deadlines == Policy.Deadlines())
        let result = Self.load(Self.ladder)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let deadlines = try #require(result.policy).deadlines
        #expect(deadlines.due(for: 2025) == Self.date("2026-04-30"))
        #expect(deadlines.due(for: 2024) == Self.date("2025-06-30"))
        #expect(deadlines.lateness(receivedOn: Self.date("2026-05-30"), year: 2025) == .late)
        #expect(deadlines.lateness(receivedOn: Self.date("2026-05-31"), year: 2025) == .veryLate)
        #expect(deadlines.lateness(receivedOn: Self.date("2025-06-30"), year: 2024) == .onTime)
    }

    @Test(arguments: [
        ("due: 02-29", "`02-29` is not a day of the year written MM-DD"),
        ("due: 3-31", "`3-31` is not a day of the year written MM-DD"),
        ("years: { \"25\": 2026-01-01 }", "`25` is not a reporting year (four digits)"),
        (
            "years: { 2025: 2025-12-31 }",
            "the 2025 report cannot be due on 2025-12-31, before the year has ended"
        ),
        ("very-late-days: -1", nil),
        ("due-date: 03-31", nil),
    ])
    func badDeadlinesAreRefusedWithTheirPlace(line: String, message: String?) throws {
        let text = """
            schema: selfassess.policy/v1
            deadlines:
              \(line)
            rules:
              - id: late
                action: warning
                when: { lateness: late }
                reason: { zh: 逾期。, en: Late. }
            """
        let result = Self.load(text)
        #expect(result.policy == nil)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.location.line == 3, "\(error)")
        if let message { #expect(error.message == message) }
    }

    static func year(_ year: Int, _ lateness: Policy.Lateness?) -> PolicyHistory.Year {
        PolicyHistory.Year(
            year: year, submission: .accepted, overall: 95, rating: "compliant",
            lateness: lateness)
    }

    /// A signatory's last year under a policy, its years from 2023 on with the lateness given
    /// (all accepted, compliant).
    static func recommendation(
        _ policy: Policy, _ years: [Policy.Lateness?]
    ) -> PolicyRecommendation {
        let history = PolicyHistory(
            signatory: "acme",
            years: years.enumerated().map { Self.year(2023 + $0.offset, $0.element) })
        return policy.recommendation(for: history, in: 2022 + years.count)
    }

    @Test(arguments: [
        ([Policy.Lateness?.none], EnforcementAction?.none, [String]()),
        ([.onTime], nil, []),
        ([.late], .warning, ["late"]),
        ([.veryLate], .censure, ["very-late"]),
        ([.late, .onTime, .late], .warning, ["late"]),
        ([.late, .veryLate, .late], .censure, ["late-three-years", "late"]),
    ])
    func lateAndVeryLateAndRepeatedlyLate(
        years: [Policy.Lateness?], action: EnforcementAction?, fired: [String]
    ) throws {
        let policy = try #require(Self.load(Self.ladder).policy)
        let result = Self.recommendation(policy, years)
        #expect(result.action == action)
        #expect(result.findings.map(\.ruleID) == fired)
        if action == .warning {
            #expect(result.reason?.en.contains("submitted late") == true)
        }
    }

    /// The built-in policy's late rules: late is a warning, very late or late two years running
    /// a censure, on time (or not known, from a folder) nothing.
    @Test(arguments: [
        ([Policy.Lateness?.none], EnforcementAction?.none, [String]()),
        ([.onTime], nil, []),
        ([.late], .warning, ["late-submission"]),
        ([.veryLate], .censure, ["very-late-submission"]),
        ([.late, .onTime, .late], .warning, ["late-submission"]),
        ([.late, .late], .censure, ["late-repeatedly", "late-submission"]),
        ([.none, .late], .warning, ["late-submission"]),
    ])
    func theDefaultPolicyWarnsOnLateAndCensuresVeryOrRepeatedlyLate(
        years: [Policy.Lateness?], action: EnforcementAction?, fired: [String]
    ) throws {
        let result = Self.recommendation(try #require(PolicyLoader.builtin.policy), years)
        #expect(result.action == action)
        #expect(result.findings.map(\.ruleID) == fired)
    }
}
