import Foundation

/// What `aggregate` prints when it is done: participation, the sector's mean and median, the
/// actions by step, what became of the bundles, and where the outputs are.
public enum SectorSummaryRenderer {
    /// The summary for people.
    ///
    /// - Parameters:
    ///   - aggregate: The aggregate.
    ///   - folder: The output folder as the user named it.
    public static func text(_ aggregate: SectorAggregate, folder: String) -> String {
        let statistics = aggregate.statistics
        let participation = statistics.participation
        let counts = aggregate.counts
        var lines: [String] = []
        let span =
            aggregate.years.count > 1
            ? " (history from \(aggregate.years.first ?? aggregate.year))" : ""
        lines.append(
            "Sector \(aggregate.year)\(span), framework \(aggregate.framework.id) \(aggregate.framework.version)"
        )
        lines.append(
            "Participation: \(participation.registered) registered, \(participation.submitted) submitted, "
                + "\(participation.accepted) accepted, \(participation.rejected) rejected, \(participation.missing) missing"
        )
        var bundles =
            "Bundles: \(counts.found) found, \(counts.accepted) used, \(counts.refused) refused"
        bundles += ", \(counts.superseded) superseded"
        if counts.unreadableFolders > 0 {
            bundles += ", \(counts.unreadableFolders) unreadable folder(s)"
        }
        if counts.duplicates > 0 {
            bundles += ", \(counts.duplicates) duplicate\(counts.duplicates == 1 ? "" : "s")"
        }
        if counts.outOfRange > 0 { bundles += ", \(counts.outOfRange) out of range" }
        lines.append(bundles)
        lines.append(contentsOf: yearLines(aggregate.coverage))
        if counts.skipped > 0 {
            let reasons = SkippedFile.Reason.allCases.compactMap { reason -> String? in
                let count = aggregate.skipped.count { $0.reason == reason }
                return count == 0 ? nil : "\(count) \(reason.rawValue)"
            }
            lines.append(
                "Skipped: \(counts.skipped) file\(counts.skipped == 1 ? "" : "s") ("
                    + reasons.joined(separator: ", ") + "), listed in skipped.csv")
        }
        if !aggregate.categoryDisagreements.isEmpty {
            let count = aggregate.categoryDisagreements.count
            lines.append(
                "Categories: \(count) assessment\(count == 1 ? " declares" : "s declare") another "
                    + "category than the keyring's (the keyring's is used): "
                    + aggregate.categoryDisagreements.map {
                        "\($0.signatory) \($0.year) \($0.assessment) → \($0.keyring)"
                    }.joined(separator: ", "))
        }
        var overall =
            "Overall score: mean \(figure(statistics.overall.mean)), median \(figure(statistics.overall.median))"
        if let change = statistics.change {
            overall +=
                " (since \(change.previousYear): mean \(signed(change.overallMean)), median \(signed(change.overallMedian)))"
        }
        lines.append(overall)
        lines.append(
            "Actions: "
                + aggregate.actionCounts.map { "\($0.count) \($0.action.rawValue)" }
                .joined(separator: ", "))
        if !aggregate.chainFindings.isEmpty {
            let kinds = ChainFinding.Kind.allCases.compactMap { kind -> String? in
                let count = aggregate.chainFindings.count { $0.kind == kind }
                return count == 0 ? nil : "\(count) \(kind.rawValue)\(count == 1 ? "" : "s")"
            }
            lines.append("Chain breaks: " + kinds.joined(separator: ", "))
        }
        let path = folder.hasSuffix("/") ? folder : folder + "/"
        lines.append(
            "Wrote \(path): " + SectorOutput.File.allCases.map(\.name).joined(separator: ", "))
        lines.append("Report: \(path)\(SectorOutput.File.report.name)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Years held: 2024 (--since 2024), 2025 (the reporting year, the latest with an accepted
    /// bundle)`, and the years covered but not held, if any.
    static func yearLines(_ coverage: SectorAggregate.Coverage) -> [String] {
        let last = coverage.years.last?.year
        func why(_ year: SectorAggregate.Coverage.Year) -> String {
            guard year.year == last else { return "--since \(coverage.since)" }
            return coverage.yearGiven
                ? "the reporting year, --year"
                : "the reporting year, the latest with an accepted bundle"
        }
        var lines = [
            "Years held: "
                + coverage.years.filter(\.held).map { "\($0.year) (\(why($0)))" }.joined(
                    separator: ", ")
        ]
        let notHeld = coverage.years.filter { !$0.held }
        if !notHeld.isEmpty {
            lines.append(
                "Years not held: "
                    + notHeld.map { "\($0.year) (\(why($0)), but no bundle of it was given)" }
                    .joined(separator: ", "))
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

    /// A warning when the reporting year was taken by default (the latest year with an accepted
    /// bundle) and valid bundles of more signatories are for another year, which was not used:
    /// a bundle sent early for next year, say, would otherwise make next year the report's, with
    /// everyone else missing. Nil otherwise.
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
        return "the reporting year \(reporting.year) is the latest year with an accepted bundle "
            + "(bundles of \(reporting.bundles) signator\(reporting.bundles == 1 ? "y" : "ies")), "
            + "but valid bundles of \(count) signatories are for \(busiest.key) and were not used; "
            + "give --year (and --since) to choose the years covered"
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
        if refused > 0 { parts.append("\(refused) bundle\(refused == 1 ? "" : "s") refused") }
        if folders > 0 {
            parts.append("\(folders) folder\(folders == 1 ? "" : "s") could not be read")
        }
        let path = folder.hasSuffix("/") ? folder : folder + "/"
        var notes: [String] = []
        if !parts.isEmpty {
            notes.append(
                parts.joined(separator: " and ") + "; the reasons are in \(path)rejected.csv")
        }
        let skipped = aggregate.counts.skipped
        if skipped > 0 {
            notes.append(
                "\(skipped) file\(skipped == 1 ? "" : "s") skipped, listed with "
                    + "\(skipped == 1 ? "its reason" : "their reasons") in \(path)skipped.csv")
        }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// The progress line while bundles are read: `523/1000 bundles, 87.2/s, 3 failed
    /// verification`. It counts only what is known so far: forks and replays are found once
    /// every bundle is read, and the summary's `refused` includes them.
    ///
    /// - Parameters:
    ///   - progress: The progress.
    ///   - perSecond: Bundles read per second.
    public static func progress(_ progress: AggregateProgress, perSecond: Double) -> String {
        "\(progress.done)/\(progress.total) bundles, \(String(format: "%.1f", perSecond))/s, "
            + "\(progress.failedVerification) failed verification"
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
        value.map { DecimalText.format($0, places: 2) } ?? "n/a"
    }

    private static func signed(_ value: Decimal?) -> String {
        guard let value else { return "n/a" }
        return (value > 0 ? "+" : "") + DecimalText.format(value, places: 2)
    }
}
