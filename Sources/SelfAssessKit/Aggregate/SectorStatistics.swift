import Foundation

/// The sector's statistics for one reporting year, as ``SectorAccumulator/statistics(for:)``
/// computes them. Every list is sorted by id (indicators in ``IndicatorOrder``), so the same
/// records give the same statistics in any order of arrival.
///
/// Scores are 0…100 and every figure is a `Decimal` rounded to two places; docs/statistics.md
/// defines each figure.
public struct SectorStatistics: Sendable, Equatable {
    /// The reporting year.
    public var year: Int
    /// The smallest category shown on its own; smaller ones are folded into ``otherCategory``.
    public var minimumCategorySize: Int
    /// Who submitted, and what became of it.
    public var participation: Participation
    /// The distribution of overall scores of the accepted submissions.
    public var overall: Distribution
    /// The distribution of each article's scores, by article number.
    public var articles: [ArticleDistribution]
    /// The statistics per category, after folding small categories into ``otherCategory``.
    public var categories: [CategoryStatistics]
    /// Each indicator's outcome counts and compliance rate, in indicator order.
    public var indicators: [IndicatorStatistics]
    /// The indicators with the lowest compliance rates (at most ``weakestCount``), weakest first;
    /// ties in indicator order.
    public var weakestIndicators: [IndicatorStatistics]
    /// The change since the year before, when the accumulator holds that year.
    public var change: SectorChange?
    /// Every signatory's row for the year, sorted by signatory id, with its change since the year
    /// before.
    public var signatories: [SignatoryYear]

    /// The id of the category that small categories are folded into.
    public static let otherCategory = "other"
    /// How many indicators ``weakestIndicators`` lists.
    public static let weakestCount = 10

    /// Creates statistics.
    public init(
        year: Int, minimumCategorySize: Int, participation: Participation, overall: Distribution,
        articles: [ArticleDistribution], categories: [CategoryStatistics],
        indicators: [IndicatorStatistics],
        weakestIndicators: [IndicatorStatistics], change: SectorChange?,
        signatories: [SignatoryYear]
    ) {
        self.year = year
        self.minimumCategorySize = minimumCategorySize
        self.participation = participation
        self.overall = overall
        self.articles = articles
        self.categories = categories
        self.indicators = indicators
        self.weakestIndicators = weakestIndicators
        self.change = change
        self.signatories = signatories
    }

    /// The distribution of one article's scores.
    public struct ArticleDistribution: Sendable, Equatable {
        /// The article number.
        public var number: Int
        /// The scores of the accepted submissions in which the article applies.
        public var distribution: Distribution

        /// Creates an article distribution.
        public init(number: Int, distribution: Distribution) {
            self.number = number
            self.distribution = distribution
        }
    }

    /// Participation counts for the year.
    public struct Participation: Sendable, Equatable {
        /// Signatories with a record for the year (registered ones, including missing).
        public var registered: Int
        /// Signatories from which something arrived (accepted + rejected).
        public var submitted: Int
        /// Signatories with an accepted submission.
        public var accepted: Int
        /// Signatories whose every submission was refused.
        public var rejected: Int
        /// Signatories from which nothing arrived.
        public var missing: Int
        /// How many rejected signatories each reason was given for (one signatory can count under
        /// several reasons), in ``RejectionReason`` order; reasons with no signatory are left out.
        public var rejectionReasons: [ReasonCount]

        /// Creates participation counts.
        public init(
            registered: Int, submitted: Int, accepted: Int, rejected: Int, missing: Int,
            rejectionReasons: [ReasonCount]
        ) {
            self.registered = registered
            self.submitted = submitted
            self.accepted = accepted
            self.rejected = rejected
            self.missing = missing
            self.rejectionReasons = rejectionReasons
        }

        /// A count of rejected signatories for one reason.
        public struct ReasonCount: Sendable, Equatable {
            /// The reason.
            public var reason: RejectionReason
            /// The number of rejected signatories it was given for.
            public var count: Int

            /// Creates a count.
            public init(reason: RejectionReason, count: Int) {
                self.reason = reason
                self.count = count
            }
        }
    }
}
