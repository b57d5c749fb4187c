import Foundation

/// Renders a ``Score`` for people (text, Markdown) and for spreadsheets (CSV); its JSON, the
/// form bundles carry as `results/scores.json`, is ``Score/json`` (Scoring/Score+JSON.swift).
public enum ScoreRenderer {
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
        "\(score.signatory.id) \(score.signatory.name) · \(score.year) · framework \(score.framework)"
    }

    private static func articleTable(_ score: Score, style: TextStyle) -> String {
        var table = TextTable(columns: [
            .init("#", alignment: .right), .init("Article"), .init("Score", alignment: .right),
            .init("Rating"),
            .init("Critical failures"),
        ])
        for article in score.articles {
            var failures = article.criticalFailures.map(\.indicatorID).joined(separator: " ")
            if let cap = article.cap {
                failures += " (capped from \(ScoreText.points(cap.original)))"
            }
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
            "", TextTable.Cell("Overall", .bold),
            TextTable.Cell(ScoreText.points(score.overall), .bold),
            TextTable.Cell(ScoreText.rating(score.rating), emphasis(score.rating, in: score)),
            TextTable.Cell(
                score.criticalFailures.isEmpty ? "" : String(score.criticalFailures.count), .red),
        ])
        return table.render(style: style)
    }

    private static func criticalFailuresText(_ score: Score, style: TextStyle) -> String {
        let failures = score.criticalFailures
        guard !failures.isEmpty else { return "Critical failures: none\n" }
        var out = style.red("Critical failures: \(failures.count)") + "\n"
        for failure in failures {
            out +=
                "  \(failure.indicatorID)  \(failure.title.combined): scored \(ScoreText.indicator(failure.score)), "
            out += "needs \(ScoreText.indicator(failure.pass))"
            if let cap = score.article(failure.article)?.cap {
                out += "; article \(failure.article) " + capPhrase(cap)
            } else if score.rules != "1.0" {
                out += "; " + wording(.notCapped, ["article": .integer(failure.article)])
            } else {
                out += "; article \(failure.article) is already in the lowest band, no cap"
            }
            out += "\n"
        }
        return out
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
        var out = style.bold("Article \(article.number) · \(article.title.combined)") + "\n"
        var summary = "Score \(ScoreText.points(article.score))"
        if let cap = article.cap { summary += " (capped from \(ScoreText.points(cap.original)))" }
        summary +=
            " · \(ScoreText.rating(article.rating)) · weight \(DecimalText.plain(article.weight))"
        out += summary + "\n\n"
        var table = TextTable(
            columns: [
                .init("Indicator"), .init("Title"), .init("Answer", maxWidth: 16),
                .init("Score", alignment: .right), .init("Weight", alignment: .right),
                .init("Points", alignment: .right), .init("Max", alignment: .right),
                .init("Critical"),
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
            out += "\n  Not applicable (left out of the article's score):\n"
            for indicator in notApplicable {
                out += "    \(indicator.id)  \(indicator.justification ?? "")\n"
            }
        }
        let unscored = article.indicators.filter { $0.status == .notScored }
        if !unscored.isEmpty {
            out += "\n  Not scored (text answers): \(unscored.map(\.id).joined(separator: ", "))\n"
        }
        if article.score == nil {
            out +=
                "\n  No indicator applies: the article has no score and leaves the overall score.\n"
        }
        if let cap = article.cap {
            out +=
                "\n  " + style.red("Cap: ") + capSentence(cap, failures: article.criticalFailures)
                + "\n"
        } else if !article.criticalFailures.isEmpty {
            out += "\n  " + style.red("Critical failure without a cap: ")
            out += "the score already lies in the lowest band.\n"
        }
        return out
    }

    static func capSentence(_ cap: ScoreCap, failures: [CriticalFailure]) -> String {
        let list = failures.map {
            "\($0.indicatorID) scored \(ScoreText.indicator($0.score)), needs \(ScoreText.indicator($0.pass))"
        }
        return list.joined(separator: "; ") + ". "
            + "\(ScoreText.points(cap.original)) lies in \(cap.from.title.en) (from "
            + "\(DecimalText.plain(cap.from.min))), so the score is capped at "
            + "\(ScoreText.points(cap.capped)): \(cap.to.title.en)."
    }

    /// "capped from 82.95 to 59.99".
    static func capPhrase(_ cap: ScoreCap) -> String {
        "capped from \(ScoreText.points(cap.original)) to \(ScoreText.points(cap.capped))"
    }

    private static func gainsText(_ score: Score, style: TextStyle) -> String {
        let out =
            style.bold("What fixing each indicator would gain")
            + " (overall points, largest first)\n\n"
        guard !score.gains.isEmpty else {
            return out + "  Every applicable indicator already scores 1.\n"
        }
        var table = TextTable(
            columns: [
                .init("Overall", alignment: .right), .init("Article", alignment: .right),
                .init("Indicator"),
                .init("Now", alignment: .right), .init("Title"), .init("Note"),
            ], indent: "  ")
        for gain in score.gains {
            table.append([
                TextTable.Cell(
                    ScoreText.signed(gain.overallPoints), gain.overallPoints > 0 ? .green : .dim),
                TextTable.Cell(ScoreText.signed(gain.articlePoints)),
                TextTable.Cell(gain.indicatorID),
                TextTable.Cell(ScoreText.indicator(gain.current)),
                TextTable.Cell(ScoreText.twoLines(gain.title)),
                TextTable.Cell(gain.removesCap ? "removes the cap on article \(gain.article)" : ""),
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
            "# Self-assessment score: \(Markdown.text(score.signatory.name)) (\(score.signatory.id)), \(score.year)\n\n"
        out += "Framework \(score.framework.id) \(score.framework.version). "
        out +=
            "Overall **\(ScoreText.points(score.overall))**, \(ScoreText.rating(score.rating)).\n\n"
        if let headline = headline(score, markdown: true) { out += headline + "\n\n" }
        if let sentence = overallCapSentence(score) { out += sentence + "\n\n" }
        var rows: [[String]] = score.articles.map { article in
            var failures = article.criticalFailures.map(\.indicatorID).joined(separator: " ")
            if let cap = article.cap {
                failures += " (capped from \(ScoreText.points(cap.original)))"
            }
            return [
                String(article.number), article.title.combined, ScoreText.points(article.score),
                ScoreText.rating(article.rating),
                failures,
            ]
        }
        rows.append([
            "", "**Overall**", "**\(ScoreText.points(score.overall))**",
            "**\(ScoreText.rating(score.rating))**",
            score.criticalFailures.isEmpty ? "" : String(score.criticalFailures.count),
        ])
        out += Markdown.table(
            ["#", "Article", "Score", "Rating", "Critical failures"], rightAligned: [0, 2],
            rows: rows)
        out += "\n## Critical failures\n\n"
        if score.criticalFailures.isEmpty {
            out += "None.\n"
        } else {
            for failure in score.criticalFailures {
                out +=
                    "- **\(failure.indicatorID)** \(Markdown.text(failure.title.combined)): scored "
                out +=
                    "\(ScoreText.indicator(failure.score)), needs \(ScoreText.indicator(failure.pass))"
                if let cap = score.article(failure.article)?.cap {
                    out += "; article \(failure.article) " + capPhrase(cap)
                }
                out += ".\n"
            }
        }
        guard explain else { return out }
        for article in score.articles {
            out += "\n## Article \(article.number): \(Markdown.text(article.title.combined))\n\n"
            out += "Score **\(ScoreText.points(article.score))**"
            if let cap = article.cap { out += " (capped from \(ScoreText.points(cap.original)))" }
            out +=
                ", \(ScoreText.rating(article.rating)), weight \(DecimalText.plain(article.weight)).\n\n"
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
                ["Indicator", "Title", "Answer", "Score", "Weight", "Points", "Max", "Critical"],
                rightAligned: [3, 4, 5, 6], rows: rows)
            let notApplicable = article.indicators.filter { $0.status == .notApplicable }
            if !notApplicable.isEmpty {
                out += "\nNot applicable:\n\n"
                for indicator in notApplicable {
                    out +=
                        "- **\(indicator.id)**: \(Markdown.text(indicator.justification ?? ""))\n"
                }
            }
            if let cap = article.cap {
                out +=
                    "\n**Cap:** \(Markdown.text(capSentence(cap, failures: article.criticalFailures)))\n"
            }
        }
        out += "\n## What fixing each indicator would gain\n\n"
        if score.gains.isEmpty {
            out += "Every applicable indicator already scores 1.\n"
        } else {
            let rows = score.gains.map { gain in
                [
                    ScoreText.signed(gain.overallPoints), ScoreText.signed(gain.articlePoints),
                    gain.indicatorID,
                    ScoreText.indicator(gain.current), gain.title.combined,
                    gain.removesCap ? "removes the cap on article \(gain.article)" : "",
                ]
            }
            out += Markdown.table(
                ["Overall", "Article", "Indicator", "Now", "Title", "Note"],
                rightAligned: [0, 1, 3], rows: rows)
        }
        return out
    }
}
