import Foundation

/// What `aggregate` prints when it is done: participation, the sector's mean and median, the
/// actions by step, what became of the bundles, and where the outputs are.
public enum SectorSummaryRenderer {
    private typealias Words = SectorSummaryMessages

    /// The summary for people.
    ///
    /// - Parameters:
    ///   - aggregate: The aggregate.
    ///   - folder: The output folder as the user named it.
    ///   - language: The language of the lines (`--lang`); English by default.
    public static func text(
        _ aggregate: SectorAggregate, folder: String, language: Language = .english
    ) -> String {
        func word(_ key: Words, _ arguments: [String: Diagnostic.Message.Argument] = [:]) -> String
        {
            key.text(language, arguments)
        }
        let statistics = aggregate.statistics
        let participation = statistics.participation
        let counts = aggregate.counts
        var lines: [String] = []
        let span =
            aggregate.years.count > 1
            ? word(.history, ["year": .integer(aggregate.years.first ?? aggregate.year)]) : ""
        lines.append(
            word(
                .heading,
                [
                    "year": .integer(aggregate.year), "history": .text(span),
                    "framework": .text(aggregate.framework.id),
                    "version": .text(aggregate.framework.version),
                ]))
        lines.append(
            word(
                .participation,
                [
                    "registered": .integer(participation.registered),
                    "submitted": .integer(participation.submitted),
                    "accepted": .integer(participation.accepted),
                    "rejected": .integer(participation.rejected),
                    "missing": .integer(participation.missing),
                ]))
        var bundles = word(
            .bundles,
            [
                "found": .integer(counts.found), "accepted": .integer(counts.accepted),
                "refused": .integer(counts.refused), "superseded": .integer(counts.superseded),
            ])
        if counts.unreadableFolders > 0 {
            bundles += word(.unreadableFolders, ["count": .integer(counts.unreadableFolders)])
        }
        if counts.duplicates > 0 {
            bundles += word(
                counts.duplicates == 1 ? .duplicatesOne : .duplicates,
                ["count": .integer(counts.duplicates)])
        }
        if counts.outOfRange > 0 {
            bundles += word(.outOfRange, ["count": .integer(counts.outOfRange)])
        }
        lines.append(bundles)
        lines.append(contentsOf: yearLines(aggregate.coverage, language: language))
        if counts.skipped > 0 {
            let reasons = SkippedFile.Reason.allCases.compactMap { reason -> String? in
                let count = aggregate.skipped.count { $0.reason == reason }
                return count == 0 ? nil : "\(count) \(reason.rawValue)"
            }
            lines.append(
                word(
                    .skipped,
                    [
                        "files": Words.count(counts.skipped, one: .filesOne, many: .files),
                        "reasons": .text(reasons.joined(separator: ", ")),
                    ]))
        }
        if !aggregate.categoryDisagreements.isEmpty {
            let count = aggregate.categoryDisagreements.count
            lines.append(
                word(
                    count == 1 ? .categoriesOne : .categories,
                    [
                        "count": .integer(count),
                        "list": .text(
                            aggregate.categoryDisagreements.map {
                                "\($0.signatory) \($0.year) \($0.assessment) → \($0.keyring)"
                            }.joined(separator: ", ")),
                    ]))
        }
        var overall = word(
            .overall,
            [
                "mean": .text(figure(statistics.overall.mean)),
                "median": .text(figure(statistics.overall.median)),
            ])
        if let change = statistics.change {
            overall += word(
                .overallChange,
                [
                    "year": .integer(change.previousYear),
                    "mean": .text(signed(change.overallMean)),
                    "median": .text(signed(change.overallMedian)),
                ])
        }
        lines.append(overall)
        lines.append(
            word(
                .actions,
                [
                    "actions": .text(
                        aggregate.actionCounts.map { "\($0.count) \($0.action.rawValue)" }
                            .joined(separator: ", "))
                ]))
        if !aggregate.chainFindings.isEmpty {
            let kinds = ChainFinding.Kind.allCases.compactMap { kind -> String? in
                let count = aggregate.chainFindings.count { $0.kind == kind }
                return count == 0
                    ? nil
                    : word(
                        count == 1 ? .countedKindOne : .countedKind,
                        ["count": .integer(count), "kind": .text(kind.rawValue)])
            }
            lines.append(word(.chainBreaks, ["kinds": .text(kinds.joined(separator: ", "))]))
        }
        let unreviewed = aggregate.unreviewedClaims
        if !unreviewed.isEmpty {
            lines.append(
                word(
                    .unreviewed,
                    [
                        "signatories": .integer(unreviewed.count),
                        "list": .text(
                            unreviewed.map {
                                "\($0.signatory) (\($0.indicators.joined(separator: ", ")))"
                            }.joined(separator: "; ")),
                    ]))
        }
        let path = folder.hasSuffix("/") ? folder : folder + "/"
        lines.append(
            word(
                .wrote,
                [
                    "folder": .text(path),
                    "files": .text(SectorOutput.File.allCases.map(\.name).joined(separator: ", ")),
                ]))
        lines.append(word(.report, ["file": .text(path + SectorOutput.File.report.name)]))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Years held: 2024 (--since 2024), 2025 (the reporting year, the latest with an accepted
    /// bundle)`, and the years covered but not held, if any.
    static func yearLines(
        _ coverage: SectorAggregate.Coverage, language: Language = .english
    ) -> [String] {
        func word(_ key: Words, _ arguments: [String: Diagnostic.Message.Argument] = [:]) -> String
        {
            key.text(language, arguments)
        }
        let last = coverage.years.last?.year
        func why(_ year: SectorAggregate.Coverage.Year) -> String {
            guard year.year == last else { return word(.since, ["year": .integer(coverage.since)]) }
            return coverage.yearGiven ? word(.reportingYearGiven) : word(.reportingYearLatest)
        }
        func list(_ years: [SectorAggregate.Coverage.Year], _ key: Words) -> String {
            years.map { word(key, ["year": .integer($0.year), "why": .text(why($0))]) }
                .joined(separator: ", ")
        }
        var lines = [
            word(.yearsHeld, ["years": .text(list(coverage.years.filter(\.held), .yearHeld))])
        ]
        let notHeld = coverage.years.filter { !$0.held }
        if !notHeld.isEmpty {
            lines.append(word(.yearsNotHeld, ["years": .text(list(notHeld, .yearNotHeld))]))
        }
        let ruled = coverage.years.filter { !$0.rules.isEmpty }
        if !ruled.isEmpty {
            lines.append(
                ScoreRenderer.wording(
                    .rulesByYear,
                    [
                        "years": .text(
                            ruled.map { "\($0.year) \($0.rules.joined(separator: "+"))" }.joined(
                                separator: ", "))
                    ]))
        }
        return lines
    }

    /// A wording in English.
    private static func word(
        _ key: Words, _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> String {
        key.text(.english, arguments)
    }

    /// A warning when the reporting year was taken by default (the latest year with an accepted
    /// bundle) and valid bundles of more signatories are for another year, which was not used: a
    /// bundle sent early for next year, say, would otherwise make next year the report's, with
    /// everyone else missing.
    ///
    /// Nil otherwise.
    public static func yearWarning(_ aggregate: SectorAggregate) -> String? {
        guard !aggregate.coverage.yearGiven, let reporting = aggregate.coverage.years.last else {
            return nil
        }
        var others: [Int: Set<String>] = [:]
        for skipped in aggregate.skipped where skipped.reason == .outOfRange {
            guard let year = skipped.year, let signatory = skipped.signatory else { continue }
            others[year, default: []].insert(signatory)
        }
        guard
            let busiest = others.max(by: {
                ($0.value.count, $1.key) < ($1.value.count, $0.key)
            }), busiest.value.count > reporting.bundles
        else { return nil }
        let count = busiest.value.count
        return word(
            .yearWarning,
            [
                "year": .integer(reporting.year),
                "signatories": Words.count(
                    reporting.bundles, one: .signatoriesOne, many: .signatories),
                "count": .integer(count), "other": .integer(busiest.key),
            ])
    }

    /// The note on what was not used, with the same counts as the summary's `Bundles:` line
    /// (refused bundles and unreadable folders apart) and the files skipped, or nil when
    /// everything was used.
    ///
    /// - Parameters:
    ///   - aggregate: The aggregate.
    ///   - folder: The output folder as the user named it.
    public static func refusalNote(_ aggregate: SectorAggregate, folder: String) -> String? {
        let refused = aggregate.counts.refused
        let folders = aggregate.counts.unreadableFolders
        var parts: [String] = []
        if refused > 0 {
            parts.append(
                word(
                    refused == 1 ? .bundlesRefusedOne : .bundlesRefused,
                    ["count": .integer(refused)]))
        }
        if folders > 0 {
            parts.append(
                word(
                    folders == 1 ? .foldersUnreadableOne : .foldersUnreadable,
                    ["count": .integer(folders)]))
        }
        let path = folder.hasSuffix("/") ? folder : folder + "/"
        var notes: [String] = []
        if !parts.isEmpty {
            notes.append(
                word(
                    .reasonsIn,
                    [
                        "parts": .list(parts.map { .text($0) }, .and),
                        "file": .text(path + "rejected.csv"),
                    ]))
        }
        let skipped = aggregate.counts.skipped
        if skipped > 0 {
            notes.append(
                word(
                    skipped == 1 ? .skippedNoteOne : .skippedNote,
                    ["count": .integer(skipped), "file": .text(path + "skipped.csv")]))
        }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// The progress line while bundles are read: `523/1000 bundles, 87.2/s, 3 failed verification`.
    ///
    /// It counts only what is known so far: forks and replays are found once every bundle is read,
    /// and the summary's `refused` includes them.
    ///
    /// - Parameters:
    ///   - progress: The progress.
    ///   - perSecond: Bundles read per second.
    public static func progress(_ progress: AggregateProgress, perSecond: Double) -> String {
        word(
            .progress,
            [
                "done": .integer(progress.done), "total": .integer(progress.total),
                "rate": .text(String(format: "%.1f", perSecond)),
                "failed": .integer(progress.failedVerification),
            ])
    }

    /// The summary for programs: a short JSON document; `sector.json` has everything.
    ///
    /// - Parameters:
    ///   - aggregate: The aggregate.
    ///   - folder: The output folder as the user named it.
    public static func json(_ aggregate: SectorAggregate, folder: String) -> String {
        let statistics = aggregate.statistics
        let path = folder.hasSuffix("/") ? folder : folder + "/"
        let value: JSONValue = .object([
            "schemaVersion": .integer(SectorAggregate.schemaVersion),
            "year": .integer(aggregate.year),
            "participation": statistics.participation.jsonValue,
            "overall": .object([
                "mean": SectorStatistics.figure(statistics.overall.mean),
                "median": SectorStatistics.figure(statistics.overall.median),
                "meanChange": SectorStatistics.figure(statistics.change?.overallMean),
                "medianChange": SectorStatistics.figure(statistics.change?.overallMedian),
            ]),
            "actions": .object(
                Dictionary(
                    uniqueKeysWithValues: aggregate.actionCounts.map {
                        ($0.action.rawValue, JSONValue.integer($0.count))
                    })),
            "bundles": .object([
                "found": .integer(aggregate.counts.found),
                "accepted": .integer(aggregate.counts.accepted),
                "refused": .integer(aggregate.counts.refused),
                "superseded": .integer(aggregate.counts.superseded),
                "duplicates": .integer(aggregate.counts.duplicates),
                "outOfRange": .integer(aggregate.counts.outOfRange),
                "skipped": .integer(aggregate.counts.skipped),
            ]),
            "years": .array(
                aggregate.coverage.years.map {
                    .object([
                        "year": .integer($0.year), "held": .bool($0.held),
                        "reason": .string($0.reason),
                    ])
                }),
            "categoryDisagreements": .integer(aggregate.categoryDisagreements.count),
            "outputs": .object([
                "folder": .string(folder),
                "files": .array(SectorOutput.File.allCases.map { .string(path + $0.name) }),
                "report": .string(path + SectorOutput.File.report.name),
            ]),
        ])
        return value.rendered()
    }

    private static func figure(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: 2) } ?? word(.notAvailable)
    }

    private static func signed(_ value: Decimal?) -> String {
        guard let value else { return word(.notAvailable) }
        return (value > 0 ? "+" : "") + DecimalText.format(value, places: 2)
    }
}
