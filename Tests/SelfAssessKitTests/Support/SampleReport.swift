import Foundation

@testable import SelfAssessKit

/// A sector report page built from the synthetic sector with every building block, the way the
/// `aggregate` command will assemble one: the golden page, the parser check and the Chromium
/// screenshot all use it.
enum SampleReport {
    static func page() throws -> String {
        let framework = TestSupport.framework
        let bands = SVGBand.bands(of: framework)
        let policy = PolicyLoader.builtin.policy ?? Policy(rules: [])
        var accumulator = SectorAccumulator(policy: policy)
        for record in AggregateFixtures.sector() { try accumulator.add(record) }
        let stats = accumulator.statistics(for: 2025)
        let before = accumulator.statistics(for: 2024)
        func articleLabel(_ number: Int) -> String {
            "\(number) " + (framework.article(number)?.title.zh ?? "")
        }
        func text(_ value: Decimal?) -> String { value.map { DecimalText.format($0, places: 2) } ?? "—" }

        var page = HTMLPage(
            title: Bilingual(zh: "移动应用自律公约 2025 年度行业报告", en: "App self-discipline Convention: sector report 2025"),
            subtitle: "首都互联网协会 Capital Internet Society · 2025",
            footer: "selfassess (test build) · synthetic sector, not real companies <script>alert(1)</script>")

        page.heading(Bilingual(zh: "参与情况", en: "Participation"), id: "participation")
        let p = stats.participation
        page.figures([
            (Bilingual(zh: "应提交", en: "Registered"), "\(p.registered)"),
            (Bilingual(zh: "已提交", en: "Submitted"), "\(p.submitted)"),
            (Bilingual(zh: "已接受", en: "Accepted"), "\(p.accepted)"),
            (Bilingual(zh: "被拒绝", en: "Rejected"), "\(p.rejected)"),
            (Bilingual(zh: "未提交", en: "Missing"), "\(p.missing)"),
        ])

        page.heading(Bilingual(zh: "总体得分", en: "Overall scores"), id: "overall")
        page.figure(
            SVGHistogram(id: "overall-histogram", title: "总分分布 Distribution of overall scores", counts: stats.overall.histogram, bands: bands)
                .render(),
            caption: Bilingual(zh: "每 10 分一组的签约单位数（最后一组含 100 分）。", en: "Signatories per 10-point range (the last includes 100)."))
        page.figure(
            SVGBarChart(
                id: "article-means", title: "各条款平均分 Mean score per article",
                bars: stats.articles.map { SVGBarChart.Bar(label: articleLabel($0.number), value: $0.distribution.mean) },
                bands: bands
            ).render(),
            caption: Bilingual(zh: "颜色表示评级区间。", en: "Colours show the rating band."))

        page.heading(Bilingual(zh: "各条款得分分布", en: "Score distribution per article"), id: "articles")
        page.figure(
            SVGBoxPlot(
                id: "article-boxes", title: "各条款得分分布 Score distribution per article",
                rows: [SVGBoxPlot.Row(label: "总分 Overall", distribution: stats.overall)]
                    + stats.articles.map { SVGBoxPlot.Row(label: articleLabel($0.number), distribution: $0.distribution) },
                bands: bands
            ).render(),
            caption: Bilingual(
                zh: "箱体为第 25 至 75 百分位，粗线为中位数，须为最小值至最大值，短刻度为第 10 和 90 百分位，菱形为平均分。",
                en: "Box: 25th–75th percentile; bold line: median; whiskers: minimum to maximum; ticks: 10th and 90th percentiles; diamond: mean."))
        page.table(
            HTMLTable(
                caption: Bilingual(zh: "按类别", en: "By category"),
                columns: [
                    .init(Bilingual(zh: "类别", en: "Category")), .init(Bilingual(zh: "数量", en: "Count"), numeric: true),
                    .init(Bilingual(zh: "平均", en: "Mean"), numeric: true), .init(Bilingual(zh: "中位数", en: "Median"), numeric: true),
                ],
                rows: stats.categories.map { category in
                    let title = framework.category(category.id)?.title ?? Bilingual(zh: category.id, en: category.id)
                    let name = category.folded.isEmpty ? title : Bilingual(zh: title.zh, en: "\(title.en) (\(category.folded.joined(separator: ", ")))")
                    return [.bilingual(name), .text("\(category.count)"), .text(text(category.overall.mean)), .text(text(category.overall.median))]
                }))

        page.heading(Bilingual(zh: "指标合规率", en: "Indicator compliance"), id: "indicators")
        page.figure(
            SVGRankedBars(
                id: "weakest", title: "合规率最低的十项指标 The ten weakest indicators",
                items: stats.weakestIndicators.map {
                    SVGRankedBars.Item(label: $0.id, detail: framework.indicator($0.id)?.title.zh ?? "", value: $0.complianceRate)
                },
                bands: bands
            ).render(),
            caption: Bilingual(zh: "合规率 = 适用回答的平均指标得分。", en: "Compliance rate = mean indicator score over applicable answers."))

        page.heading(Bilingual(zh: "年度趋势", en: "Trend over years"), id: "trend")
        page.figure(
            SVGTrendChart(
                id: "trend", title: "总分趋势 Overall score by year",
                series: [
                    SVGTrendChart.Series(
                        label: "平均 Mean",
                        points: [.init(year: 2024, value: before.overall.mean), .init(year: 2025, value: stats.overall.mean)]),
                    SVGTrendChart.Series(
                        label: "中位数 Median",
                        points: [.init(year: 2024, value: before.overall.median), .init(year: 2025, value: stats.overall.median)]),
                    SVGTrendChart.Series(
                        label: "第 10 百分位 P10",
                        points: [.init(year: 2023, value: nil), .init(year: 2024, value: before.overall.p10), .init(year: 2025, value: stats.overall.p10)]),
                ],
                bands: bands
            ).render())

        page.heading(Bilingual(zh: "处理建议", en: "Recommended actions"), id: "actions")
        let recommendations = accumulator.recommendations(under: policy, in: 2025).filter { $0.action != nil }
        page.table(
            HTMLTable(
                columns: [
                    .init(Bilingual(zh: "签约单位", en: "Signatory")), .init(Bilingual(zh: "建议", en: "Action")),
                    .init(Bilingual(zh: "规则", en: "Rule")), .init(Bilingual(zh: "理由", en: "Reason")),
                ],
                rows: recommendations.map { item in
                    let action = item.action ?? .warning
                    let tone: SVGTone = action >= .blacklist ? .poor : action == .censure ? .fair : .neutral
                    return [
                        .text(item.signatory), .badge(action.title.combined, tone: tone), .text(item.ruleID ?? ""),
                        .bilingual(item.reason ?? Bilingual(zh: "", en: "")),
                    ]
                }))
        return page.render()
    }
}
