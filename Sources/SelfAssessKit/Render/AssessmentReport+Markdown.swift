import Foundation

/// The Markdown report: the HTML page's sections in the same order with the same words (from
/// ``ReportWording``, written `中文 · English`); the charts become tables with text bars. Every
/// piece of text from the assessment or the framework goes through ``inline(_:)`` or
/// ``code(_:)``, so no Markdown or HTML in it takes effect.
extension AssessmentReport {
    private typealias W = ReportWording

    static func markdownDocument(_ model: ReportModel) -> String {
        var out = "# \(both(W.reportTitle(model.year)))\n\n"
        out += "**\(inline(model.signatory.name))**（\(inline(model.signatory.id))）\n"
        out += markdownSummary(model)
        out += markdownFailures(model)
        out += markdownArticleOverview(model)
        if let diff = model.diff { out += markdownChanges(diff, model: model) }
        out += markdownGains(model)
        for article in model.articles { out += markdownArticle(article, model: model) }
        out += markdownAppendix(model)
        return out + "\n---\n\n\(both(W.generatedBy(model.framework)))\n"
    }

    // MARK: - Summary

    private static func markdownSummary(_ model: ReportModel) -> String {
        let score = model.score
        var out = "\n## \(both(W.summary))\n\n"
        out +=
            "**\(both(W.overallScore)): \(W.points(score.overall))** — **\(both(W.rating(score.rating)))**\n"
        if let headline = ScoreRenderer.headline(score, markdown: true) {
            out += "\n" + headline + "\n"
        }
        if let sentence = ScoreRenderer.overallCapSentence(score) { out += "\n" + sentence + "\n" }
        if let diff = model.diff, let change = diff.overall.delta {
            let since = W.since(
                diff.old.year, score: diff.overall.old, rating: diff.overall.oldRating)
            out += "\n**\(W.arrow(change)) \(W.signed(change))** \(both(since))\n"
        }
        let info = model.info
        let framework = model.framework
        let declaration = info.declaration
        var declared = inline(declaration.signedBy)
        if let role = declaration.role { declared += "（\(inline(role))）" }
        declared += " · " + both(W.signed(on: declaration.date))
        var contact = inline(info.contact.name) + " · " + inline(info.contact.email)
        if let phone = info.contact.phone { contact += " · " + inline(phone) }
        let frameworkText =
            "\(code(framework.id)) \(inline(framework.version)) · \(both(framework.title)) · "
            + code(W.shortHash(framework.sha256))
        out += "\n"
        out += table(
            ["项目 · Item", "内容 · Value"],
            rows: [
                [both(W.signatory), "\(inline(info.signatory.name)) \(code(info.signatory.id))"],
                [both(W.category), both(model.category)], [both(W.reportingYear), "\(model.year)"],
                [both(W.framework), frameworkText], [both(W.declaration), declared],
                [both(W.contact), contact],
            ])
        if let statement = declaration.statement { out += "\n> \(inline(statement))\n" }
        out += "\n"
        out += field(W.criticalFailures, "\(score.criticalFailures.count)")
        out += field(
            W.indicatorsScored,
            "\(score.indicators.count { $0.counts }) / \(score.indicators.count)")
        out += field(W.notApplicableCount, "\(model.count(.notApplicable))")
        if let diff = model.diff {
            out += field(
                W.improvedRegressed, "\(diff.count(.improved)) / \(diff.count(.regressed))")
        }
        let bands = model.sortedBands.map { band in
            "\(score.articles.count { $0.rating?.id == band.id }) \(both(band.title))"
        }
        out += field(W.articlesByRating, bands.joined(separator: "; "))
        let unreviewed = model.unreviewed
        guard !unreviewed.isEmpty else { return out }
        return out + field(W.unreviewedAnswers, "**\(unreviewed.count)**") + "\n> "
            + both(W.unreviewedSentence(unreviewed)) + "\n"
    }

    // MARK: - Critical failures

    private static func markdownFailures(_ model: ReportModel) -> String {
        var out = "\n## \(both(W.criticalFailures))\n\n"
        guard !model.failures.isEmpty else { return out + both(W.noCriticalFailure) + "\n" }
        out += both(W.criticalIntro) + "\n"
        for item in model.failures {
            let failure = item.failure
            out += "\n### \(inline(failure.indicatorID)) \(both(failure.title))"
            if let before = item.failedBefore, let diff = model.diff {
                out += " — " + both(W.newSince(diff.old.year, failedBefore: before))
            }
            out += "\n\n\(both(W.article(failure.article, item.articleTitle)))\n\n"
            out += field(W.answer, answer(item.answer))
            out += field(W.score, both(W.failureScore(failure)))
            out += field(W.effect, both(item.effect))
            if let note = item.note { out += field(W.note, inline(note)) }
            guard !item.rules.isEmpty else { continue }
            out += "- **\(both(W.rulesCited)):**\n"
            for rule in item.rules {
                let title = ReportModel.ruleTitle(rule)
                out += "  - **\(inline(title.zh))**"
                if title.en != title.zh { out += " \(inline(title.en))" }
                out += " \(code(rule.id))"
                if let provision = rule.provision { out += " — \(inline(provision))" }
                out += " (\(both(W.confidence(rule.confidence))))\n"
            }
        }
        return out
    }

    // MARK: - Articles overview

    private static func markdownArticleOverview(_ model: ReportModel) -> String {
        var out = "\n## \(both(W.articleScores))\n\n"
        var header = [both(W.articleShort), both(W.articleColumn), both(W.weight)]
        var right: Set<Int> = [0, 2]
        if let diff = model.diff {
            right.insert(header.count)
            header.append("\(diff.old.year)")
        }
        right.insert(header.count)
        header.append(both(W.score))
        if model.diff != nil {
            right.insert(header.count)
            header.append(both(W.change))
        }
        header += [both(W.rating), "图 · Bar", both(W.criticalFailures)]
        var rows: [[String]] = []
        for article in model.articles {
            let score = article.score
            var row = ["\(score.number)", both(score.title), DecimalText.plain(score.weight)]
            if model.diff != nil { row.append(W.points(article.change?.score.old)) }
            var value = "**\(W.points(score.score))**"
            if let cap = score.cap { value += " (\(both(W.cappedFrom(cap.original))))" }
            row.append(value)
            if model.diff != nil { row.append(delta(article.change?.score.delta)) }
            row += [
                both(W.rating(score.rating)), code(textBar(score.score)),
                score.criticalFailures.map { inline($0.indicatorID) }.joined(separator: " "),
            ]
            rows.append(row)
        }
        var total = ["", "**\(both(W.overall))**", ""]
        if let diff = model.diff { total.append(W.points(diff.overall.old)) }
        total.append("**\(W.points(model.score.overall))**")
        if let diff = model.diff { total.append(delta(diff.overall.delta)) }
        let failureCount = model.score.criticalFailures.count
        total += [
            "**\(both(W.rating(model.score.rating)))**", code(textBar(model.score.overall)),
            failureCount == 0 ? "" : "\(failureCount)",
        ]
        rows.append(total)
        out += table(header, rightAligned: right, rows: rows)
        let ranges = model.bandRanges.map { item in
            "\(inline(item.band.title.zh)) \(inline(item.band.title.en)) \(inline(item.range))"
        }
        out += "\n评级区间 · Rating bands: " + ranges.joined(separator: "; ") + ".\n"
        return out
    }

    /// A score as a bar of ten cells in eighths: `█████████▍`.
    static func textBar(_ value: Decimal?) -> String {
        guard let value else { return "—" }
        let eighths = Int((SVGCanvas.double(min(max(value, 0), 100)) * 0.8).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let full = eighths / 8
        let bar = String(repeating: "█", count: full) + partial[eighths % 8]
        return bar + String(repeating: "·", count: max(0, 10 - full - (eighths % 8 == 0 ? 0 : 1)))
    }

    // MARK: - Changes

    private static func markdownChanges(_ diff: AssessmentDiff, model: ReportModel) -> String {
        let old = diff.old.year
        var out = "\n## \(both(W.changesSince(old)))\n\n"
        for warning in diff.warnings {
            out += "> **\(both(W.warning)):** \(inline(warning.description))\n\n"
        }
        let overall = diff.overall
        out +=
            "\(both(W.overall)) **\(W.points(overall.old)) → \(W.points(overall.new))** \(delta(overall.delta))"
        if overall.ratingChanged {
            out += " · " + both(W.ratingChange(overall.oldRating, overall.newRating))
        }
        out += "\n\n"
        out += field(W.improved, "\(diff.count(.improved))")
        out += field(W.regressed, "\(diff.count(.regressed))")
        out += field(W.newCriticalFailures, "\(diff.newCriticalFailures.count)")
        out += field(W.resolvedCriticalFailures, "\(diff.resolvedCriticalFailures.count)")
        out += field(W.flagCount, "\(diff.flags.count)")

        out += "\n### \(both(W.criticalIndicators))\n\n"
        let lists = model.criticalChanges
        if lists.allSatisfy({ $0.failures.isEmpty }) {
            out += both(W.noCriticalInEitherYear) + "\n"
        } else {
            for list in lists {
                for failure in list.failures {
                    let words = W.criticalChange(
                        failure, resolved: list.resolved, old: old, new: diff.new.year)
                    out +=
                        "- **\(both(list.label))** \(inline(failure.indicatorID)) \(both(failure.title)) — "
                    out += both(words) + "\n"
                }
            }
        }

        for group in ReportModel.changeGroups {
            out += "\n### \(both(group.title))\n\n"
            let list = model.changes(group.kinds)
            guard !list.isEmpty else {
                out += both(W.none) + "\n"
                continue
            }
            let showKind = group.kinds.count > 1
            var header = [both(W.indicatorColumn)]
            if showKind { header.append(both(W.change)) }
            header += [
                both(W.answerIn(diff.old.year)), both(W.answerIn(diff.new.year)), both(W.score),
                both(W.noteAndEvidence),
            ]
            let rows = list.map { change -> [String] in
                var row = ["\(inline(change.id)) \(both(change.title))"]
                if showKind { row.append(both(W.change(change.kind))) }
                return row + [
                    inline(model.shortAnswer(change.oldAnswer, of: change.id)),
                    inline(model.shortAnswer(change.newAnswer, of: change.id)),
                    inline(W.scoreChange(change)), both(W.support(change)),
                ]
            }
            out += table(header, rightAligned: [header.count - 2], rows: rows)
        }
        let edited = diff.indicators.count { $0.kind == .unchanged && $0.hasChanges }
        if edited > 0 { out += "\n" + both(W.onlyNoteOrEvidence(edited)) + "\n" }

        out += "\n### \(both(W.reviewerFlags))\n\n"
        guard !diff.flags.isEmpty else { return out + both(W.none) + "\n" }
        out += both(W.flagsIntro) + "\n\n"
        for flag in diff.flags {
            out +=
                "- \(inline(flag.indicatorID)) **\(both(W.flag(flag)))**: \(inline(flag.description))\n"
        }
        return out
    }

    // MARK: - Gains

    private static func markdownGains(_ model: ReportModel) -> String {
        let out = "\n## \(both(W.gains))\n\n"
        guard !model.topGains.isEmpty else { return out + both(W.allFullMarks) + "\n" }
        let intro = both(W.gainsIntro(shown: model.topGains.count, of: model.gainCount)) + "\n\n"
        let capColumn = model.topGains.contains { $0.removesCap }
        var header = [both(W.indicatorColumn), both(W.now), both(W.overall), both(W.articleColumn)]
        if capColumn { header.append(both(W.cap)) }
        let rows = model.topGains.map { gain in
            var row = [
                "\(inline(gain.indicatorID)) \(both(gain.title))", W.indicator(gain.current),
                "**\(W.signed(gain.overallPoints))**", W.signed(gain.articlePoints),
            ]
            if capColumn { row.append(gain.removesCap ? both(W.removesCap(on: gain.article)) : "") }
            return row
        }
        return out + intro + table(header, rightAligned: [1, 2, 3], rows: rows)
    }

    // MARK: - Article sections

    private static func markdownArticle(
        _ article: ReportModel.Article, model: ReportModel
    ) -> String {
        let score = article.score
        var out = "\n## \(both(W.article(score.number, score.title)))\n\n"
        var parts = [
            "**\(W.points(score.score))** \(both(W.rating(score.rating)))",
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
        out += parts.joined(separator: " · ") + "\n"
        let gains = model.articleGains(score.number)
        if !gains.isEmpty {
            out += "\n\(both(W.largestGains)): "
            let list = gains.map { "\(inline($0.indicatorID)) \(W.signed($0.articlePoints))" }
            out += list.joined(separator: " · ") + "\n"
        }
        if score.cap != nil || !score.criticalFailures.isEmpty {
            out += "\n**\(both(W.capEffect(score)))**\n"
        }
        if score.score == nil { out += "\n\(both(W.noArticleScore))\n" }
        for entry in article.entries { out += markdownIndicator(entry, model: model) }
        return out
    }

    private static func markdownIndicator(_ entry: ReportModel.Entry, model: ReportModel) -> String
    {
        let item = entry.score
        var out = "\n### \(inline(item.id)) \(both(item.title)) — "
        out += item.counts ? "**\(chip(item))**" : inline(chip(item))
        if item.critical { out += " · " + both(W.criticalTag(pass: item.criticalPass)) }
        out += "\n\n"
        if let question = entry.question {
            out += "> \(inline(question.zh))\n>\n> \(inline(question.en))\n\n"
        }
        out += field(W.answer, answer(entry.answer))
        out += field(W.score, scoreText(item, gain: entry.gain))
        if let change = entry.change, let diff = model.diff {
            var text = "\(inline(entry.priorAnswer ?? "—")) · **\(both(W.change(change.kind)))**"
            if change.oldScore != change.newScore { text += " (\(inline(W.scoreChange(change))))" }
            out += field(W.inYear(diff.old.year), text)
        }
        if let justification = item.justification {
            out += field(W.whyNotApplicable, inline(justification))
        }
        if let note = entry.note { out += field(W.note, inline(note)) }
        if let year = entry.carriedForward {
            out += field(W.carriedForwardLabel, both(W.carriedForward(from: year)))
        }
        if !entry.evidence.isEmpty {
            out += "- **\(both(W.evidence)):**\n"
            for evidence in entry.evidence {
                var line = "  - \(code(evidence.path))"
                if let description = evidence.description { line += " \(inline(description))" }
                if let date = evidence.date { line += " · \(date)" }
                if let hash = evidence.sha256 { line += " · \(code(W.shortHash(hash)))" }
                out += line + "\n"
            }
        }
        for flag in entry.flags {
            out += field(W.reviewerFlag, "**\(both(W.flag(flag)))**: \(inline(flag.description))")
        }
        return out
    }

    private static func scoreText(_ item: IndicatorScore, gain: ScoreGain?) -> String {
        switch item.status {
        case .notApplicable: return both(W.notApplicableScore(weight: item.weight))
        case .notScored: return both(W.textNotScored)
        case .scored, .unanswered:
            let weight = W.weightInFormula
            let unit = W.pointsInFormula
            var out =
                "\(W.indicator(item.score ?? 0)) × \(weight.zh) \(weight.en) \(DecimalText.plain(item.weight)) = "
            out +=
                "**\(W.points(item.contribution))** / \(W.points(item.maximum)) \(unit.zh) \(unit.en)"
            if item.criticalFailed { out += " · **\(both(W.belowPassMark(item.criticalPass)))**" }
            if let gain { out += " · " + both(W.fullyMet(gain)) }
            return out
        }
    }

    private static func answer(_ answer: ReportWording.Answer) -> String {
        var out = "**\(inline(answer.value.zh))**"
        if !answer.value.en.isEmpty, answer.value.en != answer.value.zh {
            out += " \(inline(answer.value.en))"
        }
        if let meaning = answer.meaning { out += " — \(both(meaning))" }
        if let rule = answer.rule { out += " (\(both(rule)))" }
        return out
    }

    // MARK: - Appendix

    private static func markdownAppendix(_ model: ReportModel) -> String {
        var out = "\n## \(both(W.methodAppendix))\n\n"
        out += table(
            [both(W.rating), both(W.scoreFrom)], rightAligned: [1],
            rows: model.sortedBands.map { [both($0.title), DecimalText.plain($0.min)] })
        for line in W.method(model.framework) {
            out += "\n\(inline(line.zh))\n\n\(inline(line.en))\n"
        }
        out += "\n## \(both(W.evidenceAppendix))\n\n"
        guard !model.evidenceFiles.isEmpty else { return out + both(W.noEvidence) + "\n" }
        out += "\(both(W.evidenceIntro))\n\n"
        let rows = model.evidenceFiles.map { file in
            [
                code(file.path), file.sha256.map(code) ?? "—",
                file.citedBy.map(inline).joined(separator: " "),
            ]
        }
        return out + table([both(W.file), "SHA-256", both(W.citedBy)], rows: rows)
    }

    // MARK: - Pieces

    /// Text for running prose and table cells: the characters that start emphasis, code, links,
    /// HTML, table cells, headings, entities or strikethrough are escaped with a backslash; line
    /// breaks become spaces.
    ///
    /// Other punctuation stays as it is, so the source reads as plain text.
    static func inline(_ text: String) -> String {
        if !Markdown.mayNeedInlineEscape(text) { return text }
        var out = ""
        for character in text {
            if character.isNewline {
                out.append(" ")
                continue
            }
            if "\\`*_[]<>|#&~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Text as a code span, which shows it as it is; delimited with two backticks when it contains
    /// one.
    ///
    /// Line breaks become spaces and pipes are escaped for tables.
    static func code(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            .replacingOccurrences(of: "|", with: "\\|")
        return flat.contains("`") ? "`` \(flat) ``" : "`\(flat)`"
    }

    /// Bilingual text as `中文 · English`, escaped.
    private static func both(_ text: Bilingual) -> String { inline(text.combined) }

    /// A list item with a bold label: `- **回答 · Answer:** …`.
    private static func field(_ label: Bilingual, _ value: String) -> String {
        "- **\(both(label)):** \(value)\n"
    }

    /// A labelled figure in running text: `权重 · Weight **1**`.
    private static func figure(_ label: Bilingual, _ value: String) -> String {
        "\(both(label)) **\(inline(value))**"
    }

    private static func delta(_ value: Decimal?) -> String {
        guard let value else { return "—" }
        return W.arrow(value) + " " + W.signed(value)
    }

    /// A table whose cells are already escaped.
    private static func table(
        _ header: [String], rightAligned: Set<Int> = [], rows: [[String]]
    ) -> String {
        Markdown.table(escaped: header, rightAligned: rightAligned, rows: rows, empty: " ")
    }
}
