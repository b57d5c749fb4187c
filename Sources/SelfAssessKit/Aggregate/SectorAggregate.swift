/// The outcome of `aggregate`: the sector's statistics for the reporting year and the years
/// before it, the policy's recommendations, and every bundle not used with its reason.
///
/// Everything is sorted (signatories and files by their bytes, indicators in
/// ``IndicatorOrder``), so the same bundles give the same aggregate in any order of arrival.
public struct SectorAggregate: Sendable {
    /// The reporting year.
    public var year: Int
    /// The reporting years held, oldest first, ending with ``year``: the years covered (from
    /// ``Coverage/since`` to ``year``) of which bundles were read (accepted, or refused and
    /// claimed by a registered signatory).
    public var years: [Int]
    /// The years covered, which of them are held, and why.
    public var coverage: Coverage
    /// The statistics of ``year``.
    var statistics: SectorStatistics
    /// The statistics of every year in ``years``, oldest first (the last is ``statistics``).
    var history: [SectorStatistics]
    /// The policy's recommendation for every signatory with a record in ``year``, by id.
    var recommendations: [PolicyRecommendation]
    /// The recommendations of the other years held (``years``), evaluated as ``recommendations``
    /// is, for ``standings``.
    var earlierRecommendations: [Int: [PolicyRecommendation]] = [:]
    /// The bundle that decided each signatory-year (keyed `signatory NUL year`): the accepted
    /// one used, else the first refused one claiming it, by file; for ``standings``.
    var decidingFiles: [String: String] = [:]
    /// Every bundle not used (refused or superseded) and every folder that could not be read, by
    /// file.
    var rejections: [BundleRejection]
    /// The breaks found in the signatories' chains, by year and file.
    var chainFindings: [ChainFinding]
    /// Every file walked past and not used as a bundle (not a bundle, the same file again, a
    /// duplicate, a bundle out of range …), by file.
    var skipped: [SkippedFile]
    /// The signatories whose assessment declares another category than the keyring's (the
    /// keyring's is used), by signatory and year.
    var categoryDisagreements: [CategoryDisagreement]
    /// How many bundles were found, used and not used.
    public var counts: Counts
    /// The framework the bundles were verified against.
    public var framework: Framework
    /// The policy applied.
    public var policy: Policy
    /// Which keyring and policy files were used.
    public var provenance: Provenance
    /// The analysts' decisions in force for the year, from the registry (`aggregate --registry`);
    /// empty otherwise, and then the outputs are as without them.
    public var decisions: [SectorDecision] = []

    /// The decision in force for a signatory in a year, or nil.
    func decision(for signatory: String, year: Int) -> SectorDecision? {
        decisions.last { $0.signatory == signatory && $0.year == year }
    }

    /// Creates an aggregate.
    init(
        year: Int, years: [Int], coverage: Coverage, statistics: SectorStatistics,
        history: [SectorStatistics],
        recommendations: [PolicyRecommendation], rejections: [BundleRejection],
        chainFindings: [ChainFinding], skipped: [SkippedFile],
        categoryDisagreements: [CategoryDisagreement],
        counts: Counts, framework: Framework, policy: Policy, provenance: Provenance
    ) {
        self.year = year
        self.years = years
        self.coverage = coverage
        self.skipped = skipped
        self.categoryDisagreements = categoryDisagreements
        self.statistics = statistics
        self.history = history
        self.recommendations = recommendations
        self.rejections = rejections
        self.chainFindings = chainFindings
        self.counts = counts
        self.framework = framework
        self.policy = policy
        self.provenance = provenance
    }

    /// The number of recommendations of each step, mildest first (every step listed).
    var actionCounts: [(action: EnforcementAction, count: Int)] {
        EnforcementAction.allCases.map { action in
            (action, recommendations.count { $0.action == action })
        }
    }

    /// What each rule and escalation of the policy moved in ``year``, in file order.
    ///
    /// For each (rules, then escalations): how many signatories it fired for, and for how many it
    /// decided the action (the most severe finding, first in the file among equals), for a board
    /// that reviews the policy.
    var ruleCounts: [RuleCount] {
        var fired: [String: Int] = [:]
        var decided: [String: Int] = [:]
        for recommendation in recommendations {
            for id in Set(recommendation.findings.map(\.ruleID)) { fired[id, default: 0] += 1 }
            if let id = recommendation.ruleID { decided[id, default: 0] += 1 }
        }
        let rules = policy.rules.map { ($0.id, $0.action, $0.reason) }
        let escalations = policy.escalations.map { ($0.id, $0.raiseTo, $0.reason) }
        return (rules + escalations).map { id, action, reason in
            RuleCount(
                id: id, action: action, reason: reason, fired: fired[id] ?? 0,
                decided: decided[id] ?? 0)
        }
    }

    /// How often one rule or escalation fired and decided in the reporting year.
    struct RuleCount: Sendable, Equatable {
        /// The rule's or escalation's id.
        var id: String
        /// The step it recommends (an escalation's `raise-to`).
        var action: EnforcementAction
        /// The policy's reason.
        var reason: Bilingual
        /// The signatories it fired for.
        var fired: Int
        /// The signatories whose action it decided.
        var decided: Int
    }

    /// The category a signatory's row is published under in ``year``: its own when the statistics
    /// show that category, else ``SectorStatistics/otherCategory``.
    public func publishedCategory(_ category: String) -> String {
        let shown = statistics.categories.filter(\.folded.isEmpty).map(\.id)
        return shown.contains(category) && category != SectorStatistics.otherCategory
            ? category : SectorStatistics.otherCategory
    }
}
