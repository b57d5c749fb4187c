import Foundation

/// Renders an ``AssessmentDiff`` for people (text, Markdown); its JSON, the form bundles carry as
/// `results/diff.json`, is ``AssessmentDiff/json`` (Diff/AssessmentDiff+JSON.swift).
public enum DiffRenderer {
    private typealias Words = DiffRenderMessages

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
    ///   - all: List every indicator, unchanged ones too (text and Markdown).
    public static func render(
        _ diff: AssessmentDiff, as format: Format, style: TextStyle = TextStyle(color: false),
        all: Bool = false
    ) -> String {
        switch format {
        case .text: text(diff, style: style, all: all)
        case .json: diff.reportJSON
        case .markdown: markdown(diff, all: all)
        }
    }

    /// The indicators whose note or not-applicable justification changed, with the texts:
    /// `(id, what, old, new)`.
    static func textChanges(
        _ diff: AssessmentDiff
    ) -> [(id: String, what: String, old: String, new: String)] {
        var rows: [(id: String, what: String, old: String, new: String)] = []
        for change in diff.indicators {
            if change.noteChanged {
                rows.append(
                    (
                        change.id, word(.noteWord), change.oldNote ?? word(.noText),
                        change.newNote ?? word(.noText)
                    ))
            }
            if change.justificationChanged {
                rows.append(
                    (
                        change.id, word(.justificationWord),
                        change.oldJustification ?? word(.noText),
                        change.newJustification ?? word(.noText)
                    ))
            }
        }
        return rows
    }

    static func heading(_ diff: AssessmentDiff) -> String {
        let names =
            diff.old.signatory.id == diff.new.signatory.id
            ? "\(diff.new.signatory.id) \(diff.new.signatory.name)"
            : "\(diff.old.signatory.id) → \(diff.new.signatory.id)"
        let framework =
            diff.old.framework == diff.new.framework
            ? Words.framework.text(.english, ["framework": .text("\(diff.new.framework)")])
            : Words.frameworkChange.text(
                .english,
                ["old": .text("\(diff.old.framework)"), "new": .text("\(diff.new.framework)")])
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
        let word: Words =
            switch kind {
            case .improved: .improved
            case .regressed: .regressed
            case .unchanged: .unchanged
            case .answerChanged: .answerChanged
            case .becameNotApplicable: .becameNotApplicable
            case .stoppedBeingNotApplicable: .stoppedBeingNotApplicable
            case .added: .added
            case .removed: .removed
            }
        return word.text(.english)
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
        Words.failureLine.text(
            .english,
            [
                "id": .text(failure.indicatorID), "title": .text(failure.title.combined),
                "score": .text(ScoreText.indicator(failure.score)),
                "pass": .text(ScoreText.indicator(failure.pass)),
            ])
    }

    /// A wording in English, for the text and Markdown diffs.
    private static func word(
        _ key: Words, _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> String {
        key.text(.english, arguments)
    }

    /// The notes of an article's row: capped in either year, added or removed.
    private static func articleNotes(_ article: ArticleChange, _ diff: AssessmentDiff) -> [String] {
        var notes: [String] = []
        if article.oldCapped { notes.append(word(.cappedIn, ["year": .integer(diff.old.year)])) }
        if article.newCapped { notes.append(word(.cappedIn, ["year": .integer(diff.new.year)])) }
        if article.presence != .both { notes.append(article.trend.rawValue) }
        return notes
    }

    /// The note of an indicator's row: its note changed, its definition changed.
    private static func indicatorNote(_ change: IndicatorChange) -> String {
        var note = change.noteChanged ? word(.noteChanged) : ""
        if change.definitionChanged {
            note += (note.isEmpty ? "" : "; ") + word(.definitionChanged)
        }
        if change.justificationChanged {
            note += (note.isEmpty ? "" : "; ") + word(.justificationChanged)
        }
        return note
    }

    /// The indicators a table lists: every one with `--all`, else those with a change, a changed
    /// justification included (which ``IndicatorChange/hasChanges`` leaves to the kind, so that
    /// the bundle's report keeps its words).
    static func listed(_ diff: AssessmentDiff, all: Bool) -> [IndicatorChange] {
        all ? diff.indicators : diff.indicators.filter { $0.hasChanges || $0.justificationChanged }
    }

    /// Text on one line: line breaks become spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }

    // MARK: - Text

    /// The diff as text: warnings, critical failures (new ones first), the overall and article
    /// scores, the changed indicators, their evidence, and the flags.
    public static func text(
        _ diff: AssessmentDiff, style: TextStyle, all: Bool = false
    ) -> String {
        var out = style.bold(heading(diff)) + "\n"
        for warning in diff.warnings {
            out += style.yellow(word(.warning)) + " \(warning)\n"
        }
        out += "\n"
        out += criticalText(diff, style: style)

        let overall = diff.overall
        out +=
            "\n" + style.bold(word(.overall))
            + "  \(ScoreText.points(overall.old)) → \(ScoreText.points(overall.new))"
        if let delta = overall.delta {
            out += "  " + colored(ScoreText.signed(delta), delta, style: style)
        }
        out += "  " + ratingChange(overall.oldRating, overall.newRating) + "\n\n"

        var articles = TextTable(columns: [
            .init(word(.numberColumn), alignment: .right), .init(word(.articleColumn)),
            .init(String(diff.old.year), alignment: .right),
            .init(String(diff.new.year), alignment: .right),
            .init(word(.changeColumn), alignment: .right), .init(word(.ratingColumn)),
            .init(word(.noteColumn)),
        ])
        for article in diff.articles {
            let notes = articleNotes(article, diff)
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

        out += "\n" + style.bold(word(.indicators)) + ": \(summary(diff))\n"
        let changed = listed(diff, all: all)
        if changed.isEmpty {
            out += word(.noIndicatorChanged) + "\n"
        } else {
            out += "\n"
            var table = TextTable(
                columns: [
                    .init(word(.indicatorColumn)), .init(word(.changeColumn)),
                    .init(word(.answerColumn), maxWidth: 28), .init(word(.scoreColumn)),
                    .init(word(.evidenceColumn)), .init(word(.noteColumn)),
                ], indent: "  ")
            for change in changed {
                let note = indicatorNote(change)
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
            out += "\n" + style.bold(word(.evidenceChanges)) + word(.bySHA256) + "\n"
            for change in withEvidence {
                out +=
                    "  \(change.id)  "
                    + ordered(change.evidence).map(\.summary).joined(separator: "  ") + "\n"
            }
        }

        let texts = textChanges(diff)
        if !texts.isEmpty {
            out += "\n" + style.bold(word(.textChanges)) + "\n"
            for row in texts {
                out += "  \(row.id)  \(row.what)\n"
                out += "    \(diff.old.year): \(Self.oneLine(row.old))\n"
                out += "    \(diff.new.year): \(Self.oneLine(row.new))\n"
            }
        }

        out += "\n" + style.bold(word(.flags)) + ": "
        if diff.flags.isEmpty {
            out += word(.none) + "\n"
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
            out += style.bold(word(.newCriticalFailures)) + ": " + word(.none) + "\n"
        } else {
            out +=
                style.red(
                    word(
                        .newCriticalFailuresCount,
                        ["count": .integer(diff.newCriticalFailures.count)]))
                + "\n"
            for failure in diff.newCriticalFailures { out += "  " + failureLine(failure) + "\n" }
        }
        if !diff.continuingCriticalFailures.isEmpty {
            out +=
                style.red(
                    word(
                        .stillFailingCount,
                        ["count": .integer(diff.continuingCriticalFailures.count)]))
                + "\n"
            for failure in diff.continuingCriticalFailures {
                out += "  " + failureLine(failure) + "\n"
            }
        }
        if !diff.resolvedCriticalFailures.isEmpty {
            out +=
                style.green(
                    word(.resolvedCount, ["count": .integer(diff.resolvedCriticalFailures.count)]))
                + "\n"
            for failure in diff.resolvedCriticalFailures {
                out +=
                    "  "
                    + word(
                        .resolvedLine,
                        [
                            "id": .text(failure.indicatorID),
                            "title": .text(failure.title.combined),
                            "score": .text(ScoreText.indicator(failure.score)),
                            "old": .integer(diff.old.year), "new": .integer(diff.new.year),
                        ]) + "\n"
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
    public static func markdown(_ diff: AssessmentDiff, all: Bool = false) -> String {
        var out =
            "# " + word(.markdownTitle, ["heading": .text(Markdown.text(heading(diff)))]) + "\n\n"
        for warning in diff.warnings {
            out += "> **\(word(.markdownWarning))** \(Markdown.text(warning.description))\n\n"
        }
        let overall = diff.overall
        out += word(
            .markdownOverall,
            [
                "old": .text(ScoreText.points(overall.old)),
                "new": .text(ScoreText.points(overall.new)),
            ])
        if let delta = overall.delta { out += " (\(ScoreText.signed(delta)))" }
        out += ", \(ratingChange(overall.oldRating, overall.newRating)).\n\n"

        out += "## \(word(.markdownCriticalFailures))\n\n"
        if diff.newCriticalFailures.isEmpty && diff.continuingCriticalFailures.isEmpty
            && diff.resolvedCriticalFailures.isEmpty
        {
            out += word(.markdownNoCriticalFailures) + "\n"
        } else {
            for failure in diff.newCriticalFailures {
                out += "- **\(word(.markdownNew))** \(Markdown.text(failureLine(failure)))\n"
            }
            for failure in diff.continuingCriticalFailures {
                out +=
                    "- **\(word(.markdownStillFailing))** \(Markdown.text(failureLine(failure)))\n"
            }
            for failure in diff.resolvedCriticalFailures {
                out +=
                    "- **\(word(.markdownResolved))** \(failure.indicatorID) "
                    + "\(Markdown.text(failure.title.combined))\n"
            }
        }

        out += "\n## \(word(.markdownArticles))\n\n"
        let articleRows = diff.articles.map { article -> [String] in
            let notes = articleNotes(article, diff)
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
                word(.numberColumn), word(.articleColumn), String(diff.old.year),
                String(diff.new.year), word(.changeColumn), word(.ratingColumn), word(.noteColumn),
            ],
            rightAligned: [0, 2, 3, 4], rows: articleRows)

        out += "\n## \(word(.indicators))\n\n\(summary(diff)).\n\n"
        let changed = listed(diff, all: all)
        if !changed.isEmpty {
            let rows = changed.map { change -> [String] in
                [
                    change.id, label(change.kind), answerChange(change), scoreChange(change),
                    ordered(change.evidence).map(\.summary).joined(separator: "\n"),
                    indicatorNote(change),
                ]
            }
            out += Markdown.table(
                [
                    word(.indicatorColumn), word(.changeColumn), word(.answerColumn),
                    word(.scoreColumn), word(.evidenceColumn), word(.noteColumn),
                ], rows: rows)
        }

        let texts = textChanges(diff)
        if !texts.isEmpty {
            out += "\n## \(word(.textChanges))\n\n"
            out += Markdown.table(
                [word(.indicatorColumn), "", String(diff.old.year), String(diff.new.year)],
                rows: texts.map { [$0.id, $0.what, Self.oneLine($0.old), Self.oneLine($0.new)] })
        }

        out += "\n## \(word(.flags))\n\n"
        if diff.flags.isEmpty {
            out += word(.markdownNoFlags) + "\n"
        } else {
            for flag in diff.flags {
                out +=
                    "- **\(flag.indicatorID)** `\(flag.code)`: \(Markdown.text(flag.description))\n"
            }
        }
        return out
    }
}
