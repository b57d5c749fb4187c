extension ChainResolver {
    /// What ``ChainResolver/resolve(_:)`` decided for one signatory.
    public struct Resolution: Sendable, Equatable {
        /// The bundles used, at most one per year, oldest first.
        public var accepted: [Candidate] = []
        /// The verified bundles not used (replays, forks, superseded), sorted by file.
        public var rejections: [BundleRejection] = []
        /// The breaks in the chain (gaps, forks, replays), by year and file.
        public var findings: [ChainFinding] = []

        /// An empty resolution.
        public init() {}
    }
}
