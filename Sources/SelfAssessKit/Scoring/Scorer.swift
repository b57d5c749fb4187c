public import Foundation

/// Scores assessments: pure functions over the framework and assessment models, no I/O.
///
/// The model (docs/scoring.md):
/// - an indicator scores in 0…1: yes 1, partial 0.5, no 0; maturity m/4; a number linearly from
///   the framework's floor (0) to its target (1), clamped; a date 1 when it lies within
///   `max-age-months` before 31 December of the reporting year (the boundary day counts), else 0;
///   text and `not-applicable` are not scored and leave the denominator;
/// - an article scores 100 × Σ(weight × score) / Σ(weight) over its applicable scored
///   indicators, computed exactly and rounded half away from zero to two decimal places;
/// - a failed critical indicator (score below its pass mark) caps its article: under the 1.0
///   rules one band down; under the 1.1 rules (the framework's `scoring.critical`) at a fixed
///   ceiling by the number of failures in the article;
/// - the overall score is the article-weighted mean of the (capped, rounded) article scores,
///   rounded the same way; under the 1.1 rules any failure caps it at the overall ceiling.
public enum Scorer {
    /// The number of decimal places of article and overall scores and of points.
    public static let places = 2
    /// The number of decimal places indicator scores are shown with.
    public static let indicatorPlaces = 4

    /// Scores an assessment under a framework.
    ///
    /// Answers are looked up by indicator id, so the order of files and keys does not matter; an
    /// indicator the assessment does not answer is counted as unanswered (score 0).
    ///
    /// - Parameters:
    ///   - assessment: A valid assessment.
    ///   - framework: The framework it answers.
    /// - Returns: The scores, the critical failures and what fixing each indicator would gain.
    public static func score(_ assessment: Assessment, using framework: Framework) -> Score {
        let answers = answerIndex(assessment)
        let year = assessment.info.year
        let items = framework.articles.map {
            self.items($0, answers: answers, year: year, framework: framework)
        }
        let summaries = items.map { summary($0, framework: framework) }
        let articles = framework.articles.indices.map {
            article(
                framework.articles[$0], items: items[$0], summary: summaries[$0],
                framework: framework)
        }
        let weighted = zip(articles, summaries).map {
            (weight: Ratio($0.weight), score: $1.scoreRatio)
        }
        let failing = articles.flatMap { $0.criticalFailures.map(\.indicatorID) }
        let (overallRatio, overallCap) = overallScore(
            weighted, failing: failing, framework: framework)
        let overall = overallRatio?.rounded(places: places)
        var gains: [ScoreGain] = []
        for (position, article) in articles.enumerated() {
            for (index, item) in items[position].enumerated() {
                guard let ratio = item.ratio, ratio < .one else { continue }
                var fixedItems = items[position]
                fixedItems[index].ratio = .one
                let fixed = summary(fixedItems, framework: framework)
                var changed = weighted
                changed[position].score = fixed.scoreRatio
                let stillFailing =
                    failing.filter { id in
                        !article.criticalFailures.contains { $0.indicatorID == id }
                    }
                    + fixed.failures.map(\.indicator.id)
                let indicator = article.indicators[index]
                let fixedOverall = overallScore(
                    changed, failing: stillFailing, framework: framework)
                // Differences of two-decimal scores are two-decimal: exact, without `Decimal`.
                let overallPoints = (fixedOverall.score ?? .zero) - (overallRatio ?? .zero)
                let articlePoints =
                    (fixed.scoreRatio ?? .zero) - (summaries[position].scoreRatio ?? .zero)
                gains.append(
                    ScoreGain(
                        indicatorID: indicator.id, article: article.number, title: indicator.title,
                        current: indicator.score ?? 0,
                        overallPoints: overallPoints.rounded(places: places),
                        articlePoints: articlePoints.rounded(places: places),
                        removesCap: article.cap != nil && fixed.cap == nil,
                        fixesFailure: indicator.criticalFailed))
            }
        }
        // Largest overall gain first; then the larger article gain; then framework order (stable).
        // Under the 1.1 rules a failed legal obligation comes first, whatever the points.
        let obligationsFirst = framework.scoring.critical != nil
        let ordered = gains.enumerated().sorted { lhs, rhs in
            if obligationsFirst, lhs.element.fixesFailure != rhs.element.fixesFailure {
                return lhs.element.fixesFailure
            }
            if lhs.element.overallPoints != rhs.element.overallPoints {
                return lhs.element.overallPoints > rhs.element.overallPoints
            }
            if lhs.element.articlePoints != rhs.element.articlePoints {
                return lhs.element.articlePoints > rhs.element.articlePoints
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
        return Score(
            framework: framework.reference, frameworkSHA256: framework.sha256,
            signatory: assessment.info.signatory,
            year: year, articles: articles, overall: overall,
            rating: overall.flatMap(framework.band(for:)),
            gains: ordered, rules: framework.scoring.rules, overallCap: overallCap)
    }

    /// The score of one answer to an indicator, in 0…1; nil when the answer is not scored (text,
    /// `not-applicable`) or does not fit the indicator's answer type.
    ///
    /// - Parameters:
    ///   - answer: The answer.
    ///   - indicator: The indicator it answers.
    ///   - year: The reporting year, for date answers.
    /// - Returns: The exact score when it terminates; otherwise `Decimal`'s closest value.
    public static func indicatorScore(
        _ answer: AnswerValue, for indicator: Indicator, year: Int
    ) -> Decimal? {
        ratio(answer, for: indicator, year: year)?.approximation
    }

    /// The exact score of an answer; nil when not scored or when it does not fit the type.
    package static func ratio(_ answer: AnswerValue, for indicator: Indicator, year: Int) -> Ratio?
    {
        switch (indicator.answer.type, answer) {
        case (.yesNo, .yes), (.yesPartialNo, .yes): return .one
        case (.yesPartialNo, .partial): return Ratio(Decimal(string: "0.5") ?? 0)
        case (.yesNo, .no), (.yesPartialNo, .no): return .zero
        case (.maturity, .maturity(let level)):
            return Ratio(Decimal(level), over: 4)?.clampedToUnit
        case (.number(let rule), .number(let value)):
            return (Ratio(value) - Ratio(rule.floor)).divided(
                by: Ratio(rule.target) - Ratio(rule.floor))?
                .clampedToUnit
        case (.date(let maxAge), .date(let date)):
            guard let maxAge else { return .one }
            return date.isWithin(months: maxAge, beforeEndOf: year) ? .one : .zero
        default:
            return nil
        }
    }

    /// The capped value for a score whose article has a failed critical indicator.
    ///
    /// - Parameters:
    ///   - score: The article's rounded score.
    ///   - bands: The framework's bands, highest first.
    /// - Returns: The capped score and the bands before and after, or nil when the score already
    ///   lies in the lowest band (no cap applies).
    public static func cap(
        _ score: Decimal, bands: [Framework.Band]
    ) -> (capped: Decimal, from: Framework.Band, to: Framework.Band)? {
        guard let index = bands.firstIndex(where: { score >= $0.min }), index < bands.count - 1
        else { return nil }
        let from = bands[index]
        let capped = largestBelow(from.min)
        let to = bands.first { capped >= $0.min } ?? bands[bands.count - 1]
        return (capped, from, to)
    }

    /// The largest multiple of 0.01 strictly below `value` (`85` → `84.99`, `60.005` → `60.00`).
    static func largestBelow(_ value: Decimal) -> Decimal {
        var input = value
        var ceiling = Decimal()
        NSDecimalRound(&ceiling, &input, places, .up)
        return ceiling - Decimal(sign: .plus, exponent: -places, significand: 1)
    }

    // MARK: - Articles

    private static func answerIndex(_ assessment: Assessment) -> [String: IndicatorAnswer] {
        var index: [String: IndicatorAnswer] = [:]
        for article in assessment.articles {
            for answer in article.answers where index[answer.id] == nil {
                index[answer.id] = answer
            }
        }
        return index
    }

    /// One indicator of an article, answered and scored.
    private struct Item {
        var indicator: Indicator
        /// The indicator's weight, exactly (read once, not once per sum).
        var weight: Ratio
        /// The pass mark in force, exactly, for a critical indicator.
        var pass: Ratio?
        var answer: IndicatorAnswer?
        var status: IndicatorScore.Status
        /// The exact score; nil when the indicator leaves the denominator.
        var ratio: Ratio?
    }

    /// The article's score before and after a cap, and the failed critical indicators.
    private struct Summary {
        var weightSum: Ratio
        var uncapped: Decimal?
        var score: Decimal?
        /// ``score`` exactly, for the overall mean.
        var scoreRatio: Ratio?
        var cap: ScoreCap?
        var failures: [Item]
    }

    private static func items(
        _ article: Framework.Article, answers: [String: IndicatorAnswer], year: Int,
        framework: Framework
    ) -> [Item] {
        article.indicators.map { indicator in
            let answer = answers[indicator.id]
            let weight = Ratio(indicator.weight)
            let pass = indicator.critical ? Ratio(passMark(indicator, framework: framework)) : nil
            func item(_ status: IndicatorScore.Status, _ ratio: Ratio?) -> Item {
                Item(
                    indicator: indicator, weight: weight, pass: pass, answer: answer,
                    status: status, ratio: ratio)
            }
            switch answer?.value {
            case .none:
                return item(.unanswered, .zero)
            case .notApplicable:
                return item(.notApplicable, nil)
            case .some(let value):
                if !indicator.answer.type.isScored { return item(.notScored, nil) }
                if let scored = ratio(value, for: indicator, year: year) {
                    return item(.scored, scored)
                }
                return item(.unanswered, .zero)
            }
        }
    }

    private static func passMark(_ indicator: Indicator, framework: Framework) -> Decimal {
        framework.criticalPass(for: indicator)
    }

    /// The 1.1 ceiling of an article with this many failed critical indicators: the top of the
    /// band of the last ceiling whose `failures` the count reaches; nil when none applies.
    static func articleCeiling(failures: Int, framework: Framework) -> Decimal? {
        guard failures > 0, let rules = framework.scoring.critical,
            let ceiling = rules.articleCeilings.last(where: { failures >= $0.failures })
        else { return nil }
        return framework.top(ofBand: ceiling.band)
    }

    /// A cap at a fixed ceiling: nil when the score is already at or below it.
    private static func ceilingCap(
        _ score: Decimal, ceiling: Decimal, indicators: [String], framework: Framework
    ) -> ScoreCap? {
        guard score > ceiling, let from = framework.band(for: score),
            let to = framework.band(for: ceiling)
        else { return nil }
        return ScoreCap(
            original: score, capped: ceiling, from: from, to: to, indicators: indicators)
    }

    /// The article score from its items: exact weighted mean, rounded, then capped.
    private static func summary(_ items: [Item], framework: Framework) -> Summary {
        var weightSum = Ratio.zero
        var weighted = Ratio.zero
        for item in items {
            guard let ratio = item.ratio else { continue }
            weightSum = weightSum + item.weight
            weighted = weighted + ratio * item.weight
        }
        let exact = weightSum > .zero ? (weighted * Ratio(100)).divided(by: weightSum) : nil
        let rounded = exact?.roundedRatio(places: places)
        let uncapped = exact?.rounded(places: places)
        let failures = items.filter { item in
            guard let pass = item.pass, let ratio = item.ratio else { return false }
            return ratio < pass
        }
        var summary = Summary(
            weightSum: weightSum, uncapped: uncapped, score: uncapped, scoreRatio: rounded,
            cap: nil, failures: failures)
        if let uncapped, !failures.isEmpty, framework.scoring.critical != nil {
            if let ceiling = articleCeiling(failures: failures.count, framework: framework),
                let cap = ceilingCap(
                    uncapped, ceiling: ceiling, indicators: failures.map(\.indicator.id),
                    framework: framework)
            {
                summary.score = cap.capped
                summary.scoreRatio = Ratio(cap.capped)
                summary.cap = cap
            }
        } else if let uncapped, !failures.isEmpty,
            let limit = cap(uncapped, bands: framework.scoring.bands)
        {
            summary.score = limit.capped
            summary.scoreRatio = Ratio(limit.capped)
            summary.cap = ScoreCap(
                original: uncapped, capped: limit.capped, from: limit.from, to: limit.to,
                indicators: failures.map(\.indicator.id))
        }
        return summary
    }

    /// Scores one article with each indicator's part in it.
    private static func article(
        _ article: Framework.Article, items: [Item], summary: Summary, framework: Framework
    ) -> ArticleScore {
        let failed = Set(summary.failures.map(\.indicator.id))
        // Points per unit of weight: 100 / Σ(weight).
        let perWeight = summary.weightSum > .zero ? Ratio(100).divided(by: summary.weightSum) : nil
        var indicators: [IndicatorScore] = []
        var failures: [CriticalFailure] = []
        for item in items {
            let indicator = item.indicator
            let pass = passMark(indicator, framework: framework)
            let shown = item.ratio?.rounded(places: indicatorPlaces)
            var maximum: Decimal?
            var contribution: Decimal?
            if let ratio = item.ratio, let perWeight {
                maximum = (perWeight * item.weight).rounded(places: places)
                contribution = (perWeight * ratio * item.weight).rounded(places: places)
            }
            var score = IndicatorScore(
                id: indicator.id, article: article.number, title: indicator.title,
                answerType: indicator.answer.type,
                weight: indicator.weight, critical: indicator.critical, criticalPass: pass,
                answer: item.answer?.value,
                justification: item.answer?.justification, status: item.status, score: shown,
                contribution: contribution, maximum: maximum,
                criticalFailed: failed.contains(indicator.id))
            score.exact = item.ratio
            indicators.append(score)
            if failed.contains(indicator.id) {
                failures.append(
                    CriticalFailure(
                        indicatorID: indicator.id, article: article.number, title: indicator.title,
                        score: shown ?? 0, pass: pass))
            }
        }
        return ArticleScore(
            number: article.number, title: article.title, weight: article.weight,
            indicators: indicators,
            uncappedScore: summary.uncapped, score: summary.score,
            rating: summary.score.flatMap(framework.band(for:)),
            cap: summary.cap, criticalFailures: failures)
    }

    /// The overall score, and under the 1.1 rules its cap when a critical indicator failed.
    ///
    /// The score is exact (two decimal places) as a ratio; ``Ratio/rounded(places:)`` gives the
    /// decimal.
    private static func overallScore(
        _ articles: [(weight: Ratio, score: Ratio?)], failing: [String], framework: Framework
    ) -> (score: Ratio?, cap: ScoreCap?) {
        let mean = overallScore(articles)
        guard let mean, !failing.isEmpty, let rules = framework.scoring.critical,
            let ceiling = framework.top(ofBand: rules.overallCeiling),
            let cap = ceilingCap(
                mean.rounded(places: places), ceiling: ceiling, indicators: failing,
                framework: framework)
        else { return (mean, nil) }
        return (Ratio(cap.capped), cap)
    }

    /// The article-weighted mean of the article scores that exist, rounded; nil when none does.
    private static func overallScore(_ articles: [(weight: Ratio, score: Ratio?)]) -> Ratio? {
        var weightSum = Ratio.zero
        var weighted = Ratio.zero
        for article in articles {
            guard let score = article.score else { continue }
            weightSum = weightSum + article.weight
            weighted = weighted + article.weight * score
        }
        return weighted.divided(by: weightSum)?.roundedRatio(places: places)
    }
}
