extension Keyring {
    /// One public key of a signatory, with the days it may sign on.
    public struct Key: Sendable, Equatable {
        /// How the key is written in the file.
        public enum Encoding: String, Sendable, Equatable {
            /// `pem:` with a SubjectPublicKeyInfo PEM block.
            case pem
            /// `key:` with the base64 of the 32 raw bytes, and `fingerprint:` with the key id.
            case raw
        }

        /// The key.
        public let publicKey: PublicKey
        /// The key id: SHA-256 of the key's SubjectPublicKeyInfo DER.
        public let keyID: KeyID
        /// The first day the key may sign.
        public var validFrom: CalendarDate
        /// The last day the key may sign, if limited.
        public var validUntil: CalendarDate?
        /// When the key was revoked and why, if it was.
        public var revocation: TrustedKey.Revocation?
        /// How the key is written in the file.
        public var encoding: Encoding

        /// Creates a key entry.
        ///
        /// - Parameters:
        ///   - publicKey: The Ed25519 public key.
        ///   - validFrom: The first day it may sign.
        ///   - validUntil: The last day it may sign, if limited.
        ///   - revocation: Its revocation, if revoked.
        ///   - encoding: How to write it in the file; `raw` (key and fingerprint) by default.
        public init(
            publicKey: PublicKey, validFrom: CalendarDate, validUntil: CalendarDate? = nil,
            revocation: TrustedKey.Revocation? = nil, encoding: Encoding = .raw
        ) {
            self.publicKey = publicKey
            self.keyID = publicKey.keyID
            self.validFrom = validFrom
            self.validUntil = validUntil
            self.revocation = revocation
            self.encoding = encoding
        }

        /// A key entry with a given key id, for tests that need two keys sharing a key number
        /// (finding a real pair would take about 2^32 key generations).
        package init(testingPublicKey publicKey: PublicKey, keyID: KeyID, validFrom: CalendarDate) {
            self.publicKey = publicKey
            self.keyID = keyID
            self.validFrom = validFrom
            self.validUntil = nil
            self.revocation = nil
            self.encoding = .raw
        }

        /// The key as the verifier sees it, belonging to a signatory.
        ///
        /// - Parameter signatory: The id of the signatory the key is listed under.
        public func trusted(for signatory: String) -> TrustedKey {
            TrustedKey(
                publicKey: publicKey, signatory: signatory, validFrom: validFrom,
                validUntil: validUntil,
                revocation: revocation)
        }

        /// Whether the key may sign a bundle created on a day; see ``TrustedKey/validity(on:)``.
        ///
        /// - Parameter date: The bundle's creation date (or today, for a listing).
        public func validity(on date: CalendarDate) -> TrustedKey.Validity {
            trusted(for: "").validity(on: date)
        }
    }
}
