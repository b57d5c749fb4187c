public import SelfAssessKit

/// One entry of the registry's transparency log: what an intake decided about one bundle,
/// accepted or refused, as canonical JSON (``CanonicalJSON``), the bytes a leaf hashes
/// (``MerkleTree/leafHash(_:)``).
///
/// The fields are the receipt's that a later dispute turns on (docs/transparency.md): which
/// bundle, whose, for which year, when it arrived, what was decided and against which keyring.
/// The reason's wording and the deadline are left out: the receipt carries them, signed.
public struct LogEntry: Sendable, Equatable {
    /// The format name.
    public static let schema = "selfassess.log-entry/v1"

    /// The registry's id of the submission.
    public var entryID: String
    /// The SHA-256 of the bundle file's bytes, lower-case hex.
    public var bundleSHA256: String
    /// The signatory, once the bundle's signature verified.
    public var signatory: String?
    /// The reporting year, likewise.
    public var year: Int?
    /// When the registry received the bundle, by its own clock, in UTC.
    public var receivedAt: BundleTimestamp
    /// Accepted or refused.
    public var outcome: RegistryReceipt.Outcome
    /// The code of the first failed check when refused.
    public var code: String?
    /// The serial of the keyring the bundle was checked against (nil for a v1 receipt's entry).
    public var keyringSerial: Int?

    /// The entry for a receipt.
    public init(receipt: RegistryReceipt) {
        entryID = receipt.entryID
        bundleSHA256 = receipt.bundleSHA256
        signatory = receipt.signatory
        year = receipt.year
        receivedAt = receipt.receivedAt
        outcome = receipt.outcome
        code = receipt.code
        keyringSerial = receipt.keyringSerial
    }

    /// The entry as a JSON value: every field present, null where unknown.
    public var json: JSONValue {
        .object([
            "schema": .string(Self.schema),
            "entry_id": .string(entryID),
            "bundle_sha256": .string(bundleSHA256),
            "signatory": signatory.map { .string($0) } ?? .null,
            "year": year.map { .integer($0) } ?? .null,
            "received_at": .string(receivedAt.description),
            "outcome": .string(outcome.rawValue),
            "code": code.map { .string($0) } ?? .null,
            "keyring_serial": keyringSerial.map { .integer($0) } ?? .null,
        ])
    }

    /// The canonical bytes the log holds and its leaf hashes.
    ///
    /// - Throws: ``RegistryError/receiptMalformed(file:reason:)`` for a field outside the
    ///   canonical subset (a negative year).
    public func canonicalBytes() throws(RegistryError) -> [UInt8] {
        do throws(CanonicalJSON.Failure) {
            return try CanonicalJSON.encode(json)
        } catch {
            throw .receiptMalformed(file: "log entry \(entryID)", reason: error.description)
        }
    }

    /// Whether the entry states what a receipt states.
    public func matches(_ receipt: RegistryReceipt) -> Bool {
        self == LogEntry(receipt: receipt)
    }
}
