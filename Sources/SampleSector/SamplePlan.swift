/// What the generator made and planted, written as `planted.json`, so that a test can check that
/// `aggregate` finds exactly these outcomes.
public struct SamplePlan: Sendable, Codable, Equatable {
    /// The layout version of `planted.json`.
    public var schemaVersion = 1
    /// The seed.
    public var seed: UInt64
    /// The reporting years, oldest first.
    public var years: [Int]
    /// The keyring, relative to the output folder.
    public var keyring = "keyring.yaml"
    /// The society's public key, relative to the output folder.
    public var societyKey = "society.pub"
    /// The folder of submitted bundles, relative to the output folder.
    public var submissions = "submissions"
    /// Every signatory.
    public var signatories: [Signatory]
    /// Every bundle submitted (under ``submissions``), with the outcome `aggregate` must reach.
    public var bundles: [Bundle]
    /// Signatory-years with nothing submitted for them (a replayed bundle states another year).
    public var missing: [SignatoryYear]
    /// The breaks planted in chains.
    public var chain: [ChainBreak]

    /// A signatory.
    public struct Signatory: Sendable, Codable, Equatable {
        /// The signatory id.
        public var id: String
        /// The registered name.
        public var name: String
        /// The declared category.
        public var category: String
        /// How well it complies over the years.
        public var profile: SampleProfile
        /// The critical indicator it fails every year, if any.
        public var criticalFailure: String?
        /// Whether A1.6 (overdue regulator demands) is above 0 in the last year.
        public var overdueRectifications: Bool
        /// The problem planted on it, if any.
        public var plant: SamplePlant?
    }

    /// A submitted bundle and what must become of it.
    public struct Bundle: Sendable, Codable, Equatable {
        /// The path relative to the output folder, such as `submissions/2025/jinghua-news-2025.sabundle`.
        public var file: String
        /// The signatory it is for.
        public var signatory: String
        /// The year its manifest states.
        public var year: Int
        /// `accepted`, `rejected`, `superseded`, or `duplicate` (a copy of another bundle's file,
        /// listed in `skipped.csv`).
        public var outcome: String
        /// The reason in `rejected.csv` (or `skipped.csv`), for a bundle not used.
        public var reason: String?
        /// The code in `rejected.csv` (or `skipped.csv`).
        public var code: String?
        /// The plant, when the bundle is one.
        public var plant: SamplePlant?
    }

    /// A signatory and a year.
    public struct SignatoryYear: Sendable, Codable, Equatable, Hashable {
        /// The signatory id.
        public var signatory: String
        /// The reporting year.
        public var year: Int
    }

    /// A planted break in a chain.
    public struct ChainBreak: Sendable, Codable, Equatable {
        /// The signatory id.
        public var signatory: String
        /// The year of the bundle at which it shows (the year its manifest states).
        public var year: Int
        /// `gap`, `fork` or `replay`.
        public var kind: String
        /// The bundle at which it shows.
        public var file: String
    }
}
