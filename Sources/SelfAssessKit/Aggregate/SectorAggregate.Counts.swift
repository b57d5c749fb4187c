extension SectorAggregate {
    /// How many bundles `aggregate` found and what became of them, over every year read.
    public struct Counts: Sendable, Equatable {
        /// Bundle files found in the inputs (read as bundles).
        public var found: Int
        /// Bundles used (at most one per signatory and year), of the years held.
        public var accepted: Int
        /// Bundles refused: failed verification, or broke their chain.
        public var refused: Int
        /// Valid bundles replaced by a later one for the same signatory and year.
        public var superseded: Int
        /// Folders that could not be read (listed in the rejections too).
        public var unreadableFolders: Int
        /// Valid bundles of years after the reporting year, which were verified but not counted
        /// (among ``outOfRange``).
        public var laterYears: Int
        /// Files with the bytes of a bundle read under another name, counted once.
        public var duplicates: Int
        /// Valid bundles of years outside the years covered, listed and not used.
        public var outOfRange: Int
        /// Every file listed in `skipped.csv`: not bundles, the same file again, temporary files,
        /// link loops, duplicates and bundles out of range.
        public var skipped: Int

        /// Creates counts.
        public init(
            found: Int, accepted: Int, refused: Int, superseded: Int, unreadableFolders: Int,
            laterYears: Int, duplicates: Int = 0, outOfRange: Int = 0, skipped: Int = 0
        ) {
            self.found = found
            self.accepted = accepted
            self.refused = refused
            self.superseded = superseded
            self.unreadableFolders = unreadableFolders
            self.laterYears = laterYears
            self.duplicates = duplicates
            self.outOfRange = outOfRange
            self.skipped = skipped
        }
    }
}
