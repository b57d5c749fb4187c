extension SectorAggregate {
    /// How many bundles `aggregate` found and what became of them, over every year read.
    public struct Counts: Sendable, Equatable {
        /// Bundle files found in the inputs.
        public var found: Int
        /// Bundles used (at most one per signatory and year), of every year up to the reporting year.
        public var accepted: Int
        /// Bundles refused: failed verification, or broke their chain.
        public var refused: Int
        /// Valid bundles replaced by a later one for the same signatory and year.
        public var superseded: Int
        /// Folders that could not be read (listed in the rejections too).
        public var unreadableFolders: Int
        /// Valid bundles of years after the reporting year, which were verified but not counted.
        public var laterYears: Int

        /// Creates counts.
        public init(
            found: Int, accepted: Int, refused: Int, superseded: Int, unreadableFolders: Int,
            laterYears: Int
        ) {
            self.found = found
            self.accepted = accepted
            self.refused = refused
            self.superseded = superseded
            self.unreadableFolders = unreadableFolders
            self.laterYears = laterYears
        }
    }
}
