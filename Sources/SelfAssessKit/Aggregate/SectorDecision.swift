/// An analyst's decision on a signatory's recommended step for a year, as the registry recorded
/// it (`registry decide`, docs/policy.md): shown beside the recommendation in
/// `recommendations.csv` and the report when `aggregate --registry` finds decisions.
public struct SectorDecision: Sendable, Equatable {
    /// The signatory decided on.
    public var signatory: String
    /// The reporting year.
    public var year: Int
    /// The step decided: `none` or a step of the ladder, as `policy.yaml` spells it.
    public var action: String
    /// Who decided.
    public var decidedBy: String
    /// When, UTC, `YYYY-MM-DDThh:mm:ssZ`.
    public var decidedAt: String
    /// Why.
    public var reason: String

    /// A decision.
    public init(
        signatory: String, year: Int, action: String, decidedBy: String, decidedAt: String,
        reason: String
    ) {
        self.signatory = signatory
        self.year = year
        self.action = action
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.reason = reason
    }
}
