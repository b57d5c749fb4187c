extension VerificationRenderer {
    /// The keyring `verify --keyring` trusted, for the JSON document's `keyring` member.
    public struct KeyringProvenance: Sendable, Equatable {
        /// The keyring file as named on the command line.
        public var file: String
        /// The SHA-256 of the file's bytes, in lower-case hex.
        public var sha256: String
        /// The society key that verified the keyring's signature, or nil when the signature was
        /// not checked (no `--society-key`).
        public var signedBy: KeyID?

        public init(file: String, sha256: String, signedBy: KeyID?) {
            self.file = file
            self.sha256 = sha256
            self.signedBy = signedBy
        }

        var jsonValue: JSONValue {
            .object([
                "file": .string(file),
                "sha256": .string(sha256),
                "signedBy": .optional(signedBy?.description),
                "signatureChecked": .bool(signedBy != nil),
            ])
        }
    }
}
