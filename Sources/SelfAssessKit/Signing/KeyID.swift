/// The identity of an Ed25519 signing key: the SHA-256 digest of its SubjectPublicKeyInfo DER,
/// written `sha256:<64 lower-case hex digits>`.
///
/// The first 8 bytes of the digest are the key's ``keynum``, the key number that minisign and
/// signify store in public keys and signatures to find the right key.
public struct KeyID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 32-byte SHA-256 digest.
    public let digest: [UInt8]

    /// The text prefix before the hexadecimal digest.
    public static let prefix = "sha256:"

    /// A key id from its 32-byte digest.
    package init(digest: [UInt8]) {
        self.digest = digest
    }

    /// Parses `sha256:<64 lower-case hex digits>`.
    ///
    /// - Parameter text: The key id as printed.
    /// - Returns: The key id, or nil when the text has another shape (upper-case hex included).
    public init?(_ text: String) {
        guard text.hasPrefix(Self.prefix) else { return nil }
        let hex = Array(text.utf8.dropFirst(Self.prefix.utf8.count))
        guard hex.count == 64, let bytes = HexDigits.decode(hex) else { return nil }
        self.digest = bytes
    }

    /// The key number: the first 8 bytes of the digest, as minisign and signify store it.
    public var keynum: [UInt8] { Array(digest.prefix(8)) }

    /// `sha256:` followed by the digest in lower-case hexadecimal.
    public var description: String { Self.prefix + digest.hexString }

    /// Orders key ids by their digest bytes.
    public static func < (lhs: KeyID, rhs: KeyID) -> Bool {
        lhs.digest.lexicographicallyPrecedes(rhs.digest)
    }
}
