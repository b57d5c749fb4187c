internal import Crypto

/// The society's signature of its keyring: a minisign-compatible signature (the same format as
/// a bundle's `manifest.json.minisig`) over the exact bytes of the keyring file, in the file
/// `KEYRING.minisig` next to it.
///
/// The trusted comment is derived from the file, `selfassess.keyring/v1 sha256=<hex>`, and the
/// verifier requires it, so a signature the society's key made for anything else is refused.
/// `minisign -Vm keyring.yaml -p society.minisign.pub` verifies the file without selfassess.
package enum KeyringSignature {
    /// The extension added to the keyring's file name for its signature.
    package static let fileExtension = "minisig"

    /// The trusted comment for a keyring's bytes.
    ///
    /// - Parameter bytes: The exact bytes of the keyring file.
    /// - Returns: `selfassess.keyring/v1 sha256=<64 lower-case hex digits>`.
    package static func trustedComment(for bytes: [UInt8]) -> String {
        "\(Keyring.schema) sha256=\(SHA256.hash(data: bytes).hexString)"
    }

    /// Signs a keyring's bytes.
    ///
    /// - Parameters:
    ///   - bytes: The exact bytes of the keyring file.
    ///   - key: The society's signing key.
    ///   - signatureFile: The signature file's name, for messages.
    /// - Returns: The signature; write its ``MinisignSignature/encoded`` bytes.
    /// - Throws: ``MinisignError`` if signing fails.
    package static func sign(
        _ bytes: [UInt8], with key: SigningKey, signatureFile: String
    ) throws(MinisignError) -> MinisignSignature {
        try MinisignSignature.sign(
            bytes, with: key, trustedComment: trustedComment(for: bytes), file: signatureFile)
    }

    /// Verifies a keyring's signature: the file's shape, the key number, the signature over the
    /// bytes, the global signature over the trusted comment, then the trusted comment itself.
    ///
    /// - Parameters:
    ///   - bytes: The exact bytes of the keyring file.
    ///   - signature: The bytes of the signature file.
    ///   - key: The society's public key, configured out of band; never a key from the keyring.
    ///   - file: The keyring file's name, for messages.
    ///   - signatureFile: The signature file's name, for messages.
    /// - Returns: The verified signature.
    /// - Throws: ``KeyringError/badSignature(file:_:)`` or
    ///   ``KeyringError/trustedCommentMismatch(file:signatureFile:expected:found:)``.
    @discardableResult
    package static func verify(
        _ bytes: [UInt8], signature: [UInt8], with key: PublicKey, file: String,
        signatureFile: String
    ) throws(KeyringError) -> MinisignSignature {
        let parsed: MinisignSignature
        do throws(MinisignError) {
            parsed = try MinisignSignature.parse(signature, file: signatureFile)
            try parsed.verify(bytes, with: key, file: signatureFile)
        } catch {
            throw .badSignature(file: file, error)
        }
        let expected = trustedComment(for: bytes)
        guard parsed.trustedComment == expected else {
            throw .trustedCommentMismatch(
                file: file, signatureFile: signatureFile, expected: expected,
                found: parsed.trustedComment)
        }
        return parsed
    }
}
