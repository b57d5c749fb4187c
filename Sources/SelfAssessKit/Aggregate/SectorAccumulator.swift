import Foundation

/// Reduces signatory records, one at a time, to the sector's statistics.
///
/// Memory grows with the number of signatory-years (one slim row each: scores, rating, critical
/// failures and the answers the policy reads) and with the number of indicators, never with the
/// size of the assessments: indicator outcomes are tallied as records arrive and then dropped.
/// Records may arrive in any order and for several years; accumulators filled in parallel can be
/// combined with ``merge(_:)``. The statistics do not depend on the order of arrival.
struct SectorAccumulator: Sendable {
    /// The smallest category shown on its own in the statistics.
    let minimumCategorySize: Int
    /// The indicators whose answers are kept in the rows (those the policy reads).
    let retainedIndicators: Set<String>

    private var years: [Int: YearData] = [:]

    /// Creates an empty accumulator.
    ///
    /// - Parameters:
    ///   - minimumCategorySize: Categories with fewer accepted submissions are folded into
    ///     "other" (values below 1 count as 1).
    ///   - retainedIndicators: The indicators whose answers each row keeps, for
    ///     ``history(of:)``.
    init(
        minimumCategorySize: Int = Policy.defaultMinimumCategorySize,
        retainedIndicators: some Sequence<String> = []
    ) {
        self.minimumCategorySize = max(1, minimumCategorySize)
        self.retainedIndicators = Set(retainedIndicators)
    }

    /// Creates an empty accumulator set up for a policy: its minimum category size, and the
    /// indicators its rules read.
    init(policy: Policy) {
        self.init(
            minimumCategorySize: policy.minimumCategorySize,
            retainedIndicators: policy.referencedIndicators)
    }

    /// Adds one record.
    ///
    /// Results (scores, failures, indicator outcomes) are read only from an accepted record.
    ///
    /// - Throws: ``SectorAccumulatorError/duplicateRecord(signatory:year:)`` when the accumulator
    ///   already holds a record of the same signatory and year; nothing is added then.
    mutating func add(_ record: SignatoryRecord) throws(SectorAccumulatorError) {
        if years[record.year]?.rows[record.signatory] != nil {
            throw .duplicateRecord(signatory: record.signatory, year: record.year)
        }
        // Mutated in place: a copy taken out of the dictionary would copy every row on each add.
        years[record.year, default: YearData()].add(record, retaining: retainedIndicators)
    }

    /// Adds every record of another accumulator (filled in parallel, say).
    ///
    /// - Throws: ``SectorAccumulatorError/duplicateRecord(signatory:year:)`` for the first
    ///   signatory-year both hold (in year and id order); nothing is added then.
    mutating func merge(_ other: SectorAccumulator) throws(SectorAccumulatorError) {
        for year in other.years.keys.sorted() {
            guard let mine = years[year], let theirs = other.years[year] else { continue }
            if let clash = theirs.rows.keys.sorted().first(where: { mine.rows[$0] != nil }) {
                throw .duplicateRecord(signatory: clash, year: year)
            }
        }
        for (year, theirs) in other.years {
            years[year, default: YearData()].merge(theirs)
        }
    }

    /// The years the accumulator holds records for, ascending.
    var reportingYears: [Int] { years.keys.sorted() }

    /// Every signatory id with a record in any year, sorted.
    var signatories: [String] {
        Set(years.values.flatMap(\.rows.keys)).sorted(by: Self.idOrder)
    }

    /// The rows of one year, sorted by signatory id.
    func records(in year: Int) -> [SignatoryRecord] {
        (years[year]?.rows.values.map { $0 } ?? []).sorted {
            Self.idOrder($0.signatory, $1.signatory)
        }
    }

    /// A signatory's history across every year held, for ``Policy/recommendation(for:in:)``.
    func history(of signatory: String) -> PolicyHistory {
        PolicyHistory(
            signatory: signatory,
            years: years.keys.sorted().compactMap { years[$0]?.rows[signatory]?.policyYear })
    }

    /// The policy's recommendation for every signatory with a record in the year, sorted by
    /// signatory id (including those for which nothing fired).
    func recommendations(under policy: Policy, in year: Int) -> [PolicyRecommendation] {
        records(in: year).map { policy.recommendation(for: history(of: $0.signatory), in: year) }
    }

    /// Computes the statistics of one year (and its change from the year before, when held).
    ///
    /// A year with no records gives zero counts and empty distributions.
    func statistics(for year: Int) -> SectorStatistics {
        let data = years[year] ?? YearData()
        let rows = records(in: year)
        let accepted = rows.filter(\.submission.isAccepted)
        let overall = Distribution(accepted.compactMap(\.overall))
        let articleNumbers = Set(accepted.flatMap { $0.articles.map(\.number) }).sorted()
        let articles = Self.articleDistributions(accepted, numbers: articleNumbers)

        var sizes: [String: Int] = [:]
        for record in accepted { sizes[record.category, default: 0] += 1 }
        let (shown, folded) = SectorStatistics.foldCategories(sizes, minimum: minimumCategorySize)
        var categories = shown.map { id in
            let members = accepted.filter { $0.category == id }
            return SectorStatistics.CategoryStatistics(
                id: id, folded: [], count: members.count,
                overall: Distribution(members.compactMap(\.overall)),
                articles: Self.articleDistributions(members, numbers: articleNumbers))
        }
        if !folded.isEmpty {
            let members = accepted.filter { folded.contains($0.category) }
            let other = SectorStatistics.CategoryStatistics(
                id: SectorStatistics.otherCategory, folded: folded, count: members.count,
                overall: Distribution(members.compactMap(\.overall)),
                articles: Self.articleDistributions(members, numbers: articleNumbers))
            categories.append(other)
            categories.sort { Self.idOrder($0.id, $1.id) }
        }

        let indicators = data.tallies.map { id, tally in tally.statistics(id: id) }
            .sorted { IndicatorOrder.precedes($0.id, $1.id) }
        let weakest = indicators.filter { $0.complianceRate != nil }
            .sorted { lhs, rhs in
                if lhs.complianceRate != rhs.complianceRate {
                    return (lhs.complianceRate ?? 0) < (rhs.complianceRate ?? 0)
                }
                return IndicatorOrder.precedes(lhs.id, rhs.id)
            }
            .prefix(SectorStatistics.weakestCount)

        var reasonCounts: [RejectionReason: Int] = [:]
        for record in rows {
            for reason in Set(record.submission.rejectionReasons) {
                reasonCounts[reason, default: 0] += 1
            }
        }
        let participation = SectorStatistics.Participation(
            registered: rows.count, submitted: rows.count { $0.submission.isSubmitted },
            accepted: accepted.count,
            rejected: rows.count { Self.isRejected($0.submission) },
            missing: rows.count { !$0.submission.isSubmitted },
            rejectionReasons: RejectionReason.allCases.compactMap { reason in
                reasonCounts[reason].map {
                    SectorStatistics.Participation.ReasonCount(reason: reason, count: $0)
                }
            })

        return SectorStatistics(
            year: year, minimumCategorySize: minimumCategorySize, participation: participation,
            overall: overall,
            articles: articles, categories: categories, indicators: indicators,
            weakestIndicators: Array(weakest),
            change: sectorChange(
                year: year, overall: overall, articles: articles, accepted: accepted.count),
            signatories: rows.map { signatoryYear($0) })
    }

    // MARK: Helpers

    private static func isRejected(_ status: SubmissionStatus) -> Bool {
        if case .rejected = status { return true }
        return false
    }

    /// Signatory and category ids sort by their bytes, so the order never depends on the locale.
    private static func idOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func articleDistributions(
        _ records: [SignatoryRecord], numbers: [Int]
    ) -> [SectorStatistics.ArticleDistribution] {
        numbers.map { number in
            SectorStatistics.ArticleDistribution(
                number: number,
                distribution: Distribution(records.compactMap { $0.articleScore(number) }))
        }
    }

    private func sectorChange(
        year: Int, overall: Distribution, articles: [SectorStatistics.ArticleDistribution],
        accepted: Int
    ) -> SectorStatistics.SectorChange? {
        guard years[year - 1] != nil else { return nil }
        let previous = records(in: year - 1).filter(\.submission.isAccepted)
        let previousOverall = Distribution(previous.compactMap(\.overall))
        let numbers = Set(articles.map(\.number)).union(
            previous.flatMap { $0.articles.map(\.number) }
        ).sorted()
        let before = Self.articleDistributions(previous, numbers: numbers)
        return SectorStatistics.SectorChange(
            previousYear: year - 1, previousOverall: previousOverall,
            overallMean: Self.difference(overall.mean, previousOverall.mean),
            overallMedian: Self.difference(overall.median, previousOverall.median),
            articles: numbers.map { number in
                SectorStatistics.ArticleChange(
                    number: number,
                    change: Self.difference(
                        articles.first { $0.number == number }?.distribution.mean,
                        before.first { $0.number == number }?.distribution.mean))
            },
            accepted: accepted - previous.count)
    }

    private func signatoryYear(_ record: SignatoryRecord) -> SectorStatistics.SignatoryYear {
        let previous = years[record.year - 1]?.rows[record.signatory]
        guard record.submission.isAccepted, let previous, previous.submission.isAccepted else {
            return SectorStatistics.SignatoryYear(
                record: record,
                previousOverall: previous?.submission.isAccepted == true ? previous?.overall : nil,
                overallChange: nil, articleChanges: [])
        }
        let numbers = Set(record.articles.map(\.number)).union(previous.articles.map(\.number))
            .sorted()
        return SectorStatistics.SignatoryYear(
            record: record, previousOverall: previous.overall,
            overallChange: Self.difference(record.overall, previous.overall),
            articleChanges: numbers.map {
                SectorStatistics.ArticleChange(
                    number: $0,
                    change: Self.difference(record.articleScore($0), previous.articleScore($0)))
            })
    }

    private static func difference(_ current: Decimal?, _ previous: Decimal?) -> Decimal? {
        guard let current, let previous else { return nil }
        return Distribution.rounded(current - previous)
    }
}

/// A record the sector accumulator cannot take.
enum SectorAccumulatorError: Error, CustomStringConvertible, Equatable {
    /// A second record for the same signatory and year.
    case duplicateRecord(signatory: String, year: Int)

    /// The problem in plain words, naming the signatory and year (``AggregateMessages``).
    var description: String { wording.text(in: .english) }
}

/// Everything the accumulator keeps for one year.
private struct YearData: Sendable {
    /// One slim row per signatory.
    var rows: [String: SignatoryRecord] = [:]
    /// Outcome counts per indicator, over accepted records.
    var tallies: [String: IndicatorTally] = [:]

    mutating func add(_ record: SignatoryRecord, retaining retained: Set<String>) {
        var row = record
        if record.submission.isAccepted {
            for indicator in record.indicators {
                tallies[indicator.id, default: IndicatorTally(article: indicator.article)].add(
                    indicator)
            }
        } else {
            row.overall = nil
            row.rating = nil
            row.articles = []
            row.criticalFailures = []
            row.notApplicable = []
            row.criticalNotApplicable = []
            row.answered = 0
        }
        row.indicators =
            record.submission.isAccepted
            ? record.indicators.filter { retained.contains($0.id) } : []
        rows[record.signatory] = row
    }

    mutating func merge(_ other: YearData) {
        rows.merge(other.rows) { mine, _ in mine }
        for (id, tally) in other.tallies {
            tallies[id, default: IndicatorTally(article: tally.article)].merge(tally)
        }
    }
}

/// Outcome counts of one indicator.
private struct IndicatorTally: Sendable {
    var article: Int
    var counts: [SignatoryRecord.Outcome: Int] = [:]
    var scored = 0
    /// The exact sum of the scores: rounded only once, in the compliance rate.
    var scoreSum = Ratio.zero

    init(article: Int) {
        self.article = article
    }

    mutating func add(_ result: SignatoryRecord.IndicatorResult) {
        counts[result.outcome, default: 0] += 1
        if let score = result.exact, result.outcome != .notApplicable {
            scored += 1
            scoreSum = scoreSum + score
        }
    }

    mutating func merge(_ other: IndicatorTally) {
        counts.merge(other.counts, uniquingKeysWith: +)
        scored += other.scored
        scoreSum = scoreSum + other.scoreSum
    }

    func statistics(id: String) -> SectorStatistics.IndicatorStatistics {
        SectorStatistics.IndicatorStatistics(
            id: id, article: article, yes: counts[.yes] ?? 0, partial: counts[.partial] ?? 0,
            no: counts[.no] ?? 0,
            notApplicable: counts[.notApplicable] ?? 0, other: counts[.other] ?? 0, scored: scored,
            complianceRate: (scoreSum * Decimal(100)).divided(by: Decimal(scored))?.rounded(
                places: 2))
    }
}
