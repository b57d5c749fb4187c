internal import Crypto
internal import CryptoExtras
internal import Foundation

/// An Ed25519 public key, the key the society verifies a signatory's bundles with.
///
/// Written as SubjectPublicKeyInfo PEM for OpenSSL, or as a two-line minisign public key for
/// minisign and signify; both carry the same 32 bytes.
public struct PublicKey: Sendable, Hashable {
    /// The 32-byte public key (the encoded curve point of RFC 8032).
    public let rawRepresentation: [UInt8]

    /// A public key from its 32 raw bytes.
    ///
    /// - Parameter rawRepresentation: The 32-byte key.
    /// - Returns: The key, or nil when it is not 32 bytes.
    public init?(rawRepresentation: [UInt8]) {
        guard rawRepresentation.count == 32,
            (try? Curve25519.Signing.PublicKey(rawRepresentation: rawRepresentation)) != nil
        else { return nil }
        self.rawRepresentation = rawRepresentation
    }

    init(verifiedRaw: [UInt8]) {
        self.rawRepresentation = verifiedRaw
    }

    /// SubjectPublicKeyInfo DER (44 bytes): the RFC 8410 prefix followed by the raw key.
    public var spkiDERRepresentation: [UInt8] { Ed25519DER.publicKey(raw: rawRepresentation) }

    /// SubjectPublicKeyInfo PEM (`-----BEGIN PUBLIC KEY-----`) with a final newline.
    public var pemRepresentation: String {
        PEMDocument.encode(label: "PUBLIC KEY", der: spkiDERRepresentation)
    }

    /// The key id: SHA-256 over the SubjectPublicKeyInfo DER.
    public var keyID: KeyID {
        KeyID(digest: Array(SHA256.hash(data: spkiDERRepresentation)))
    }

    /// Whether a signature is a valid pure-Ed25519 signature of the message by this key.
    ///
    /// - Parameters:
    ///   - signature: The 64-byte signature; any other length is invalid.
    ///   - message: The exact bytes that were signed.
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        guard signature.count == 64,
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: rawRepresentation)
        else { return false }
        return key.isValidSignature(signature, for: message)
    }
}
