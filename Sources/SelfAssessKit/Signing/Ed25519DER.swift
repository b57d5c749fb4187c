/// The two fixed-length DER structures of RFC 8410 for Ed25519, read and written byte for byte.
///
/// Both structures have one valid encoding, so reading compares an exact prefix and length.
/// Anything else is classified only to name it in the error message: another algorithm
/// (X25519, RSA …) or another container (PKCS#8 v2 / OneAsymmetricKey).
enum Ed25519DER {
    /// `SEQUENCE { INTEGER 0, SEQUENCE { OID 1.3.101.112 }, OCTET STRING { OCTET STRING (32) } }`.
    static let privateKeyPrefix: [UInt8] = [
        0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04,
        0x20,
    ]
    /// `SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (0 unused bits, 32 bytes) }`.
    static let publicKeyPrefix: [UInt8] = [
        0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00,
    ]

    /// PKCS#8 v1 DER (48 bytes) for a 32-byte seed.
    static func privateKey(seed: [UInt8]) -> [UInt8] { privateKeyPrefix + seed }

    /// SubjectPublicKeyInfo DER (44 bytes) for a 32-byte public key.
    static func publicKey(raw: [UInt8]) -> [UInt8] { publicKeyPrefix + raw }

    /// What a DER key structure holds.
    enum Content: Equatable {
        /// The 32 key bytes (a seed for a private key, the point for a public key).
        case ed25519([UInt8])
        /// Another algorithm, by name.
        case otherAlgorithm(String)
        /// Ed25519 in another container, described.
        case otherFormat(KeyReasonMessages)
        /// Nothing recognizable, and why.
        case malformed(KeyReasonMessages)
    }

    /// Reads a PKCS#8 private key.
    static func readPrivateKey(_ der: [UInt8]) -> Content {
        if der.count == privateKeyPrefix.count + 32, der.starts(with: privateKeyPrefix) {
            return .ed25519(Array(der.suffix(32)))
        }
        if let algorithm = otherAlgorithm(in: der) { return .otherAlgorithm(algorithm) }
        if contains(der, ed25519OID) {
            // SEQUENCE (short or long length form), then INTEGER 1 = OneAsymmetricKey (RFC 5958).
            if let version = versionAfterSequenceHeader(der), version == 1 {
                return .otherFormat(.pkcs8Version2)
            }
            return .malformed(.pkcs8NotRFC8410)
        }
        return .malformed(.noKnownAlgorithm)
    }

    /// Reads a SubjectPublicKeyInfo public key.
    static func readPublicKey(_ der: [UInt8]) -> Content {
        if der.count == publicKeyPrefix.count + 32, der.starts(with: publicKeyPrefix) {
            return .ed25519(Array(der.suffix(32)))
        }
        if let algorithm = otherAlgorithm(in: der) { return .otherAlgorithm(algorithm) }
        if contains(der, ed25519OID) {
            return .malformed(.spkiNotRFC8410)
        }
        return .malformed(.noKnownAlgorithm)
    }

    private static let ed25519OID: [UInt8] = [0x06, 0x03, 0x2B, 0x65, 0x70]

    /// Algorithm identifiers we refuse, by their DER-encoded OID.
    private static let otherAlgorithms: [(oid: [UInt8], name: String)] = [
        ([0x06, 0x03, 0x2B, 0x65, 0x6E], "X25519"),
        ([0x06, 0x03, 0x2B, 0x65, 0x6F], "X448"),
        ([0x06, 0x03, 0x2B, 0x65, 0x71], "Ed448"),
        ([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01], "RSA"),
        ([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0A], "RSA-PSS"),
        ([0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01], "EC (ECDSA)"),
        ([0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x38, 0x04, 0x01], "DSA"),
    ]

    private static func otherAlgorithm(in der: [UInt8]) -> String? {
        otherAlgorithms.first { contains(der, $0.oid) }?.name
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count)
        where bytes[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// The value of a one-byte INTEGER right after the outer SEQUENCE header, if there is one.
    private static func versionAfterSequenceHeader(_ der: [UInt8]) -> UInt8? {
        guard der.count >= 5, der[0] == 0x30 else { return nil }
        var index = 2
        if der[1] & 0x80 != 0 { index += Int(der[1] & 0x7F) }
        guard index + 2 < der.count, der[index] == 0x02, der[index + 1] == 0x01 else { return nil }
        return der[index + 2]
    }
}
