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
    /// - Returns: The key, or nil when it is not 32 bytes, or is weak: of small order or not
    ///   canonically encoded (``Ed25519Point/weakness(of:)``; ``parse(raw:file:)`` says which).
    public init?(rawRepresentation: [UInt8]) {
        guard rawRepresentation.count == 32, Ed25519Point.weakness(of: rawRepresentation) == nil,
            (try? Curve25519.Signing.PublicKey(rawRepresentation: rawRepresentation)) != nil
        else { return nil }
        self.rawRepresentation = rawRepresentation
    }

    /// A public key from its 32 raw bytes, with the reason when it is refused.
    ///
    /// - Parameters:
    ///   - raw: The 32-byte key.
    ///   - file: The file it was read from, for error messages.
    /// - Returns: The key.
    /// - Throws: ``KeyError/weakKey(file:weakness:)`` for a key of small order or not canonically
    ///   encoded; ``KeyError/invalidKey(file:reason:)`` for a key that is not 32 bytes or that
    ///   the signature library refuses.
    public static func parse(raw: [UInt8], file: String) throws(KeyError) -> PublicKey {
        guard raw.count == 32 else {
            throw .invalidKey(
                file: file,
                reason: KeyReasonMessages.wrongLength.text(["count": .integer(raw.count)]))
        }
        if let weakness = Ed25519Point.weakness(of: raw) {
            throw .weakKey(file: file, weakness: weakness)
        }
        guard let key = PublicKey(rawRepresentation: raw) else {
            throw .invalidKey(file: file, reason: KeyReasonMessages.unusableKey.text())
        }
        return key
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
    /// Besides the signature library's check, a signature is refused whose R is of small order or
    /// not canonically encoded (``Ed25519Point/weakness(of:)``), or whose S is not below the group
    /// order L, as libsodium (and so minisign) refuses them. BoringSSL checks S < L too
    /// (`ED25519_verify` in swift-crypto's `CCryptoBoringSSL/crypto/curve25519/curve25519.cc`);
    /// the check is repeated here so that it does not depend on the library underneath.
    ///
    /// - Parameters:
    ///   - signature: The 64-byte signature; any other length is invalid.
    ///   - message: The exact bytes that were signed.
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        guard signature.count == 64, Ed25519Point.weakness(of: rawRepresentation) == nil,
            Ed25519Point.weakness(of: signature.prefix(32)) == nil,
            Self.isBelowGroupOrder(signature.suffix(32))
        else { return false }
        return Self.libraryAccepts(signature, for: message, key: rawRepresentation)
    }

    /// The signature library's verdict alone, without the checks above: what swift-crypto
    /// (BoringSSL on Linux) accepts.
    static func libraryAccepts(_ signature: [UInt8], for message: [UInt8], key: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: key) else {
            return false
        }
        return key.isValidSignature(signature, for: message)
    }

    /// L = 2^252 + 27742317777372353535851937790883648493, the order of the base point,
    /// little-endian.
    static let groupOrder: [UInt8] = [
        0xED, 0xD3, 0xF5, 0x5C, 0x1A, 0x63, 0x12, 0x58, 0xD6, 0x9C, 0xF7, 0xA2, 0xDE, 0xF9, 0xDE,
        0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x10,
    ]

    /// Whether a 32-byte little-endian scalar is below ``groupOrder``.
    static func isBelowGroupOrder(_ scalar: some Collection<UInt8>) -> Bool {
        let bytes = Array(scalar)
        guard bytes.count == 32 else { return false }
        for index in stride(from: 31, through: 0, by: -1) where bytes[index] != groupOrder[index] {
            return bytes[index] < groupOrder[index]
        }
        return false
    }
}
