import Foundation

extension SignatoryRecord {
    /// The record of an accepted, scored assessment.
    ///
    /// An indicator that counts in its article's score without an answer (which validation
    /// refuses) scores 0, as the scorer counts it. Each indicator keeps its exact score, so the
    /// compliance rates are computed from exact values and rounded once.
    ///
    /// - Parameter score: The assessment's score, which names the signatory, category and year.
    public init(score: Score) {
        self.init(
            signatory: score.signatory.id, name: score.signatory.name,
            category: score.signatory.category,
            year: score.year, submission: .accepted, overall: score.overall,
            rating: score.rating?.id,
            articles: score.articles.map {
                ArticleResult(number: $0.number, score: $0.score, rating: $0.rating?.id)
            },
            criticalFailures: score.criticalFailures.map(\.indicatorID),
            indicators: score.indicators.map {
                IndicatorResult(
                    id: $0.id, article: $0.article, answer: $0.answer,
                    exact: $0.counts ? ($0.exact ?? .zero) : nil)
            })
        rules = score.rules
        let claims = score.indicators.filter { $0.status == .notApplicable }
        notApplicable = claims.map(\.id)
        criticalNotApplicable = claims.filter(\.critical).map(\.id)
        answered = score.indicators.count { $0.answer != nil }
    }
}
