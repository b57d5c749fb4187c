extension Diagnostic.Code {
    /// A keyring file that breaks a rule of the keyring format (SA903).
    public static let invalidKeyring = Self(
        "SA903", .error, "Invalid keyring",
        "The keyring file breaks a rule of the keyring format: a key that is not an Ed25519 public "
            + "key (X25519, RSA, a private key, damaged PEM or base64), a fingerprint that does not "
            + "match its key, a key registered twice (for one signatory or for two), a signatory "
            + "without keys, `valid-until` before `valid-from`, or an unsupported schema. A "
            + "revocation dated before the key's `valid-from` is a warning. docs/keyring.md "
            + "describes the format.")
}
