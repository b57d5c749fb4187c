public import Foundation

extension SectorStatistics {
    /// How the sector's figures moved since the year before.
    ///
    /// Each change is this year's published figure minus last year's (both rounded to two places
    /// first, so the published numbers add up). Both years count every accepted submission, not
    /// only the signatories present in both.
    public struct SectorChange: Sendable, Equatable {
        /// The year compared with (``SectorStatistics/year`` − 1).
        public var previousYear: Int
        /// Last year's overall distribution.
        public var previousOverall: Distribution
        /// The change of the mean overall score, or nil when either year has no score.
        public var overallMean: Decimal?
        /// The change of the median overall score.
        public var overallMedian: Decimal?
        /// The change of each article's mean, by article number.
        public var articles: [ArticleChange]
        /// The change in the number of accepted submissions.
        public var accepted: Int

        /// Creates a sector change.
        public init(
            previousYear: Int, previousOverall: Distribution, overallMean: Decimal?,
            overallMedian: Decimal?,
            articles: [ArticleChange], accepted: Int
        ) {
            self.previousYear = previousYear
            self.previousOverall = previousOverall
            self.overallMean = overallMean
            self.overallMedian = overallMedian
            self.articles = articles
            self.accepted = accepted
        }
    }

    /// The change of one article's figure.
    public struct ArticleChange: Sendable, Equatable {
        /// The article number.
        public var number: Int
        /// This year's value minus last year's, or nil when either is missing.
        public var change: Decimal?

        /// Creates an article change.
        public init(number: Int, change: Decimal?) {
            self.number = number
            self.change = change
        }
    }

    /// One signatory's row for the year, with its change since the year before.
    public struct SignatoryYear: Sendable, Equatable {
        /// The signatory's record (indicators kept only for those the accumulator retains).
        public var record: SignatoryRecord
        /// Last year's overall score, when last year's submission was accepted.
        public var previousOverall: Decimal?
        /// This year's overall score minus last year's, when both exist.
        public var overallChange: Decimal?
        /// The change of each article's score, by article number (nil where either year lacks it);
        /// empty when there is no accepted submission last year.
        public var articleChanges: [ArticleChange]

        /// Creates a signatory row.
        public init(
            record: SignatoryRecord, previousOverall: Decimal?, overallChange: Decimal?,
            articleChanges: [ArticleChange]
        ) {
            self.record = record
            self.previousOverall = previousOverall
            self.overallChange = overallChange
            self.articleChanges = articleChanges
        }
    }
}
