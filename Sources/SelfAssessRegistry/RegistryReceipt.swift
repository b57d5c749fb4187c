internal import Foundation
public import SelfAssessKit

/// The registry's receipt for one submitted bundle: canonical JSON (``CanonicalJSON``) that the
/// society signs in the same minisign `Ed` format as a bundle (``SignedReceipt``).
///
/// A receipt is given for every bundle the registry recorded, accepted or refused; input that is
/// not a bundle at all gets none (``RegistryError/notABundle(file:code:reason:)``). The same bundle
/// submitted again gets the very same receipt. docs/registry.md describes each field.
///
/// Three versions: `selfassess.receipt/v3` (what the registry writes) adds where the submission
/// is in the transparency log (``log``: its leaf index, a signed checkpoint that includes it and
/// the inclusion proof) to `selfassess.receipt/v2`, which added the keyring's serial and the
/// year's deadline to `selfassess.receipt/v1`. v1 and v2 stay readable and verifiable, byte for
/// byte: a receipt without ``log`` is a v2 receipt, without ``keyringSerial`` a v1 receipt.
public struct RegistryReceipt: Sendable, Equatable {
    /// The format name of the version the registry writes.
    public static let schema = schemaV3
    /// The first version's format name: no `keyring_serial` and no `due`.
    public static let schemaV1 = "selfassess.receipt/v1"
    /// The second version's format name.
    public static let schemaV2 = "selfassess.receipt/v2"
    /// The third version's format name: with the log's inclusion proof.
    public static let schemaV3 = "selfassess.receipt/v3"
    /// The largest receipt file read.
    public static let maxSize = 64 * 1024

    /// Where a v3 receipt's submission is in the transparency log (docs/transparency.md).
    public struct LogInclusion: Sendable, Equatable {
        /// The leaf index of the submission's ``LogEntry``.
        public var leafIndex: Int
        /// The signed checkpoint (``LogCheckpoint``, the signed note's text) of a tree that
        /// includes the leaf.
        public var checkpoint: [UInt8]
        /// The inclusion proof of the leaf in the checkpoint's tree (RFC 9162 2.1.3).
        public var inclusionProof: [MerkleTree.Hash]

        /// A receipt's place in the log.
        public init(leafIndex: Int, checkpoint: [UInt8], inclusionProof: [MerkleTree.Hash]) {
            self.leafIndex = leafIndex
            self.checkpoint = checkpoint
            self.inclusionProof = inclusionProof
        }
    }

    /// What the registry decided.
    public enum Outcome: String, Sendable, Equatable, CaseIterable {
        /// The bundle verified against the registry's keyring.
        case accepted
        /// The bundle failed a check; ``RegistryReceipt/code`` and ``RegistryReceipt/reason`` say
        /// which.
        case refused
    }

    /// The registry's id of the entry, lower-case.
    public var entryID: String
    /// The SHA-256 of the bundle file's bytes, lower-case hex: what the receipt is for.
    public var bundleSHA256: String
    /// The SHA-256 of the bundle's manifest, once its signature verified; nil otherwise.
    public var manifestSHA256: String?
    /// The signatory, as the manifest states it once its signature verified; nil otherwise.
    public var signatory: String?
    /// The reporting year, as the manifest states it once its signature verified.
    public var year: Int?
    /// The bundle's sequence in the signatory's chain, likewise.
    public var sequence: Int?
    /// When the registry received the bundle, by its own clock, in UTC.
    public var receivedAt: BundleTimestamp
    /// Accepted or refused.
    public var outcome: Outcome
    /// The kit's code of the first failed check (`SB…`) when refused; nil when accepted.
    public var code: String?
    /// The reason, in English, when refused; nil when accepted.
    public var reason: String?
    /// On time (true) or late (false) against the year's deadline; nil while the registry knows
    /// no deadline.
    public var onTime: Bool?
    /// The identity of the keyring the bundle was checked against: the SHA-256 of its file.
    public var keyringSHA256: String
    /// The serial of the keyring the bundle was checked against (0 for a keyring without one);
    /// nil only in a v1 receipt, made before the registry recorded it.
    public var keyringSerial: Int?
    /// The deadline of the bundle's reporting year the registry judged ``onTime`` against; nil
    /// when it knows none (a v2 field).
    public var due: CalendarDate?
    /// Where the submission is in the log (a v3 field); nil in v1 and v2 receipts.
    public var log: LogInclusion?

    /// A receipt; with a ``log`` it is a v3 receipt, else with a ``keyringSerial`` a v2 receipt,
    /// without one a v1 receipt (which has neither ``due`` nor ``log``).
    public init(
        entryID: String, bundleSHA256: String, manifestSHA256: String?, signatory: String?,
        year: Int?, sequence: Int?, receivedAt: BundleTimestamp, outcome: Outcome,
        code: String?, reason: String?, onTime: Bool?, keyringSHA256: String,
        keyringSerial: Int? = nil, due: CalendarDate? = nil, log: LogInclusion? = nil
    ) {
        self.entryID = entryID
        self.bundleSHA256 = bundleSHA256
        self.manifestSHA256 = manifestSHA256
        self.signatory = signatory
        self.year = year
        self.sequence = sequence
        self.receivedAt = receivedAt
        self.outcome = outcome
        self.code = code
        self.reason = reason
        self.onTime = onTime
        self.keyringSHA256 = keyringSHA256
        self.keyringSerial = keyringSerial
        self.due = keyringSerial == nil ? nil : due
        self.log = keyringSerial == nil ? nil : log
    }

    /// The receipt's format name: v3 with its place in the log, else v2 with a keyring serial,
    /// v1 without.
    public var version: String {
        if log != nil { return Self.schemaV3 }
        return keyringSerial == nil ? Self.schemaV1 : Self.schemaV2
    }

    // MARK: JSON

    /// The receipt as a JSON value: every field present, null where unknown.
    public var json: JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
        func optional(_ number: Int?) -> JSONValue { number.map { .integer($0) } ?? .null }
        var fields: [String: JSONValue] = [
            "schema": .string(version),
            "entry_id": .string(entryID),
            "bundle_sha256": .string(bundleSHA256),
            "manifest_sha256": optional(manifestSHA256),
            "signatory": optional(signatory),
            "year": optional(year),
            "sequence": optional(sequence),
            "received_at": .string(receivedAt.description),
            "outcome": .string(outcome.rawValue),
            "code": optional(code),
            "reason": optional(reason),
            "on_time": onTime.map { .bool($0) } ?? .null,
            "keyring_sha256": .string(keyringSHA256),
        ]
        if let keyringSerial {
            fields["keyring_serial"] = .integer(keyringSerial)
            fields["due"] = due.map { .string($0.description) } ?? .null
        }
        if let log {
            fields["leaf_index"] = .integer(log.leafIndex)
            fields["checkpoint"] = .string(String(decoding: log.checkpoint, as: UTF8.self))
            fields["inclusion_proof"] = .array(
                log.inclusionProof.map { .string(Data($0).base64EncodedString()) })
        }
        return .object(fields)
    }

    /// The canonical bytes that are signed and written as `NAME.receipt.json`.
    ///
    /// - Throws: ``RegistryError/receiptMalformed(file:reason:)`` if a field is outside the
    ///   canonical subset (a year or sequence below zero).
    public func canonicalBytes(file: String) throws(RegistryError) -> [UInt8] {
        do throws(CanonicalJSON.Failure) {
            return try CanonicalJSON.encode(json)
        } catch {
            throw .receiptMalformed(file: file, reason: error.description)
        }
    }

    /// The trusted comment of the receipt's signature, derived from its bytes and fields, so
    /// that `minisign -V` shows the outcome and a signature made for anything else is refused.
    public static func trustedComment(for receipt: RegistryReceipt, bytes: [UInt8]) -> String {
        "\(receipt.version) outcome=\(receipt.outcome.rawValue)\(receipt.code.map { " code=\($0)" } ?? "")"
            + " bundle-sha256=\(receipt.bundleSHA256) receipt-sha256=\(BundleManifest.sha256(bytes))"
    }

    /// Reads a receipt: canonical JSON of exactly this format, each field of its type.
    ///
    /// - Parameters:
    ///   - bytes: The receipt file's bytes.
    ///   - file: The file's name, for messages.
    /// - Returns: The receipt.
    /// - Throws: ``RegistryError/receiptMalformed(file:reason:)``.
    public static func parse(_ bytes: [UInt8], file: String) throws(RegistryError) -> Self {
        let value: JSONValue
        do throws(CanonicalJSON.Failure) {
            value = try CanonicalJSON.parseCanonical(bytes, file: file, maxSize: maxSize)
        } catch {
            throw .receiptMalformed(file: file, reason: error.description)
        }
        guard case .object(let fields) = value else {
            throw .receiptMalformed(file: file, reason: "expected an object, found \(value.kind)")
        }
        var reader = FieldReader(fields: fields, file: file)
        let version = try reader.string("schema")
        guard [schemaV1, schemaV2, schemaV3].contains(version) else {
            throw .receiptMalformed(
                file: file, reason: "the schema is not \(schemaV3), \(schemaV2) or \(schemaV1)")
        }
        let outcomeText = try reader.string("outcome")
        guard let outcome = Outcome(rawValue: outcomeText) else {
            throw .receiptMalformed(file: file, reason: "unknown outcome `\(outcomeText)`")
        }
        let receivedText = try reader.string("received_at")
        guard let receivedAt = BundleTimestamp(receivedText) else {
            throw .receiptMalformed(
                file: file, reason: "received_at `\(receivedText)` is not YYYY-MM-DDThh:mm:ssZ")
        }
        var keyringSerial: Int?
        var due: CalendarDate?
        if version != schemaV1 {
            guard let serial = try reader.optionalInteger("keyring_serial"), serial >= 0 else {
                throw .receiptMalformed(
                    file: file, reason: "`keyring_serial` must be a whole number of at least 0")
            }
            keyringSerial = serial
            if let text = try reader.optionalString("due") {
                guard let date = CalendarDate(text), date.description == text else {
                    throw .receiptMalformed(file: file, reason: "due `\(text)` is not YYYY-MM-DD")
                }
                due = date
            }
        }
        let log = version == schemaV3 ? try reader.logInclusion() : nil
        let receipt = RegistryReceipt(
            entryID: try reader.string("entry_id"),
            bundleSHA256: try reader.hash("bundle_sha256"),
            manifestSHA256: try reader.optionalHash("manifest_sha256"),
            signatory: try reader.optionalString("signatory"),
            year: try reader.optionalInteger("year"),
            sequence: try reader.optionalInteger("sequence"),
            receivedAt: receivedAt, outcome: outcome,
            code: try reader.optionalString("code"),
            reason: try reader.optionalString("reason"),
            onTime: try reader.optionalBool("on_time"),
            keyringSHA256: try reader.hash("keyring_sha256"), keyringSerial: keyringSerial,
            due: due,
            log: log
        )
        if let unknown = reader.unread.sorted().first {
            throw .receiptMalformed(file: file, reason: "unknown field `\(unknown)`")
        }
        guard (outcome == .accepted) == (receipt.code == nil) else {
            throw .receiptMalformed(
                file: file, reason: "a refused receipt needs a code, an accepted one has none")
        }
        return receipt
    }
}

/// Reads a receipt's fields by name and type, remembering which were read.
private struct FieldReader {
    var fields: [String: JSONValue]
    var file: String
    var unread: Set<String>

    init(fields: [String: JSONValue], file: String) {
        self.fields = fields
        self.file = file
        unread = Set(fields.keys)
    }

    mutating func value(_ name: String) throws(RegistryError) -> JSONValue {
        guard let value = fields[name] else {
            throw .receiptMalformed(file: file, reason: "the field `\(name)` is missing")
        }
        unread.remove(name)
        return value
    }

    func wrong(_ name: String, _ expected: String, _ value: JSONValue) -> RegistryError {
        .receiptMalformed(
            file: file, reason: "`\(name)` must be \(expected), found \(value.kind)")
    }

    mutating func string(_ name: String) throws(RegistryError) -> String {
        let value = try value(name)
        guard let text = value.stringValue else { throw wrong(name, "a string", value) }
        return text
    }

    mutating func optionalString(_ name: String) throws(RegistryError) -> String? {
        let value = try value(name)
        if value.isNull { return nil }
        guard let text = value.stringValue else { throw wrong(name, "a string or null", value) }
        return text
    }

    mutating func optionalInteger(_ name: String) throws(RegistryError) -> Int? {
        let value = try value(name)
        if value.isNull { return nil }
        guard let number = value.integerValue else {
            throw wrong(name, "an integer or null", value)
        }
        return number
    }

    mutating func optionalBool(_ name: String) throws(RegistryError) -> Bool? {
        let value = try value(name)
        if value.isNull { return nil }
        guard let flag = value.boolValue else { throw wrong(name, "a boolean or null", value) }
        return flag
    }

    mutating func hash(_ name: String) throws(RegistryError) -> String {
        let text = try string(name)
        guard Self.isHash(text) else {
            throw .receiptMalformed(
                file: file, reason: "`\(name)` is not 64 lower-case hexadecimal digits")
        }
        return text
    }

    mutating func optionalHash(_ name: String) throws(RegistryError) -> String? {
        guard let text = try optionalString(name) else { return nil }
        guard Self.isHash(text) else {
            throw .receiptMalformed(
                file: file, reason: "`\(name)` is not 64 lower-case hexadecimal digits")
        }
        return text
    }

    /// A v3 receipt's place in the log: `leaf_index`, `checkpoint` (the signed note's text, no
    /// larger than a checkpoint may be) and `inclusion_proof` (base64 of 32-byte hashes).
    mutating func logInclusion() throws(RegistryError) -> RegistryReceipt.LogInclusion {
        guard let leaf = try optionalInteger("leaf_index") else {
            throw .receiptMalformed(file: file, reason: "`leaf_index` must be a whole number")
        }
        let checkpoint = try string("checkpoint")
        guard checkpoint.utf8.count <= LogCheckpoint.maxSize else {
            throw .receiptMalformed(
                file: file,
                reason:
                    "`checkpoint` is larger than the \(LogCheckpoint.maxSize) bytes of a checkpoint"
            )
        }
        let value = try value("inclusion_proof")
        guard case .array(let elements) = value, elements.count <= 64 else {
            throw wrong("inclusion_proof", "an array of at most 64 hashes", value)
        }
        var proof: [MerkleTree.Hash] = []
        for element in elements {
            guard let text = element.stringValue,
                let hash = Data(base64Encoded: text).map(Array.init), hash.count == 32,
                Data(hash).base64EncodedString() == text
            else {
                throw .receiptMalformed(
                    file: file,
                    reason: "`inclusion_proof` holds something not the base64 of 32 bytes")
            }
            proof.append(hash)
        }
        return RegistryReceipt.LogInclusion(
            leafIndex: leaf, checkpoint: Array(checkpoint.utf8), inclusionProof: proof)
    }

    static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64
            && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
