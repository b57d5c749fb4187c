import Foundation

/// Renders a ``Score`` for people (text, Markdown) and for spreadsheets (CSV); its JSON, the
/// form bundles carry as `results/scores.json`, is ``Score/json`` (Scoring/Score+JSON.swift).
public enum ScoreRenderer {
    private typealias Words = ScoreRenderMessages

    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Text for a terminal.
        case text
        /// JSON for programs (``Score/json``).
        case json
        /// CSV (RFC 4180) for spreadsheets.
        case csv
        /// Markdown for reports.
        case markdown
    }

    /// Renders a score.
    ///
    /// - Parameters:
    ///   - score: The score.
    ///   - format: The output format.
    ///   - explain: Whether to add each indicator's part, the caps and the gains (text, CSV and
    ///     Markdown; JSON always has them).
    ///   - style: Colour for text output.
    /// - Returns: The document, ending in a line feed.
    public static func render(
        _ score: Score, as format: Format, explain: Bool = false,
        style: TextStyle = TextStyle(color: false)
    )
        -> String
    {
        switch format {
        case .text: explain ? explainedText(score, style: style) : text(score, style: style)
        case .json: score.json
        case .csv: explain ? indicatorCSV(score) : csv(score)
        case .markdown: markdown(score, explain: explain)
        }
    }

    // MARK: - Text

    /// The per-article table, the overall score and rating, and the critical failures.
    public static func text(_ score: Score, style: TextStyle) -> String {
        var out = style.bold(heading(score)) + "\n\n"
        if let headline = headline(score) {
            out += (score.criticalFailures.isEmpty ? headline : style.red(headline)) + "\n\n"
        }
        out += articleTable(score, style: style)
        if let sentence = overallCapSentence(score) { out += style.red(sentence) + "\n" }
        out += "\n" + criticalFailuresText(score, style: style)
        return out
    }

    /// ``text(_:style:)`` followed by every article's indicators, the caps and the gains.
    public static func explainedText(_ score: Score, style: TextStyle) -> String {
        var out = text(score, style: style)
        for article in score.articles {
            out += "\n" + articleExplanation(article, style: style)
        }
        out += "\n" + gainsText(score, style: style)
        return out
    }

    static func heading(_ score: Score) -> String {
        "\(score.signatory.id) \(score.signatory.name) · \(score.year) · "
            + word(.framework, ["framework": .text("\(score.framework)")])
    }

    private static func articleTable(_ score: Score, style: TextStyle) -> String {
        var table = TextTable(columns: [
            .init(word(.numberColumn), alignment: .right), .init(word(.articleColumn)),
            .init(word(.scoreColumn), alignment: .right), .init(word(.ratingColumn)),
            .init(word(.criticalFailuresColumn)),
        ])
        for article in score.articles {
            let failures = articleFailures(article)
            table.append([
                TextTable.Cell(String(article.number)), TextTable.Cell(article.title.combined),
                TextTable.Cell(
                    ScoreText.points(article.score), article.score == nil ? .dim : .bold),
                TextTable.Cell(
                    ScoreText.rating(article.rating), emphasis(article.rating, in: score)),
                TextTable.Cell(failures, .red),
            ])
        }
        table.appendRule()
        table.append([
            "", TextTable.Cell(word(.overall), .bold),
            TextTable.Cell(ScoreText.points(score.overall), .bold),
            TextTable.Cell(ScoreText.rating(score.rating), emphasis(score.rating, in: score)),
            TextTable.Cell(
                score.criticalFailures.isEmpty ? "" : String(score.criticalFailures.count), .red),
        ])
        return table.render(style: style)
    }

    private static func criticalFailuresText(_ score: Score, style: TextStyle) -> String {
        let failures = score.criticalFailures
        guard !failures.isEmpty else { return word(.criticalFailuresNone) + "\n" }
        var out =
            style.red(word(.criticalFailuresCount, ["count": .integer(failures.count)])) + "\n"
        for failure in failures {
            out +=
                "  "
                + word(
                    .failureLine,
                    [
                        "id": .text(failure.indicatorID), "title": .text(failure.title.combined),
                        "score": .text(ScoreText.indicator(failure.score)),
                        "pass": .text(ScoreText.indicator(failure.pass)),
                    ])
            if let cap = score.article(failure.article)?.cap {
                out += word(
                    .failureCapped,
                    ["article": .integer(failure.article), "cap": .text(capPhrase(cap))])
            } else if score.rules != "1.0" {
                out += "; " + wording(.notCapped, ["article": .integer(failure.article)])
            } else {
                out += word(.failureNoCap, ["article": .integer(failure.article)])
            }
            out += "\n"
        }
        return out
    }

    /// A wording in English, for the text and Markdown scores.
    private static func word(
        _ key: Words, _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> String {
        key.text(.english, arguments)
    }

    /// An article's critical failures, with the score it was capped from.
    private static func articleFailures(_ article: ArticleScore) -> String {
        var failures = article.criticalFailures.map(\.indicatorID).joined(separator: " ")
        if let cap = article.cap {
            failures += word(.cappedFrom, ["score": .text(ScoreText.points(cap.original))])
        }
        return failures
    }

    private static func emphasis(_ band: Framework.Band?, in score: Score) -> TextTable.Emphasis {
        guard let band else { return .dim }
        let bands = score.articles.compactMap(\.rating) + [band]
        // The highest band seen is green, the lowest red; the framework's own order decides.
        if band.min == 0 { return .red }
        if band.min == bands.map(\.min).max() { return .green }
        return .yellow
    }

    private static func articleExplanation(_ article: ArticleScore, style: TextStyle) -> String {
        var out =
            style.bold(
                word(
                    .articleHeading,
                    ["number": .integer(article.number), "title": .text(article.title.combined)]))
            + "\n"
        var summary = word(.articleSummary, ["score": .text(ScoreText.points(article.score))])
        if let cap = article.cap {
            summary += word(.cappedFrom, ["score": .text(ScoreText.points(cap.original))])
        }
        summary += word(
            .articleDetails,
            [
                "rating": .text(ScoreText.rating(article.rating)),
                "weight": .text(DecimalText.plain(article.weight)),
            ])
        out += summary + "\n\n"
        var table = TextTable(
            columns: [
                .init(word(.indicatorColumn)), .init(word(.titleColumn)),
                .init(word(.answerColumn), maxWidth: 16),
                .init(word(.scoreColumn), alignment: .right),
                .init(word(.weightColumn), alignment: .right),
                .init(word(.pointsColumn), alignment: .right),
                .init(word(.maxColumn), alignment: .right), .init(word(.criticalColumn)),
            ], indent: "  ")
        for indicator in article.indicators {
            table.append([
                TextTable.Cell(indicator.id), TextTable.Cell(ScoreText.twoLines(indicator.title)),
                TextTable.Cell(
                    ScoreText.answer(indicator.answer), indicator.status == .scored ? .plain : .dim),
                TextTable.Cell(
                    ScoreText.indicatorScore(indicator), indicator.score == nil ? .dim : .plain),
                TextTable.Cell(DecimalText.plain(indicator.weight)),
                TextTable.Cell(indicator.contribution.map(ScoreText.points) ?? "-"),
                TextTable.Cell(indicator.maximum.map(ScoreText.points) ?? "-", .dim),
                TextTable.Cell(
                    ScoreText.critical(indicator), indicator.criticalFailed ? .red : .plain),
            ])
        }
        out += table.render(style: style)
        let notApplicable = article.indicators.filter { $0.status == .notApplicable }
        if !notApplicable.isEmpty {
            out += "\n  " + word(.notApplicable) + "\n"
            for indicator in notApplicable {
                out += "    \(indicator.id)  \(indicator.justification ?? "")\n"
            }
        }
        let unscored = article.indicators.filter { $0.status == .notScored }
        if !unscored.isEmpty {
            out +=
                "\n  "
                + word(
                    .notScored, ["indicators": .text(unscored.map(\.id).joined(separator: ", "))])
                + "\n"
        }
        if article.score == nil {
            out += "\n  " + word(.noIndicatorApplies) + "\n"
        }
        if let cap = article.cap {
            out +=
                "\n  " + style.red(word(.cap))
                + capSentence(cap, failures: article.criticalFailures)
                + "\n"
        } else if !article.criticalFailures.isEmpty {
            out += "\n  " + style.red(word(.criticalWithoutCap))
            out += word(.lowestBand) + "\n"
        }
        return out
    }

    static func capSentence(_ cap: ScoreCap, failures: [CriticalFailure]) -> String {
        let list = failures.map {
            word(
                .capFailure,
                [
                    "id": .text($0.indicatorID), "score": .text(ScoreText.indicator($0.score)),
                    "pass": .text(ScoreText.indicator($0.pass)),
                ])
        }
        return word(
            .capSentence,
            [
                "failures": .text(list.joined(separator: "; ")),
                "original": .text(ScoreText.points(cap.original)),
                "from": .bilingual(cap.from.title), "min": .text(DecimalText.plain(cap.from.min)),
                "capped": .text(ScoreText.points(cap.capped)), "to": .bilingual(cap.to.title),
            ])
    }

    /// "capped from 82.95 to 59.99".
    static func capPhrase(_ cap: ScoreCap) -> String {
        word(
            .capPhrase,
            [
                "original": .text(ScoreText.points(cap.original)),
                "capped": .text(ScoreText.points(cap.capped)),
            ])
    }

    private static func gainsText(_ score: Score, style: TextStyle) -> String {
        let out =
            style.bold(word(.gains)) + word(.gainsUnit) + "\n\n"
        guard !score.gains.isEmpty else {
            return out + "  " + word(.noGains) + "\n"
        }
        var table = TextTable(
            columns: [
                .init(word(.overallColumn), alignment: .right),
                .init(word(.articleColumn), alignment: .right), .init(word(.indicatorColumn)),
                .init(word(.nowColumn), alignment: .right), .init(word(.titleColumn)),
                .init(word(.noteColumn)),
            ], indent: "  ")
        for gain in score.gains {
            table.append([
                TextTable.Cell(
                    ScoreText.signed(gain.overallPoints), gain.overallPoints > 0 ? .green : .dim),
                TextTable.Cell(ScoreText.signed(gain.articlePoints)),
                TextTable.Cell(gain.indicatorID),
                TextTable.Cell(ScoreText.indicator(gain.current)),
                TextTable.Cell(ScoreText.twoLines(gain.title)),
                TextTable.Cell(
                    gain.removesCap ? word(.removesCap, ["article": .integer(gain.article)]) : ""),
            ])
        }
        return out + table.render(style: style)
    }

    // MARK: - CSV

    /// One record per article and a last record `overall`.
    public static func csv(_ score: Score) -> String {
        var records: [[String]] = score.articles.map { article in
            [
                String(article.number), article.title.zh, article.title.en,
                DecimalText.plain(article.weight),
                article.score.map(ScoreText.points) ?? "",
                article.uncappedScore.map(ScoreText.points) ?? "",
                article.rating?.id ?? "not-applicable",
                article.criticalFailures.map(\.indicatorID).joined(separator: " "),
            ]
        }
        records.append([
            "overall", "", "", "", score.overall.map(ScoreText.points) ?? "",
            score.overall.map(ScoreText.points) ?? "",
            score.rating?.id ?? "not-applicable",
            score.criticalFailures.map(\.indicatorID).joined(separator: " "),
        ])
        return CSV.document(
            header: [
                "article", "title_zh", "title_en", "weight", "score", "uncapped_score", "rating",
                "critical_failures",
            ],
            records: records)
    }

    /// One record per indicator (`--explain`).
    public static func indicatorCSV(_ score: Score) -> String {
        let records = score.indicators.map { indicator in
            [
                String(indicator.article), indicator.id, indicator.title.zh, indicator.title.en,
                indicator.answerType.name,
                indicator.answer?.text ?? "", indicator.status.rawValue,
                indicator.score.map(ScoreText.indicator) ?? "",
                DecimalText.plain(indicator.weight),
                indicator.contribution.map(ScoreText.points) ?? "",
                indicator.maximum.map(ScoreText.points) ?? "", indicator.critical ? "yes" : "no",
                indicator.critical ? DecimalText.plain(indicator.criticalPass) : "",
                indicator.criticalFailed ? "yes" : "no", indicator.justification ?? "",
            ]
        }
        return CSV.document(
            header: [
                "article", "indicator", "title_zh", "title_en", "answer_type", "answer", "status",
                "score", "weight",
                "points", "max_points", "critical", "critical_pass", "critical_failed",
                "justification",
            ], records: records)
    }

    // MARK: - Markdown

    /// A Markdown report: the article table, the overall score, the critical failures, and with
    /// `explain` every article's indicators and the gains.
    public static func markdown(_ score: Score, explain: Bool) -> String {
        var out =
            "# "
            + word(
                .markdownTitle,
                [
                    "name": .text(Markdown.text(score.signatory.name)),
                    "id": .text(score.signatory.id), "year": .integer(score.year),
                ]) + "\n\n"
        out += word(
            .markdownFramework,
            ["id": .text(score.framework.id), "version": .text(score.framework.version)])
        out +=
            word(
                .markdownOverall,
                [
                    "score": .text(ScoreText.points(score.overall)),
                    "rating": .text(ScoreText.rating(score.rating)),
                ]) + "\n\n"
        if let headline = headline(score, markdown: true) { out += headline + "\n\n" }
        if let sentence = overallCapSentence(score) { out += sentence + "\n\n" }
        var rows: [[String]] = score.articles.map { article in
            let failures = articleFailures(article)
            return [
                String(article.number), article.title.combined, ScoreText.points(article.score),
                ScoreText.rating(article.rating),
                failures,
            ]
        }
        rows.append([
            "", "**\(word(.overall))**", "**\(ScoreText.points(score.overall))**",
            "**\(ScoreText.rating(score.rating))**",
            score.criticalFailures.isEmpty ? "" : String(score.criticalFailures.count),
        ])
        out += Markdown.table(
            [
                word(.numberColumn), word(.articleColumn), word(.scoreColumn),
                word(.ratingColumn), word(.criticalFailuresColumn),
            ], rightAligned: [0, 2],
            rows: rows)
        out += "\n## \(word(.criticalFailuresColumn))\n\n"
        if score.criticalFailures.isEmpty {
            out += word(.markdownNone) + "\n"
        } else {
            for failure in score.criticalFailures {
                out +=
                    "- "
                    + word(
                        .markdownFailure,
                        [
                            "id": .text(failure.indicatorID),
                            "title": .text(Markdown.text(failure.title.combined)),
                            "score": .text(ScoreText.indicator(failure.score)),
                            "pass": .text(ScoreText.indicator(failure.pass)),
                        ])
                if let cap = score.article(failure.article)?.cap {
                    out += word(
                        .failureCapped,
                        ["article": .integer(failure.article), "cap": .text(capPhrase(cap))])
                }
                out += ".\n"
            }
        }
        guard explain else { return out }
        for article in score.articles {
            out +=
                "\n## "
                + word(
                    .markdownArticle,
                    [
                        "number": .integer(article.number),
                        "title": .text(Markdown.text(article.title.combined)),
                    ]) + "\n\n"
            out += word(
                .markdownArticleScore, ["score": .text(ScoreText.points(article.score))])
            if let cap = article.cap {
                out += word(.cappedFrom, ["score": .text(ScoreText.points(cap.original))])
            }
            out +=
                word(
                    .markdownArticleDetails,
                    [
                        "rating": .text(ScoreText.rating(article.rating)),
                        "weight": .text(DecimalText.plain(article.weight)),
                    ]) + "\n\n"
            let rows = article.indicators.map { indicator in
                [
                    indicator.id, indicator.title.combined, ScoreText.answer(indicator.answer),
                    ScoreText.indicatorScore(indicator),
                    DecimalText.plain(indicator.weight),
                    indicator.contribution.map(ScoreText.points) ?? "-",
                    indicator.maximum.map(ScoreText.points) ?? "-", ScoreText.critical(indicator),
                ]
            }
            out += Markdown.table(
                [
                    word(.indicatorColumn), word(.titleColumn), word(.answerColumn),
                    word(.scoreColumn), word(.weightColumn), word(.pointsColumn),
                    word(.maxColumn), word(.criticalColumn),
                ],
                rightAligned: [3, 4, 5, 6], rows: rows)
            let notApplicable = article.indicators.filter { $0.status == .notApplicable }
            if !notApplicable.isEmpty {
                out += "\n" + word(.markdownNotApplicable) + "\n\n"
                for indicator in notApplicable {
                    out +=
                        "- **\(indicator.id)**: \(Markdown.text(indicator.justification ?? ""))\n"
                }
            }
            if let cap = article.cap {
                out +=
                    "\n**\(word(.markdownCap))** "
                    + "\(Markdown.text(capSentence(cap, failures: article.criticalFailures)))\n"
            }
        }
        out += "\n## \(word(.gains))\n\n"
        if score.gains.isEmpty {
            out += word(.noGains) + "\n"
        } else {
            let rows = score.gains.map { gain in
                [
                    ScoreText.signed(gain.overallPoints), ScoreText.signed(gain.articlePoints),
                    gain.indicatorID,
                    ScoreText.indicator(gain.current), gain.title.combined,
                    gain.removesCap ? word(.removesCap, ["article": .integer(gain.article)]) : "",
                ]
            }
            out += Markdown.table(
                [
                    word(.overallColumn), word(.articleColumn), word(.indicatorColumn),
                    word(.nowColumn), word(.titleColumn), word(.noteColumn),
                ],
                rightAligned: [0, 1, 3], rows: rows)
        }
        return out
    }
}
