extension BundleManifest {
    /// The link to the signatory's previous bundle: `{"manifest_sha256", "sequence"}`.
    ///
    /// Each bundle names the SHA-256 of the previous one's manifest bytes, which makes a hash chain
    /// across years.
    public struct Previous: Sendable, Equatable {
        /// The SHA-256 of the previous bundle's `manifest.json` bytes, lower-case hex.
        public var manifestSHA256: String
        /// The previous bundle's sequence number.
        public var sequence: Int

        /// A link.
        public init(manifestSHA256: String, sequence: Int) {
            self.manifestSHA256 = manifestSHA256
            self.sequence = sequence
        }

        var jsonValue: JSONValue {
            .object(["manifest_sha256": .string(manifestSHA256), "sequence": .integer(sequence)])
        }
    }
}
