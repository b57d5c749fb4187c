/// The wordings of Aggregate/'s failures (``AggregateError``, ``SectorAccumulatorError``).
enum AggregateMessages: String, MessageCatalog {
    case noYearOne = "aggregate.no-year-one"
    case noYear = "aggregate.no-year"
    case noBundleFound = "aggregate.no-bundle-found"
    case noneForYearOne = "aggregate.none-for-year-one"
    case noneForYear = "aggregate.none-for-year"
    case heldYears = "aggregate.held-years"
    case nothingToReport = "aggregate.nothing-to-report"
    case sinceAfterYear = "aggregate.since-after-year"
    case outputExists = "aggregate.output-exists"
    case outputNotFolder = "aggregate.output-not-folder"
    case writeFailed = "aggregate.write-failed"
    case duplicateRecord = "aggregate.duplicate-record"
    case mixedRules = "aggregate.mixed-rules"
    case rulesUsedBy = "aggregate.rules-used-by"

    var english: String {
        switch self {
        case .noYearOne:
            "none of the 1 bundle found was accepted, so there is no year to report on; name it "
                + "with --year YYYY"
        case .noYear:
            "none of the {count} bundles found was accepted, so there is no year to report on; "
                + "name it with --year YYYY"
        case .noBundleFound: "no bundle was found"
        case .noneForYearOne:
            "no registered signatory's bundle for {year} is among the 1 bundle found"
        case .noneForYear:
            "no registered signatory's bundle for {year} is among the {count} bundles found"
        case .heldYears: "{found} (they are for {years})"
        case .nothingToReport:
            "{found}, so there is nothing to report on for {year}; give that year's bundles, or "
                + "another --year"
        case .sinceAfterYear:
            "--since {since} is after the reporting year {year}; give a first year covered up to "
                + "{year}"
        case .outputExists:
            "{folder}: the output folder exists and is not empty; choose another, or give --force "
                + "to write the outputs into it"
        case .outputNotFolder:
            "{path}: exists and is not a folder; --out names a folder to write the outputs into"
        case .writeFailed: "{path}: cannot be written: {reason}"
        case .mixedRules:
            "the bundles of {year} were scored under different scoring rules ({rules}); a year's "
                + "statistics never mix two rule sets: aggregate {year} with bundles of one "
                + "framework version, or have the others re-submitted under the current framework "
                + "(docs/scoring.md)"
        case .rulesUsedBy: "rules {rules}: {signatories}"
        case .duplicateRecord:
            "a record for signatory `{signatory}` and year {year} was already added; resolve "
                + "duplicate submissions before accumulating"
        }
    }
}

extension AggregateError {
    /// The message as a catalog wording.
    public var wording: Diagnostic.Message {
        typealias Message = Diagnostic.Message
        switch self {
        case .noYear(let bundles):
            return bundles == 1
                ? Message(AggregateMessages.noYearOne)
                : Message(AggregateMessages.noYear, ["count": .integer(bundles)])
        case .noBundleForYear(let year, let bundles, let held):
            var found: Message =
                switch bundles {
                case 0: Message(AggregateMessages.noBundleFound)
                case 1: Message(AggregateMessages.noneForYearOne, ["year": .integer(year)])
                default:
                    Message(
                        AggregateMessages.noneForYear,
                        ["year": .integer(year), "count": .integer(bundles)])
                }
            if bundles != 0, !held.isEmpty {
                found = Message(
                    AggregateMessages.heldYears,
                    [
                        "found": .wording(found),
                        "years": .text(held.map(String.init).joined(separator: ", ")),
                    ])
            }
            return Message(
                AggregateMessages.nothingToReport,
                ["found": .wording(found), "year": .integer(year)])
        case .sinceAfterYear(let since, let year):
            return Message(
                AggregateMessages.sinceAfterYear,
                ["since": .integer(since), "year": .integer(year)])
        case .mixedRules(let year, let rules):
            let list = rules.keys.sorted().map { key -> Message.Argument in
                .wording(
                    Message(
                        AggregateMessages.rulesUsedBy,
                        [
                            "rules": .text(key),
                            "signatories": .list(
                                (rules[key] ?? []).sorted().map { .text($0) }, .and),
                        ]))
            }
            return Message(
                AggregateMessages.mixedRules,
                ["year": .integer(year), "rules": .list(list, .semicolons)])
        case .outputExists(let folder):
            return Message(AggregateMessages.outputExists, ["folder": .text(folder)])
        case .outputNotFolder(let path):
            return Message(AggregateMessages.outputNotFolder, ["path": .text(path)])
        case .writeFailed(let path, let reason):
            return Message(
                AggregateMessages.writeFailed, ["path": .text(path), "reason": .text(reason)])
        }
    }
}

extension SectorAccumulatorError {
    /// The message as a catalog wording.
    var wording: Diagnostic.Message {
        switch self {
        case .duplicateRecord(let signatory, let year):
            Diagnostic.Message(
                AggregateMessages.duplicateRecord,
                ["signatory": .text(signatory), "year": .integer(year)])
        }
    }
}
