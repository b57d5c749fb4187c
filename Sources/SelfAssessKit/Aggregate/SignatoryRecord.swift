import Foundation

/// One signatory's results for one reporting year, as the sector statistics need them: the
/// summary row of `signatories.csv` plus each indicator's outcome.
///
/// A record is small and self-contained, so that the aggregate can reduce bundles one at a time
/// without keeping any assessment. Results (scores, rating, failures, indicators) are read only
/// when ``submission`` is ``SubmissionStatus/accepted``.
struct SignatoryRecord: Sendable, Equatable {
    /// The signatory's registered id.
    var signatory: String
    /// The signatory's registered name.
    var name: String
    /// The category id the signatory declared (from the framework's list).
    var category: String
    /// The reporting year.
    var year: Int
    /// What became of the submission.
    var submission: SubmissionStatus
    /// The overall score (0…100), or nil.
    var overall: Decimal?
    /// The overall rating's band id, or nil.
    var rating: String?
    /// Each article's result, by article number ascending.
    var articles: [ArticleResult]
    /// The ids of the failed critical indicators, in framework order.
    var criticalFailures: [String]
    /// Each indicator's outcome, in framework order.
    var indicators: [IndicatorResult]
    /// The scoring rules the results were computed under (`1.0`, `1.1`); nil for a record
    /// without results (missing, refused).
    var rules: String?
    /// The indicators answered not-applicable (accepted records only), in framework order.
    var notApplicable: [String] = []
    /// The critical indicators among them: claims a reviewer must look at.
    var criticalNotApplicable: [String] = []
    /// The indicators signed while still carried forward and unreviewed (`bundle
    /// --allow-unreviewed`), in file order (accepted records only).
    var unreviewed: [String] = []
    /// The number of indicators the record answers (accepted records only).
    var answered = 0
    /// Whether the submission arrived on time, late or very late, when its source knows (a
    /// registry); nil for bundles read from a folder.
    var lateness: Policy.Lateness?

    /// Creates a record.
    init(
        signatory: String, name: String, category: String, year: Int, submission: SubmissionStatus,
        overall: Decimal? = nil, rating: String? = nil, articles: [ArticleResult] = [],
        criticalFailures: [String] = [], indicators: [IndicatorResult] = []
    ) {
        self.signatory = signatory
        self.name = name
        self.category = category
        self.year = year
        self.submission = submission
        self.overall = overall
        self.rating = rating
        self.articles = articles.sorted { $0.number < $1.number }
        self.criticalFailures = criticalFailures
        self.indicators = indicators
    }

    /// An article's score and rating in a record.
    struct ArticleResult: Sendable, Equatable {
        /// The article number (1…7).
        var number: Int
        /// The article's score (0…100), or nil when no indicator of it applies.
        var score: Decimal?
        /// The article's rating band id, or nil.
        var rating: String?

        /// Creates an article result.
        init(number: Int, score: Decimal?, rating: String? = nil) {
            self.number = number
            self.score = score
            self.rating = rating
        }
    }

    /// How an indicator was answered, in the classes the sector statistics count.
    enum Outcome: String, Sendable, Hashable, CaseIterable, Codable {
        /// Answered `yes`.
        case yes
        /// Answered `partial`.
        case partial
        /// Answered `no`.
        case no
        /// Answered `not-applicable`.
        case notApplicable = "not-applicable"
        /// Any other answer: a maturity level, a number, a date, a text, or no answer at all.
        case other

        /// The outcome of an answer (nil: no answer, counted as ``other``).
        init(_ answer: AnswerValue?) {
            switch answer {
            case .yes: self = .yes
            case .partial: self = .partial
            case .no: self = .no
            case .notApplicable: self = .notApplicable
            default: self = .other
            }
        }
    }

    /// One indicator's answer and score in a record.
    struct IndicatorResult: Sendable, Equatable {
        /// The indicator id, such as `A2.1`.
        var id: String
        /// The article it belongs to.
        var article: Int
        /// The answer, or nil when there is none.
        var answer: AnswerValue?
        /// The indicator's score (0…1) under the framework's scoring, rounded to four places
        /// for display, or nil when it is not scored (not applicable, a text answer, no answer).
        var score: Decimal?
        /// The exact score (a number answer can score 2/3), which the statistics sum.
        package var exact: Ratio?

        /// Creates an indicator result; its exact score is `score`.
        init(id: String, article: Int, answer: AnswerValue?, score: Decimal?) {
            self.id = id
            self.article = article
            self.answer = answer
            self.score = score
            self.exact = score.map(Ratio.init)
        }

        /// Creates an indicator result with its exact score.
        package init(id: String, article: Int, answer: AnswerValue?, exact: Ratio?) {
            self.init(
                id: id, article: article, answer: answer,
                score: exact?.rounded(places: Scorer.indicatorPlaces))
            self.exact = exact
        }

        /// The answer's class: yes, partial, no, not-applicable or other.
        var outcome: Outcome { Outcome(answer) }
    }

    /// The score of an article, or nil.
    func articleScore(_ number: Int) -> Decimal? {
        articles.first { $0.number == number }?.score
    }

    /// What the policy reads from this record.
    var policyYear: PolicyHistory.Year {
        let accepted = submission.isAccepted
        var answers: [String: AnswerValue] = [:]
        if accepted {
            for indicator in indicators { answers[indicator.id] = indicator.answer }
        }
        return PolicyHistory.Year(
            year: year, submission: submission, overall: accepted ? overall : nil,
            rating: accepted ? rating : nil,
            criticalFailures: accepted ? criticalFailures : [], answers: answers,
            lateness: accepted ? lateness : nil)
    }
}
