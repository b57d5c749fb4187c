extension SectorAggregate {
    /// Which reporting years an aggregate covers, which of them it holds, and why.
    ///
    /// The years covered are explicit: from `--since` (the reporting year by default) to the
    /// reporting year. A covered year is *held* (its registered signatories get records, and the
    /// policy reads them) only when bundles of that year were read. No other year is ever held:
    /// a stray bundle of an earlier or later year is listed as out of range, never the reason
    /// to hold its year and count every other signatory missing in it.
    public struct Coverage: Sendable, Equatable {
        /// The first year covered.
        public var since: Int
        /// Whether ``since`` was given (`--since`), rather than taken as the reporting year.
        public var sinceGiven: Bool
        /// Whether the reporting year was given (`--year`), rather than taken as the latest year
        /// with an accepted bundle.
        public var yearGiven: Bool
        /// Every year covered, oldest first.
        public var years: [Year]

        /// Creates a coverage.
        public init(since: Int, sinceGiven: Bool, yearGiven: Bool, years: [Year]) {
            self.since = since
            self.sinceGiven = sinceGiven
            self.yearGiven = yearGiven
            self.years = years
        }

        /// One year covered.
        public struct Year: Sendable, Equatable {
            /// The year.
            public var year: Int
            /// Whether it is held: bundles of it were read, so its signatories have records.
            public var held: Bool
            /// The bundles read that are for this year (accepted, or refused and claimed by a
            /// registered signatory).
            public var bundles: Int
            /// Why the year is covered, and held or not, in plain words.
            public var reason: String
            /// The scoring rules the year's accepted bundles were scored under (one set at most:
            /// a year whose bundles answer two rule sets is refused,
            /// ``AggregateError/mixedRules(year:rules:)``); empty when none was accepted.
            public var rules: [String]

            /// Creates a covered year.
            public init(year: Int, held: Bool, bundles: Int, reason: String, rules: [String] = []) {
                self.year = year
                self.held = held
                self.bundles = bundles
                self.reason = reason
                self.rules = rules
            }
        }
    }
}
