extension SectorOutput {
    /// The files `aggregate` writes into its output folder, in the order they are listed;
    /// docs/aggregate.md describes each.
    public enum File: String, CaseIterable, Sendable {
        /// The aggregate for programs.
        case sector = "sector.json"
        /// One row per registered signatory and year held.
        case signatories = "signatories.csv"
        /// One row per indicator: the sector's answers and scores.
        case indicators = "indicators.csv"
        /// One row per finding of each recommendation with an action.
        case recommendations = "recommendations.csv"
        /// The bundles refused, each with its reason.
        case rejected = "rejected.csv"
        /// The files walked past that are not bundles.
        case skipped = "skipped.csv"
        /// The report for people.
        case report = "report.html"

        /// The file's name in the output folder.
        public var name: String { rawValue }
    }
}
