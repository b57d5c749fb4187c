extension KeyringFile {
    /// What ``KeyringFile/update(_:displayName:createIfMissing:_:)`` did.
    public struct Update: Sendable {
        /// The edit that was written.
        public var edit: KeyringEditor.Edit
        /// Whether the keyring file was created.
        public var created: Bool
        /// The name of the stale signature file that was removed, if there was one.
        public var removedSignature: String?
        /// Why a stale signature file could not be removed, if it could not; it no longer
        /// verifies either way.
        public var signatureRemovalFailure: String?
    }
}
