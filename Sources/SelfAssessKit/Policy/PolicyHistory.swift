import Foundation

/// What a policy reads about one signatory: one entry per reporting year.
///
/// Every year in which the signatory was registered should have an entry (a `missing` one when
/// nothing arrived); a year with no entry counts as "no record", which no rule matches.
struct PolicyHistory: Sendable, Equatable {
    /// One reporting year of a signatory.
    struct Year: Sendable, Equatable {
        /// The reporting year.
        var year: Int
        /// What became of the submission.
        var submission: SubmissionStatus
        /// The overall score (0…100), when the submission was accepted and has one.
        var overall: Decimal?
        /// The overall rating's band id, such as `partially-compliant`.
        var rating: String?
        /// The ids of the failed critical indicators.
        var criticalFailures: [String]
        /// The answers of the indicators the policy reads (see ``Policy/referencedIndicators``).
        var answers: [String: AnswerValue]
        /// Whether the submission arrived on time, late or very late; nil when not known (a
        /// bundle from a folder rather than from the registry).
        var lateness: Policy.Lateness?

        /// Creates a year.
        ///
        /// Results are ignored by the policy unless the submission was accepted.
        init(
            year: Int, submission: SubmissionStatus, overall: Decimal? = nil, rating: String? = nil,
            criticalFailures: [String] = [], answers: [String: AnswerValue] = [:],
            lateness: Policy.Lateness? = nil
        ) {
            self.lateness = lateness
            self.year = year
            self.submission = submission
            self.overall = overall
            self.rating = rating
            self.criticalFailures = criticalFailures
            self.answers = answers
        }
    }

    /// The signatory's id.
    var signatory: String
    /// The years, oldest first, one entry per year.
    private(set) var years: [Year]

    /// Creates a history; the years are sorted, and of two entries for the same year the later
    /// one in `years` is kept.
    init(signatory: String, years: [Year]) {
        self.signatory = signatory
        var byYear: [Int: Year] = [:]
        for year in years { byYear[year.year] = year }
        self.years = byYear.values.sorted { $0.year < $1.year }
    }

    /// The entry for a year, or nil when there is no record.
    func year(_ year: Int) -> Year? {
        years.first { $0.year == year }
    }
}
