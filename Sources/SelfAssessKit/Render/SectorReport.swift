import Foundation

/// `report.html` of `aggregate`: one self-contained page (inline SVG charts, no external assets)
/// with bilingual headings: a summary, participation, the distribution of overall scores and of
/// each article's scores, the indicator compliance ranking, the trend over the years, the
/// recommended actions, the signatories that did not submit, and the bundles not used.
///
/// Categories are the published ones (small categories folded into "other"), as in every table.
enum SectorReport {
    private typealias W = SectorWording

    /// The page.
    static func html(_ aggregate: SectorAggregate) -> String {
        var page = HTMLPage(
            title: W.title(aggregate.year), subtitle: W.subtitle(aggregate),
            footer: W.generatedBy(aggregate),
            styles: AssessmentReport.styles + styles)
        page.documentTitle = W.title(aggregate.year).combined
        page.raw(contents())
        page.raw(summary(aggregate))
        page.raw(participation(aggregate))
        page.raw(overall(aggregate))
        page.raw(articles(aggregate))
        page.raw(indicators(aggregate))
        page.raw(trend(aggregate))
        page.raw(actions(aggregate))
        page.raw(missing(aggregate))
        page.raw(rejected(aggregate))
        page.raw(method(aggregate))
        return page.render()
    }

    // MARK: - Sections

    private static func contents() -> String {
        let links: [(String, Bilingual)] = [
            ("summary", W.summaryShort), ("participation", W.participationShort),
            ("overall", W.overallShort),
            ("articles", W.articlesShort), ("indicators", W.indicatorsShort),
            ("trend", W.trendShort),
            ("actions", W.actionsShort), ("missing", W.missingShort), ("rejected", W.rejectedShort),
            ("method", W.methodShort),
        ]
        var out = "<nav class=\"contents\" aria-label=\"目录 Contents\"><ul>\n"
        for (anchor, label) in links { out += "<li><a href=\"#\(anchor)\">\(bi(label))</a></li>\n" }
        return out + "</ul></nav>"
    }

    private static func summary(_ aggregate: SectorAggregate) -> String {
        let statistics = aggregate.statistics
        let participation = statistics.participation
        let change = statistics.change
        let actions = aggregate.recommendations.count { $0.action != nil }
        let failedCritical = statistics.signatories.count {
            $0.record.submission.isAccepted && !$0.record.criticalFailures.isEmpty
        }
        var out = heading(W.summary, id: "summary")
        let tiles: [(Bilingual, String, String?, Bool)] = [
            (W.registered, "\(participation.registered)", nil, false),
            (
                W.acceptedLabel, "\(participation.accepted)",
                percent(participation.accepted, of: participation.registered), false
            ),
            (
                W.rejectedLabel, "\(participation.rejected)",
                percent(participation.rejected, of: participation.registered),
                participation.rejected > 0
            ),
            (
                W.missingLabel, "\(participation.missing)",
                percent(participation.missing, of: participation.registered),
                participation.missing > 0
            ),
            (
                W.failedCriticalLabel, "\(failedCritical)",
                percent(failedCritical, of: participation.accepted), failedCritical > 0
            ),
            (
                W.meanOverall, points(statistics.overall.mean),
                change.map { deltaText($0.overallMean, since: $0.previousYear) }, false
            ),
            (
                W.medianOverall, points(statistics.overall.median),
                change.map { deltaText($0.overallMedian, since: $0.previousYear) }, false
            ),
        ]
        out += "<dl class=\"figures sector\">\n"
        for (label, value, note, alert) in tiles {
            out += alert ? "<div class=\"alert tone-poor\">" : "<div>"
            out += "<dt>\(bi(label))</dt><dd>\(HTML.escape(value))"
            if let note { out += "<span class=\"note\">\(HTML.escape(note))</span>" }
            out += "</dd></div>\n"
        }
        out += "</dl>\n"
        out +=
            "<div class=\"ladder\"><span class=\"label\">\(bi(W.actionsTotal)) <strong>\(actions)</strong></span>\n"
        for (action, count) in aggregate.actionCounts {
            out +=
                "<a class=\"step\" href=\"#actions\">\(actionBadge(action)) <strong>\(count)</strong></a>\n"
        }
        out += "</div>\n"
        return "<section>\n" + out + "</section>"
    }

    private static func participation(_ aggregate: SectorAggregate) -> String {
        let participation = aggregate.statistics.participation
        let total = participation.registered
        var out = heading(W.participation, id: "participation")
        let rows: [[HTMLTable.Cell]] = [
            [.bilingual(W.registered), .text("\(total)"), .text("")],
            [
                .bilingual(W.submitted), .text("\(participation.submitted)"),
                .text(percent(participation.submitted, of: total) ?? ""),
            ],
            [
                .bilingual(W.acceptedLabel), .text("\(participation.accepted)"),
                .text(percent(participation.accepted, of: total) ?? ""),
            ],
            [
                .bilingual(W.rejectedLabel), .text("\(participation.rejected)"),
                .text(percent(participation.rejected, of: total) ?? ""),
            ],
            [
                .bilingual(W.missingLabel), .text("\(participation.missing)"),
                .text(percent(participation.missing, of: total) ?? ""),
            ],
        ]
        out += "<div class=\"columns\">\n"
        out += narrow(
            HTMLTable(
                columns: [
                    .init(W.status), .init(W.count, numeric: true), .init(W.share, numeric: true),
                ], rows: rows))
        var reasons: [[HTMLTable.Cell]] = participation.rejectionReasons.map {
            [.bilingual(W.rejection($0.reason)), .text("\($0.count)")]
        }
        if reasons.isEmpty { reasons = [[.text("—"), .text("0")]] }
        out += narrow(
            HTMLTable(
                caption: W.rejectionReasons,
                columns: [.init(W.reason), .init(W.count, numeric: true)], rows: reasons))
        let counts = aggregate.counts
        out += narrow(
            HTMLTable(
                caption: W.bundlesFound, columns: [.init(W.status), .init(W.count, numeric: true)],
                rows: [
                    [.bilingual(W.bundlesFound), .text("\(counts.found)")],
                    [.bilingual(W.bundlesUsed), .text("\(counts.accepted)")],
                    [.bilingual(W.bundlesRefused), .text("\(counts.refused)")],
                    [.bilingual(W.bundlesSuperseded), .text("\(counts.superseded)")],
                ]))
        out += "</div>\n"
        return "<section>\n" + out + "</section>"
    }

    private static func overall(_ aggregate: SectorAggregate) -> String {
        let statistics = aggregate.statistics
        let bands = SVGBand.bands(of: aggregate.framework)
        var out = heading(W.overall, id: "overall")
        guard statistics.overall.count > 0 else {
            return "<section>\n" + out + paragraph(W.noData) + "</section>"
        }
        let histogram = SVGHistogram(
            id: "overall-histogram", title: W.overall.zh + " " + W.overall.en,
            counts: statistics.overall.histogram,
            bands: bands, width: 720, height: 260)
        out += figure(histogram.render(), caption: W.histogramCaption)
        var rows = [SVGBoxPlot.Row(label: W.sector.combined, distribution: statistics.overall)]
        for category in statistics.categories {
            rows.append(
                SVGBoxPlot.Row(
                    label: W.categoryTitle(category.id, in: aggregate.framework).zh + " "
                        + category.id,
                    distribution: category.overall))
        }
        let box = SVGBoxPlot(
            id: "overall-by-category", title: W.byCategory.combined, rows: rows, bands: bands)
        out += subheading(W.byCategory) + figure(box.render(), caption: W.boxCaption)
        let folded = statistics.categories.flatMap(\.folded)
        if !folded.isEmpty {
            out += paragraph(W.folded(folded, minimum: statistics.minimumCategorySize))
        }
        var table: [[HTMLTable.Cell]] = [distributionRow(.bilingual(W.sector), statistics.overall)]
        for category in statistics.categories {
            table.append(
                distributionRow(
                    .bilingual(W.categoryTitle(category.id, in: aggregate.framework)),
                    category.overall))
        }
        out += tableMarkup(HTMLTable(columns: distributionColumns(W.category), rows: table))
        return "<section>\n" + out + "</section>"
    }

    private static func articles(_ aggregate: SectorAggregate) -> String {
        let statistics = aggregate.statistics
        let framework = aggregate.framework
        let bands = SVGBand.bands(of: framework)
        var out = heading(W.articles, id: "articles")
        guard statistics.overall.count > 0 else {
            return "<section>\n" + out + paragraph(W.noData) + "</section>"
        }
        let rows = statistics.articles.map { article in
            SVGBoxPlot.Row(
                label: "第\(article.number)条 Art. \(article.number)",
                distribution: article.distribution)
        }
        out += figure(
            SVGBoxPlot(id: "articles-box", title: W.articles.combined, rows: rows, bands: bands)
                .render(), caption: W.boxCaption)
        out += "<div class=\"grid\">\n"
        for article in statistics.articles {
            let title = framework.article(article.number)?.title ?? Bilingual(zh: "", en: "")
            let label = W.articleLabel(article.number)
            let chart = SVGHistogram(
                id: "article-\(article.number)-histogram",
                title: "\(label.combined) \(title.zh) \(title.en)",
                counts: article.distribution.histogram, bands: bands, width: 460, height: 220)
            out +=
                "<figure>\n<figcaption class=\"top\"><strong>\(bi(label))</strong> \(bi(title))</figcaption>\n"
            out += chart.render() + "\n</figure>\n"
        }
        out += "</div>\n"
        let changes = Dictionary(
            (statistics.change?.articles ?? []).map { ($0.number, $0.change) },
            uniquingKeysWith: { first, _ in first })
        var columns = distributionColumns(W.article)
        if statistics.change != nil { columns.append(.init(W.change, numeric: true)) }
        let table = statistics.articles.map { article -> [HTMLTable.Cell] in
            var row = distributionRow(
                .bilingual(W.articleLabel(article.number)), article.distribution)
            if statistics.change != nil {
                row.append(.markup(delta(changes[article.number] ?? nil)))
            }
            return row
        }
        out += tableMarkup(HTMLTable(columns: columns, rows: table))
        return "<section>\n" + out + "</section>"
    }

    private static func indicators(_ aggregate: SectorAggregate) -> String {
        let statistics = aggregate.statistics
        let framework = aggregate.framework
        var out = heading(W.indicators, id: "indicators")
        let rated = statistics.indicators.filter { $0.complianceRate != nil }
        guard !rated.isEmpty else {
            return "<section>\n" + out + paragraph(W.noData) + "</section>"
        }
        out += paragraph(W.rankingNote)
        let ranked = rated.sorted { lhs, rhs in
            if lhs.complianceRate != rhs.complianceRate {
                return (lhs.complianceRate ?? 0) < (rhs.complianceRate ?? 0)
            }
            return IndicatorOrder.precedes(lhs.id, rhs.id)
        }
        let items = ranked.map { stats in
            SVGRankedBars.Item(
                label: stats.id, detail: framework.indicator(stats.id)?.title.zh ?? "",
                value: stats.complianceRate)
        }
        let bands = [
            SVGBand(label: "高 High", min: 85, tone: .good),
            SVGBand(label: "中 Medium", min: 60, tone: .fair),
            SVGBand(label: "低 Low", min: 0, tone: .poor),
        ]
        out += figure(
            SVGRankedBars(
                id: "indicator-ranking", title: W.indicators.combined, items: items, bands: bands
            ).render(),
            caption: W.rankingCaption)
        let rows = ranked.enumerated().map { index, stats -> [HTMLTable.Cell] in
            let indicator = framework.indicator(stats.id)
            return [
                .text("\(index + 1)"), .markup("<strong>\(HTML.escape(stats.id))</strong>"),
                .bilingual(indicator?.title ?? Bilingual(zh: "", en: "")),
                .text(indicator?.critical == true ? "●" : ""), .text("\(stats.yes)"),
                .text("\(stats.partial)"),
                .text("\(stats.no)"), .text("\(stats.notApplicable)"), .text("\(stats.other)"),
                .text(percentText(stats.complianceRate)),
            ]
        }
        out += "<details>\n<summary>\(bi(W.allIndicators))</summary>\n"
        out += tableMarkup(
            HTMLTable(
                columns: [
                    .init(W.rank, numeric: true), .init(W.indicator), .init(W.name),
                    .init(W.criticalShort),
                    .init(W.yes, numeric: true), .init(W.partial, numeric: true),
                    .init(W.no, numeric: true),
                    .init(W.notApplicable, numeric: true), .init(W.other, numeric: true),
                    .init(W.complianceRate, numeric: true),
                ], rows: rows))
        out += "</details>\n"
        return "<section>\n" + out + "</section>"
    }

    private static func trend(_ aggregate: SectorAggregate) -> String {
        var out = heading(W.trend, id: "trend")
        let history = aggregate.history.filter { $0.overall.count > 0 }
        guard history.count > 1 else {
            return "<section>\n" + out + paragraph(W.oneYear) + "</section>"
        }
        let bands = SVGBand.bands(of: aggregate.framework)
        func series(
            _ label: Bilingual, _ value: (SectorStatistics) -> Decimal?
        ) -> SVGTrendChart.Series {
            SVGTrendChart.Series(
                label: label.combined,
                points: aggregate.history.map { .init(year: $0.year, value: value($0)) })
        }
        let overall = SVGTrendChart(
            id: "trend-overall", title: W.overallTrend.combined,
            series: [
                series(W.mean) { $0.overall.mean }, series(W.median) { $0.overall.median },
                series(Bilingual(zh: "P25", en: "")) { $0.overall.p25 },
                series(Bilingual(zh: "P75", en: "")) { $0.overall.p75 },
            ], bands: bands, width: 720)
        out += figure(overall.render(), caption: W.overallTrend)
        let numbers = aggregate.framework.articles.map(\.number)
        let articleSeries = numbers.map { number in
            series(Bilingual(zh: "第\(number)条", en: "Art. \(number)")) { statistics in
                statistics.articles.first { $0.number == number }?.distribution.mean
            }
        }
        out += figure(
            SVGTrendChart(
                id: "trend-articles", title: W.articleTrend.combined, series: articleSeries,
                bands: bands, width: 720
            )
            .render(), caption: W.articleTrend)
        let rows = aggregate.history.map { statistics -> [HTMLTable.Cell] in
            let p = statistics.participation
            return [
                .text("\(statistics.year)"), .text("\(p.registered)"), .text("\(p.accepted)"),
                .text("\(p.rejected)"),
                .text("\(p.missing)"), .text(points(statistics.overall.mean)),
                .text(points(statistics.overall.median)),
            ]
        }
        out += tableMarkup(
            HTMLTable(
                columns: [
                    .init(W.year), .init(W.registered, numeric: true),
                    .init(W.acceptedLabel, numeric: true),
                    .init(W.rejectedLabel, numeric: true), .init(W.missingLabel, numeric: true),
                    .init(W.mean, numeric: true), .init(W.median, numeric: true),
                ], rows: rows))
        return "<section>\n" + out + "</section>"
    }

    private static func actions(_ aggregate: SectorAggregate) -> String {
        var out = heading(W.actions, id: "actions")
        out += paragraph(W.actionsNote)
        let rows = Dictionary(aggregate.statistics.signatories.map { ($0.record.signatory, $0) }) {
            first, _ in first
        }
        let advised = aggregate.recommendations.filter { $0.action != nil }.sorted { lhs, rhs in
            let left = lhs.action?.severity ?? 0
            let right = rhs.action?.severity ?? 0
            return left != right
                ? left > right : lhs.signatory.utf8.lexicographicallyPrecedes(rhs.signatory.utf8)
        }
        guard !advised.isEmpty else {
            return "<section>\n" + out + paragraph(W.noActions) + "</section>"
        }
        out += subheading(W.byRule) + paragraph(W.byRuleNote)
        let byRule = aggregate.ruleCounts.map { count -> [HTMLTable.Cell] in
            [
                .markup("<code class=\"rule\">\(HTML.escape(count.id))</code>"),
                .markup(actionBadge(count.action)), .bilingual(count.reason),
                .text(String(count.fired)), .text(String(count.decided)),
            ]
        }
        out += narrow(
            HTMLTable(
                columns: [
                    .init(W.rule), .init(W.action), .init(W.reason),
                    .init(W.ruleFired, numeric: true), .init(W.ruleDecided, numeric: true),
                ],
                rows: byRule))
        out += subheading(W.bySignatory)
        let table = advised.map { advice -> [HTMLTable.Cell] in
            let row = rows[advice.signatory]
            let record = row?.record
            let category = W.categoryTitle(
                aggregate.publishedCategory(record?.category ?? ""), in: aggregate.framework)
            let who =
                "<strong>\(HTML.escape(record?.name ?? advice.signatory))</strong><br><code>\(HTML.escape(advice.signatory))</code>"
                + " <span class=\"small\">\(HTML.escape(category.zh))</span>"
            var score = "—"
            if let record {
                score =
                    record.submission.isAccepted
                    ? HTML.escape(points(record.overall)) + "<br>" + delta(row?.overallChange)
                        + ratingMarkup(record, in: aggregate.framework)
                    : HTML.bilingual(W.submission(record.submission))
            }
            let step =
                (advice.action.map(actionBadge) ?? "")
                + "<br><code class=\"rule\">\(HTML.escape(advice.ruleID ?? ""))</code>"
            var cells: [HTMLTable.Cell] = [
                .markup(who), .markup(score), .markup(step),
                .bilingual(advice.reason ?? Bilingual(zh: "", en: "")),
            ]
            if !aggregate.decisions.isEmpty {
                cells.append(
                    .markup(
                        decisionMarkup(aggregate.decision(for: advice.signatory, year: advice.year))
                    ))
            }
            return cells
        }
        let decisionColumn: [HTMLTable.Column] =
            aggregate.decisions.isEmpty ? [] : [.init(W.decided)]
        out +=
            "<div class=\"table actions-table\">\n"
            + HTMLTable(
                columns: [
                    .init(W.signatory), .init(W.overallScore, numeric: true), .init(W.action),
                    .init(W.reason),
                ] + decisionColumn,
                rows: table
            ).render() + "</div>\n"
        return "<section>\n" + out + "</section>"
    }

    /// An analyst's decision in the actions table: the step decided, who and when, and why; a
    /// dash while none is recorded.
    private static func decisionMarkup(_ decision: SectorDecision?) -> String {
        guard let decision else { return "—" }
        let step =
            EnforcementAction(rawValue: decision.action).map(actionBadge)
            ?? "<code>\(HTML.escape(decision.action))</code>"
        return step + "<br><span class=\"small\">\(HTML.escape(decision.decidedBy)) · "
            + "\(HTML.escape(decision.decidedAt))</span><br>\(HTML.escape(decision.reason))"
    }

    private static func missing(_ aggregate: SectorAggregate) -> String {
        var out = heading(W.missing, id: "missing")
        let missing = aggregate.statistics.signatories.filter { !$0.record.submission.isSubmitted }
        guard !missing.isEmpty else {
            return "<section>\n" + out + paragraph(W.noMissing) + "</section>"
        }
        var missingYears: [String: [Int]] = [:]
        for statistics in aggregate.history {
            for row in statistics.signatories where !row.record.submission.isSubmitted {
                missingYears[row.record.signatory, default: []].append(statistics.year)
            }
        }
        let rows = missing.map { row -> [HTMLTable.Cell] in
            let record = row.record
            return [
                .markup("<code>\(HTML.escape(record.signatory))</code>"), .text(record.name),
                .bilingual(
                    W.categoryTitle(
                        aggregate.publishedCategory(record.category), in: aggregate.framework)),
                .text(
                    (missingYears[record.signatory] ?? []).map(String.init).joined(separator: ", ")),
            ]
        }
        out += tableMarkup(
            HTMLTable(
                columns: [
                    .init(W.signatory), .init(W.name), .init(W.category), .init(W.yearsMissing),
                ], rows: rows))
        return "<section>\n" + out + "</section>"
    }

    private static func rejected(_ aggregate: SectorAggregate) -> String {
        var out = heading(W.rejected, id: "rejected")
        guard !aggregate.rejections.isEmpty else {
            return "<section>\n" + out + paragraph(W.noRejected) + skippedMarkup(aggregate)
                + "</section>"
        }
        let rows = aggregate.rejections.map { rejection -> [HTMLTable.Cell] in
            [
                .markup("<code class=\"path\">\(HTML.escape(rejection.file))</code>"),
                .markup(rejection.signatory.map { "<code>\(HTML.escape($0))</code>" } ?? "—"),
                .text(rejection.year.map(String.init) ?? "—"),
                .bilingual(W.reason(rejection.reason)),
                .markup("<code>\(HTML.escape(rejection.code))</code>"),
                .markup(
                    "<span class=\"message\">\(HTML.escape(shortMessage(rejection.message, file: rejection.file)))</span>"
                ),
            ]
        }
        out +=
            "<div class=\"table rejected-table\">\n"
            + HTMLTable(
                columns: [
                    .init(W.file), .init(W.signatory), .init(W.year), .init(W.reason),
                    .init(W.code), .init(W.details),
                ],
                rows: rows
            ).render() + "</div>\n"
        if !aggregate.chainFindings.isEmpty {
            out += subheading(W.chain)
            let findings = aggregate.chainFindings.map { finding -> [HTMLTable.Cell] in
                [
                    .markup("<code>\(HTML.escape(finding.signatory))</code>"),
                    .text("\(finding.year)"),
                    .bilingual(W.chainKind(finding.kind)),
                    .markup("<code>\(finding.kind.code)</code>"),
                    .markup(
                        "<span class=\"message\">\(HTML.escape(shortMessage(finding.message, file: finding.file)))</span>"
                    ),
                ]
            }
            out += tableMarkup(
                HTMLTable(
                    columns: [
                        .init(W.signatory), .init(W.year), .init(W.kind), .init(W.code),
                        .init(W.details),
                    ],
                    rows: findings))
        }
        out += skippedMarkup(aggregate)
        return "<section>\n" + out + "</section>"
    }

    /// The years covered, the files skipped and the categories that disagree.
    private static func skippedMarkup(_ aggregate: SectorAggregate) -> String {
        var out = subheading(W.yearsCovered)
        out += tableMarkup(
            HTMLTable(
                columns: [.init(W.year), .init(W.details)],
                rows: aggregate.coverage.years.map { [.text(String($0.year)), .text($0.reason)] }))
        if !aggregate.skipped.isEmpty {
            out += subheading(W.skipped)
            let rows = aggregate.skipped.map { skipped -> [HTMLTable.Cell] in
                [
                    .markup("<code class=\"path\">\(HTML.escape(skipped.file))</code>"),
                    .markup("<code>\(HTML.escape(skipped.reason.rawValue))</code>"),
                    .markup("<code>\(skipped.reason.code)</code>"),
                    .markup(
                        "<span class=\"message\">\(HTML.escape(shortMessage(skipped.message, file: skipped.file)))</span>"
                    ),
                ]
            }
            out += tableMarkup(
                HTMLTable(
                    columns: [.init(W.file), .init(W.reason), .init(W.code), .init(W.details)],
                    rows: rows))
        }
        if !aggregate.categoryDisagreements.isEmpty {
            out += subheading(W.categoryDisagreements)
            let rows = aggregate.categoryDisagreements.map { item -> [HTMLTable.Cell] in
                [
                    .markup("<code>\(HTML.escape(item.signatory))</code>"),
                    .text(String(item.year)),
                    .markup("<code>\(HTML.escape(item.keyring))</code>"),
                    .markup("<code>\(HTML.escape(item.assessment))</code>"),
                ]
            }
            out += tableMarkup(
                HTMLTable(
                    columns: [
                        .init(W.signatory), .init(W.year), .init(W.keyringCategory),
                        .init(W.assessmentCategory),
                    ], rows: rows))
        }
        return out
    }

    private static func method(_ aggregate: SectorAggregate) -> String {
        var out = heading(W.method, id: "method")
        for text in W.methodText { out += paragraph(text) }
        return "<section class=\"appendix-section\">\n" + out + "</section>"
    }

    // MARK: - Pieces

    private static func bi(_ text: Bilingual) -> String { HTML.bilingual(text) }

    private static func heading(_ text: Bilingual, id: String) -> String {
        "<h2 id=\"\(HTML.identifier(id))\">\(HTML.bilingual(text))</h2>\n"
    }

    private static func subheading(_ text: Bilingual) -> String {
        "<h3>\(HTML.bilingual(text))</h3>\n"
    }

    private static func paragraph(_ text: Bilingual) -> String {
        "<p>\(HTML.bilingual(text))</p>\n"
    }

    private static func figure(_ svg: String, caption: Bilingual) -> String {
        "<figure>\n\(svg)\n<figcaption>\(bi(caption))</figcaption>\n</figure>\n"
    }

    private static func tableMarkup(_ table: HTMLTable) -> String {
        "<div class=\"table\">\n" + table.render() + "</div>\n"
    }

    private static func narrow(_ table: HTMLTable) -> String {
        "<div class=\"table narrow\">\n" + table.render() + "</div>\n"
    }

    private static func distributionColumns(_ first: Bilingual) -> [HTMLTable.Column] {
        [
            .init(first), .init(W.n, numeric: true), .init(W.mean, numeric: true),
            .init(Bilingual(zh: "最低", en: "Min"), numeric: true),
            .init(Bilingual(zh: "P10", en: ""), numeric: true),
            .init(Bilingual(zh: "P25", en: ""), numeric: true),
            .init(W.median, numeric: true), .init(Bilingual(zh: "P75", en: ""), numeric: true),
            .init(Bilingual(zh: "P90", en: ""), numeric: true),
            .init(Bilingual(zh: "最高", en: "Max"), numeric: true),
        ]
    }

    private static func distributionRow(
        _ label: HTMLTable.Cell, _ d: Distribution
    ) -> [HTMLTable.Cell] {
        [label, .text("\(d.count)")]
            + [d.mean, d.min, d.p10, d.p25, d.median, d.p75, d.p90, d.max].map { .text(points($0)) }
    }

    /// A message without the file name it starts with, which the table shows beside it.
    private static func shortMessage(_ message: String, file: String) -> String {
        for prefix in [file + ": ", file + "/"] where message.hasPrefix(prefix) {
            return String(message.dropFirst(prefix.hasSuffix("/") ? file.count + 1 : prefix.count))
        }
        return message
    }

    /// A signatory's rating with its failed critical indicators next to it, the headline the
    /// scoring rules ask every output to show.
    private static func ratingMarkup(_ record: SignatoryRecord, in framework: Framework) -> String {
        let band = framework.scoring.bands.first { $0.id == record.rating }
        var out = "<br><span class=\"small\">\(HTML.bilingual(ReportWording.rating(band)))</span>"
        if !record.criticalFailures.isEmpty {
            out +=
                "<br><span class=\"small below\">\(bi(W.failedCriticalLabel)): "
                + "<code>\(HTML.escape(record.criticalFailures.joined(separator: ", ")))</code></span>"
        }
        return out
    }

    private static func actionBadge(_ action: EnforcementAction) -> String {
        "<span class=\"action step-\(action.severity)\">\(bi(action.title))</span>"
    }

    private static func points(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: 2) } ?? "—"
    }

    private static func percentText(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: 2) + "%" } ?? "—"
    }

    private static func percent(_ part: Int, of whole: Int) -> String? {
        guard whole > 0 else { return nil }
        // Rounded once, from the exact share, to the place shown.
        let share = Ratio(Decimal(part) * 100, over: Decimal(whole))?.rounded(places: 1) ?? 0
        return DecimalText.format(share, places: 1) + "%"
    }

    private static func deltaText(_ value: Decimal?, since year: Int) -> String {
        guard let value else { return "" }
        return "\(ReportWording.arrow(value)) \(ReportWording.signed(value)) vs \(year)"
    }

    private static func delta(_ value: Decimal?) -> String {
        guard let value else { return "<span class=\"delta\">—</span>" }
        return "<span class=\"delta tone-\(ReportWording.tone(delta: value).rawValue)\">"
            + HTML.escape(ReportWording.arrow(value) + " " + ReportWording.signed(value))
            + "</span>"
    }

    /// The sector report's own layout rules, after ``HTMLPage/stylesheet`` and the assessment
    /// report's (tones, badges, contents).
    static let styles = """
        .figures.sector div { min-width: 104px; }
        .figures .note { display: block; font-size: 0.55em; font-weight: normal; color: #444444; }
        .ladder { display: flex; flex-wrap: wrap; gap: 8px 16px; margin: 0.4em 0 1em; align-items: center; }
        .ladder .label { font-weight: 600; margin-right: 4px; }
        .ladder .label .en { font-weight: normal; }
        .ladder .label strong, .ladder .step strong { font-size: 1.2em; font-variant-numeric: tabular-nums; margin-left: 2px; }
        .ladder a.step { text-decoration: none; color: inherit; }
        .actions-table td:nth-child(1) { width: 30%; }
        .actions-table td:nth-child(2) { width: 11%; }
        .actions-table td:nth-child(3) { width: 17%; }
        .actions-table td .en { font-size: 0.82em; }
        .actions-table code.rule { font-size: 0.78em; color: #444444; }
        .rejected-table td:nth-child(1) { width: 22%; }
        .rejected-table td:nth-child(4) { width: 12%; }
        .action { display: inline-block; padding: 1px 8px; border-radius: 3px; font-weight: 600; white-space: nowrap; font-size: 0.9em; }
        .action .en { display: inline; color: inherit; font-weight: normal; margin-left: 0.3em; font-size: 1em; }
        .action.step-1 { background: #fbeccc; color: #1b1b1b; border: 1px solid #e69f00; }
        .action.step-2 { background: #e69f00; color: #1b1b1b; border: 1px solid #b37a00; }
        .action.step-3 { background: #d55e00; color: #ffffff; border: 1px solid #a34700; }
        .action.step-4 { background: #8f2d00; color: #ffffff; border: 1px solid #5c1d00; }
        .action.step-5 { background: #1b1b1b; color: #ffffff; border: 1px solid #000000; }
        .columns { display: flex; flex-wrap: wrap; gap: 0 28px; align-items: flex-start; }
        .columns .table.narrow table { min-width: 240px; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(400px, 1fr)); gap: 4px 24px; }
        .grid figure { margin: 0.6em 0; }
        figcaption.top { margin: 0 0 0.2em; }
        details summary { cursor: pointer; font-weight: 600; margin: 0.6em 0; }
        code.path, .message { overflow-wrap: anywhere; }
        .message { font-size: 0.85em; color: #333333; }
        @media print {
          details > * { display: block; }
          .action { background: #ffffff !important; color: #000000 !important; border: 1px solid #000000; }
          .action.step-3, .action.step-4, .action.step-5 { border: 3px double #000000; }
          .grid { grid-template-columns: 1fr 1fr; }
        }

        """
}
