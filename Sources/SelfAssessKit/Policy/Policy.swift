public import Foundation

/// The society's enforcement policy (`policy.yaml`): rules that map a signatory's yearly results
/// to a step of the Convention's ladder, escalations for repeat findings, and the smallest
/// category the published statistics show on its own.
///
/// Read one with ``PolicyLoader``; apply it with ``recommendation(for:year:)``. The format and the
/// default rules are described in docs/policy.md.
public struct Policy: Sendable, Equatable {
    /// The `schema:` value this version reads.
    public static let schema = "selfassess.policy/v1"
    /// The default for ``minimumCategorySize``.
    public static let defaultMinimumCategorySize = 5

    /// An optional name for the policy, shown in reports.
    public var title: Bilingual?
    /// Categories with fewer scored signatories than this are folded into "other" (at least 1).
    public var minimumCategorySize: Int
    /// The rules, in file order.
    public var rules: [Rule]
    /// The escalations, in file order; each sees the step raised by the ones before it.
    public var escalations: [Escalation]
    /// The SHA-256 of the policy file's bytes, lower-case hex (empty for a policy built in code).
    public var sha256: String
    /// The submission window of each reporting year (`deadlines:`; the default without it).
    public var deadlines: Deadlines

    /// Creates a policy.
    public init(
        title: Bilingual? = nil, minimumCategorySize: Int = Policy.defaultMinimumCategorySize,
        rules: [Rule], escalations: [Escalation] = [], sha256: String = "",
        deadlines: Deadlines = Deadlines()
    ) {
        self.deadlines = deadlines
        self.title = title
        self.minimumCategorySize = minimumCategorySize
        self.rules = rules
        self.escalations = escalations
        self.sha256 = sha256
    }

    /// The ids of the indicators whose answers the rules read (for ``PolicyHistory/Year/answers``),
    /// sorted.
    public var referencedIndicators: [String] {
        Set(rules.compactMap { $0.conditions.indicator?.indicatorID }).sorted(
            by: IndicatorOrder.precedes)
    }
}

extension Policy {
    /// A rule: when every condition holds in the year evaluated (and, with ``Conditions/years``,
    /// in the years just before it), the rule recommends its action.
    public struct Rule: Sendable, Equatable {
        /// The rule's id, unique in the policy, such as `rating-non-compliant`.
        public var id: String
        /// The step the rule recommends.
        var action: EnforcementAction
        /// What must hold.
        public var conditions: Conditions
        /// Why, in plain words, for the people who receive the recommendation.
        public var reason: Bilingual

        /// Creates a rule.
        init(
            id: String, action: EnforcementAction, conditions: Conditions, reason: Bilingual
        ) {
            self.id = id
            self.action = action
            self.conditions = conditions
            self.reason = reason
        }
    }

    /// The conditions of a rule (`when:`); all that are set must hold.
    ///
    /// Conditions on scores, ratings, critical failures and answers hold only in a year whose
    /// submission was accepted.
    public struct Conditions: Sendable, Equatable {
        /// The submission must have one of these statuses (empty: any status).
        public var submission: [SubmissionCondition]
        /// A rejection must name at least one of these reasons (empty: no condition).
        ///
        /// Holds only for a rejected submission.
        var rejectedFor: [RejectionReason]
        /// The overall rating must be one of these band ids (empty: no condition).
        public var ratings: [String]
        /// The overall score must be below this.
        public var scoreBelow: Decimal?
        /// Critical indicators must have failed.
        public var criticalFailed: CriticalCondition?
        /// An indicator's answer must pass a test.
        public var indicator: IndicatorCondition?
        /// The number of consecutive years, ending with the year evaluated, in which the conditions
        /// must hold (1: this year only).
        ///
        /// With more than one year, a critical failure counts only when the same indicator failed
        /// in each of them.
        public var years: Int
        /// How late the submission must have arrived (empty: no condition).
        ///
        /// `late` or `very-late`; holds only in a year whose arrival is known (from the registry).
        public var lateness: [Lateness] = []

        /// Creates a set of conditions.
        init(
            submission: [SubmissionCondition] = [], rejectedFor: [RejectionReason] = [],
            ratings: [String] = [],
            scoreBelow: Decimal? = nil, criticalFailed: CriticalCondition? = nil,
            indicator: IndicatorCondition? = nil, years: Int = 1
        ) {
            self.submission = submission
            self.rejectedFor = rejectedFor
            self.ratings = ratings
            self.scoreBelow = scoreBelow
            self.criticalFailed = criticalFailed
            self.indicator = indicator
            self.years = years
        }

        /// Whether a condition reads the assessment's results (and so needs an accepted submission).
        public var readsResults: Bool {
            !ratings.isEmpty || scoreBelow != nil || criticalFailed != nil || indicator != nil
        }

        /// Whether no condition is set.
        public var isEmpty: Bool {
            submission.isEmpty && rejectedFor.isEmpty && lateness.isEmpty && !readsResults
        }
    }

    /// The submission statuses a rule can require.
    public enum SubmissionCondition: String, Sendable, Equatable, CaseIterable {
        /// The submission was accepted.
        case accepted
        /// Every bundle received was refused.
        case rejected
        /// Nothing was received.
        case missing

        /// Whether a year's status satisfies the condition.
        func matches(_ status: SubmissionStatus) -> Bool {
            status.name == rawValue
        }

        /// The order in which conditions are listed: accepted, rejected, missing.
        var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    }

    /// Which failed critical indicators a rule looks for.
    public enum CriticalCondition: Sendable, Equatable {
        /// Any critical indicator.
        case any
        /// One of these indicators.
        case indicators([String])
    }

    /// A test on one indicator's answer.
    public struct IndicatorCondition: Sendable, Equatable {
        /// What the answer is compared with.
        public enum Test: Sendable, Equatable {
            /// A number or maturity answer greater than the value.
            case above(Decimal)
            /// A number or maturity answer less than the value.
            case below(Decimal)
            /// An answer written as one of these words (`no`, `partial`, `not-applicable`, `2` …).
            case answer([String])
        }

        /// The indicator id, such as `A1.6`.
        public var indicatorID: String
        /// The test.
        public var test: Test

        /// Creates an indicator condition.
        public init(indicatorID: String, test: Test) {
            self.indicatorID = indicatorID
            self.test = test
        }

        /// Whether an answer passes the test (a missing answer never does).
        public func matches(_ answer: AnswerValue?) -> Bool {
            guard let answer else { return false }
            switch test {
            case .above(let limit): return Self.number(answer).map { $0 > limit } ?? false
            case .below(let limit): return Self.number(answer).map { $0 < limit } ?? false
            case .answer(let words): return words.contains(answer.text)
            }
        }

        private static func number(_ answer: AnswerValue) -> Decimal? {
            switch answer {
            case .number(let value): value
            case .maturity(let level): Decimal(level)
            default: nil
            }
        }
    }

    /// An escalation: when the step reached this year is at least ``atLeast`` and the pattern of
    /// earlier years holds, the step is raised to ``raiseTo``.
    public struct Escalation: Sendable, Equatable {
        /// Which earlier years must have reached the step.
        public enum Pattern: Sendable, Equatable {
            /// This year and the `n − 1` years just before it (each ended at or above the step).
            case consecutiveYears(Int)
            /// The year just before ended below the step (or has no record), and one of the
            /// earlier years among the `n` before this one reached it: the signatory had come off
            /// the step and is back on it.
            case againWithinYears(Int)
        }

        /// The escalation's id, unique in the policy (rules and escalations share one namespace).
        public var id: String
        /// The step this year (so far) and the earlier years must have reached.
        var atLeast: EnforcementAction
        /// The pattern of years.
        public var pattern: Pattern
        /// The step the escalation raises to (above ``atLeast``).
        var raiseTo: EnforcementAction
        /// Why, in plain words.
        public var reason: Bilingual
        /// When set, the escalation does not fire in a year whose overall score rose by at least
        /// this many points over the year before (both years accepted and scored): a signatory
        /// that is visibly mending is not pushed up the ladder for the findings it is mending.
        var unlessImprovedBy: Decimal?

        /// Creates an escalation.
        init(
            id: String, atLeast: EnforcementAction, pattern: Pattern, raiseTo: EnforcementAction,
            reason: Bilingual, unlessImprovedBy: Decimal? = nil
        ) {
            self.id = id
            self.atLeast = atLeast
            self.pattern = pattern
            self.raiseTo = raiseTo
            self.reason = reason
            self.unlessImprovedBy = unlessImprovedBy
        }
    }
}
