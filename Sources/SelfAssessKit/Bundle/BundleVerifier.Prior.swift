extension BundleVerifier {
    /// The bundle a verified bundle must follow in its signatory's chain (`verify --prior`).
    public enum Prior: Sendable {
        /// No prior given: the chain is not checked.
        case none
        /// The prior, verified with the same trusted keys.
        case verified(VerifiedBundle)
        /// The prior failed its own verification.
        case failed(name: String, failure: BundleError)
    }
}
