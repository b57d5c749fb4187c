/// What changed between two assessments of a signatory, usually consecutive years: scores and
/// ratings, each indicator's answer, evidence and note, critical failures, and what a reviewer
/// should look at twice.
///
/// Built by ``Differ/diff(from:to:)``; rendered by ``DiffRenderer``.
public struct AssessmentDiff: Sendable, Equatable {
    /// The older assessment.
    var old: DiffSide
    /// The newer assessment.
    var new: DiffSide
    /// Problems with the comparison itself: different signatories, years out of order.
    var warnings: [DiffWarning]
    /// The overall score's change.
    var overall: ScoreChange
    /// Each article's change, by article number.
    public var articles: [ArticleChange]
    /// Each indicator's change, article by article in the new framework's order; indicators only
    /// the old framework has follow their article's others.
    public var indicators: [IndicatorChange]
    /// Critical indicators failing in NEW that did not fail in OLD (shown first).
    var newCriticalFailures: [CriticalFailure]
    /// Critical indicators failing in OLD that pass in NEW.
    var resolvedCriticalFailures: [CriticalFailure]
    /// Critical indicators failing in both.
    var continuingCriticalFailures: [CriticalFailure]
    /// Things a reviewer should look at twice.
    var flags: [ConsistencyFlag]

    /// Creates a diff.
    init(
        old: DiffSide, new: DiffSide, warnings: [DiffWarning], overall: ScoreChange,
        articles: [ArticleChange],
        indicators: [IndicatorChange], newCriticalFailures: [CriticalFailure],
        resolvedCriticalFailures: [CriticalFailure], continuingCriticalFailures: [CriticalFailure],
        flags: [ConsistencyFlag]
    ) {
        self.old = old
        self.new = new
        self.warnings = warnings
        self.overall = overall
        self.articles = articles
        self.indicators = indicators
        self.newCriticalFailures = newCriticalFailures
        self.resolvedCriticalFailures = resolvedCriticalFailures
        self.continuingCriticalFailures = continuingCriticalFailures
        self.flags = flags
    }

    /// Whether any article score or indicator score went down (what `--fail-on-regression` checks).
    public var hasRegression: Bool {
        articles.contains { $0.trend == .regressed }
            || indicators.contains { $0.kind == .regressed }
    }

    /// The indicators with any change (answer, score, applicability, evidence, note or definition).
    public var changedIndicators: [IndicatorChange] { indicators.filter(\.hasChanges) }

    /// The number of indicators of each kind.
    public func count(_ kind: IndicatorChange.Kind) -> Int {
        indicators.count { $0.kind == kind }
    }
}
