import Foundation

/// The content of the report for people, worked out once from an ``AssessmentReport/Input`` so that
/// the HTML and the Markdown report say the same things in the same order.
///
/// Every list is in a fixed order (framework order, or sorted), so the same input gives the same
/// report.
struct ReportModel {
    /// A rule the framework's catalogue names, as an indicator cites it.
    struct Rule: Equatable {
        var id: String
        /// The rule's title from the catalogue; nil when the catalogue lacks the id.
        var title: Bilingual?
        var provision: String?
        var confidence: RuleCitation.Confidence
    }

    /// A failed critical indicator, with what it did and the rules behind it.
    struct Failure {
        var failure: CriticalFailure
        var articleTitle: Bilingual
        var answer: ReportWording.Answer
        var note: String?
        /// What the failure did to the article's score.
        var effect: Bilingual
        var rules: [Rule]
        /// With a prior year: whether it failed then too (nil without a prior year).
        var failedBefore: Bool?
    }

    /// A cited evidence file.
    struct Evidence: Equatable {
        var path: String
        var description: String?
        var date: CalendarDate?
        /// The SHA-256 of the content, lower-case hex, when known.
        var sha256: String?
    }

    /// One indicator as the report shows it.
    struct Entry {
        var score: IndicatorScore
        var question: Bilingual?
        var answer: ReportWording.Answer
        var note: String?
        var evidence: [Evidence]
        /// What fully meeting the indicator would gain, when it would gain anything.
        var gain: ScoreGain?
        /// How it changed since the prior year, when it changed.
        var change: IndicatorChange?
        var priorAnswer: String?
        var flags: [ConsistencyFlag]
        var carriedForward: Int?
        var tone: SVGTone
        /// The element id of the indicator's entry.
        var anchor: String { "indicator-" + score.id }
    }

    /// One article as the report shows it.
    struct Article {
        var score: ArticleScore
        var tone: SVGTone
        var change: ArticleChange?
        var entries: [Entry]
        var anchor: String { "article-\(score.number)" }
        var scoredCount: Int { score.indicators.count { $0.counts } }
        var notApplicableCount: Int { score.indicators.count { $0.status == .notApplicable } }
    }

    /// A cited evidence file with the indicators that cite it.
    struct EvidenceFile: Equatable {
        var path: String
        var sha256: String?
        var citedBy: [String]
    }

    var signatory: AssessmentInfo.Signatory
    var category: Bilingual
    var year: Int
    var framework: Framework
    var info: AssessmentInfo
    /// The answers still marked carried-forward (signed so only with `--allow-unreviewed`).
    var unreviewed: [String]
    var score: Score
    var tone: SVGTone
    var diff: AssessmentDiff?
    var failures: [Failure]
    var articles: [Article]
    /// The indicators that would gain the most, largest first (at most ``gainLimit``).
    var topGains: [ScoreGain]
    /// How many indicators would gain anything at all.
    var gainCount: Int
    var evidenceFiles: [EvidenceFile]

    /// How many gains the report lists.
    static let gainLimit = 10

    init(_ input: AssessmentReport.Input) {
        let framework = input.framework
        let score = input.score
        let assessment = input.assessment
        let year = assessment.info.year
        self.framework = framework
        self.score = score
        self.info = assessment.info
        self.unreviewed = assessment.unreviewed
        self.signatory = assessment.info.signatory
        self.year = year
        self.diff = input.diff
        let categoryID = assessment.info.signatory.category
        self.category =
            framework.category(categoryID)?.title ?? Bilingual(zh: categoryID, en: categoryID)
        self.tone = ReportWording.tone(score.rating, in: framework)

        let gains = score.gains.filter {
            $0.overallPoints > 0 || $0.articlePoints > 0 || $0.removesCap
        }
        self.gainCount = gains.count
        self.topGains = Array(gains.prefix(Self.gainLimit))
        let gainByID = Dictionary(gains.map { ($0.indicatorID, $0) }) { first, _ in first }
        let changeByID = Dictionary((input.diff?.indicators ?? []).map { ($0.id, $0) }) {
            first, _ in first
        }
        var flagsByID: [String: [ConsistencyFlag]] = [:]
        for flag in input.diff?.flags ?? [] {
            flagsByID[flag.indicatorID, default: []].append(flag)
        }
        let previouslyFailing = Set(
            (input.diff?.continuingCriticalFailures ?? []).map(\.indicatorID))

        var citations: [String: Set<String>] = [:]
        var articles: [Article] = []
        for article in score.articles {
            var entries: [Entry] = []
            for indicatorScore in article.indicators {
                let indicator = framework.indicator(indicatorScore.id)
                let answer = assessment.answer(indicatorScore.id)
                let evidence = (answer?.evidence ?? []).map { item in
                    Evidence(
                        path: item.path, description: item.description, date: item.date,
                        sha256: input.evidenceHashes[item.path])
                }
                for item in evidence { citations[item.path, default: []].insert(indicatorScore.id) }
                let change = changeByID[indicatorScore.id].flatMap {
                    $0.kind == .unchanged ? nil : $0
                }
                entries.append(
                    Entry(
                        score: indicatorScore, question: indicator?.question,
                        answer: ReportWording.answer(
                            indicatorScore.answer, for: indicator, year: year),
                        note: Self.nonEmpty(answer?.note), evidence: evidence,
                        gain: gainByID[indicatorScore.id],
                        change: change,
                        priorAnswer: change.map {
                            ReportWording.shortAnswer($0.oldAnswer, for: indicator)
                        },
                        flags: flagsByID[indicatorScore.id] ?? [],
                        carriedForward: answer?.carriedForward,
                        tone: ReportWording.tone(indicatorScore)))
            }
            articles.append(
                Article(
                    score: article, tone: ReportWording.tone(article.rating, in: framework),
                    change: input.diff?.articles.first { $0.number == article.number },
                    entries: entries))
        }
        self.articles = articles

        self.failures = score.criticalFailures.map { failure in
            let indicator = framework.indicator(failure.indicatorID)
            let article = score.article(failure.article)
            return Failure(
                failure: failure, articleTitle: article?.title ?? Bilingual(zh: "", en: ""),
                answer: ReportWording.answer(
                    score.indicator(failure.indicatorID)?.answer, for: indicator, year: year),
                note: Self.nonEmpty(assessment.answer(failure.indicatorID)?.note),
                effect: ReportWording.capEffect(article),
                rules: (indicator?.rules ?? []).map { citation in
                    Rule(
                        id: citation.ref, title: framework.rule(citation.ref)?.title,
                        provision: citation.provision,
                        confidence: citation.confidence)
                },
                failedBefore: input.diff == nil
                    ? nil : previouslyFailing.contains(failure.indicatorID))
        }

        self.evidenceFiles = citations.keys.sorted().map { path in
            EvidenceFile(
                path: path, sha256: input.evidenceHashes[path],
                citedBy: Self.frameworkOrder(citations[path] ?? [], in: score))
        }
    }

    /// The bands, highest first, as charts draw them.
    var bands: [SVGBand] { SVGBand.bands(of: framework) }

    /// The bands, highest first.
    var sortedBands: [Framework.Band] { framework.scoring.bands.sorted { $0.min > $1.min } }

    /// Each band with its range, highest first: `≥ 85`, `60–85`, `< 60`.
    var bandRanges: [(band: Framework.Band, range: String)] {
        let bands = sortedBands
        return bands.enumerated().map { index, band in
            let range: String
            if index == 0 {
                range = "≥ \(DecimalText.plain(band.min))"
            } else if index == bands.count - 1 {
                range = "< \(DecimalText.plain(bands[index - 1].min))"
            } else {
                range = "\(DecimalText.plain(band.min))–\(DecimalText.plain(bands[index - 1].min))"
            }
            return (band, range)
        }
    }

    /// The indicators of an article that would gain it the most, largest first (at most three).
    func articleGains(_ number: Int) -> [ScoreGain] {
        let gains = score.gains.filter { $0.article == number && $0.articlePoints > 0 }
        return Array(
            gains.enumerated().sorted { lhs, rhs in
                lhs.element.articlePoints != rhs.element.articlePoints
                    ? lhs.element.articlePoints > rhs.element.articlePoints
                    : lhs.offset < rhs.offset
            }.map(\.element).prefix(3))
    }

    /// The groups of indicator changes the changes section lists, in order.
    static let changeGroups: [(title: Bilingual, kinds: Set<IndicatorChange.Kind>)] = [
        (ReportWording.regressedIndicators, [.regressed]),
        (ReportWording.improvedIndicators, [.improved]),
        (
            ReportWording.otherChanges,
            [.answerChanged, .becameNotApplicable, .stoppedBeingNotApplicable, .added, .removed]
        ),
    ]

    /// The critical failures that are new, resolved and continuing since the prior year.
    var criticalChanges: [(label: Bilingual, failures: [CriticalFailure], resolved: Bool)] {
        guard let diff else { return [] }
        return [
            (ReportWording.new, diff.newCriticalFailures, false),
            (ReportWording.resolved, diff.resolvedCriticalFailures, true),
            (ReportWording.stillFailing, diff.continuingCriticalFailures, false),
        ]
    }

    /// Indicators by how they take part in the score.
    func count(_ status: IndicatorScore.Status) -> Int {
        score.indicators.count { $0.status == status }
    }

    /// The entries whose indicators changed in a way that moves the score or applicability,
    /// grouped as the changes section shows them.
    func changes(_ kinds: Set<IndicatorChange.Kind>) -> [IndicatorChange] {
        (diff?.indicators ?? []).filter { kinds.contains($0.kind) }
    }

    /// The answer the prior year gave, in short words, looked up in this year's framework.
    func shortAnswer(_ value: AnswerValue?, of id: String) -> String {
        ReportWording.shortAnswer(value, for: framework.indicator(id))
    }

    /// The title of a cited rule: the catalogue's, or the id when the catalogue lacks it.
    static func ruleTitle(_ rule: Rule) -> Bilingual {
        rule.title ?? Bilingual(zh: rule.id, en: rule.id)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return nil
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func frameworkOrder(_ ids: Set<String>, in score: Score) -> [String] {
        score.indicators.map(\.id).filter { ids.contains($0) }
    }
}
