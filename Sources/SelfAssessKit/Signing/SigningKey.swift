internal import Crypto
internal import CryptoExtras
internal import Foundation

/// An Ed25519 private key, the key a signatory signs bundles with.
///
/// Keys are stored as PKCS#8 v1 PEM (RFC 8410), the format `openssl genpkey -algorithm ed25519`
/// writes; ``KeyFile`` reads and writes the files.
public struct SigningKey: Sendable {
    let key: Curve25519.Signing.PrivateKey

    init(key: Curve25519.Signing.PrivateKey) {
        self.key = key
    }

    /// A new random key from the system's secure random source.
    public static func generate() -> SigningKey {
        SigningKey(key: Curve25519.Signing.PrivateKey())
    }

    /// A key from its 32-byte RFC 8032 seed.
    ///
    /// - Parameter seed: The 32-byte secret seed.
    /// - Returns: The key, or nil when the seed is not 32 bytes.
    public init?(seed: [UInt8]) {
        guard seed.count == 32,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        else {
            return nil
        }
        self.key = key
    }

    /// The 32-byte secret seed.
    ///
    /// Handle with care: it is the whole secret.
    package var seed: [UInt8] { Array(key.rawRepresentation) }

    /// The matching public key.
    public var publicKey: PublicKey {
        PublicKey(verifiedRaw: Array(key.publicKey.rawRepresentation))
    }

    /// PKCS#8 v1 DER (48 bytes): the RFC 8410 prefix followed by the seed.
    public var pkcs8DERRepresentation: [UInt8] { Array(key.derRepresentation) }

    /// PKCS#8 v1 PEM (`-----BEGIN PRIVATE KEY-----`), as OpenSSL writes it, with a final newline.
    public var pemRepresentation: String {
        let pem = key.pemRepresentation
        return pem.hasSuffix("\n") ? pem : pem + "\n"
    }

    /// Signs bytes with pure Ed25519 (RFC 8032, no pre-hashing).
    ///
    /// On Linux the signature is deterministic, as RFC 8032 specifies; on Apple platforms
    /// CryptoKit randomizes it. Either way it verifies with any Ed25519 implementation.
    ///
    /// - Parameter message: The exact bytes to sign.
    /// - Returns: The 64-byte signature.
    /// - Throws: ``KeyError/signingFailed(reason:)`` if the cryptographic library fails.
    public func signature(for message: [UInt8]) throws(KeyError) -> [UInt8] {
        do {
            return Array(try key.signature(for: message))
        } catch {
            throw .signingFailed(reason: String(describing: error))
        }
    }
}
