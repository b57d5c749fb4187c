/// The wordings of what `aggregate` prints for people.
///
/// The summary's lines, the warning about the reporting year, the note on what was not used, and
/// the progress line; the JSON summary and the CSV tables keep their stable field names.
enum SectorSummaryMessages: String, MessageCatalog {
    case heading = "sector-summary.heading"
    case history = "sector-summary.history"
    case participation = "sector-summary.participation"
    case bundles = "sector-summary.bundles"
    case unreadableFolders = "sector-summary.unreadable-folders"
    case duplicatesOne = "sector-summary.duplicates.one"
    case duplicates = "sector-summary.duplicates"
    case outOfRange = "sector-summary.out-of-range"
    case skipped = "sector-summary.skipped"
    case filesOne = "sector-summary.files.one"
    case files = "sector-summary.files"
    case categoriesOne = "sector-summary.categories.one"
    case categories = "sector-summary.categories"
    case overall = "sector-summary.overall"
    case overallChange = "sector-summary.overall-change"
    case actions = "sector-summary.actions"
    case chainBreaks = "sector-summary.chain-breaks"
    case countedKindOne = "sector-summary.counted-kind.one"
    case countedKind = "sector-summary.counted-kind"
    case wrote = "sector-summary.wrote"
    case report = "sector-summary.report"
    case since = "sector-summary.since"
    case reportingYearGiven = "sector-summary.reporting-year-given"
    case reportingYearLatest = "sector-summary.reporting-year-latest"
    case yearsHeld = "sector-summary.years-held"
    case yearHeld = "sector-summary.year-held"
    case yearsNotHeld = "sector-summary.years-not-held"
    case yearNotHeld = "sector-summary.year-not-held"
    case yearWarning = "sector-summary.year-warning"
    case signatoriesOne = "sector-summary.signatories.one"
    case signatories = "sector-summary.signatories"
    case bundlesRefusedOne = "sector-summary.bundles-refused.one"
    case bundlesRefused = "sector-summary.bundles-refused"
    case foldersUnreadableOne = "sector-summary.folders-unreadable.one"
    case foldersUnreadable = "sector-summary.folders-unreadable"
    case reasonsIn = "sector-summary.reasons-in"
    case skippedNoteOne = "sector-summary.skipped-note.one"
    case skippedNote = "sector-summary.skipped-note"
    case progress = "sector-summary.progress"
    case notAvailable = "sector-summary.not-available"

    var english: String {
        switch self {
        case .heading: "Sector {year}{history}, framework {framework} {version}"
        case .history: " (history from {year})"
        case .participation:
            "Participation: {registered} registered, {submitted} submitted, {accepted} accepted, "
                + "{rejected} rejected, {missing} missing"
        case .bundles:
            "Bundles: {found} found, {accepted} used, {refused} refused, {superseded} superseded"
        case .unreadableFolders: ", {count} unreadable folder(s)"
        case .duplicatesOne: ", {count} duplicate"
        case .duplicates: ", {count} duplicates"
        case .outOfRange: ", {count} out of range"
        case .skipped: "Skipped: {files} ({reasons}), listed in skipped.csv"
        case .filesOne: "{count} file"
        case .files: "{count} files"
        case .categoriesOne:
            "Categories: {count} assessment declares another category than the keyring's (the "
                + "keyring's is used): {list}"
        case .categories:
            "Categories: {count} assessments declare another category than the keyring's (the "
                + "keyring's is used): {list}"
        case .overall: "Overall score: mean {mean}, median {median}"
        case .overallChange: " (since {year}: mean {mean}, median {median})"
        case .actions: "Actions: {actions}"
        case .chainBreaks: "Chain breaks: {kinds}"
        case .countedKindOne: "{count} {kind}"
        case .countedKind: "{count} {kind}s"
        case .wrote: "Wrote {folder}: {files}"
        case .report: "Report: {file}"
        case .since: "--since {year}"
        case .reportingYearGiven: "the reporting year, --year"
        case .reportingYearLatest: "the reporting year, the latest with an accepted bundle"
        case .yearsHeld: "Years held: {years}"
        case .yearHeld: "{year} ({why})"
        case .yearsNotHeld: "Years not held: {years}"
        case .yearNotHeld: "{year} ({why}, but no bundle of it was given)"
        case .yearWarning:
            "the reporting year {year} is the latest year with an accepted bundle (bundles of "
                + "{signatories}), but valid bundles of {count} signatories are for {other} and "
                + "were not used; give --year (and --since) to choose the years covered"
        case .signatoriesOne: "{count} signatory"
        case .signatories: "{count} signatories"
        case .bundlesRefusedOne: "{count} bundle refused"
        case .bundlesRefused: "{count} bundles refused"
        case .foldersUnreadableOne: "{count} folder could not be read"
        case .foldersUnreadable: "{count} folders could not be read"
        case .reasonsIn: "{parts}; the reasons are in {file}"
        case .skippedNoteOne: "{count} file skipped, listed with its reason in {file}"
        case .skippedNote: "{count} files skipped, listed with their reasons in {file}"
        case .progress: "{done}/{total} bundles, {rate}/s, {failed} failed verification"
        case .notAvailable: "n/a"
        }
    }

    /// The text in a language.
    func text(
        _ language: Language, _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> String {
        Diagnostic.Message(self, arguments).text(in: language)
    }

    /// A counted wording, as an argument of another wording.
    static func count(
        _ count: Int, one: Self, many: Self,
        _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> Diagnostic.Message.Argument {
        .wording(
            Diagnostic.Message(
                count == 1 ? one : many, arguments.merging(["count": .integer(count)]) { $1 }))
    }
}
