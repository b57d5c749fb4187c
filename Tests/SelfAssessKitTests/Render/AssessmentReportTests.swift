import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The report for people (`AssessmentReport`): golden HTML and Markdown of the samples, a real
/// HTML parser, escaping of everything that comes from an assessment, the same bytes for the same
/// input, the same sections in both formats, and (when Chromium is installed) a rendered page.
///
/// `RECORD_GOLDEN=1 swift test --filter AssessmentReportTests` rewrites the golden files.
@Suite(.tags(.medium))
struct AssessmentReportTests {
    /// The samples the golden files pin: acme-2025 with acme-2024 as the prior year, and
    /// huabei-news-2025 alone (two critical failures, not-applicable answers).
    static let samples: [(sample: String, prior: String?)] = [
        ("acme-2025", "acme-2024"), ("huabei-news-2025", nil),
    ]

    static func load(
        _ folder: URL, name: String
    ) throws -> (assessment: Assessment, source: FolderSource) {
        let source = FolderSource(folder: folder, displayRoot: name)
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
            source)
        let assessment = try #require(
            report.assessments.first, "\(name) does not validate: \(report.diagnostics)")
        return (assessment, source)
    }

    /// The report's input for an assessment folder, with a prior folder's diff when given.
    static func input(_ folder: URL, prior: URL? = nil) throws -> AssessmentReport.Input {
        let framework = TestSupport.framework
        let current = try load(folder, name: folder.lastPathComponent)
        let snapshot = try AssessmentSnapshot.load(current.assessment, from: current.source)
        var diff: AssessmentDiff?
        if let prior {
            let old = try load(prior, name: prior.lastPathComponent)
            diff = Differ.diff(
                from: DiffInput(
                    snapshot: try AssessmentSnapshot.load(old.assessment, from: old.source),
                    framework: framework),
                to: DiffInput(snapshot: snapshot, framework: framework))
        }
        return AssessmentReport.Input(
            assessment: current.assessment, framework: framework,
            score: Scorer.score(current.assessment, using: framework), diff: diff,
            evidenceHashes: snapshot.evidenceHashes)
    }

    static func sampleInput(_ sample: String, prior: String?) throws -> AssessmentReport.Input {
        try input(TestSupport.sample(sample), prior: prior.map(TestSupport.sample))
    }

    /// The version in the footer, replaced so that a release does not rewrite the golden files.
    static func versionless(_ text: String) -> String {
        text.replacingOccurrences(
            of: "selfassess \(SelfAssessVersion.current)", with: "selfassess VERSION")
    }

    // MARK: Golden files

    @Test(arguments: samples.map(\.sample))
    func matchesGolden(sample: String) throws {
        let prior = try #require(Self.samples.first { $0.sample == sample }).prior
        let input = try Self.sampleInput(sample, prior: prior)
        Golden.check(
            Self.versionless(AssessmentReport.html(input)),
            named: "report/assessment-\(sample).html")
        Golden.check(
            Self.versionless(AssessmentReport.markdown(input)),
            named: "report/assessment-\(sample).md")
    }

    @Test(
        .needs(.python3),
        arguments: samples.map(\.sample))
    func htmlPassesAnHTMLParser(sample: String) throws {
        let prior = try #require(Self.samples.first { $0.sample == sample }).prior
        let html = AssessmentReport.html(try Self.sampleInput(sample, prior: prior))
        let check = try HTMLCheck.problems(in: html)
        #expect(check.problems.isEmpty, "\(check.problems.joined(separator: "\n"))")
        #expect(check.summary.contains("# checked: 2 charts"), "\(check.summary)")
    }

    // MARK: Content

    @Test func acmeReportsItsChangesAndHasNoCriticalFailure() throws {
        let input = try Self.sampleInput("acme-2025", prior: "acme-2024")
        let html = AssessmentReport.html(input)
        let markdown = AssessmentReport.markdown(input)
        for text in [html, markdown] {
            #expect(text.contains("93.38"))
            #expect(text.contains("83.79"))
            #expect(text.contains("+9.59"))
            #expect(text.contains("无。所有关键指标均达到通过线。"))
            #expect(text.contains("2024 年得分 0.3333，2025 年已达标"), "A2.5 resolved")
            #expect(text.contains("0.88 → 0.815"), "A2.7 regressed")
            #expect(text.contains("王丽（首席合规官）"), "the declaration")
            #expect(text.contains("社交通讯"), "the category's title")
            #expect(
                text.contains("有效期 2023-12-31 至 2025-12-31（24 个月）：在期内"), "a date with its window")
            #expect(text.contains("成熟度 3 级（0–4）"), "a maturity level")
            #expect(text.contains("81.5%"), "a percentage")
            #expect(text.contains("公安机关备案证明（新增直播系统，共4个系统）"), "an evidence description")
            #expect(text.contains("2025-03-20"), "an evidence date")
        }
        let hash = try #require(input.evidenceHashes["evidence/mlps-filing-2025.txt"])
        #expect(html.contains("sha256:" + hash.prefix(12)))
        #expect(html.contains(hash), "the full hash in the evidence appendix")
        #expect(markdown.contains("`\(hash)`"))
    }

    @Test func huabeiListsCriticalFailuresFirstWithRulesAndEffect() throws {
        let input = try Self.sampleInput("huabei-news-2025", prior: nil)
        let html = AssessmentReport.html(input)
        let critical = try #require(html.range(of: "id=\"critical\""))
        let articles = try #require(html.range(of: "id=\"article-scores\""))
        #expect(
            critical.lowerBound < articles.lowerBound,
            "critical failures come before the article scores")
        let section = String(html[critical.lowerBound..<articles.lowerBound])
        #expect(section.contains("A1.6"))
        #expect(section.contains("A5.2"))
        #expect(section.contains("中华人民共和国网络安全法"), "the rule's title from the catalogue")
        #expect(section.contains("Art 49 para 2"), "the provision cited")
        #expect(section.contains("已处于最低评级"), "no cap: the article is already in the lowest band")
        #expect(!html.contains("id=\"changes\""), "no prior year, no changes section")
        let markdown = AssessmentReport.markdown(input)
        let failuresAt = try #require(markdown.range(of: "## 关键指标未达标"))
        let scoresAt = try #require(markdown.range(of: "## 各条款得分"))
        #expect(failuresAt.lowerBound < scoresAt.lowerBound)
        #expect(markdown.contains("### A1.6 逾期未整改的监管要求 · Overdue regulatory rectifications"))
    }

    /// Under the rules 1.0 (framework 1.0, as acme-2024 was signed) A2.5 caps article 2 one band
    /// down; under 1.1 its 82.95 is already below the one-failure ceiling 84.99.
    @Test func aCapIsExplainedWithItsBands() throws {
        var input = try Self.sampleInput("acme-2024", prior: nil)
        let old = try #require(FrameworkLoader.archived.first)
        input.framework = old
        input.score = Scorer.score(input.assessment, using: old)
        let html = AssessmentReport.html(input)
        #expect(html.contains("第 2 条得分由 82.95（部分合规）封顶降至 59.99（不合规）"))
        #expect(
            html.contains(
                "Article 2 is capped from 82.95 (Partially compliant) to 59.99 (Non-compliant)."))
        #expect(html.contains("解除第 2 条封顶"), "fixing A2.5 removes the cap")
        #expect(
            html.contains("<title>第2条 切实维护网络安全: 82.95</title>"), "the bar's outline before the cap")
        #expect(AssessmentReport.markdown(input).contains("第 2 条得分由 82.95（部分合规）封顶降至 59.99（不合规）"))
    }

    @Test func reviewerFlagsAppearInTheChangesAndOnTheIndicator() throws {
        var input = try Self.sampleInput("acme-2025", prior: "acme-2024")
        var diff = try #require(input.diff)
        diff.flags = [.improvedWithoutSupport(indicatorID: "A3.3", old: .partial, new: .yes)]
        input.diff = diff
        let html = AssessmentReport.html(input)
        #expect(html.contains("改进但说明与证据均未更新"))
        let card = try #require(html.range(of: "id=\"indicator-A3-3\""))
        let next = try #require(html.range(of: "id=\"indicator-A3-4\""))
        #expect(html[card.lowerBound..<next.lowerBound].contains("Improved without new support"))
        #expect(
            AssessmentReport.markdown(input).contains(
                "A3.3 **改进但说明与证据均未更新 · Improved without new support**"))
    }

    /// The same sections, in the same order, in both formats.
    @Test(arguments: samples.map(\.sample))
    func markdownHasTheHTMLSections(sample: String) throws {
        let prior = try #require(Self.samples.first { $0.sample == sample }).prior
        let input = try Self.sampleInput(sample, prior: prior)
        /// The heading's words: no tags, entities or Markdown escapes, no spaces or middle dots.
        func normalized(_ text: String) -> String {
            text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(
                    of: "&quot;", with: "\""
                )
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
                    of: "&gt;", with: ">"
                )
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(
                    of: "\\", with: ""
                )
                .filter { !$0.isWhitespace && $0 != "·" }
        }
        let html = AssessmentReport.html(input)
        let htmlHeadings = html.components(separatedBy: "\n").filter { $0.hasPrefix("<h2") }.map(
            normalized)
        let markdownHeadings = AssessmentReport.markdown(input).components(separatedBy: "\n")
            .filter { $0.hasPrefix("## ") }.map { normalized(String($0.dropFirst(3))) }
        #expect(htmlHeadings.count >= 12)
        #expect(htmlHeadings == markdownHeadings)
        let htmlIndicators = html.components(separatedBy: "<article class=\"indicator ").count - 1
        let entry = #"^### \S+ .* — (\*\*[0-9.]+ / 1\*\*|不适用 N/A|不计分 not scored)"#
        let markdownIndicators = AssessmentReport.markdown(input).components(separatedBy: "\n")
            .filter { $0.range(of: entry, options: .regularExpression) != nil }.count
        #expect(htmlIndicators == 50)
        #expect(markdownIndicators == 50)
    }

    // MARK: Escaping

    static let hostile =
        "<script>alert('x')</script> & **bold** [link](http://example.com) | pipe `tick` <b>"

    /// A copy of acme-2025 whose free text everywhere carries markup.
    static func hostileCopy() throws -> (folder: URL, cleanup: URL) {
        let (copy, cleanup) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        func edit(_ file: String, _ change: (String) -> String) throws {
            let url = copy.appendingPathComponent(file)
            try change(try String(contentsOf: url, encoding: .utf8)).write(
                to: url, atomically: true, encoding: .utf8)
        }
        let quoted = "\"" + hostile.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        try edit("assessment.yaml") { text in
            text.replacingOccurrences(of: "name: 北京艾克米科技有限公司", with: "name: \(quoted)")
                .replacingOccurrences(of: "role: 首席合规官", with: "role: \(quoted)")
        }
        try edit("article-2.yaml") { text in
            text.replacingOccurrences(
                of: "description: 公安机关备案证明（新增直播系统，共4个系统）", with: "description: \(quoted)"
            )
            .replacingOccurrences(
                of: "    justification: 2025年度未上线新的论坛",
                with: "    justification: 2025年度 \(hostile) 未上线新的论坛"
            )
            .replacingOccurrences(
                of: "    note: 新增「圈子直播」系统[^\n]*", with: "    note: \(quoted)",
                options: .regularExpression)
        }
        return (copy, cleanup)
    }

    @Test func everythingFromTheAssessmentIsEscaped() throws {
        let (folder, cleanup) = try Self.hostileCopy()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let html = AssessmentReport.html(try Self.input(folder))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; **bold**"))
        #expect(
            html.components(separatedBy: "&lt;script&gt;").count - 1 >= 4,
            "name, role, note, justification, description")
        if ExternalTool.python != nil {
            let check = try HTMLCheck.problems(in: html)
            #expect(check.problems.isEmpty, "\(check.problems.joined(separator: "\n"))")
        }
        let markdown = AssessmentReport.markdown(try Self.input(folder))
        #expect(!markdown.contains("<script>"))
        #expect(
            markdown.contains(
                "\\<script\\>alert('x')\\</script\\> \\& \\*\\*bold\\*\\* \\[link\\](http://example.com) \\| pipe \\`tick\\` \\<b\\>"
            ))
    }

    @Test(arguments: [
        ("plain text", "plain text"), ("a|b", "a\\|b"), ("<b>x</b>", "\\<b\\>x\\</b\\>"),
        ("*_`#", "\\*\\_\\`\\#"),
        ("line\nbreak", "line break"), ("&amp; ~~s~~", "\\&amp; \\~\\~s\\~\\~"),
        ("中文（全角）", "中文（全角）"),
    ])
    func markdownInlineEscaping(_ input: String, _ expected: String) {
        #expect(AssessmentReport.inline(input) == expected)
    }

    @Test func markdownCodeSpans() {
        #expect(AssessmentReport.code("evidence/a.md") == "`evidence/a.md`")
        #expect(AssessmentReport.code("a`b") == "`` a`b ``")
        #expect(AssessmentReport.code("a|b\nc") == "`a\\|b c`")
    }

    // MARK: Deterministic bytes

    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try Self.sampleInput("acme-2025", prior: "acme-2024")
        var second = try Self.sampleInput("acme-2025", prior: "acme-2024")
        // The same hashes inserted in another order: the report must not follow a dictionary's order.
        second.evidenceHashes = [:]
        for (path, hash) in first.evidenceHashes.sorted(by: { $0.key > $1.key }) {
            second.evidenceHashes[path] = hash
        }
        let html = AssessmentReport.html(first)
        #expect(html == AssessmentReport.html(second))
        #expect(AssessmentReport.markdown(first) == AssessmentReport.markdown(second))
        #expect(html == AssessmentReport.html(first))
        for pattern in [#"\d{2}:\d{2}:\d{2}"#, #"[0-9A-F]{8}-[0-9A-F]{4}-"#] {
            #expect(
                html.range(of: pattern, options: .regularExpression) == nil,
                "no time of day, no UUID")
        }
    }

    // MARK: Wording

    @Test func answersAreWordedForPeople() throws {
        let framework = TestSupport.framework
        let a25 = try #require(framework.indicator("A2.5"))
        let months = ReportWording.answer(.number(6), for: a25, year: 2025)
        #expect(months.value == Bilingual(zh: "6 个月", en: "6 months"))
        let a16 = try #require(framework.indicator("A1.6"))
        let overdue = ReportWording.answer(.number(2), for: a16, year: 2025)
        #expect(
            overdue.rule
                == Bilingual(
                    zh: "目标 0 项，≥ 3 项 得 0 分，越低越好",
                    en: "target 0 items; 3 items or more scores 0; lower is better"))
        let a24 = try #require(framework.indicator("A2.4"))
        let old = ReportWording.answer(
            .date(try #require(CalendarDate("2023-06-30"))), for: a24, year: 2025)
        #expect(old.rule?.en == "valid window 2024-12-31 to 2025-12-31 (12 months): outside")
        let a21 = try #require(framework.indicator("A2.1"))
        let partial = ReportWording.answer(.partial, for: a21, year: 2025)
        #expect(partial.value == Bilingual(zh: "部分", en: "Partial"))
        #expect(partial.meaning?.zh == "部分入口未纳入核验，如第三方登录、小程序或评论插件")
        #expect(ReportWording.answer(nil, for: a21, year: 2025).value.en == "Not answered")
        #expect(
            ReportWording.answer(.text("free"), for: nil, year: 2025).rule?.en
                == "Text answer, not scored")
        #expect(ReportWording.signed(-1.5) == "−1.50")
        #expect(ReportWording.signed(0) == "±0.00")
    }

    @Test(arguments: [
        ("0", "··········"), ("100", "██████████"), ("93.38", "█████████▍"), ("5", "▌·········"),
    ])
    func textBars(_ value: String, _ expected: String) {
        #expect(AssessmentReport.textBar(ScoringFixtures.dec(value)) == expected)
    }

    // MARK: Charts

    @Test func gaugeAndBarsWithPriorValuesMatchGolden() {
        let bands = SVGBand.bands(of: TestSupport.framework)
        let gauge = SVGScoreGauge(
            id: "gauge", title: "总分 Overall", value: ScoringFixtures.dec("93.38"),
            valueLabel: "2025",
            previous: ScoringFixtures.dec("80.51"), previousLabel: "2024", bands: bands)
        let bars = SVGBarChart(
            id: "bars", title: "各条款得分",
            bars: [
                .init(
                    label: "第1条 <&>", value: ScoringFixtures.dec("96.08"),
                    previous: ScoringFixtures.dec("78.57"), note: "合规 Compliant ▲+17.51"),
                .init(
                    label: "第2条", value: ScoringFixtures.dec("59.99"), previous: 70,
                    note: "不合规 ▼−10.01",
                    unadjusted: ScoringFixtures.dec("82.95")),
                .init(label: "第3条", value: nil, note: "不适用"),
            ],
            bands: bands, previousLabel: "2024 年得分", unadjustedLabel: "封顶前得分")
        Golden.check(gauge.render() + "\n", named: "report/gauge.svg")
        Golden.check(bars.render() + "\n", named: "report/bar-chart-prior.svg")
        #expect(bars.render().contains("第1条 &lt;&amp;&gt;"))
    }

    // MARK: A real browser

    /// Renders the acme report (with its prior year) in headless Chromium, on screen and in print.
    ///
    /// `SELFASSESS_KEEP_REPORT=DIR` keeps `report.html`, `report.png` and `report.pdf` there to look at.
    @Test(.tags(.large), .enabled(if: HeadlessChromium.path != nil, HeadlessChromium.missing))
    func rendersInHeadlessChromium() throws {
        let html = AssessmentReport.html(try Self.sampleInput("acme-2025", prior: "acme-2024"))
        let rendering = try HeadlessChromium.render(html, keepVariable: "SELFASSESS_KEEP_REPORT")
        #expect(
            rendering.pages >= 10,
            "A4 pages: the summary, one or more per article, the appendix (\(rendering.pages))")
    }
}
