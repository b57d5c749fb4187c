import Foundation

/// The score of one indicator and its part in its article's score.
struct IndicatorScore: Sendable, Equatable {
    /// How an indicator takes part in its article's score.
    enum Status: String, Sendable, Equatable, CaseIterable {
        /// Answered and scored.
        case scored
        /// Answered `not-applicable`: left out of the article's denominator.
        case notApplicable = "not-applicable"
        /// A text answer: never scored, left out of the denominator.
        case notScored = "not-scored"
        /// No usable answer (validation refuses this; a scorer fed such data counts it as 0).
        case unanswered
    }

    /// The indicator id, such as `A2.1`.
    var id: String
    /// The article the indicator belongs to.
    var article: Int
    /// The indicator's title.
    var title: Bilingual
    /// The indicator's answer type.
    var answerType: AnswerType
    /// The indicator's weight in its article.
    var weight: Decimal
    /// Whether the indicator is critical.
    var critical: Bool
    /// The pass mark in force (0…1): the indicator's own `critical-pass`, else the framework's.
    var criticalPass: Decimal
    /// The answer, or nil when unanswered.
    var answer: AnswerValue?
    /// Why the indicator does not apply (with `not-applicable`).
    var justification: String?
    /// How the indicator takes part in the score.
    var status: Status
    /// The score in 0…1, rounded to four decimal places for display; nil when not scored.
    var score: Decimal?
    /// The points the indicator adds to its article score (two decimal places); nil when not scored.
    var contribution: Decimal?
    /// The points the indicator would add at score 1 (two decimal places); nil when not scored.
    var maximum: Decimal?
    /// Whether the indicator is critical and scored below its pass mark.
    var criticalFailed: Bool

    /// The exact score, for the article sums.
    package var exact: Ratio?

    /// Creates an indicator score.
    init(
        id: String, article: Int, title: Bilingual, answerType: AnswerType, weight: Decimal,
        critical: Bool,
        criticalPass: Decimal, answer: AnswerValue?, justification: String?, status: Status,
        score: Decimal?,
        contribution: Decimal?, maximum: Decimal?, criticalFailed: Bool
    ) {
        self.id = id
        self.article = article
        self.title = title
        self.answerType = answerType
        self.weight = weight
        self.critical = critical
        self.criticalPass = criticalPass
        self.answer = answer
        self.justification = justification
        self.status = status
        self.score = score
        self.contribution = contribution
        self.maximum = maximum
        self.criticalFailed = criticalFailed
        self.exact = score.map(Ratio.init)
    }

    /// Whether the indicator counts in its article's denominator (scored or unanswered).
    var counts: Bool { status == .scored || status == .unanswered }
}
