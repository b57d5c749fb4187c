extension ChainResolver {
    /// A verified bundle and the summary row of its assessment.
    public struct Candidate: Sendable, Equatable {
        /// Where the bundle is in the chain.
        public var bundle: SubmittedBundle
        /// The assessment's results.
        public var record: SignatoryRecord

        /// Creates a candidate.
        public init(bundle: SubmittedBundle, record: SignatoryRecord) {
            self.bundle = bundle
            self.record = record
        }
    }
}
