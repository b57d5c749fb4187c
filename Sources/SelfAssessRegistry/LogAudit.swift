public import Foundation
public import SelfAssessKit

/// `selfassess log audit`: every entry of a registry's log against the registry's own storage
/// (docs/transparency.md), with findings rather than the first failure.
///
/// 1. Each leaf's entry must be what the submission row it names states (its stored receipt's
///    ``LogEntry``): otherwise ``LogError/receiptNotInEntry(file:leaf:field:)`` (SR102) names the
///    first field that differs (`entry_id` for a leaf naming no submission); a submission the log
///    does not hold is ``LogError/notLogged(entry:)`` (SR091).
/// 2. An accepted entry's bundle must be in storage (SR103); a stored bundle's bytes must have
///    the logged SHA-256 (SR104).
/// 3. An accepted entry checked against the keyring given (its serial the entry's) is verified
///    again by the kit, on the day it was received: it must still verify, with the logged
///    signatory and year (SR104 with the reason). Entries checked against another keyring are
///    counted, not verified again.
public struct LogAudit: Sendable {
    /// What the audit found.
    public struct Report: Sendable {
        /// The log's entries read.
        public var entries = 0
        /// The stored bundles whose bytes were hashed.
        public var bundlesHashed = 0
        /// The accepted bundles verified again.
        public var reverified = 0
        /// The accepted bundles not verified again: checked against another keyring.
        public var otherKeyring = 0
        /// Each finding, in leaf order.
        public var findings: [LogError] = []
    }

    /// The store audited.
    public var store: any RegistryStore
    /// The registry's name in messages.
    public var source: String
    /// The keyring accepted bundles are verified again against, and its serial.
    public var keyring: (keyring: Keyring, serial: Int)?
    /// The framework bundles answer.
    public var framework: Framework

    /// An audit.
    public init(
        store: any RegistryStore, source: String, keyring: (keyring: Keyring, serial: Int)?,
        framework: Framework
    ) {
        self.store = store
        self.source = source
        self.keyring = keyring
        self.framework = framework
    }

    /// Runs the audit.
    ///
    /// - Throws: ``LogError/storage(_:)`` when the store cannot be read (not a finding).
    public func run() throws(LogError) -> Report {
        var report = Report()
        let rows: [RegistryEntry]
        do { rows = try store.entries() } catch { throw .storage(error) }
        var byID: [String: RegistryEntry] = [:]
        for row in rows { byID[row.receipt.entryID] = row }
        let log = TransparencyLog(store: store, source: source)
        let size = try log.size()
        var seen = Set<String>()
        var leaf = 0
        while leaf < size {
            let page = try log.entries(
                from: leaf, to: min(size, leaf + TransparencyLog.maxEntriesPerRead))
            if page.isEmpty { break }
            for bytes in page {
                report.entries += 1
                if let finding = try check(
                    entry: bytes, leaf: leaf, rows: byID, report: &report, seen: &seen)
                {
                    report.findings.append(finding)
                }
                leaf += 1
            }
        }
        for row in rows where !seen.contains(row.receipt.entryID) {
            report.findings.append(.notLogged(entry: row.receipt.entryID))
        }
        return report
    }

    private func check(
        entry bytes: [UInt8], leaf: Int, rows: [String: RegistryEntry], report: inout Report,
        seen: inout Set<String>
    ) throws(LogError) -> LogError? {
        let fields: [String: JSONValue]
        do throws(CanonicalJSON.Failure) {
            guard
                case .object(let object) = try CanonicalJSON.parseCanonical(
                    bytes, file: "\(source) (log entry \(leaf))", maxSize: RegistryReceipt.maxSize)
            else { return .receiptNotInEntry(file: source, leaf: leaf, field: "entry") }
            fields = object
        } catch {
            return .receiptNotInEntry(file: source, leaf: leaf, field: "entry")
        }
        guard let id = fields["entry_id"]?.stringValue, let row = rows[id] else {
            return .receiptNotInEntry(file: source, leaf: leaf, field: "entry_id")
        }
        seen.insert(id)
        let receipt = row.receipt
        if case .object(let expected) = LogEntry(receipt: receipt).json, expected != fields {
            let differing = Set(expected.keys).union(fields.keys).sorted().first {
                expected[$0] != fields[$0]
            }
            return .receiptNotInEntry(file: source, leaf: leaf, field: differing ?? "entry")
        }
        guard receipt.outcome == .accepted || row.bodyStored else { return nil }
        let stored: [UInt8]?
        do throws(RegistryError) {
            stored = try store.bundle(sha256: receipt.bundleSHA256)
        } catch {
            if case .bundleDamaged = error {
                return .bundleChanged(
                    source: source, leaf: leaf, bundle: receipt.bundleSHA256,
                    reason: error.description)
            }
            throw .storage(error)
        }
        guard stored != nil else {
            if receipt.outcome == .accepted {
                return .bundleNotStored(source: source, leaf: leaf, bundle: receipt.bundleSHA256)
            }
            return nil
        }
        report.bundlesHashed += 1
        guard receipt.outcome == .accepted else { return nil }
        guard let keyring, keyring.serial == receipt.keyringSerial ?? 0 else {
            report.otherKeyring += 1
            return nil
        }
        report.reverified += 1
        let verifier = BundleVerifier(
            trustedKeys: keyring.keyring, framework: framework, today: receipt.receivedAt.date)
        let file = store.bundleFile(sha256: receipt.bundleSHA256)
        do throws(BundleError) {
            let verified = try verifier.verify(file, displayName: receipt.bundleSHA256)
            if verified.manifest.signatory.id != receipt.signatory
                || verified.manifest.year != receipt.year
            {
                return .bundleChanged(
                    source: source, leaf: leaf, bundle: receipt.bundleSHA256,
                    reason:
                        "its manifest states \(verified.manifest.signatory.id) \(verified.manifest.year)"
                )
            }
        } catch {
            if error.isInputOutputFailure {
                throw .storage(.bundleReadFailed(file: file.path, reason: error.description))
            }
            return .bundleChanged(
                source: source, leaf: leaf, bundle: receipt.bundleSHA256,
                reason: "[\(error.code)] \(error.description)")
        }
        return nil
    }
}
