public import Foundation
public import SelfAssessKit

/// Where the registry keeps its submissions, their receipts and the bundles' bytes: one
/// protocol, so that the embedded SQLite store (``SQLiteRegistryStore``) and a PostgreSQL store
/// for several instances share the intake and the tests.
///
/// What every implementation guarantees:
/// - one schema, created and upgraded by versioned migrations, in order, each once;
/// - bundles are content-addressed: stored under their SHA-256, written durably (temporary file,
///   fsync, rename, fsync of the folder) before any row names them;
/// - ``record(_:)`` writes the row and its receipt in one durable transaction, and at most one
///   entry exists per bundle SHA-256: recording a bundle already recorded writes nothing and
///   returns the entry that exists, so concurrent intakes of one bundle give one receipt;
/// - nothing is acknowledged that is not durable: a crash between the body and the row leaves a
///   stored body that no row names, which a later submission of the same bundle reuses.
public protocol RegistryStore: Sendable {
    /// The entry recorded for a bundle, or nil.
    ///
    /// - Parameter bundleSHA256: The SHA-256 of the bundle's bytes, lower-case hex.
    func entry(forBundle bundleSHA256: String) throws(RegistryError) -> RegistryEntry?

    /// Records a submission and its receipt, or returns the entry already recorded for the same
    /// bundle.
    ///
    /// - Parameter entry: The entry to record.
    /// - Returns: The entry now recorded for the bundle: `entry`, or the earlier one.
    func record(_ entry: RegistryEntry) throws(RegistryError) -> RegistryEntry

    /// Records a submission and signs its (v3) receipt in the same transaction, after appending
    /// its log entry (``ReceiptSigner``): the receipt states its leaf index, a checkpoint of the
    /// tree ending with its leaf, kept in the same transaction, and the inclusion proof. Returns
    /// the entry already recorded for the same bundle, unchanged, when there is one.
    ///
    /// - Parameters:
    ///   - receipt: The receipt's fields, without its place in the log.
    ///   - bodyStored: Whether the bundle's bytes are stored.
    ///   - createdAt: The bundle's creation time, once its signature verified.
    ///   - signer: Signs the receipt and the checkpoint.
    /// - Returns: The entry now recorded for the bundle: the new one, or the earlier one.
    func record(
        _ receipt: RegistryReceipt, bodyStored: Bool, createdAt: BundleTimestamp?,
        signer: ReceiptSigner
    ) throws(RegistryError) -> RegistryEntry

    /// Every entry, in the order received (then by entry id).
    func entries() throws(RegistryError) -> [RegistryEntry]

    /// Stores a bundle's bytes under their SHA-256, durably; storing the same bytes again does
    /// nothing.
    ///
    /// - Parameters:
    ///   - bytes: The bundle file's bytes.
    ///   - sha256: Their SHA-256, lower-case hex.
    func storeBundle(_ bytes: [UInt8], sha256: String) throws(RegistryError)

    /// Where a stored bundle's bytes are kept (`DATA/bundles/ab/<sha256>.sabundle`), for readers
    /// that take a file (`aggregate --registry`); the file exists when the entry's body is stored.
    func bundleFile(sha256: String) -> URL

    /// A stored bundle's bytes, checked against their SHA-256; nil when not stored.
    func bundle(sha256: String) throws(RegistryError) -> [UInt8]?

    // MARK: The keyring (RegistryStore+Keyring.swift in each store)

    /// The registry's current keyring: the one with the highest serial; nil when none was
    /// imported.
    func currentKeyring() throws(RegistryError) -> RegistryKeyring?

    /// Imports a keyring, in one transaction with the check that its serial is higher than the
    /// current one's (any serial when the registry holds none).
    ///
    /// - Parameters:
    ///   - keyring: The verified keyring.
    ///   - file: The keyring file's name, for messages.
    /// - Returns: What the import did; the very same keyring again writes nothing.
    /// - Throws: ``RegistryError/keyringNotNewer(file:serial:current:)`` for a serial not higher
    ///   than the current one, or a storage failure.
    func importKeyring(
        _ keyring: RegistryKeyring, file: String
    ) throws(RegistryError) -> RegistryKeyring.ImportOutcome

    // MARK: The transparency log (RegistryStore+Log.swift in each store)
    //
    // ``record(_:)`` appends the new submission's ``LogEntry`` in its own transaction: the leaf
    // and the complete subtrees it completes (``MerkleTree/appendedNodes(leaf:leafHash:stored:)``).
    // ``TransparencyLog`` computes roots and proofs over these reads.

    /// The number of leaves in the log.
    func logSize() throws(RegistryError) -> Int

    /// The hashes of complete subtrees, read at once; a node not (yet) stored is absent.
    func logNodes(
        _ nodes: Set<MerkleTree.Node>
    ) throws(RegistryError) -> [MerkleTree.Node: MerkleTree.Hash]

    /// The entries' canonical JSON, leaves `start ..< end` (as many of them as the log holds).
    func logEntries(from start: Int, to end: Int) throws(RegistryError) -> [[UInt8]]

    /// The leaf index of a submission, by its entry id; nil when it is not logged.
    func logLeafIndex(entryID: String) throws(RegistryError) -> Int?

    /// Keeps a signed checkpoint: the latest made for its tree size replaces an earlier one.
    func saveLogCheckpoint(
        size: Int, root: MerkleTree.Hash, bytes: [UInt8], madeAt: BundleTimestamp
    ) throws(RegistryError)

    /// The checkpoint kept for the largest tree size, if any: its bytes and when it was made.
    func latestLogCheckpoint() throws(RegistryError) -> (bytes: [UInt8], madeAt: BundleTimestamp)?
}

extension RegistryStore {
    /// The import decision shared by the stores: given the current keyring (read in the import's
    /// transaction), whether to write `keyring`.
    static func importDecision(
        _ keyring: RegistryKeyring, current: (serial: Int, sha256: String)?, file: String
    ) throws(RegistryError) -> RegistryKeyring.ImportOutcome {
        guard let current else { return .imported(replacing: nil) }
        if current.serial == keyring.serial && current.sha256 == keyring.sha256 {
            return .alreadyCurrent
        }
        guard keyring.serial > current.serial else {
            throw .keyringNotNewer(file: file, serial: keyring.serial, current: current.serial)
        }
        return .imported(replacing: current.serial)
    }
}
