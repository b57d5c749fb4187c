extension SectorAggregate {
    /// The files an aggregate was computed with, so that a published figure can be traced back.
    public struct Provenance: Sendable, Equatable {
        /// The keyring's SHA-256, lower-case hex.
        public var keyringSHA256: String
        /// The key id of the society key that verified the keyring's signature, or nil when the
        /// signature was not checked.
        public var keyringSignedBy: String?
        /// Whether the policy is the built-in default.
        public var policyIsBuiltin: Bool

        /// Creates a provenance.
        public init(keyringSHA256: String, keyringSignedBy: String?, policyIsBuiltin: Bool) {
            self.keyringSHA256 = keyringSHA256
            self.keyringSignedBy = keyringSignedBy
            self.policyIsBuiltin = policyIsBuiltin
        }
    }
}
