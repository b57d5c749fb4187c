import Foundation

/// Renders an ``AssessmentDiff`` for people (text, Markdown); its JSON, the form bundles carry as
/// `results/diff.json`, is ``AssessmentDiff/json`` (Diff/AssessmentDiff+JSON.swift).
public enum DiffRenderer {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Text for a terminal.
        case text
        /// JSON for programs (``AssessmentDiff/json``).
        case json
        /// Markdown for reports.
        case markdown
    }

    /// Renders a diff.
    ///
    /// - Parameters:
    ///   - diff: The diff.
    ///   - format: The output format.
    ///   - style: Colour for text output.
    /// - Returns: The document, ending in a line feed.
    public static func render(
        _ diff: AssessmentDiff, as format: Format, style: TextStyle = TextStyle(color: false)
    ) -> String {
        switch format {
        case .text: text(diff, style: style)
        case .json: diff.json
        case .markdown: markdown(diff)
        }
    }

    static func heading(_ diff: AssessmentDiff) -> String {
        let names =
            diff.old.signatory.id == diff.new.signatory.id
            ? "\(diff.new.signatory.id) \(diff.new.signatory.name)"
            : "\(diff.old.signatory.id) → \(diff.new.signatory.id)"
        let framework =
            diff.old.framework == diff.new.framework
            ? "framework \(diff.new.framework)"
            : "framework \(diff.old.framework) → \(diff.new.framework)"
        return "\(names) · \(diff.old.year) → \(diff.new.year) · \(framework)"
    }

    static func summary(_ diff: AssessmentDiff) -> String {
        let parts = IndicatorChange.Kind.allCases.compactMap { kind -> String? in
            let count = diff.count(kind)
            return count == 0 ? nil : "\(count) \(label(kind))"
        }
        return parts.joined(separator: ", ")
    }

    static func label(_ kind: IndicatorChange.Kind) -> String {
        switch kind {
        case .improved: "improved"
        case .regressed: "regressed"
        case .unchanged: "unchanged"
        case .answerChanged: "answer changed, same score"
        case .becameNotApplicable: "became not applicable"
        case .stoppedBeingNotApplicable: "no longer not applicable"
        case .added: "added by the framework"
        case .removed: "removed by the framework"
        }
    }

    static func answerChange(_ change: IndicatorChange) -> String {
        let before = change.oldAnswer?.text ?? "-"
        let after = change.newAnswer?.text ?? "-"
        return before == after ? after : "\(before) → \(after)"
    }

    static func scoreChange(_ change: IndicatorChange) -> String {
        let before = change.oldScore.map(ScoreText.indicator) ?? "-"
        let after = change.newScore.map(ScoreText.indicator) ?? "-"
        return before == after ? after : "\(before) → \(after)"
    }

    static func evidenceCounts(_ changes: [EvidenceChange]) -> String {
        var counts: [String: Int] = [:]
        for change in changes { counts[change.code, default: 0] += 1 }
        let order: [(String, String)] = [
            ("added", "+"), ("removed", "-"), ("changed", "~"), ("renamed", "→"),
        ]
        return order.compactMap { code, symbol in counts[code].map { "\(symbol)\($0)" } }.joined(
            separator: " ")
    }

    /// Evidence changes with changed content first, then added, removed and renamed paths.
    static func ordered(_ changes: [EvidenceChange]) -> [EvidenceChange] {
        let rank = ["changed": 0, "added": 1, "removed": 2, "renamed": 3]
        return changes.sorted { (rank[$0.code] ?? 4, $0.path) < (rank[$1.code] ?? 4, $1.path) }
    }

    static func failureLine(_ failure: CriticalFailure) -> String {
        "\(failure.indicatorID)  \(failure.title.combined): scores \(ScoreText.indicator(failure.score)), "
            + "needs \(ScoreText.indicator(failure.pass))"
    }

    // MARK: - Text

    /// The diff as text: warnings, critical failures (new ones first), the overall and article
    /// scores, the changed indicators, their evidence, and the flags.
    public static func text(_ diff: AssessmentDiff, style: TextStyle) -> String {
        var out = style.bold(heading(diff)) + "\n"
        for warning in diff.warnings {
            out += style.yellow("warning:") + " \(warning)\n"
        }
        out += "\n"
        out += criticalText(diff, style: style)

        let overall = diff.overall
        out +=
            "\n" + style.bold("Overall")
            + "  \(ScoreText.points(overall.old)) → \(ScoreText.points(overall.new))"
        if let delta = overall.delta {
            out += "  " + colored(ScoreText.signed(delta), delta, style: style)
        }
        out += "  " + ratingChange(overall.oldRating, overall.newRating) + "\n\n"

        var articles = TextTable(columns: [
            .init("#", alignment: .right), .init("Article"),
            .init(String(diff.old.year), alignment: .right),
            .init(String(diff.new.year), alignment: .right), .init("Change", alignment: .right),
            .init("Rating"),
            .init("Note"),
        ])
        for article in diff.articles {
            var notes: [String] = []
            if article.oldCapped { notes.append("capped in \(diff.old.year)") }
            if article.newCapped { notes.append("capped in \(diff.new.year)") }
            if article.presence != .both { notes.append(article.trend.rawValue) }
            articles.append([
                TextTable.Cell(String(article.number)), TextTable.Cell(article.title.combined),
                TextTable.Cell(ScoreText.points(article.score.old)),
                TextTable.Cell(ScoreText.points(article.score.new)),
                TextTable.Cell(
                    article.score.delta.map(ScoreText.signed) ?? "-", emphasis(article.score.delta)),
                TextTable.Cell(ratingChange(article.score.oldRating, article.score.newRating)),
                TextTable.Cell(notes.joined(separator: "; "), .dim),
            ])
        }
        out += articles.render(style: style)

        out += "\n" + style.bold("Indicators") + ": \(summary(diff))\n"
        let changed = diff.changedIndicators
        if changed.isEmpty {
            out += "No indicator changed.\n"
        } else {
            out += "\n"
            var table = TextTable(
                columns: [
                    .init("Indicator"), .init("Change"), .init("Answer", maxWidth: 28),
                    .init("Score"),
                    .init("Evidence"), .init("Note"),
                ], indent: "  ")
            for change in changed {
                var note = change.noteChanged ? "changed" : ""
                if change.definitionChanged {
                    note += (note.isEmpty ? "" : "; ") + "definition changed"
                }
                table.append([
                    TextTable.Cell(change.id),
                    TextTable.Cell(label(change.kind), emphasis(change.kind)),
                    TextTable.Cell(answerChange(change)), TextTable.Cell(scoreChange(change)),
                    TextTable.Cell(evidenceCounts(change.evidence)), TextTable.Cell(note),
                ])
            }
            out += table.render(style: style)
        }

        let withEvidence = changed.filter { !$0.evidence.isEmpty }
        if !withEvidence.isEmpty {
            out += "\n" + style.bold("Evidence changes") + " (by SHA-256 of the content)\n"
            for change in withEvidence {
                out +=
                    "  \(change.id)  "
                    + ordered(change.evidence).map(\.summary).joined(separator: "  ") + "\n"
            }
        }

        out += "\n" + style.bold("Flags for a reviewer") + ": "
        if diff.flags.isEmpty {
            out += "none\n"
        } else {
            out += "\(diff.flags.count)\n"
            for flag in diff.flags {
                out += "  \(flag.indicatorID)  " + style.yellow(flag.code) + ": \(flag)\n"
            }
        }
        return out
    }

    private static func criticalText(_ diff: AssessmentDiff, style: TextStyle) -> String {
        var out = ""
        if diff.newCriticalFailures.isEmpty {
            out += style.bold("New critical failures") + ": none\n"
        } else {
            out += style.red("New critical failures: \(diff.newCriticalFailures.count)") + "\n"
            for failure in diff.newCriticalFailures { out += "  " + failureLine(failure) + "\n" }
        }
        if !diff.continuingCriticalFailures.isEmpty {
            out += style.red("Still failing: \(diff.continuingCriticalFailures.count)") + "\n"
            for failure in diff.continuingCriticalFailures {
                out += "  " + failureLine(failure) + "\n"
            }
        }
        if !diff.resolvedCriticalFailures.isEmpty {
            out +=
                style.green("Resolved critical failures: \(diff.resolvedCriticalFailures.count)")
                + "\n"
            for failure in diff.resolvedCriticalFailures {
                out +=
                    "  \(failure.indicatorID)  \(failure.title.combined): scored \(ScoreText.indicator(failure.score)) "
                out += "in \(diff.old.year), passes in \(diff.new.year)\n"
            }
        }
        return out
    }

    private static func ratingChange(_ old: Framework.Band?, _ new: Framework.Band?) -> String {
        if old?.id == new?.id { return ScoreText.rating(new) }
        return "\(ScoreText.rating(old)) → \(ScoreText.rating(new))"
    }

    private static func colored(_ text: String, _ delta: Decimal, style: TextStyle) -> String {
        delta > 0 ? style.green(text) : delta < 0 ? style.red(text) : text
    }

    private static func emphasis(_ delta: Decimal?) -> TextTable.Emphasis {
        guard let delta else { return .dim }
        return delta > 0 ? .green : delta < 0 ? .red : .plain
    }

    private static func emphasis(_ kind: IndicatorChange.Kind) -> TextTable.Emphasis {
        switch kind {
        case .improved, .stoppedBeingNotApplicable: .green
        case .regressed: .red
        case .becameNotApplicable: .yellow
        case .unchanged, .answerChanged, .added, .removed: .plain
        }
    }

    // MARK: - Markdown

    /// The diff as a Markdown report.
    public static func markdown(_ diff: AssessmentDiff) -> String {
        var out = "# Year-over-year diff: \(Markdown.text(heading(diff)))\n\n"
        for warning in diff.warnings {
            out += "> **Warning:** \(Markdown.text(warning.description))\n\n"
        }
        let overall = diff.overall
        out += "Overall **\(ScoreText.points(overall.old)) → \(ScoreText.points(overall.new))**"
        if let delta = overall.delta { out += " (\(ScoreText.signed(delta)))" }
        out += ", \(ratingChange(overall.oldRating, overall.newRating)).\n\n"

        out += "## Critical failures\n\n"
        if diff.newCriticalFailures.isEmpty && diff.continuingCriticalFailures.isEmpty
            && diff.resolvedCriticalFailures.isEmpty
        {
            out += "None in either year.\n"
        } else {
            for failure in diff.newCriticalFailures {
                out += "- **New:** \(Markdown.text(failureLine(failure)))\n"
            }
            for failure in diff.continuingCriticalFailures {
                out += "- **Still failing:** \(Markdown.text(failureLine(failure)))\n"
            }
            for failure in diff.resolvedCriticalFailures {
                out +=
                    "- **Resolved:** \(failure.indicatorID) \(Markdown.text(failure.title.combined))\n"
            }
        }

        out += "\n## Articles\n\n"
        let articleRows = diff.articles.map { article -> [String] in
            var notes: [String] = []
            if article.oldCapped { notes.append("capped in \(diff.old.year)") }
            if article.newCapped { notes.append("capped in \(diff.new.year)") }
            if article.presence != .both { notes.append(article.trend.rawValue) }
            return [
                String(article.number), article.title.combined, ScoreText.points(article.score.old),
                ScoreText.points(article.score.new),
                article.score.delta.map(ScoreText.signed) ?? "-",
                ratingChange(article.score.oldRating, article.score.newRating),
                notes.joined(separator: "; "),
            ]
        }
        out += Markdown.table(
            [
                "#", "Article", String(diff.old.year), String(diff.new.year), "Change", "Rating",
                "Note",
            ],
            rightAligned: [0, 2, 3, 4], rows: articleRows)

        out += "\n## Indicators\n\n\(summary(diff)).\n\n"
        let changed = diff.changedIndicators
        if !changed.isEmpty {
            let rows = changed.map { change -> [String] in
                var note = change.noteChanged ? "changed" : ""
                if change.definitionChanged {
                    note += (note.isEmpty ? "" : "; ") + "definition changed"
                }
                return [
                    change.id, label(change.kind), answerChange(change), scoreChange(change),
                    ordered(change.evidence).map(\.summary).joined(separator: "\n"), note,
                ]
            }
            out += Markdown.table(
                ["Indicator", "Change", "Answer", "Score", "Evidence", "Note"], rows: rows)
        }

        out += "\n## Flags for a reviewer\n\n"
        if diff.flags.isEmpty {
            out += "None.\n"
        } else {
            for flag in diff.flags {
                out +=
                    "- **\(flag.indicatorID)** `\(flag.code)`: \(Markdown.text(flag.description))\n"
            }
        }
        return out
    }
}
