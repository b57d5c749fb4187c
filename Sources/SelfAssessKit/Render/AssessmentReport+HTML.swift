import Foundation

/// The HTML report: one self-contained page (``HTMLPage``) with the report's own layout rules.
/// Everything that comes from the assessment or the framework is escaped; element ids are made
/// with ``HTML/identifier(_:)``.
extension AssessmentReport {
    static func htmlPage(_ model: ReportModel) -> String {
        let year = model.year
        var page = HTMLPage(
            title: Bilingual(zh: "\(year) 年度合规自评估报告", en: "Compliance self-assessment report \(year)"),
            subtitle: "\(model.signatory.name)（\(model.signatory.id)）",
            footer: footer(model), styles: styles)
        page.documentTitle = "\(model.signatory.name) · \(year) 年度合规自评估报告 · Compliance self-assessment report \(year)"
        page.raw(summary(model))
        page.raw(contents(model))
        page.raw(failures(model))
        page.raw(articleOverview(model))
        if let diff = model.diff { page.raw(changes(diff, model: model)) }
        page.raw(gains(model))
        for article in model.articles { page.raw(articleSection(article, model: model)) }
        page.raw(method(model))
        page.raw(evidenceFiles(model))
        return page.render()
    }

    // MARK: - Summary

    private static func summary(_ model: ReportModel) -> String {
        let score = model.score
        var out = "<section class=\"summary\">\n"
        out += "<h2 id=\"summary\" class=\"visually-hidden\">\(bi("概要", "Summary"))</h2>\n<div class=\"headline\">\n"
        out += "<div class=\"overall tone-\(model.tone.rawValue)\">\n"
        out += "<div class=\"overall-label\">\(bi("总分", "Overall score"))</div>\n"
        out += "<div class=\"overall-score\">\(HTML.escape(ReportWording.points(score.overall)))</div>\n"
        out += "<div>\(rating(score.rating, tone: model.tone))</div>\n"
        if let diff = model.diff, let delta = diff.overall.delta {
            let old = diff.old.year
            let before = ReportWording.points(diff.overall.old)
            let oldRating = ReportWording.rating(diff.overall.oldRating)
            out += "<p class=\"overall-delta\"><strong>\(HTML.escape(ReportWording.arrow(delta) + " " + ReportWording.signed(delta)))</strong> "
            out += bi("较 \(old) 年（\(before)，\(oldRating.zh)）", "since \(old) (\(before), \(oldRating.en))")
            out += "</p>\n"
        }
        out +=
            SVGScoreGauge(
                id: "overall-gauge", title: "总分 Overall score", value: score.overall, valueLabel: "\(model.year)",
                previous: model.diff?.overall.old, previousLabel: model.diff.map { "\($0.old.year)" } ?? "",
                bands: model.bands, width: 300
            ).render() + "\n"
        out += "</div>\n<dl class=\"facts\">\n"
        let info = model.info
        out += fact(
            bi("签约单位", "Signatory"),
            "\(HTML.escape(info.signatory.name)) <code>\(HTML.escape(info.signatory.id))</code>")
        out += fact(bi("类别", "Category"), HTML.bilingual(model.category))
        out += fact(bi("报告年度", "Reporting year"), "\(model.year)")
        let framework = model.framework
        out += fact(
            bi("评估框架", "Framework"),
            "<code>\(HTML.escape(framework.id))</code> \(HTML.escape(framework.version)) "
                + "<span class=\"small\">\(HTML.bilingual(framework.title))</span> "
                + "<code class=\"hash\" title=\"\(HTML.escape(framework.sha256))\">"
                + "\(HTML.escape(ReportWording.shortHash(framework.sha256)))</code>")
        let declaration = info.declaration
        var signer = HTML.escape(declaration.signedBy)
        if let role = declaration.role { signer += "（\(HTML.escape(role))）" }
        var declared = "\(signer) · \(bi("签署于 \(declaration.date)", "signed \(declaration.date)"))"
        if let statement = declaration.statement {
            declared += "<blockquote>\(HTML.escape(statement))</blockquote>"
        }
        out += fact(bi("声明", "Declaration"), declared)
        var contact = HTML.escape(info.contact.name) + " · " + HTML.escape(info.contact.email)
        if let phone = info.contact.phone { contact += " · " + HTML.escape(phone) }
        out += fact(bi("联系人", "Contact"), contact)
        out += "</dl>\n</div>\n"

        let failureCount = score.criticalFailures.count
        var figures: [(label: Bilingual, value: String, tone: SVGTone?)] = [
            (Bilingual(zh: "关键指标未达标", en: "Critical failures"), "\(failureCount)", failureCount > 0 ? .poor : nil),
            (
                Bilingual(zh: "计分指标", en: "Indicators scored"),
                "\(score.indicators.count { $0.counts }) / \(score.indicators.count)", nil
            ),
            (Bilingual(zh: "不适用", en: "Not applicable"), "\(model.count(.notApplicable))", nil),
        ]
        if let diff = model.diff {
            figures.append(
                (Bilingual(zh: "改进 / 退步", en: "Improved / regressed"),
                 "\(diff.count(.improved)) / \(diff.count(.regressed))", nil))
        }
        out += "<dl class=\"figures\">\n"
        for figure in figures {
            let mark = figure.tone.map { " class=\"alert tone-\($0.rawValue)\"" } ?? ""
            out += "<div\(mark)><dt>\(HTML.bilingual(figure.label))</dt><dd>\(HTML.escape(figure.value))</dd></div>\n"
        }
        out += "<div><dt>\(bi("条款评级", "Articles by rating"))</dt><dd class=\"bands\">"
        for band in model.sortedBands {
            let count = score.articles.count { $0.rating?.id == band.id }
            out += "<span><strong>\(count)</strong> \(HTML.bilingual(band.title))</span>"
        }
        out += "</dd></div>\n"
        return out + "</dl>\n</section>"
    }

    /// A labelled figure in running text: `权重 weight 1`.
    private static func fact(_ zh: String, _ en: String, _ value: String) -> String {
        "<span class=\"fact\">\(bi(zh, en)) <strong>\(HTML.escape(value))</strong></span>"
    }

    private static func fact(_ label: String, _ value: String) -> String {
        "<div><dt>\(label)</dt><dd>\(value)</dd></div>\n"
    }

    private static func contents(_ model: ReportModel) -> String {
        var links: [(String, Bilingual)] = [
            ("critical", Bilingual(zh: "关键指标", en: "Critical failures")),
            ("article-scores", Bilingual(zh: "各条款得分", en: "Article scores")),
        ]
        if let diff = model.diff {
            links.append(("changes", Bilingual(zh: "与 \(diff.old.year) 年比较", en: "Changes since \(diff.old.year)")))
        }
        links.append(("gains", Bilingual(zh: "提升空间", en: "Gains")))
        var out = "<nav class=\"contents\" aria-label=\"目录 Contents\"><ul>\n"
        for (anchor, text) in links { out += "<li><a href=\"#\(anchor)\">\(HTML.bilingual(text))</a></li>\n" }
        out += "<li class=\"articles\">\(bi("条款", "Articles"))"
        for article in model.articles {
            out += " <a href=\"#\(article.anchor)\">\(article.score.number)</a>"
        }
        out += "</li>\n"
        out += "<li><a href=\"#method\">\(bi("评级与计分", "Method"))</a></li>\n"
        out += "<li><a href=\"#evidence\">\(bi("证据文件", "Evidence"))</a></li>\n"
        return out + "</ul></nav>"
    }

    // MARK: - Critical failures

    private static func failures(_ model: ReportModel) -> String {
        var out = heading(Bilingual(zh: "关键指标未达标", en: "Critical failures"), id: "critical")
        guard !model.failures.isEmpty else {
            return out + "<p class=\"all-clear\">\(bi("无。所有关键指标均达到通过线。", "None: every critical indicator reaches its pass mark."))</p>"
        }
        out += "<p>\(bi("关键指标低于通过线时，其所在条款的评级降一级（封顶），并始终在此列出。", "A critical indicator below its pass mark lowers its article's rating by one band (a cap) and is always listed here."))</p>\n"
        for item in model.failures {
            let failure = item.failure
            out += "<article class=\"failure\">\n<h3>"
            out += "<a class=\"id\" href=\"#\(HTML.identifier("indicator-" + failure.indicatorID))\">"
            out += "\(HTML.escape(failure.indicatorID))</a> \(HTML.bilingual(failure.title))"
            if let before = item.failedBefore, let diff = model.diff {
                out += " <span class=\"tag\">"
                out += before
                    ? bi("连续未达标", "Also failed in \(diff.old.year)")
                    : bi("新出现", "New since \(diff.old.year)")
                out += "</span>"
            }
            out += "</h3>\n<p class=\"meta\">\(bi("第 \(failure.article) 条 \(item.articleTitle.zh)", "Article \(failure.article) · \(item.articleTitle.en)"))</p>\n"
            out += "<dl class=\"kv\">\n"
            out += kv(bi("回答", "Answer"), answer(item.answer))
            out += kv(
                bi("得分", "Score"),
                bi(
                    "\(ReportWording.indicator(failure.score))，通过线 \(ReportWording.indicator(failure.pass))",
                    "\(ReportWording.indicator(failure.score)), pass mark \(ReportWording.indicator(failure.pass))"))
            out += kv(bi("影响", "Effect"), HTML.bilingual(item.effect))
            if let note = item.note { out += kv(bi("说明", "Note"), "<p class=\"note\">\(HTML.escape(note))</p>") }
            if !item.rules.isEmpty {
                var rules = "<ul class=\"rules\">\n"
                for rule in item.rules {
                    let title = ReportModel.ruleTitle(rule)
                    rules += "<li><strong lang=\"zh-Hans\">\(HTML.escape(title.zh))</strong>"
                    if title.en != title.zh { rules += " <span class=\"en\" lang=\"en\">\(HTML.escape(title.en))</span>" }
                    rules += " <code>\(HTML.escape(rule.id))</code>"
                    if let provision = rule.provision { rules += " — \(HTML.escape(provision))" }
                    let confidence = ReportWording.confidence(rule.confidence)
                    rules += " <span class=\"confidence \(rule.confidence.rawValue)\">(\(HTML.bilingual(confidence)))</span></li>\n"
                }
                out += kv(bi("依据", "Rules cited"), rules + "</ul>")
            }
            out += "</dl>\n</article>\n"
        }
        return out
    }

    // MARK: - Articles overview

    private static func articleOverview(_ model: ReportModel) -> String {
        var out = heading(Bilingual(zh: "各条款得分", en: "Article scores"), id: "article-scores")
        let bars = model.articles.map { article in
            let score = article.score
            var note = ReportWording.rating(score.rating).combined.replacingOccurrences(of: " · ", with: " ")
            if let delta = article.change?.score.delta {
                note += "  " + ReportWording.arrow(delta) + ReportWording.signed(delta)
            }
            if score.cap != nil { note += "  封顶 capped" }
            return SVGBarChart.Bar(
                label: "第\(score.number)条 \(score.title.zh)", value: score.score, previous: article.change?.score.old,
                note: note, unadjusted: score.cap?.original)
        }
        let previousLabel = model.diff.map { "\($0.old.year) 年得分 Score in \($0.old.year)" }
        out +=
            "<figure>\n"
            + SVGBarChart(
                id: "article-bars", title: "各条款得分 Article scores", bars: bars, bands: model.bands, width: 900,
                previousLabel: previousLabel, unadjustedLabel: "封顶前得分 Score before the cap"
            ).render() + "\n"
        var caption = Bilingual(
            zh: "每条一根横条，颜色与文字表示评级；虚线为评级阈值。",
            en: "One bar per article; colour and words give the rating; dashed lines are the rating thresholds.")
        if let diff = model.diff {
            caption.zh += "黑色竖线为 \(diff.old.year) 年得分。"
            caption.en += " Black ticks mark the \(diff.old.year) scores."
        }
        if model.score.articles.contains(where: { $0.cap != nil }) {
            caption.zh += "虚线框为关键指标未达标封顶前的得分。"
            caption.en += " A dashed outline shows the score before a critical failure capped it."
        }
        out += "<figcaption>\(HTML.bilingual(caption))</figcaption>\n</figure>\n"

        var columns: [HTMLTable.Column] = [
            .init(Bilingual(zh: "条", en: "Art."), numeric: true), .init(Bilingual(zh: "条款", en: "Article")),
            .init(Bilingual(zh: "权重", en: "Weight"), numeric: true),
        ]
        if let diff = model.diff { columns.append(.init(Bilingual(zh: "\(diff.old.year)", en: ""), numeric: true)) }
        columns.append(.init(Bilingual(zh: "得分", en: "Score"), numeric: true))
        if model.diff != nil { columns.append(.init(Bilingual(zh: "变化", en: "Change"), numeric: true)) }
        columns += [.init(Bilingual(zh: "评级", en: "Rating")), .init(Bilingual(zh: "关键指标未达标", en: "Critical failures"))]
        var rows: [[HTMLTable.Cell]] = []
        for article in model.articles {
            let score = article.score
            var row: [HTMLTable.Cell] = [
                .text("\(score.number)"),
                .markup("<a href=\"#\(article.anchor)\">\(HTML.bilingual(score.title))</a>"),
                .text(DecimalText.plain(score.weight)),
            ]
            if model.diff != nil { row.append(.text(ReportWording.points(article.change?.score.old))) }
            var scoreText = "<strong>\(HTML.escape(ReportWording.points(score.score)))</strong>"
            if let cap = score.cap {
                scoreText += "<span class=\"en\">\(bi("封顶前 \(ReportWording.points(cap.original))", "capped from \(ReportWording.points(cap.original))"))</span>"
            }
            row.append(.markup(scoreText))
            if model.diff != nil { row.append(.markup(delta(article.change?.score.delta))) }
            row.append(.markup(rating(score.rating, tone: article.tone)))
            row.append(.text(score.criticalFailures.map(\.indicatorID).joined(separator: " ")))
            rows.append(row)
        }
        var total: [HTMLTable.Cell] = [.text(""), .markup("<strong>\(bi("总分", "Overall"))</strong>"), .text("")]
        if let diff = model.diff { total.append(.text(ReportWording.points(diff.overall.old))) }
        total.append(.markup("<strong>\(HTML.escape(ReportWording.points(model.score.overall)))</strong>"))
        if let diff = model.diff { total.append(.markup(delta(diff.overall.delta))) }
        total.append(.markup(rating(model.score.rating, tone: model.tone)))
        total.append(.text(model.score.criticalFailures.isEmpty ? "" : "\(model.score.criticalFailures.count)"))
        rows.append(total)
        out += "<div class=\"table\">\n" + HTMLTable(columns: columns, rows: rows).render() + "</div>"
        return out
    }

    // MARK: - Changes

    private static func changes(_ diff: AssessmentDiff, model: ReportModel) -> String {
        let old = diff.old.year
        var out = heading(
            Bilingual(zh: "与 \(old) 年度比较", en: "Changes since \(old)"), id: "changes")
        for warning in diff.warnings {
            out += "<p class=\"warning\">\(bi("注意", "Note")): \(HTML.escape(warning.description))</p>\n"
        }
        let overall = diff.overall
        out += "<p class=\"lead\">\(bi("总分", "Overall")) "
        out += "<strong>\(HTML.escape(ReportWording.points(overall.old))) → \(HTML.escape(ReportWording.points(overall.new)))</strong> "
        out += delta(overall.delta)
        if overall.ratingChanged {
            let before = ReportWording.rating(overall.oldRating)
            let after = ReportWording.rating(overall.newRating)
            out += " · \(bi("评级 \(before.zh) → \(after.zh)", "rating \(before.en) → \(after.en)"))"
        }
        out += "</p>\n"
        out += "<dl class=\"figures\">\n"
        let figures: [(Bilingual, Int)] = [
            (Bilingual(zh: "改进", en: "Improved"), diff.count(.improved)),
            (Bilingual(zh: "退步", en: "Regressed"), diff.count(.regressed)),
            (Bilingual(zh: "新增关键未达标", en: "New critical failures"), diff.newCriticalFailures.count),
            (Bilingual(zh: "已解决关键未达标", en: "Resolved critical failures"), diff.resolvedCriticalFailures.count),
            (Bilingual(zh: "复核提示", en: "Reviewer flags"), diff.flags.count),
        ]
        for (label, value) in figures {
            out += "<div><dt>\(HTML.bilingual(label))</dt><dd>\(value)</dd></div>\n"
        }
        out += "</dl>\n"

        out += subheading(Bilingual(zh: "关键指标", en: "Critical indicators"))
        let criticalLists: [(Bilingual, [CriticalFailure])] = [
            (Bilingual(zh: "新出现", en: "New"), diff.newCriticalFailures),
            (Bilingual(zh: "已解决", en: "Resolved"), diff.resolvedCriticalFailures),
            (Bilingual(zh: "仍未达标", en: "Still failing"), diff.continuingCriticalFailures),
        ]
        if criticalLists.allSatisfy({ $0.1.isEmpty }) {
            out += "<p>\(bi("两个年度均无关键指标未达标。", "No critical failure in either year."))</p>\n"
        } else {
            out += "<ul class=\"critical-changes\">\n"
            for (index, (label, list)) in criticalLists.enumerated() {
                for failure in list {
                    out += "<li><strong>\(HTML.bilingual(label))</strong> "
                    out += "<a class=\"id\" href=\"#\(HTML.identifier("indicator-" + failure.indicatorID))\">"
                    out += "\(HTML.escape(failure.indicatorID))</a> \(HTML.bilingual(failure.title)) — "
                    out += HTML.bilingual(ReportWording.criticalChange(failure, resolved: index == 1, old: old, new: diff.new.year))
                    out += "</li>\n"
                }
            }
            out += "</ul>\n"
        }

        let groups: [(Bilingual, Set<IndicatorChange.Kind>)] = [
            (Bilingual(zh: "退步的指标", en: "Regressed indicators"), [.regressed]),
            (Bilingual(zh: "改进的指标", en: "Improved indicators"), [.improved]),
            (
                Bilingual(zh: "其他变化", en: "Other changes"),
                [.answerChanged, .becameNotApplicable, .stoppedBeingNotApplicable, .added, .removed]
            ),
        ]
        for (title, kinds) in groups {
            out += subheading(title)
            let list = model.changes(kinds)
            guard !list.isEmpty else {
                out += "<p>\(bi("无。", "None."))</p>\n"
                continue
            }
            out += "<div class=\"table\">\n" + changeTable(list, diff: diff, model: model, showKind: kinds.count > 1)
            out += "</div>\n"
        }
        let edited = diff.indicators.filter { $0.kind == .unchanged && $0.hasChanges }.count
        if edited > 0 {
            out += "<p class=\"small\">\(bi("另有 \(edited) 项指标回答不变，仅更新了说明或证据。", "\(edited) more indicators kept their answer and only updated the note or the evidence."))</p>\n"
        }

        out += subheading(Bilingual(zh: "复核提示", en: "Flags for a reviewer"))
        if diff.flags.isEmpty {
            out += "<p>\(bi("无。", "None."))</p>"
        } else {
            out += "<p>\(bi("以下情况各有合理解释，但也常见于夸大的回答，建议复核。", "Each of these has an innocent explanation, but each is also how an overstated answer tends to look."))</p>\n<ul class=\"flags\">\n"
            for flag in diff.flags {
                out += "<li><a class=\"id\" href=\"#\(HTML.identifier("indicator-" + flag.indicatorID))\">"
                out += "\(HTML.escape(flag.indicatorID))</a> <strong>\(HTML.bilingual(ReportWording.flag(flag)))</strong>: "
                out += "<span lang=\"en\">\(HTML.escape(flag.description))</span></li>\n"
            }
            out += "</ul>"
        }
        return out
    }

    private static func changeTable(
        _ list: [IndicatorChange], diff: AssessmentDiff, model: ReportModel, showKind: Bool
    ) -> String {
        var columns: [HTMLTable.Column] = [.init(Bilingual(zh: "指标", en: "Indicator"))]
        if showKind { columns.append(.init(Bilingual(zh: "变化", en: "Change"))) }
        columns += [
            .init(Bilingual(zh: "\(diff.old.year) 回答", en: "Answer")),
            .init(Bilingual(zh: "\(diff.new.year) 回答", en: "Answer")),
            .init(Bilingual(zh: "得分", en: "Score"), numeric: true),
            .init(Bilingual(zh: "说明与证据", en: "Note and evidence")),
        ]
        let rows: [[HTMLTable.Cell]] = list.map { change in
            var row: [HTMLTable.Cell] = [
                .markup(
                    "<a class=\"id\" href=\"#\(HTML.identifier("indicator-" + change.id))\">\(HTML.escape(change.id))</a> "
                        + HTML.bilingual(change.title))
            ]
            if showKind { row.append(.bilingual(ReportWording.change(change.kind))) }
            row += [
                .text(model.shortAnswer(change.oldAnswer, of: change.id)),
                .text(model.shortAnswer(change.newAnswer, of: change.id)),
                .text(ReportWording.scoreChange(change)),
                .bilingual(ReportWording.support(change)),
            ]
            return row
        }
        return HTMLTable(columns: columns, rows: rows).render()
    }

    // MARK: - Gains

    private static func gains(_ model: ReportModel) -> String {
        var out = heading(Bilingual(zh: "提升空间最大的指标", en: "Where the most points are"), id: "gains")
        guard !model.topGains.isEmpty else {
            return out + "<p>\(bi("所有适用指标均已得满分。", "Every applicable indicator already scores full marks."))</p>"
        }
        let shown = model.topGains.count
        out += "<p>\(bi("若该指标完全达标，总分与条款得分可提高的分数（按总分提升排序，列出 \(shown) 项，共 \(model.gainCount) 项可提升）。", "What fully meeting each indicator would add to the overall and the article score, largest first (\(shown) of \(model.gainCount) that would gain anything)."))</p>\n"
        let capColumn = model.topGains.contains { $0.removesCap }
        var columns: [HTMLTable.Column] = [
            .init(Bilingual(zh: "指标", en: "Indicator")), .init(Bilingual(zh: "当前得分", en: "Now"), numeric: true),
            .init(Bilingual(zh: "总分", en: "Overall"), numeric: true),
            .init(Bilingual(zh: "条款", en: "Article"), numeric: true),
        ]
        if capColumn { columns.append(.init(Bilingual(zh: "封顶", en: "Cap"))) }
        let rows: [[HTMLTable.Cell]] = model.topGains.map { gain in
            var row: [HTMLTable.Cell] = [
                .markup(
                    "<a class=\"id\" href=\"#\(HTML.identifier("indicator-" + gain.indicatorID))\">"
                        + "\(HTML.escape(gain.indicatorID))</a> \(HTML.bilingual(gain.title))"),
                .text(ReportWording.indicator(gain.current)),
                .markup("<strong>\(HTML.escape(ReportWording.signed(gain.overallPoints)))</strong>"),
                .text(ReportWording.signed(gain.articlePoints)),
            ]
            if capColumn {
                row.append(
                    .markup(
                        gain.removesCap
                            ? bi("解除第 \(gain.article) 条封顶", "removes the cap on article \(gain.article)") : ""))
            }
            return row
        }
        return out + "<div class=\"table\">\n" + HTMLTable(columns: columns, rows: rows).render() + "</div>"
    }

    // MARK: - Article sections

    private static func articleSection(_ article: ReportModel.Article, model: ReportModel) -> String {
        let score = article.score
        var out = "<section class=\"article\" id=\"\(HTML.identifier(article.anchor))\">\n"
        out += "<h2><span lang=\"zh-Hans\">第 \(score.number) 条 \(HTML.escape(score.title.zh))</span> "
        out += "<span class=\"en\" lang=\"en\">Article \(score.number) · \(HTML.escape(score.title.en))</span></h2>\n"
        out += "<div class=\"article-head\">\n"
        out += "<div class=\"article-score\"><span class=\"big\">\(HTML.escape(ReportWording.points(score.score)))</span> "
        out += rating(score.rating, tone: article.tone) + "</div>\n<p>"
        var parts = [
            fact("权重", "weight", DecimalText.plain(score.weight)),
            fact("计分指标", "scored", "\(article.scoredCount)"),
        ]
        if article.notApplicableCount > 0 {
            parts.append(fact("不适用", "not applicable", "\(article.notApplicableCount)"))
        }
        if let change = article.change, let diff = model.diff {
            parts.append(
                fact("\(diff.old.year) 年", "in \(diff.old.year)", ReportWording.points(change.score.old)) + " "
                    + delta(change.score.delta))
        }
        out += parts.joined(separator: " · ") + "</p>\n"
        let gains = model.articleGains(score.number)
        if !gains.isEmpty {
            out += "<p class=\"article-gains\">\(bi("本条提升空间最大", "Largest gains in this article")): "
            out += gains.map { gain in
                "<a class=\"id\" href=\"#\(HTML.identifier("indicator-" + gain.indicatorID))\">"
                    + "\(HTML.escape(gain.indicatorID))</a> \(HTML.escape(ReportWording.signed(gain.articlePoints)))"
            }.joined(separator: " · ")
            out += "</p>\n"
        }
        if score.cap != nil || !score.criticalFailures.isEmpty {
            out += "<p class=\"cap\">\(HTML.bilingual(ReportWording.capEffect(score)))</p>\n"
        }
        if score.score == nil {
            out += "<p>\(bi("本条无适用指标，不计入总分。", "No indicator applies: the article has no score and leaves the overall score."))</p>\n"
        }
        out += "</div>\n"
        for entry in article.entries { out += indicator(entry, model: model) }
        return out + "</section>"
    }

    private static func indicator(_ entry: ReportModel.Entry, model: ReportModel) -> String {
        let item = entry.score
        var classes = "indicator tone-\(entry.tone.rawValue)"
        if item.criticalFailed { classes += " failed" }
        var out = "<article class=\"\(classes)\" id=\"\(HTML.identifier(entry.anchor))\">\n<header>\n"
        out += "<span class=\"id\">\(HTML.escape(item.id))</span>\n"
        out += "<h3>\(HTML.bilingual(item.title))</h3>\n"
        if item.critical {
            out += "<span class=\"tag critical\">"
            out += bi("关键 · 通过线 \(ReportWording.indicator(item.criticalPass))", "critical · pass \(ReportWording.indicator(item.criticalPass))")
            out += "</span>\n"
        }
        out += "<span class=\"chip tone-\(entry.tone.rawValue)\">\(HTML.escape(chip(item)))</span>\n</header>\n"
        if let question = entry.question {
            out += "<p class=\"question\">\(HTML.bilingual(question))</p>\n"
        }
        out += "<dl class=\"kv\">\n"
        out += kv(bi("回答", "Answer"), answer(entry.answer))
        out += kv(bi("得分", "Score"), scoreLine(item, entry: entry))
        if let change = entry.change, let diff = model.diff {
            let label = ReportWording.change(change.kind)
            var text = "\(HTML.escape(entry.priorAnswer ?? "—")) · <strong>\(HTML.bilingual(label))</strong>"
            if change.oldScore != change.newScore { text += " (\(HTML.escape(ReportWording.scoreChange(change))))" }
            out += kv(bi("\(diff.old.year) 年", "In \(diff.old.year)"), text)
        }
        if let justification = item.justification {
            out += kv(bi("不适用理由", "Why not applicable"), "<p class=\"note\">\(HTML.escape(justification))</p>")
        }
        if let note = entry.note { out += kv(bi("说明", "Note"), "<p class=\"note\">\(HTML.escape(note))</p>") }
        if let year = entry.carriedForward {
            out += kv(bi("沿用", "Carried forward"), bi("沿用 \(year) 年的回答，尚未复核", "answer carried forward from \(year), not yet reviewed"))
        }
        if !entry.evidence.isEmpty { out += kv(bi("证据", "Evidence"), evidenceList(entry.evidence)) }
        for flag in entry.flags {
            out += kv(
                bi("复核提示", "Reviewer flag"),
                "<strong>\(HTML.bilingual(ReportWording.flag(flag)))</strong>: <span lang=\"en\">\(HTML.escape(flag.description))</span>")
        }
        return out + "</dl>\n</article>\n"
    }

    /// The short result at the right of an indicator's header: its score, or 不适用 N/A / 不计分.
    private static func chip(_ item: IndicatorScore) -> String {
        switch item.status {
        case .notApplicable: "不适用 N/A"
        case .notScored: "不计分 not scored"
        case .scored, .unanswered: ReportWording.indicator(item.score ?? 0) + " / 1"
        }
    }

    private static func scoreLine(_ item: IndicatorScore, entry: ReportModel.Entry) -> String {
        let weight = DecimalText.plain(item.weight)
        switch item.status {
        case .notApplicable:
            return bi("不计分（不适用），权重 \(weight) 不计入本条", "not scored (not applicable); weight \(weight) leaves the article")
        case .notScored:
            return bi("文字回答，不计分", "text answer, not scored")
        case .scored, .unanswered:
            let value = ReportWording.indicator(item.score ?? 0)
            let points = ReportWording.points(item.contribution)
            let maximum = ReportWording.points(item.maximum)
            var out = "\(HTML.escape(value)) × \(bi("权重", "weight")) \(HTML.escape(weight)) = "
            out += "<strong>\(HTML.escape(points))</strong> / \(HTML.escape(maximum)) \(bi("分", "points"))"
            if item.criticalFailed {
                out += " <strong class=\"below\">\(bi("低于通过线 \(ReportWording.indicator(item.criticalPass))", "below the pass mark \(ReportWording.indicator(item.criticalPass))"))</strong>"
            }
            if let gain = entry.gain {
                out += "<br><span class=\"gain\">"
                out += bi(
                    "完全达标可使总分 \(ReportWording.signed(gain.overallPoints))、本条 \(ReportWording.signed(gain.articlePoints))",
                    "fully met: overall \(ReportWording.signed(gain.overallPoints)), article \(ReportWording.signed(gain.articlePoints))")
                if gain.removesCap { out += " · " + bi("解除封顶", "removes the cap") }
                out += "</span>"
            }
            return out
        }
    }

    private static func answer(_ answer: ReportWording.Answer) -> String {
        var out = "<strong>\(HTML.escape(answer.value.zh))</strong>"
        if !answer.value.en.isEmpty, answer.value.en != answer.value.zh {
            out += " <span class=\"en\" lang=\"en\">\(HTML.escape(answer.value.en))</span>"
        }
        if let meaning = answer.meaning { out += "<br><span class=\"meaning\">\(HTML.bilingual(meaning))</span>" }
        if let rule = answer.rule { out += "<br><span class=\"rule\">\(HTML.bilingual(rule))</span>" }
        return out
    }

    private static func evidenceList(_ items: [ReportModel.Evidence]) -> String {
        var out = "<ul class=\"evidence\">\n"
        for item in items {
            out += "<li><code class=\"path\">\(HTML.escape(item.path))</code>"
            if let description = item.description { out += " <span class=\"desc\">\(HTML.escape(description))</span>" }
            if let date = item.date { out += " <span class=\"date\">\(date)</span>" }
            if let hash = item.sha256 {
                out += " <code class=\"hash\" title=\"\(HTML.escape(hash))\">\(HTML.escape(ReportWording.shortHash(hash)))</code>"
            }
            out += "</li>\n"
        }
        return out + "</ul>"
    }

    // MARK: - Appendix

    private static func method(_ model: ReportModel) -> String {
        var out = "<section class=\"appendix\">\n"
        out += heading(Bilingual(zh: "附录：评级与计分", en: "Appendix: ratings and scoring"), id: "method")
        let columns: [HTMLTable.Column] = [
            .init(Bilingual(zh: "评级", en: "Rating")), .init(Bilingual(zh: "得分不低于", en: "Score from"), numeric: true),
        ]
        let rows: [[HTMLTable.Cell]] = model.sortedBands.map { band in
            [.markup(rating(band, tone: ReportWording.tone(band, in: model.framework))), .text(DecimalText.plain(band.min))]
        }
        out += "<div class=\"table narrow\">\n" + HTMLTable(columns: columns, rows: rows).render() + "</div>\n"
        for line in ReportWording.method(model.framework) { out += "<p>\(HTML.bilingual(line))</p>\n" }
        return out
    }

    private static func evidenceFiles(_ model: ReportModel) -> String {
        var out = heading(Bilingual(zh: "附录：证据文件", en: "Appendix: evidence files"), id: "evidence")
        guard !model.evidenceFiles.isEmpty else {
            return out + "<p>\(bi("未引用证据文件。", "No evidence file is cited."))</p>\n</section>"
        }
        out += "<p>\(HTML.bilingual(ReportWording.evidenceIntro))</p>\n"
        let columns: [HTMLTable.Column] = [
            .init(Bilingual(zh: "文件", en: "File")), .init(Bilingual(zh: "SHA-256", en: "")),
            .init(Bilingual(zh: "引用指标", en: "Cited by")),
        ]
        let rows: [[HTMLTable.Cell]] = model.evidenceFiles.map { file in
            [
                .markup("<code class=\"path\">\(HTML.escape(file.path))</code>"),
                .markup("<code class=\"hash full\">\(HTML.escape(file.sha256 ?? "—"))</code>"),
                .markup(
                    file.citedBy.map {
                        "<a class=\"id\" href=\"#\(HTML.identifier("indicator-" + $0))\">\(HTML.escape($0))</a>"
                    }.joined(separator: " ")),
            ]
        }
        return out + "<div class=\"table\">\n" + HTMLTable(columns: columns, rows: rows).render() + "</div>\n</section>"
    }

    private static func footer(_ model: ReportModel) -> String {
        "由 selfassess \(SelfAssessVersion.current) 根据自评估文件生成 · Generated by selfassess "
            + "\(SelfAssessVersion.current) from the assessment files · \(model.framework.id) "
            + "\(model.framework.version) sha256:\(model.framework.sha256)"
    }

    // MARK: - Pieces

    /// Chinese and English as two spans (both escaped).
    private static func bi(_ zh: String, _ en: String) -> String {
        HTML.bilingual(Bilingual(zh: zh, en: en))
    }

    private static func heading(_ text: Bilingual, id: String) -> String {
        "<h2 id=\"\(HTML.identifier(id))\">\(HTML.bilingual(text))</h2>\n"
    }

    private static func subheading(_ text: Bilingual) -> String {
        "<h3>\(HTML.bilingual(text))</h3>\n"
    }

    private static func kv(_ label: String, _ value: String) -> String {
        "<dt>\(label)</dt><dd>\(value)</dd>\n"
    }

    /// A rating as a badge: words in both languages on the band's colour (outlined in print).
    private static func rating(_ band: Framework.Band?, tone: SVGTone) -> String {
        "<span class=\"rating tone-\(tone.rawValue)\">\(HTML.bilingual(ReportWording.rating(band)))</span>"
    }

    /// A change in points with an arrow, so that it reads without colour.
    private static func delta(_ value: Decimal?) -> String {
        guard let value else { return "<span class=\"delta\">—</span>" }
        let tone = ReportWording.tone(delta: value)
        return "<span class=\"delta tone-\(tone.rawValue)\">"
            + HTML.escape(ReportWording.arrow(value) + " " + ReportWording.signed(value)) + "</span>"
    }
}
