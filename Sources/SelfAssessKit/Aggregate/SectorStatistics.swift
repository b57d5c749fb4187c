import Foundation

/// The sector's statistics for one reporting year, as ``SectorAccumulator/statistics(for:)``
/// computes them.
///
/// Every list is sorted by id (indicators in ``IndicatorOrder``), so the same records give the same
/// statistics in any order of arrival.
///
/// Scores are 0…100 and every figure is a `Decimal` rounded to two places; docs/statistics.md
/// defines each figure.
struct SectorStatistics: Sendable, Equatable {
    /// The reporting year.
    var year: Int
    /// The smallest category shown on its own; smaller ones are folded into ``otherCategory``.
    var minimumCategorySize: Int
    /// Who submitted, and what became of it.
    var participation: Participation
    /// The distribution of overall scores of the accepted submissions.
    var overall: Distribution
    /// The distribution of each article's scores, by article number.
    var articles: [ArticleDistribution]
    /// The statistics per category, after folding small categories into ``otherCategory``.
    var categories: [CategoryStatistics]
    /// Each indicator's outcome counts and compliance rate, in indicator order.
    var indicators: [IndicatorStatistics]
    /// The indicators with the lowest compliance rates (at most ``weakestCount``), weakest first;
    /// ties in indicator order.
    var weakestIndicators: [IndicatorStatistics]
    /// The change since the year before, when the accumulator holds that year.
    var change: SectorChange?
    /// Every signatory's row for the year, sorted by signatory id, with its change since the year
    /// before.
    var signatories: [SignatoryYear]

    /// The id of the category that small categories are folded into.
    static let otherCategory = "other"
    /// How many indicators ``weakestIndicators`` lists.
    static let weakestCount = 10

    /// Creates statistics.
    init(
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
    struct ArticleDistribution: Sendable, Equatable {
        /// The article number.
        var number: Int
        /// The scores of the accepted submissions in which the article applies.
        var distribution: Distribution

        /// Creates an article distribution.
        init(number: Int, distribution: Distribution) {
            self.number = number
            self.distribution = distribution
        }
    }

    /// Participation counts for the year.
    struct Participation: Sendable, Equatable {
        /// Signatories with a record for the year (registered ones, including missing).
        var registered: Int
        /// Signatories from which something arrived (accepted + rejected).
        var submitted: Int
        /// Signatories with an accepted submission.
        var accepted: Int
        /// Signatories whose every submission was refused.
        var rejected: Int
        /// Signatories from which nothing arrived.
        var missing: Int
        /// How many rejected signatories each reason was given for (one signatory can count under
        /// several reasons), in ``RejectionReason`` order; reasons with no signatory are left out.
        var rejectionReasons: [ReasonCount]

        /// Creates participation counts.
        init(
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
        struct ReasonCount: Sendable, Equatable {
            /// The reason.
            var reason: RejectionReason
            /// The number of rejected signatories it was given for.
            var count: Int

            /// Creates a count.
            init(reason: RejectionReason, count: Int) {
                self.reason = reason
                self.count = count
            }
        }
    }
}
