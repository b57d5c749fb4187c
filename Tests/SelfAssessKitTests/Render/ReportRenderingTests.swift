import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The HTML page writer and the SVG charts: escaping, fixed number formatting, golden output, a
/// real parser, and (when Chromium is installed) a rendered screenshot.
@Suite(.tags(.small))
struct ReportRenderingTests {
    typealias F = AggregateFixtures

    static let bands = [
        SVGBand(label: "合规 Compliant", min: 85, tone: .good),
        SVGBand(label: "部分合规 Partially compliant", min: 60, tone: .fair),
        SVGBand(label: "不合规 Non-compliant", min: 0, tone: .poor),
    ]

    // MARK: Escaping and numbers

    @Test(arguments: [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("中文 · English", "中文 · English"),
        ("bell\u{07}tab\tline\n", "belltab\tline\n"),
        ("&amp;", "&amp;amp;"),
    ])
    func escaping(_ input: String, _ expected: String) {
        #expect(HTML.escape(input) == expected)
    }

    @Test(arguments: [
        ("article-1", "article-1"), ("1st chart", "x-1st-chart"), ("图表", "x---"),
        ("a b\"c", "a-b-c"),
    ])
    func identifiers(_ input: String, _ expected: String) {
        #expect(HTML.identifier(input) == expected)
    }

    @Test(arguments: [
        (0.0, "0"), (12.0, "12"), (12.04, "12"), (12.05, "12.1"), (-3.25, "-3.3"), (-0.04, "0"),
        (1e9, "1000000000"),
        (Double.nan, "0"),
    ])
    func coordinatesHaveAtMostOneDecimal(_ value: Double, _ expected: String) {
        #expect(SVGCanvas.number(value) == expected)
    }

    @Test func textWidthCountsCJKAsOneEm() {
        #expect(SVGCanvas.textWidth("ab", size: 10) == 11)
        #expect(SVGCanvas.textWidth("合规", size: 10) == 22)
        #expect(SVGCanvas.fitted("依法办网依法办网依法办网", width: 60) == "依法办网…", "9 columns × 6.6 = 59.4")
        #expect(SVGCanvas.fitted("short", width: 60) == "short")
    }

    @Test(arguments: [
        (0, 1), (4, 1), (5, 1), (6, 2), (10, 2), (11, 5), (24, 5), (26, 10), (300, 100),
    ])
    func histogramTickSteps(_ maximum: Int, _ step: Int) {
        #expect(SVGHistogram.tickStep(for: maximum) == step)
    }

    /// Each bar has its band's colour, as the key shows (every bar was the neutral blue); a bin
    /// a threshold cuts is split there.
    @Test func histogramBarsHaveTheirBandsColours() throws {
        #expect(
            SVGHistogram.parts(from: 80, to: 90, Self.bands).map {
                "\($0.from)-\($0.to) \($0.tone)"
            }
                == ["80-85 fair", "85-90 good"])
        #expect(SVGHistogram.parts(from: 50, to: 60, Self.bands).map(\.tone) == [.poor])
        #expect(SVGHistogram.parts(from: 60, to: 70, Self.bands).map(\.tone) == [.fair])
        #expect(SVGHistogram.parts(from: 90, to: 100, Self.bands).map(\.tone) == [.good])
        #expect(SVGHistogram.parts(from: 0, to: 10, []).map(\.tone) == [.neutral])

        let svg = SVGHistogram(
            id: "h", title: "t", counts: [0, 0, 0, 0, 0, 1, 0, 0, 2, 3], bands: Self.bands
        ).render()
        let fills = svg.components(separatedBy: "<rect ").dropFirst().compactMap { rect in
            rect.range(of: "fill=\"").map { String(rect[$0.upperBound...].prefix(7)) }
        }
        // The bars, empty ones too (0–60 poor; 60–80 fair; 80–90 fair then good; 90–100 good),
        // then the key's swatches.
        let (good, fair, poor) = (SVGTone.good.fill, SVGTone.fair.fill, SVGTone.poor.fill)
        #expect(
            fills == Array(repeating: poor, count: 6) + [fair, fair, fair, good, good]
                + [good, fair, poor], "\(fills)")
    }

    /// The thresholds' labels ("≥ 85") sit above the tallest bar's count, even when that bar is
    /// the one the threshold cuts and nearly reaches the ceiling (they overlapped).
    @Test(arguments: [[0, 0, 0, 0, 0, 0, 0, 0, 19, 0], [0, 0, 0, 0, 0, 9, 0, 0, 9, 0]])
    func thresholdLabelsClearTheCounts(_ counts: [Int]) throws {
        for height in [220.0, 240, 260] {
            let svg = SVGHistogram(
                id: "h", title: "t", counts: counts, bands: Self.bands, height: height
            ).render()
            func baseline(of label: String) throws -> Double {
                let end = try #require(svg.range(of: ">\(label)</text>"))
                let start = try #require(
                    svg[..<end.lowerBound].range(of: " y=\"", options: .backwards))
                let digits = svg[start.upperBound...].prefix { $0 != "\"" }
                return try #require(Double(digits))
            }
            let threshold = try baseline(of: "≥ 85")
            let count = try baseline(of: String(counts.max() ?? 0))
            // Glyphs of size 10 rise about 10 above their baseline.
            #expect(count - 10 >= threshold + 2, "height \(height): \(count) vs \(threshold)")
        }
    }

    @Test func bandsComeFromTheFramework() {
        let bands = SVGBand.bands(of: TestSupport.framework)
        #expect(bands.map(\.tone) == [.good, .fair, .poor])
        #expect(bands.map(\.min) == [85, 60, 0])
        #expect(bands.first?.label == "合规 · Compliant")
        #expect(SVGBand.band(of: 84.99, in: bands)?.tone == .fair)
        #expect(SVGBand.band(of: 85, in: bands)?.tone == .good)
    }

    // MARK: Golden charts

    static let distribution = Distribution(
        F.decimals(["42", "55.5", "61.25", "70", "72", "75.5", "80", "88.5", "91", "97"]))

    static let charts: [(name: String, svg: String)] = [
        (
            "bar-chart.svg",
            SVGBarChart(
                id: "bars", title: "各条款得分 Article scores",
                bars: [
                    .init(label: "1 依法办网", value: F.decimal("92.5")),
                    .init(label: "2 网络安全", value: F.decimal("71.25")),
                    .init(label: "3 正能量 <&>", value: F.decimal("45")),
                    .init(label: "4 不良信息", value: nil),
                    .init(label: "5 用户权益", value: 100), .init(label: "6 公平竞争", value: 0),
                ],
                bands: bands
            ).render()
        ),
        (
            "box-plot.svg",
            SVGBoxPlot(
                id: "boxes", title: "得分分布 Score distribution",
                rows: [
                    .init(label: "总分 Overall", distribution: distribution),
                    .init(label: "第 2 条", distribution: .empty),
                ],
                bands: bands
            ).render()
        ),
        (
            "histogram.svg",
            SVGHistogram(
                id: "histogram", title: "总分分布 Overall scores", counts: distribution.histogram,
                bands: bands
            ).render()
        ),
        (
            "ranked-bars.svg",
            SVGRankedBars(
                id: "ranking", title: "合规率 Compliance rates",
                items: [
                    .init(
                        label: "A2.5", detail: "安全事件应急预案与演练 Incident response",
                        value: F.decimal("31.25")),
                    .init(label: "A1.6", detail: "逾期未整改的监管要求", value: F.decimal("58")),
                    .init(label: "A5.10", detail: "", value: nil),
                ]
            ).render()
        ),
        (
            "trend.svg",
            SVGTrendChart(
                id: "trend", title: "年度趋势 Trend",
                series: [
                    .init(
                        label: "平均 Mean",
                        points: [
                            .init(year: 2023, value: 61),
                            .init(year: 2024, value: F.decimal("66.5")),
                            .init(year: 2025, value: 70),
                        ]),
                    .init(
                        label: "acme",
                        points: [
                            .init(year: 2023, value: 90), .init(year: 2024, value: nil),
                            .init(year: 2025, value: 84),
                        ]),
                ],
                bands: bands
            ).render()
        ),
    ]

    @Test(arguments: charts.map(\.name))
    func chartMatchesGolden(_ name: String) throws {
        let svg = try #require(Self.charts.first { $0.name == name }?.svg)
        Golden.check(svg + "\n", named: "report/\(name)")
    }

    @Test func chartsAreAccessibleAndDeterministic() {
        for chart in Self.charts {
            #expect(chart.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(chart.svg.contains("role=\"img\""))
            #expect(chart.svg.contains("<title id="))
            #expect(chart.svg.contains("<desc id="))
            #expect(!chart.svg.contains("e+") && !chart.svg.contains("e-0"), "no exponent notation")
        }
        let again = SVGBarChart(
            id: "bars", title: "t", bars: [.init(label: "x", value: 50)], bands: Self.bands
        ).render()
        #expect(
            again
                == SVGBarChart(
                    id: "bars", title: "t", bars: [.init(label: "x", value: 50)], bands: Self.bands
                ).render())
        #expect(Self.charts[0].svg.contains("3 正能量 &lt;&amp;&gt;"), "labels are escaped")
    }

    // MARK: The page

    @Test func minimalPage() {
        var page = HTMLPage(title: Bilingual(zh: "报告", en: "Report"), subtitle: "2025 <draft>")
        page.heading(Bilingual(zh: "参与情况", en: "Participation"), level: 2, id: "participation")
        page.paragraph("5 < 6 & \"seven\"")
        page.paragraph(Bilingual(zh: "中文段落", en: ""))
        page.table(
            HTMLTable(
                columns: [
                    .init(Bilingual(zh: "名称", en: "Name")),
                    .init(Bilingual(zh: "得分", en: "Score"), numeric: true),
                ],
                rows: [[.text("Acme & Co"), .text("92.50")], [.badge("警告 Warning", tone: .fair)]]))
        Golden.check(page.render(), named: "report/minimal.html")
    }

    @Test(.tags(.medium), .needs(.python3))
    func pagesPassAnHTMLParser() throws {
        var minimal = HTMLPage(title: Bilingual(zh: "报告", en: "Report"))
        minimal.paragraph("x")
        let check = try HTMLCheck.problems(in: minimal.render())
        #expect(check.problems.isEmpty, "\(check.problems.joined(separator: "\n"))")
    }

    @Test(.tags(.medium), .needs(.python3))
    func theParserCheckCatchesMistakes() throws {
        let broken = """
            <!DOCTYPE html><html><head><title>x</title><meta charset="utf-8"></head>
            <body><div><p>text</div><img src="https://example.com/a.png">
            <svg role="img" aria-labelledby="nope"><rect/></svg></body></html>
            """
        let problems = try HTMLCheck.problems(in: broken).problems.joined(separator: "\n")
        for expected in [
            "</div> closes p", "<img src>", "missing id 'nope'", "has no <title>",
            "first element in <head>",
        ] {
            #expect(problems.contains(expected), "\(problems)")
        }
    }
}
