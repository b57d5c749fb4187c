import Foundation

/// What `aggregate` prints when it is done: participation, the sector's mean and median, the
/// actions by step, what became of the bundles, and where the outputs are.
public enum SectorSummaryRenderer {
    /// The files `aggregate` writes into its output folder, in the order listed.
    public static let outputFiles = [
        "sector.json", "signatories.csv", "indicators.csv", "rejected.csv", "report.html",
    ]

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
        if counts.laterYears > 0 { bundles += ", \(counts.laterYears) of later years not counted" }
        lines.append(bundles)
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
        lines.append("Wrote \(path): " + outputFiles.joined(separator: ", "))
        lines.append("Report: \(path)report.html")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The note on what was not used, with the same counts as the summary's `Bundles:` line
    /// (refused bundles and unreadable folders apart), or nil when everything was used.
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
        guard !parts.isEmpty else { return nil }
        let path = folder.hasSuffix("/") ? folder : folder + "/"
        return parts.joined(separator: " and ") + "; the reasons are in \(path)rejected.csv"
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
        let value: StableJSON = .object([
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
                        ($0.action.rawValue, StableJSON.integer($0.count))
                    })),
            "bundles": .object([
                "found": .integer(aggregate.counts.found),
                "accepted": .integer(aggregate.counts.accepted),
                "refused": .integer(aggregate.counts.refused),
                "superseded": .integer(aggregate.counts.superseded),
            ]),
            "outputs": .object([
                "folder": .string(folder),
                "files": .array(outputFiles.map { .string(path + $0) }),
                "report": .string(path + "report.html"),
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
