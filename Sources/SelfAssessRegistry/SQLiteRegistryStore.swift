public import Foundation
internal import GRDB
public import SelfAssessKit

/// The embedded registry store: `DATA/registry.sqlite` (SQLite through GRDB, in WAL mode with
/// `synchronous = FULL`, so a committed transaction survives a crash) and the bundles'
/// bytes under `DATA/bundles/` (``BundleDirectory``).
///
/// The schema is created and upgraded by ``RegistrySchema``'s migrations; opening a registry
/// applies the migrations it lacks.
public struct SQLiteRegistryStore: RegistryStore {
    /// The database file's name inside the data folder.
    public static let databaseName = "registry.sqlite"
    /// The bundles folder's name inside the data folder.
    public static let bundlesName = "bundles"
    /// The schema's migrations, in the order they are applied.
    public static var migrations: [String] { RegistrySchema.names }

    /// The data folder.
    public let folder: URL
    let pool: DatabasePool
    private let bundles: BundleDirectory
    let databaseFile: String

    /// Creates a registry in a folder (created if missing) that holds none yet.
    ///
    /// - Parameters:
    ///   - folder: The data folder.
    ///   - displayName: The folder's name in messages; its path by default.
    /// - Throws: ``RegistryError/alreadyInitialized(folder:database:)`` or an I/O failure.
    public static func create(
        at folder: URL, displayName: String? = nil
    ) throws(RegistryError) -> SQLiteRegistryStore {
        let name = displayName ?? folder.path
        let database = folder.appendingPathComponent(databaseName)
        if FileManager.default.fileExists(atPath: database.path) {
            throw .alreadyInitialized(folder: name, database: databaseName)
        }
        do {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(bundlesName), withIntermediateDirectories: true)
        } catch {
            throw .database(file: name, reason: error.localizedDescription)
        }
        try BundleDirectory.syncFolder(folder, name: name)
        return try SQLiteRegistryStore(folder: folder, displayName: name)
    }

    /// Opens the registry in a folder, applying the migrations it lacks.
    ///
    /// - Parameters:
    ///   - folder: The data folder.
    ///   - displayName: The folder's name in messages; its path by default.
    /// - Throws: ``RegistryError/notInitialized(folder:database:)`` when the folder holds no
    ///   registry, or ``RegistryError/database(file:reason:)``.
    public static func open(
        at folder: URL, displayName: String? = nil
    ) throws(RegistryError) -> SQLiteRegistryStore {
        let name = displayName ?? folder.path
        let database = folder.appendingPathComponent(databaseName)
        guard FileManager.default.fileExists(atPath: database.path) else {
            throw .notInitialized(folder: name, database: databaseName)
        }
        return try SQLiteRegistryStore(folder: folder, displayName: name)
    }

    private init(folder: URL, displayName: String) throws(RegistryError) {
        self.folder = folder
        databaseFile = displayName + "/" + Self.databaseName
        bundles = BundleDirectory(folder: folder.appendingPathComponent(Self.bundlesName))
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(
                path: folder.appendingPathComponent(Self.databaseName).path,
                configuration: configuration)
            try RegistrySchema.migrator.migrate(pool)
        } catch {
            throw .database(file: displayName + "/" + Self.databaseName, reason: "\(error)")
        }
    }

    // MARK: Inspection

    /// The migrations applied, in order.
    public func appliedMigrations() throws(RegistryError) -> [String] {
        try database { db in try RegistrySchema.migrator.appliedMigrations(db) }
    }

    /// SQLite's journal mode (`wal`).
    public func journalMode() throws(RegistryError) -> String {
        try database { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// The number of submission rows.
    public func submissionCount() throws(RegistryError) -> Int {
        try database { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submissions") ?? 0 }
    }

    // MARK: RegistryStore

    public func entry(forBundle bundleSHA256: String) throws(RegistryError) -> RegistryEntry? {
        let row = try database { db in
            try Row.fetchOne(
                db, sql: Self.selectEntry + " WHERE s.bundle_sha256 = ?", arguments: [bundleSHA256])
        }
        return try row.map { row throws(RegistryError) in try entry(from: row) }
    }

    public func record(_ entry: RegistryEntry) throws(RegistryError) -> RegistryEntry {
        try record(entry.receipt, bodyStored: entry.bodyStored, createdAt: entry.createdAt) {
            _, _ in entry.signed
        }
    }

    public func record(
        _ receipt: RegistryReceipt, bodyStored: Bool, createdAt: BundleTimestamp?,
        signer: ReceiptSigner
    ) throws(RegistryError) -> RegistryEntry {
        let source = databaseFile
        return try record(receipt, bodyStored: bodyStored, createdAt: createdAt) { leaf, db in
            let latest = try Row.fetchOne(
                db,
                sql:
                    "SELECT tree_size, root_hash FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1"
            ).map { row -> (size: Int, root: MerkleTree.Hash) in
                let root: Data = row["root_hash"]
                return (row["tree_size"], Array(root))
            }
            let signed = try signer.sign(receipt, leaf: leaf, latest: latest, source: source) {
                nodes in try Self.logNodes(nodes, in: db)
            }
            try db.execute(
                sql: """
                    INSERT INTO log_checkpoints (tree_size, root_hash, checkpoint, made_at)
                    VALUES (?, ?, ?, ?)
                    """,
                arguments: [
                    signed.checkpoint.size, Data(signed.checkpoint.rootHash),
                    Data(signed.checkpoint.bytes), signed.checkpoint.time.description,
                ])
            return signed.receipt
        }
    }

    /// Records a submission in one transaction: its row, its log entry, then its receipt,
    /// signed by `sign` (given the new leaf's index, in the transaction).
    private func record(
        _ receipt: RegistryReceipt, bodyStored: Bool, createdAt: BundleTimestamp?,
        sign: (Int, Database) throws -> SignedReceipt
    ) throws(RegistryError) -> RegistryEntry {
        let written: (existing: Row?, recorded: RegistryEntry?) = try write { db in
            try db.execute(
                sql: """
                    INSERT INTO submissions (entry_id, bundle_sha256, manifest_sha256, signatory,
                        year, sequence, received_at, outcome, code, reason, on_time,
                        keyring_sha256, body_stored, keyring_serial, due, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (bundle_sha256) DO NOTHING
                    """,
                arguments: [
                    receipt.entryID, receipt.bundleSHA256, receipt.manifestSHA256,
                    receipt.signatory, receipt.year, receipt.sequence,
                    receipt.receivedAt.description, receipt.outcome.rawValue, receipt.code,
                    receipt.reason, receipt.onTime, receipt.keyringSHA256, bodyStored,
                    receipt.keyringSerial, receipt.due?.description,
                    createdAt?.description,
                ])
            if db.changesCount == 0 {
                let existing = try Row.fetchOne(
                    db, sql: Self.selectEntry + " WHERE s.bundle_sha256 = ?",
                    arguments: [receipt.bundleSHA256])
                return (existing, nil)
            }
            let leaf = try Self.appendToLog(receipt, in: db)
            let signed = try sign(leaf, db)
            try db.execute(
                sql: "INSERT INTO receipts (entry_id, receipt, signature) VALUES (?, ?, ?)",
                arguments: [receipt.entryID, Data(signed.bytes), Data(signed.signature)])
            var entry = RegistryEntry(signed: signed, bodyStored: bodyStored, createdAt: createdAt)
            entry.supersededBy = try Self.supersede(entry, in: db)
            return (nil, entry)
        }
        if let recorded = written.recorded { return recorded }
        guard let existing = written.existing else {
            throw .database(
                file: databaseFile, reason: "the submission was neither recorded nor found")
        }
        return try self.entry(from: existing)
    }

    public func entries() throws(RegistryError) -> [RegistryEntry] {
        let rows = try database { db in
            try Row.fetchAll(db, sql: Self.selectEntry + " ORDER BY s.received_at, s.entry_id")
        }
        var entries: [RegistryEntry] = []
        for row in rows { entries.append(try entry(from: row)) }
        return entries
    }

    public func storeBundle(_ bytes: [UInt8], sha256: String) throws(RegistryError) {
        try bundles.store(bytes, sha256: sha256)
    }

    public func bundleFile(sha256: String) -> URL {
        bundles.url(for: sha256)
    }

    public func bundle(sha256: String) throws(RegistryError) -> [UInt8]? {
        try bundles.read(sha256: sha256)
    }

    // MARK: Rows

    static let selectEntry = """
        SELECT s.entry_id, s.body_stored, s.created_at, s.superseded_by, r.receipt, r.signature
        FROM submissions s JOIN receipts r ON r.entry_id = s.entry_id
        """

    func entry(from row: Row) throws(RegistryError) -> RegistryEntry {
        let entryID: String = row["entry_id"]
        let bytes: Data = row["receipt"]
        let signature: Data = row["signature"]
        let bodyStored: Bool = row["body_stored"]
        let createdAt: String? = row["created_at"]
        let supersededBy: String? = row["superseded_by"]
        let receipt = try RegistryReceipt.parse(
            Array(bytes), file: "\(databaseFile) (entry \(entryID))")
        return RegistryEntry(
            signed: SignedReceipt(
                receipt: receipt, bytes: Array(bytes), signature: Array(signature)),
            bodyStored: bodyStored, createdAt: createdAt.flatMap(BundleTimestamp.init),
            supersededBy: supersededBy)
    }

    func database<T>(_ body: (Database) throws -> T) throws(RegistryError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw .database(file: databaseFile, reason: "\(error)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(RegistryError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw .database(file: databaseFile, reason: "\(error)")
        }
    }
}
