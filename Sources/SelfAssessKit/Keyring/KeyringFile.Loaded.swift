extension KeyringFile {
    /// A keyring read from disk, with what was checked.
    public struct Loaded: Sendable {
        /// The keyring.
        public var keyring: Keyring
        /// The warnings found while reading it (a loaded keyring has no errors).
        public var warnings: [Diagnostic]
        /// The file's text by name, for rendering the warnings' caret lines.
        public var sources: [String: SourceText]
        /// The signature that verified (or was just made), or nil when none was checked.
        public var signature: MinisignSignature?
        /// The key id of the society key that verified (or made) the signature, or nil.
        public var signer: KeyID?
    }
}
