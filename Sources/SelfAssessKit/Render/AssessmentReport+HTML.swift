import Foundation

/// The HTML report: one self-contained page (``HTMLPage``) with the report's own layout rules
/// (``styles``). Everything that comes from the assessment or the framework is escaped; element
/// ids are made with ``HTML/identifier(_:)``. Words come from ``ReportWording``.
extension AssessmentReport {
    private typealias W = ReportWording

    static func htmlPage(_ model: ReportModel) -> String {
        let title = W.reportTitle(model.year)
        var page = HTMLPage(
            title: title, subtitle: "\(model.signatory.name)（\(model.signatory.id)）",
            footer: W.generatedBy(model.framework).combined, styles: styles)
        page.documentTitle = "\(model.signatory.name) · \(title.combined)"
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
        out +=
            "<h2 id=\"summary\" class=\"visually-hidden\">\(bi(W.summary))</h2>\n<div class=\"headline\">\n"
        out += "<div class=\"overall tone-\(model.tone.rawValue)\">\n"
        out += "<div class=\"overall-label\">\(bi(W.overallScore))</div>\n"
        out += "<div class=\"overall-score\">\(HTML.escape(W.points(score.overall)))</div>\n"
        out += "<div>\(rating(score.rating, tone: model.tone))</div>\n"
        if let headline = ScoreRenderer.headline(score) {
            out += "<p class=\"overall-critical\">\(HTML.escape(headline))</p>\n"
        }
        if let sentence = ScoreRenderer.overallCapSentence(score) {
            out += "<p class=\"overall-cap\">\(HTML.escape(sentence))</p>\n"
        }
        if let diff = model.diff, let change = diff.overall.delta {
            out +=
                "<p class=\"overall-delta\"><strong>\(HTML.escape(W.arrow(change) + " " + W.signed(change)))"
            let since = W.since(
                diff.old.year, score: diff.overall.old, rating: diff.overall.oldRating)
            out += "</strong> \(bi(since))</p>\n"
        }
        let gauge = SVGScoreGauge(
            id: "overall-gauge", title: W.overallScore.zh + " " + W.overallScore.en,
            value: score.overall,
            valueLabel: "\(model.year)", previous: model.diff?.overall.old,
            previousLabel: model.diff.map { "\($0.old.year)" } ?? "", bands: model.bands, width: 300
        )
        out += gauge.render() + "\n</div>\n<dl class=\"facts\">\n"
        let info = model.info
        out += fact(
            W.signatory,
            "\(HTML.escape(info.signatory.name)) <code>\(HTML.escape(info.signatory.id))</code>")
        out += fact(W.category, HTML.bilingual(model.category))
        out += fact(W.reportingYear, "\(model.year)")
        let framework = model.framework
        out += fact(
            W.framework,
            "<code>\(HTML.escape(framework.id))</code> \(HTML.escape(framework.version)) "
                + "<span class=\"small\">\(HTML.bilingual(framework.title))</span> "
                + hash(framework.sha256))
        let declaration = info.declaration
        var declared = HTML.escape(declaration.signedBy)
        if let role = declaration.role { declared += "（\(HTML.escape(role))）" }
        declared += " · " + bi(W.signed(on: declaration.date))
        if let statement = declaration.statement {
            declared += "<blockquote>\(HTML.escape(statement))</blockquote>"
        }
        out += fact(W.declaration, declared)
        var contact = HTML.escape(info.contact.name) + " · " + HTML.escape(info.contact.email)
        if let phone = info.contact.phone { contact += " · " + HTML.escape(phone) }
        out += fact(W.contact, contact)
        out += "</dl>\n</div>\n"

        let failureCount = score.criticalFailures.count
        var figures: [(label: Bilingual, value: String, alert: Bool)] = [
            (W.criticalFailures, "\(failureCount)", failureCount > 0),
            (
                W.indicatorsScored,
                "\(score.indicators.count { $0.counts }) / \(score.indicators.count)", false
            ),
            (W.notApplicableCount, "\(model.count(.notApplicable))", false),
        ]
        if let diff = model.diff {
            figures.append(
                (W.improvedRegressed, "\(diff.count(.improved)) / \(diff.count(.regressed))", false)
            )
        }
        let unreviewed = model.unreviewed
        if !unreviewed.isEmpty {
            figures.append((W.unreviewedAnswers, "\(unreviewed.count)", true))
        }
        out += "<dl class=\"figures\">\n"
        for figure in figures {
            out += figure.alert ? "<div class=\"alert tone-poor\">" : "<div>"
            out += "<dt>\(bi(figure.label))</dt><dd>\(HTML.escape(figure.value))</dd></div>\n"
        }
        out += "<div><dt>\(bi(W.articlesByRating))</dt><dd class=\"bands\">"
        for band in model.sortedBands {
            let count = score.articles.count { $0.rating?.id == band.id }
            out += "<span><strong>\(count)</strong> \(HTML.bilingual(band.title))</span>"
        }
        out += "</dd></div>\n</dl>\n"
        if !unreviewed.isEmpty {
            out += "<p class=\"unreviewed\">\(bi(W.unreviewedSentence(unreviewed)))</p>\n"
        }
        return out + "</section>"
    }

    private static func contents(_ model: ReportModel) -> String {
        var links: [(anchor: String, text: Bilingual)] = [
            ("critical", W.criticalFailures), ("article-scores", W.articleScores),
        ]
        if let diff = model.diff { links.append(("changes", W.changesSince(diff.old.year))) }
        links.append(("gains", W.gainsShort))
        var out = "<nav class=\"contents\" aria-label=\"目录 Contents\"><ul>\n"
        for link in links { out += "<li><a href=\"#\(link.anchor)\">\(bi(link.text))</a></li>\n" }
        out += "<li class=\"articles\">\(bi(W.articlesShort))"
        for article in model.articles {
            out += " <a href=\"#\(article.anchor)\">\(article.score.number)</a>"
        }
        out += "</li>\n"
        out += "<li><a href=\"#method\">\(bi(W.methodShort))</a></li>\n"
        out += "<li><a href=\"#evidence\">\(bi(W.evidenceShort))</a></li>\n"
        return out + "</ul></nav>"
    }

    // MARK: - Critical failures

    private static func failures(_ model: ReportModel) -> String {
        var out = heading(W.criticalFailures, id: "critical")
        guard !model.failures.isEmpty else {
            return out + "<p class=\"all-clear\">\(bi(W.noCriticalFailure))</p>"
        }
        out += "<p>\(bi(W.criticalIntro))</p>\n"
        for item in model.failures {
            let failure = item.failure
            out +=
                "<article class=\"failure\">\n<h3>\(link(failure.indicatorID)) \(HTML.bilingual(failure.title))"
            if let before = item.failedBefore, let diff = model.diff {
                out +=
                    " <span class=\"tag\">\(bi(W.newSince(diff.old.year, failedBefore: before)))</span>"
            }
            out +=
                "</h3>\n<p class=\"meta\">\(bi(W.article(failure.article, item.articleTitle)))</p>\n"
            out += "<dl class=\"kv\">\n"
            out += kv(W.answer, answer(item.answer))
            out += kv(W.score, bi(W.failureScore(failure)))
            out += kv(W.effect, bi(item.effect))
            if let note = item.note {
                out += kv(W.note, "<p class=\"note\">\(HTML.escape(note))</p>")
            }
            if !item.rules.isEmpty { out += kv(W.rulesCited, rules(item.rules)) }
            out += "</dl>\n</article>\n"
        }
        return out
    }

    private static func rules(_ rules: [ReportModel.Rule]) -> String {
        var out = "<ul class=\"rules\">\n"
        for rule in rules {
            let title = ReportModel.ruleTitle(rule)
            out += "<li><strong lang=\"zh-Hans\">\(HTML.escape(title.zh))</strong>"
            if title.en != title.zh {
                out += " <span class=\"en\" lang=\"en\">\(HTML.escape(title.en))</span>"
            }
            out += " <code>\(HTML.escape(rule.id))</code>"
            if let provision = rule.provision { out += " — \(HTML.escape(provision))" }
            out += " <span class=\"confidence \(rule.confidence.rawValue)\">"
            out += "(\(bi(W.confidence(rule.confidence))))</span></li>\n"
        }
        return out + "</ul>"
    }

    // MARK: - Articles overview

    private static func articleOverview(_ model: ReportModel) -> String {
        var out = heading(W.articleScores, id: "article-scores")
        let bars = model.articles.map { article in
            let score = article.score
            let rating = W.rating(score.rating)
            var note = "\(rating.zh) \(rating.en)"
            if let change = article.change?.score.delta {
                note += "  " + W.arrow(change) + W.signed(change)
            }
            if score.cap != nil { note += "  \(W.capped.zh) \(W.capped.en)" }
            return SVGBarChart.Bar(
                label: "第\(score.number)条 \(score.title.zh)", value: score.score,
                previous: article.change?.score.old,
                note: note, unadjusted: score.cap?.original)
        }
        let chart = SVGBarChart(
            id: "article-bars", title: W.articleScores.zh + " " + W.articleScores.en, bars: bars,
            bands: model.bands,
            width: 900,
            previousLabel: model.diff.map { "\($0.old.year) 年得分 Score in \($0.old.year)" },
            unadjustedLabel: W.scoreBeforeCap.zh + " " + W.scoreBeforeCap.en)
        let caption = W.chartCaption(
            priorYear: model.diff?.old.year, capped: model.score.articles.contains { $0.cap != nil }
        )
        out += "<figure>\n\(chart.render())\n<figcaption>\(bi(caption))</figcaption>\n</figure>\n"

        var columns: [HTMLTable.Column] = [
            .init(W.articleShort, numeric: true), .init(W.articleColumn),
            .init(W.weight, numeric: true),
        ]
        if let diff = model.diff {
            columns.append(.init(Bilingual(zh: "\(diff.old.year)", en: ""), numeric: true))
        }
        columns.append(.init(W.score, numeric: true))
        if model.diff != nil { columns.append(.init(W.change, numeric: true)) }
        columns += [.init(W.rating), .init(W.criticalFailures)]
        var rows: [[HTMLTable.Cell]] = []
        for article in model.articles {
            let score = article.score
            var row: [HTMLTable.Cell] = [
                .text("\(score.number)"),
                .markup("<a href=\"#\(article.anchor)\">\(HTML.bilingual(score.title))</a>"),
                .text(DecimalText.plain(score.weight)),
            ]
            if model.diff != nil { row.append(.text(W.points(article.change?.score.old))) }
            var scoreText = "<strong>\(HTML.escape(W.points(score.score)))</strong>"
            if let cap = score.cap {
                scoreText += "<span class=\"en\">\(bi(W.cappedFrom(cap.original)))</span>"
            }
            row.append(.markup(scoreText))
            if model.diff != nil { row.append(.markup(delta(article.change?.score.delta))) }
            row.append(.markup(rating(score.rating, tone: article.tone)))
            row.append(
                .markup(score.criticalFailures.map { link($0.indicatorID) }.joined(separator: " ")))
            rows.append(row)
        }
        var total: [HTMLTable.Cell] = [
            .text(""), .markup("<strong>\(bi(W.overall))</strong>"), .text(""),
        ]
        if let diff = model.diff { total.append(.text(W.points(diff.overall.old))) }
        total.append(.markup("<strong>\(HTML.escape(W.points(model.score.overall)))</strong>"))
        if let diff = model.diff { total.append(.markup(delta(diff.overall.delta))) }
        total.append(.markup(rating(model.score.rating, tone: model.tone)))
        let failureCount = model.score.criticalFailures.count
        total.append(.text(failureCount == 0 ? "" : "\(failureCount)"))
        rows.append(total)
        return out + table(HTMLTable(columns: columns, rows: rows))
    }

    // MARK: - Changes

    private static func changes(_ diff: AssessmentDiff, model: ReportModel) -> String {
        let old = diff.old.year
        var out = heading(W.changesSince(old), id: "changes")
        for warning in diff.warnings {
            out += "<p class=\"warning\">\(bi(W.warning)): "
            out += "<span lang=\"en\">\(HTML.escape(warning.description))</span></p>\n"
        }
        let overall = diff.overall
        out += "<p class=\"lead\">\(bi(W.overall)) <strong>"
        out +=
            HTML.escape("\(W.points(overall.old)) → \(W.points(overall.new))") + "</strong> "
            + delta(overall.delta)
        if overall.ratingChanged {
            out += " · " + bi(W.ratingChange(overall.oldRating, overall.newRating))
        }
        out += "</p>\n<dl class=\"figures\">\n"
        let figures: [(Bilingual, Int)] = [
            (W.improved, diff.count(.improved)), (W.regressed, diff.count(.regressed)),
            (W.newCriticalFailures, diff.newCriticalFailures.count),
            (W.resolvedCriticalFailures, diff.resolvedCriticalFailures.count),
            (W.flagCount, diff.flags.count),
        ]
        for (label, value) in figures {
            out += "<div><dt>\(bi(label))</dt><dd>\(value)</dd></div>\n"
        }
        out += "</dl>\n"

        out += subheading(W.criticalIndicators)
        let lists = model.criticalChanges
        if lists.allSatisfy({ $0.failures.isEmpty }) {
            out += "<p>\(bi(W.noCriticalInEitherYear))</p>\n"
        } else {
            out += "<ul class=\"critical-changes\">\n"
            for list in lists {
                for failure in list.failures {
                    out += "<li><strong>\(bi(list.label))</strong> \(link(failure.indicatorID)) "
                    out += HTML.bilingual(failure.title) + " — "
                    out += bi(
                        W.criticalChange(
                            failure, resolved: list.resolved, old: old, new: diff.new.year))
                    out += "</li>\n"
                }
            }
            out += "</ul>\n"
        }

        for group in ReportModel.changeGroups {
            out += subheading(group.title)
            let list = model.changes(group.kinds)
            if list.isEmpty {
                out += "<p>\(bi(W.none))</p>\n"
            } else {
                out += table(
                    changeTable(list, diff: diff, model: model, showKind: group.kinds.count > 1))
                out += "\n"
            }
        }
        let edited = diff.indicators.count { $0.kind == .unchanged && $0.hasChanges }
        if edited > 0 { out += "<p class=\"small\">\(bi(W.onlyNoteOrEvidence(edited)))</p>\n" }

        out += subheading(W.reviewerFlags)
        guard !diff.flags.isEmpty else { return out + "<p>\(bi(W.none))</p>" }
        out += "<p>\(bi(W.flagsIntro))</p>\n<ul class=\"flags\">\n"
        for flag in diff.flags {
            out += "<li>\(link(flag.indicatorID)) <strong>\(bi(W.flag(flag)))</strong>: "
            out += "<span lang=\"en\">\(HTML.escape(flag.description))</span></li>\n"
        }
        return out + "</ul>"
    }

    private static func changeTable(
        _ list: [IndicatorChange], diff: AssessmentDiff, model: ReportModel, showKind: Bool
    ) -> HTMLTable {
        var columns: [HTMLTable.Column] = [.init(W.indicatorColumn)]
        if showKind { columns.append(.init(W.change)) }
        columns += [
            .init(W.answerIn(diff.old.year)), .init(W.answerIn(diff.new.year)),
            .init(W.score, numeric: true),
            .init(W.noteAndEvidence),
        ]
        let rows: [[HTMLTable.Cell]] = list.map { change in
            var row: [HTMLTable.Cell] = [
                .markup(link(change.id) + " " + HTML.bilingual(change.title))
            ]
            if showKind { row.append(.bilingual(W.change(change.kind))) }
            return row + [
                .text(model.shortAnswer(change.oldAnswer, of: change.id)),
                .text(model.shortAnswer(change.newAnswer, of: change.id)),
                .text(W.scoreChange(change)), .bilingual(W.support(change)),
            ]
        }
        return HTMLTable(columns: columns, rows: rows)
    }

    // MARK: - Gains

    private static func gains(_ model: ReportModel) -> String {
        let out = heading(W.gains, id: "gains")
        guard !model.topGains.isEmpty else { return out + "<p>\(bi(W.allFullMarks))</p>" }
        let intro = "<p>\(bi(W.gainsIntro(shown: model.topGains.count, of: model.gainCount)))</p>\n"
        let capColumn = model.topGains.contains { $0.removesCap }
        var columns: [HTMLTable.Column] = [
            .init(W.indicatorColumn), .init(W.now, numeric: true), .init(W.overall, numeric: true),
            .init(W.articleColumn, numeric: true),
        ]
        if capColumn { columns.append(.init(W.cap)) }
        let rows: [[HTMLTable.Cell]] = model.topGains.map { gain in
            var row: [HTMLTable.Cell] = [
                .markup(link(gain.indicatorID) + " " + HTML.bilingual(gain.title)),
                .text(W.indicator(gain.current)),
                .markup("<strong>\(HTML.escape(W.signed(gain.overallPoints)))</strong>"),
                .text(W.signed(gain.articlePoints)),
            ]
            if capColumn {
                row.append(gain.removesCap ? .bilingual(W.removesCap(on: gain.article)) : .text(""))
            }
            return row
        }
        return out + intro + table(HTMLTable(columns: columns, rows: rows))
    }

    // MARK: - Article sections

    private static func articleSection(_ article: ReportModel.Article, model: ReportModel) -> String
    {
        let score = article.score
        var out = "<section class=\"article\" id=\"\(HTML.identifier(article.anchor))\">\n"
        out += "<h2>\(HTML.bilingual(W.article(score.number, score.title)))</h2>\n"
        out += "<div class=\"article-head\">\n<div class=\"article-score\">"
        out += "<span class=\"big\">\(HTML.escape(W.points(score.score)))</span> "
        out += rating(score.rating, tone: article.tone) + "</div>\n<p>"
        var parts = [
            figure(W.weight, DecimalText.plain(score.weight)),
            figure(W.scored, "\(article.scoredCount)"),
        ]
        if article.notApplicableCount > 0 {
            parts.append(figure(W.notApplicableCount, "\(article.notApplicableCount)"))
        }
        if let change = article.change, let diff = model.diff {
            parts.append(
                figure(W.inYear(diff.old.year), W.points(change.score.old)) + " "
                    + delta(change.score.delta))
        }
        out += parts.joined(separator: " · ") + "</p>\n"
        let gains = model.articleGains(score.number)
        if !gains.isEmpty {
            out += "<p class=\"article-gains\">\(bi(W.largestGains)): "
            out +=
                gains.map { link($0.indicatorID) + " " + HTML.escape(W.signed($0.articlePoints)) }
                .joined(separator: " · ") + "</p>\n"
        }
        if score.cap != nil || !score.criticalFailures.isEmpty {
            out += "<p class=\"cap\">\(bi(W.capEffect(score)))</p>\n"
        }
        if score.score == nil { out += "<p>\(bi(W.noArticleScore))</p>\n" }
        out += "</div>\n"
        for entry in article.entries { out += indicator(entry, model: model) }
        return out + "</section>"
    }

    private static func indicator(_ entry: ReportModel.Entry, model: ReportModel) -> String {
        let item = entry.score
        var out =
            "<article class=\"indicator tone-\(entry.tone.rawValue)\(item.criticalFailed ? " failed" : "")\" "
        out += "id=\"\(HTML.identifier(entry.anchor))\">\n<header>\n"
        out +=
            "<span class=\"id\">\(HTML.escape(item.id))</span>\n<h3>\(HTML.bilingual(item.title))</h3>\n"
        if item.critical {
            out +=
                "<span class=\"tag critical\">\(bi(W.criticalTag(pass: item.criticalPass)))</span>\n"
        }
        out +=
            "<span class=\"chip tone-\(entry.tone.rawValue)\">\(HTML.escape(chip(item)))</span>\n</header>\n"
        if let question = entry.question {
            out += "<p class=\"question\">\(HTML.bilingual(question))</p>\n"
        }
        out += "<dl class=\"kv\">\n"
        out += kv(W.answer, answer(entry.answer))
        out += kv(W.score, scoreLine(item, gain: entry.gain))
        if let change = entry.change, let diff = model.diff {
            var text =
                "\(HTML.escape(entry.priorAnswer ?? "—")) · <strong>\(bi(W.change(change.kind)))</strong>"
            if change.oldScore != change.newScore {
                text += " (\(HTML.escape(W.scoreChange(change))))"
            }
            out += kv(W.inYear(diff.old.year), text)
        }
        if let justification = item.justification {
            out += kv(W.whyNotApplicable, "<p class=\"note\">\(HTML.escape(justification))</p>")
        }
        if let note = entry.note { out += kv(W.note, "<p class=\"note\">\(HTML.escape(note))</p>") }
        if let year = entry.carriedForward {
            out += kv(W.carriedForwardLabel, bi(W.carriedForward(from: year)))
        }
        if !entry.evidence.isEmpty { out += kv(W.evidence, evidenceList(entry.evidence)) }
        for flag in entry.flags {
            out += kv(
                W.reviewerFlag,
                "<strong>\(bi(W.flag(flag)))</strong>: <span lang=\"en\">\(HTML.escape(flag.description))</span>"
            )
        }
        return out + "</dl>\n</article>\n"
    }

    /// The short result at the right of an indicator's header: its score, or 不适用 N/A / 不计分.
    static func chip(_ item: IndicatorScore) -> String {
        switch item.status {
        case .notApplicable: "不适用 N/A"
        case .notScored: "不计分 not scored"
        case .scored, .unanswered: W.indicator(item.score ?? 0) + " / 1"
        }
    }

    private static func scoreLine(_ item: IndicatorScore, gain: ScoreGain?) -> String {
        switch item.status {
        case .notApplicable: return bi(W.notApplicableScore(weight: item.weight))
        case .notScored: return bi(W.textNotScored)
        case .scored, .unanswered:
            var out =
                HTML.escape(W.indicator(item.score ?? 0)) + " × " + bi(W.weightInFormula) + " "
            out += HTML.escape(DecimalText.plain(item.weight)) + " = <strong>"
            out +=
                HTML.escape(W.points(item.contribution)) + "</strong> / "
                + HTML.escape(W.points(item.maximum))
            out += " " + bi(W.pointsInFormula)
            if item.criticalFailed {
                out += " <strong class=\"below\">\(bi(W.belowPassMark(item.criticalPass)))</strong>"
            }
            if let gain { out += "<br><span class=\"gain\">\(bi(W.fullyMet(gain)))</span>" }
            return out
        }
    }

    private static func answer(_ answer: ReportWording.Answer) -> String {
        var out = "<strong>\(HTML.escape(answer.value.zh))</strong>"
        if !answer.value.en.isEmpty, answer.value.en != answer.value.zh {
            out += " <span class=\"en\" lang=\"en\">\(HTML.escape(answer.value.en))</span>"
        }
        if let meaning = answer.meaning {
            out += "<br><span class=\"meaning\">\(HTML.bilingual(meaning))</span>"
        }
        if let rule = answer.rule {
            out += "<br><span class=\"rule\">\(HTML.bilingual(rule))</span>"
        }
        return out
    }

    private static func evidenceList(_ items: [ReportModel.Evidence]) -> String {
        var out = "<ul class=\"evidence\">\n"
        for item in items {
            out += "<li><code class=\"path\">\(HTML.escape(item.path))</code>"
            if let description = item.description {
                out += " <span class=\"desc\">\(HTML.escape(description))</span>"
            }
            if let date = item.date { out += " <span class=\"date\">\(date)</span>" }
            if let sha256 = item.sha256 { out += " " + hash(sha256) }
            out += "</li>\n"
        }
        return out + "</ul>"
    }

    // MARK: - Appendix

    private static func method(_ model: ReportModel) -> String {
        var out = "<section class=\"appendix\">\n" + heading(W.methodAppendix, id: "method")
        let rows: [[HTMLTable.Cell]] = model.sortedBands.map { band in
            [
                .markup(rating(band, tone: W.tone(band, in: model.framework))),
                .text(DecimalText.plain(band.min)),
            ]
        }
        let bands = HTMLTable(
            columns: [.init(W.rating), .init(W.scoreFrom, numeric: true)], rows: rows)
        out += "<div class=\"table narrow\">\n" + bands.render() + "</div>\n"
        for line in W.method(model.framework) { out += "<p>\(bi(line))</p>\n" }
        return out
    }

    private static func evidenceFiles(_ model: ReportModel) -> String {
        let out = heading(W.evidenceAppendix, id: "evidence")
        guard !model.evidenceFiles.isEmpty else {
            return out + "<p>\(bi(W.noEvidence))</p>\n</section>"
        }
        let columns: [HTMLTable.Column] = [
            .init(W.file), .init(Bilingual(zh: "SHA-256", en: "")), .init(W.citedBy),
        ]
        let rows: [[HTMLTable.Cell]] = model.evidenceFiles.map { file in
            [
                .markup("<code class=\"path\">\(HTML.escape(file.path))</code>"),
                .markup("<code class=\"hash full\">\(HTML.escape(file.sha256 ?? "—"))</code>"),
                .markup(file.citedBy.map(link).joined(separator: " ")),
            ]
        }
        return out + "<p>\(bi(W.evidenceIntro))</p>\n"
            + table(HTMLTable(columns: columns, rows: rows)) + "\n</section>"
    }

    // MARK: - Pieces

    /// Chinese and English as two spans, escaped.
    private static func bi(_ text: Bilingual) -> String { HTML.bilingual(text) }

    private static func heading(_ text: Bilingual, id: String) -> String {
        "<h2 id=\"\(HTML.identifier(id))\">\(HTML.bilingual(text))</h2>\n"
    }

    private static func subheading(_ text: Bilingual) -> String {
        "<h3>\(HTML.bilingual(text))</h3>\n"
    }

    private static func kv(_ label: Bilingual, _ value: String) -> String {
        "<dt>\(bi(label))</dt><dd>\(value)</dd>\n"
    }

    private static func fact(_ label: Bilingual, _ value: String) -> String {
        "<div><dt>\(bi(label))</dt><dd>\(value)</dd></div>\n"
    }

    /// A labelled figure in running text: `权重 Weight 1`.
    private static func figure(_ label: Bilingual, _ value: String) -> String {
        "<span class=\"fact\">\(bi(label)) <strong>\(HTML.escape(value))</strong></span>"
    }

    private static func table(_ table: HTMLTable) -> String {
        "<div class=\"table\">\n" + table.render() + "</div>"
    }

    /// A link to an indicator's entry, by its id.
    private static func link(_ id: String) -> String {
        "<a class=\"id\" href=\"#\(HTML.identifier("indicator-" + id))\">\(HTML.escape(id))</a>"
    }

    /// A SHA-256 shortened to 12 hex digits, the whole of it in the tooltip.
    private static func hash(_ sha256: String) -> String {
        "<code class=\"hash\" title=\"\(HTML.escape(sha256))\">\(HTML.escape(W.shortHash(sha256)))</code>"
    }

    /// A rating as a badge: words in both languages on the band's colour (outlined in print).
    private static func rating(_ band: Framework.Band?, tone: SVGTone) -> String {
        "<span class=\"rating tone-\(tone.rawValue)\">\(HTML.bilingual(W.rating(band)))</span>"
    }

    /// A change in points with an arrow, so that it reads without colour.
    private static func delta(_ value: Decimal?) -> String {
        guard let value else { return "<span class=\"delta\">—</span>" }
        return "<span class=\"delta tone-\(W.tone(delta: value).rawValue)\">"
            + HTML.escape(W.arrow(value) + " " + W.signed(value)) + "</span>"
    }
}
