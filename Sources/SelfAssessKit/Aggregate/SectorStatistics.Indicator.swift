public import Foundation

extension SectorStatistics {
    /// How one indicator was answered across the accepted submissions of the year.
    ///
    /// The compliance rate is the mean indicator score over the answers that were scored, as a
    /// percentage: `100 × Σ score / scored`. Scores are the framework's (yes 1, partial 0.5, no 0,
    /// maturity m/4, numbers and dates as the framework scores them); not-applicable and text
    /// answers are left out. For a yes/partial/no indicator this is
    /// `100 × (yes + 0.5 × partial) / (yes + partial + no)`.
    public struct IndicatorStatistics: Sendable, Equatable {
        /// The indicator id.
        public var id: String
        /// The article it belongs to.
        public var article: Int
        /// Answers `yes`.
        public var yes: Int
        /// Answers `partial`.
        public var partial: Int
        /// Answers `no`.
        public var no: Int
        /// Answers `not-applicable`.
        public var notApplicable: Int
        /// Other answers (maturity levels, numbers, dates, texts, none).
        public var other: Int
        /// The answers that were scored (the compliance rate's denominator).
        public var scored: Int
        /// The compliance rate in percent (0…100, two places), or nil when nothing was scored.
        public var complianceRate: Decimal?

        /// Creates indicator statistics.
        public init(
            id: String, article: Int, yes: Int, partial: Int, no: Int, notApplicable: Int,
            other: Int, scored: Int,
            complianceRate: Decimal?
        ) {
            self.id = id
            self.article = article
            self.yes = yes
            self.partial = partial
            self.no = no
            self.notApplicable = notApplicable
            self.other = other
            self.scored = scored
            self.complianceRate = complianceRate
        }

        /// All answers counted (yes + partial + no + not-applicable + other).
        public var answered: Int { yes + partial + no + notApplicable + other }
    }
}
