extension BundleVerificationReport {
    /// One bundle's verdict.
    public struct Entry: Sendable {
        /// The bundle as named on the command line.
        public var file: String
        /// The verified bundle, or the first check that failed.
        public var outcome: Result<VerifiedBundle, BundleError>

        /// A verdict.
        public init(file: String, outcome: Result<VerifiedBundle, BundleError>) {
            self.file = file
            self.outcome = outcome
        }

        /// The verified bundle, if it passed.
        public var bundle: VerifiedBundle? {
            if case .success(let bundle) = outcome { return bundle }
            return nil
        }

        /// The failure, if it failed.
        public var failure: BundleError? {
            if case .failure(let failure) = outcome { return failure }
            return nil
        }
    }
}
