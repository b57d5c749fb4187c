public import Foundation
internal import Logging
internal import PostgresNIO
public import SelfAssessKit

/// The registry store for a society that runs several instances: the submissions and receipts in
/// a PostgreSQL database (postgres-nio), the bundles' bytes content-addressed in a data folder
/// that every instance shares (`DATA/bundles/`, ``BundleDirectory``, as the SQLite store keeps
/// them).
///
/// The schema is ``PostgresSchema``'s migrations, recorded in `registry_migrations` and applied
/// in one transaction under an advisory lock, so instances starting at once apply each migration
/// once. ``record(_:)`` is one transaction whose `INSERT … ON CONFLICT (bundle_sha256) DO NOTHING`
/// makes the unique bundle SHA-256 the arbiter: two instances recording the same bundle at once
/// give one row, and both return its receipt. Commits are synchronous (`synchronous_commit =
/// on`), so a receipt is only given for a row the server has flushed.
///
/// The store is synchronous, as ``RegistryStore`` is: each call takes a connection from a small
/// pool of its own, runs its statements on postgres-nio's event loops and waits for them. A
/// connection the server closed (a restart) is dropped, and the call is tried once more on a new
/// one; every call is idempotent, so trying again is safe.
public struct PostgresRegistryStore: RegistryStore {
    /// The bundles folder's name inside the data folder.
    public static let bundlesName = SQLiteRegistryStore.bundlesName
    /// The table that records the migrations applied.
    public static let migrationsTable = PostgresSchema.migrationsTable
    /// The schema's migrations, in the order they are applied.
    public static var migrations: [String] { PostgresSchema.migrations.map(\.name) }
    /// The connections a store opens at most, by default.
    public static let defaultPoolSize = 4

    /// The database.
    public let database: PostgresDatabaseURL
    /// The data folder that holds `bundles/`.
    public let folder: URL
    let connections: PostgresConnections
    private let bundles: BundleDirectory

    /// Creates a registry in a database that holds none yet, and the data folder's `bundles/`.
    ///
    /// - Parameters:
    ///   - database: The database.
    ///   - folder: The data folder (created if missing), shared by every instance.
    ///   - displayName: The folder's name in messages; its path by default.
    ///   - poolSize: The connections the store opens at most.
    /// - Throws: ``RegistryError/databaseAlreadyInitialized(database:table:)``, or a connection,
    ///   database or I/O failure.
    public static func create(
        database: PostgresDatabaseURL, folder: URL, displayName: String? = nil,
        poolSize: Int = defaultPoolSize
    ) throws(RegistryError) -> PostgresRegistryStore {
        let name = displayName ?? folder.path
        let bundlesFolder = folder.appendingPathComponent(bundlesName)
        // What this call makes, removed again when the database fails: nothing half-made. Not
        // when the database holds a registry: then the folder is that registry's (made by
        // another instance's `init` a moment before, perhaps).
        let made = [folder, bundlesFolder].first {
            !FileManager.default.fileExists(atPath: $0.path)
        }
        let store = PostgresRegistryStore(database: database, folder: folder, poolSize: poolSize)
        do throws(RegistryError) {
            do {
                try FileManager.default.createDirectory(
                    at: bundlesFolder, withIntermediateDirectories: true)
            } catch {
                throw .bundleWriteFailed(file: name, reason: error.localizedDescription)
            }
            try BundleDirectory.syncFolder(folder, name: name)
            try store.migrate(creating: true)
        } catch {
            store.close()
            if case .databaseAlreadyInitialized = error {
            } else if let made {
                try? FileManager.default.removeItem(at: made)
            }
            throw error
        }
        return store
    }

    /// Opens the registry in a database, applying the migrations it lacks.
    ///
    /// - Parameters:
    ///   - database: The database.
    ///   - folder: The data folder, which must hold `bundles/` (made by ``create(database:folder:displayName:poolSize:)``).
    ///   - displayName: The folder's name in messages; its path by default.
    ///   - poolSize: The connections the store opens at most.
    /// - Throws: ``RegistryError/databaseNotInitialized(database:table:)``,
    ///   ``RegistryError/notInitialized(folder:database:)`` for a data folder without `bundles/`,
    ///   or a connection or database failure.
    public static func open(
        database: PostgresDatabaseURL, folder: URL, displayName: String? = nil,
        poolSize: Int = defaultPoolSize
    ) throws(RegistryError) -> PostgresRegistryStore {
        let name = displayName ?? folder.path
        var isFolder: ObjCBool = false
        guard
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(bundlesName).path, isDirectory: &isFolder),
            isFolder.boolValue
        else {
            throw .notInitialized(folder: name, database: bundlesName + "/")
        }
        let store = PostgresRegistryStore(database: database, folder: folder, poolSize: poolSize)
        do throws(RegistryError) {
            try store.migrate(creating: false)
        } catch {
            store.close()
            throw error
        }
        return store
    }

    private init(database: PostgresDatabaseURL, folder: URL, poolSize: Int) {
        self.database = database
        self.folder = folder
        connections = PostgresConnections(database: database, size: max(1, poolSize))
        bundles = BundleDirectory(folder: folder.appendingPathComponent(Self.bundlesName))
    }

    /// Closes the store's connections; a later call opens new ones.
    public func close() {
        connections.closeAll()
    }

    // MARK: Migrations

    /// Applies the migrations the database lacks, in one transaction under the advisory lock;
    /// with `creating`, a database that already records a migration is refused, and without it
    /// a database that records none.
    private func migrate(creating: Bool) throws(RegistryError) {
        try connections.transaction { connection in
            try connection.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))")
            let exists = try connection.run(
                "SELECT to_regclass('registry_migrations') IS NOT NULL")
            let tableExists = try exists.first?.decode(Bool.self) ?? false
            var applied: Set<String> = []
            if tableExists {
                for row in try connection.run("SELECT name FROM registry_migrations") {
                    applied.insert(try row.decode(String.self))
                }
            }
            if creating, !applied.isEmpty {
                throw RegistryError.databaseAlreadyInitialized(
                    database: database.displayName, table: PostgresSchema.migrationsTable)
            }
            if !creating, applied.isEmpty {
                throw RegistryError.databaseNotInitialized(
                    database: database.displayName, table: PostgresSchema.migrationsTable)
            }
            try connection.run(PostgresQuery(unsafeSQL: PostgresSchema.createMigrationsTable))
            for migration in PostgresSchema.migrations where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try connection.run(PostgresQuery(unsafeSQL: statement))
                }
                try connection.run(
                    "INSERT INTO registry_migrations (name) VALUES (\(migration.name))")
            }
            if !applied.isEmpty, !applied.contains(LogSchema.name) {
                try Self.catchUpLog(on: connection)
            }
        }
    }

    // MARK: Inspection

    /// The migrations applied, in the order they were (migrations applied in one transaction
    /// share its time, so they are ordered as ``migrations`` lists them).
    public func appliedMigrations() throws(RegistryError) -> [String] {
        let rows = try connections.withConnection { connection in
            let rows = try connection.run(
                "SELECT name, applied_at FROM registry_migrations ORDER BY applied_at")
            return try rows.map { try $0.decode((String, Date).self) }
        }
        let order = Self.migrations
        func rank(_ name: String) -> Int { order.firstIndex(of: name) ?? order.count }
        return rows.sorted {
            $0.1 != $1.1 ? $0.1 < $1.1 : (rank($0.0), $0.0) < (rank($1.0), $1.0)
        }.map(\.0)
    }

    /// The number of submission rows.
    public func submissionCount() throws(RegistryError) -> Int {
        try connections.withConnection { connection in
            try connection.run("SELECT COUNT(*) FROM submissions").first?.decode(Int.self) ?? 0
        }
    }

    // MARK: RegistryStore

    public func entry(forBundle bundleSHA256: String) throws(RegistryError) -> RegistryEntry? {
        let rows = try connections.withConnection { connection in
            try connection.run(
                Self.selectEntry(where: " WHERE s.bundle_sha256 = $1", binding: bundleSHA256)
            ).map(Self.columns)
        }
        return try rows.first.map { row throws(RegistryError) in try entry(from: row) }
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
        let source = database.displayName
        return try record(receipt, bodyStored: bodyStored, createdAt: createdAt) {
            leaf, connection in
            // Read under the log's advisory lock, which the append took.
            let latest = try connection.run(
                "SELECT tree_size, root_hash FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1"
            ).first.map { row -> (size: Int, root: MerkleTree.Hash) in
                let (size, root) = try row.decode((Int, ByteBuffer).self)
                return (size, Array(root.readableBytesView))
            }
            let signed = try signer.sign(receipt, leaf: leaf, latest: latest, source: source) {
                nodes in try Self.logNodes(nodes, on: connection)
            }
            let checkpoint = signed.checkpoint
            try connection.run(
                """
                INSERT INTO log_checkpoints (tree_size, root_hash, checkpoint, made_at)
                VALUES (\(checkpoint.size), \(ByteBuffer(bytes: checkpoint.rootHash)),
                    \(ByteBuffer(bytes: checkpoint.bytes)), \(checkpoint.time.description))
                """)
            return signed.receipt
        }
    }

    /// Records a submission in one transaction: its row, its log entry, then its receipt,
    /// signed by `sign` (given the new leaf's index, on the transaction's connection).
    private func record(
        _ receipt: RegistryReceipt, bodyStored: Bool, createdAt: BundleTimestamp?,
        sign: (Int, PostgresConnection) throws -> SignedReceipt
    ) throws(RegistryError) -> RegistryEntry {
        let written: (existing: Columns?, recorded: RegistryEntry?) = try connections.transaction {
            connection in
            // Entries of one signatory-year are recorded one at a time, so that exactly one of
            // them counts (``Supersession``).
            let probe = RegistryEntry(
                signed: SignedReceipt(receipt: receipt, bytes: [], signature: []),
                bodyStored: bodyStored, createdAt: createdAt)
            if Supersession.rank(of: probe) != nil, let signatory = receipt.signatory,
                let year = receipt.year
            {
                try connection.run(
                    "SELECT pg_advisory_xact_lock(hashtext(\(signatory + "/" + String(year))))")
            }
            let inserted = try connection.run(
                """
                INSERT INTO submissions (entry_id, bundle_sha256, manifest_sha256, signatory,
                    year, sequence, received_at, outcome, code, reason, on_time,
                    keyring_sha256, body_stored, keyring_serial, due, created_at)
                VALUES (\(receipt.entryID), \(receipt.bundleSHA256), \(receipt.manifestSHA256),
                    \(receipt.signatory), \(receipt.year), \(receipt.sequence),
                    \(receipt.receivedAt.description), \(receipt.outcome.rawValue),
                    \(receipt.code), \(receipt.reason), \(receipt.onTime),
                    \(receipt.keyringSHA256), \(bodyStored), \(receipt.keyringSerial),
                    \(receipt.due?.description), \(createdAt?.description))
                ON CONFLICT (bundle_sha256) DO NOTHING
                """)
            if inserted.metadata.rows == 0 {
                // Another submission of the bundle committed first: its entry is the one.
                let existing = try connection.run(
                    Self.selectEntry(
                        where: " WHERE s.bundle_sha256 = $1", binding: receipt.bundleSHA256)
                ).first.map(Self.columns)
                return (existing, nil)
            }
            let leaf = try Self.appendToLog(receipt, on: connection)
            let signed = try sign(leaf, connection)
            try connection.run(
                """
                INSERT INTO receipts (entry_id, receipt, signature)
                VALUES (\(receipt.entryID), \(ByteBuffer(bytes: signed.bytes)),
                    \(ByteBuffer(bytes: signed.signature)))
                """)
            var entry = RegistryEntry(signed: signed, bodyStored: bodyStored, createdAt: createdAt)
            entry.supersededBy = try Self.supersede(entry, on: connection)
            return (nil, entry)
        }
        if let recorded = written.recorded { return recorded }
        guard let existing = written.existing else {
            throw .database(
                file: database.displayName, reason: "the submission was neither recorded nor found")
        }
        return try self.entry(from: existing)
    }

    public func entries() throws(RegistryError) -> [RegistryEntry] {
        let rows = try connections.withConnection { connection in
            try connection.run(
                PostgresQuery(
                    unsafeSQL: Self.selectEntrySQL
                        + " ORDER BY s.received_at COLLATE \"C\", s.entry_id COLLATE \"C\"")
            ).map(Self.columns)
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

    typealias Columns = (
        entryID: String, bodyStored: Bool, createdAt: String?, supersededBy: String?,
        receipt: [UInt8], signature: [UInt8]
    )

    static let selectEntrySQL = """
        SELECT s.entry_id, s.body_stored, s.created_at, s.superseded_by, r.receipt, r.signature
        FROM submissions s JOIN receipts r ON r.entry_id = s.entry_id
        """

    private static func selectEntry(
        where condition: String, binding value: String
    )
        -> PostgresQuery
    {
        var binds = PostgresBindings()
        binds.append(value)
        return PostgresQuery(unsafeSQL: selectEntrySQL + condition, binds: binds)
    }

    static func columns(_ row: PostgresRow) throws -> Columns {
        let (entryID, bodyStored, createdAt, supersededBy, receipt, signature) = try row.decode(
            (String, Bool, String?, String?, ByteBuffer, ByteBuffer).self)
        return (
            entryID, bodyStored, createdAt, supersededBy, Array(receipt.readableBytesView),
            Array(signature.readableBytesView)
        )
    }

    func entry(from row: Columns) throws(RegistryError) -> RegistryEntry {
        let receipt = try RegistryReceipt.parse(
            row.receipt, file: "\(database.displayName) (entry \(row.entryID))")
        return RegistryEntry(
            signed: SignedReceipt(
                receipt: receipt, bytes: row.receipt, signature: row.signature),
            bodyStored: row.bodyStored, createdAt: row.createdAt.flatMap(BundleTimestamp.init),
            supersededBy: row.supersededBy)
    }
}

// MARK: - Connections

/// A store's connections: at most `size` open at once, each used by one call at a time (a
/// transaction's statements must share one connection and nothing else may run on it between).
final class PostgresConnections: @unchecked Sendable {
    private let database: PostgresDatabaseURL
    private let size: Int
    /// The store logs nothing: its failures are thrown, and the tool's output is its own.
    static let logger = Logger(
        label: "selfassess.registry.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    private var nextID = 0

    init(database: PostgresDatabaseURL, size: Int) {
        self.database = database
        self.size = size
    }

    deinit {
        // Each connection is kept until it is closed (postgres-nio requires it).
        for connection in idle { connection.close().whenComplete { _ in _ = connection } }
    }

    /// Runs `body` with a connection; when the server closed the connection (a restart), once
    /// more with a new one.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws(RegistryError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            let connection = try checkOut()
            do {
                let value = try body(connection)
                checkIn(connection)
                return value
            } catch let error as RegistryError {
                checkIn(connection)
                throw error
            } catch {
                let lost = connection.isClosed
                checkIn(connection)
                if lost, attempt == 1 { continue }
                throw .database(file: database.displayName, reason: Self.reason(error))
            }
        }
    }

    /// Runs `body` in a transaction (rolled back when it throws), as ``withConnection(_:)``.
    func transaction<T>(_ body: (PostgresConnection) throws -> T) throws(RegistryError) -> T {
        try withConnection { connection in
            try connection.run("BEGIN")
            do {
                let value = try body(connection)
                try connection.run("COMMIT")
                return value
            } catch {
                if !connection.isClosed { _ = try? connection.run("ROLLBACK") }
                throw error
            }
        }
    }

    /// Closes the idle connections (those in use are closed when they come back).
    func closeAll() {
        condition.lock()
        let closing = idle
        idle = []
        open -= closing.count
        condition.broadcast()
        condition.unlock()
        for connection in closing { _ = try? connection.close().wait() }
    }

    private func checkOut() throws(RegistryError) -> PostgresConnection {
        condition.lock()
        while true {
            while idle.isEmpty && open >= size { condition.wait() }
            guard let connection = idle.popLast() else { break }
            // An idle connection the server closed (a restart) is dropped, not used.
            if !connection.isClosed {
                condition.unlock()
                return connection
            }
            open -= 1
        }
        open += 1
        nextID += 1
        let id = nextID
        condition.unlock()
        do {
            return try connect(id: id)
        } catch {
            condition.lock()
            open -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func checkIn(_ connection: PostgresConnection) {
        condition.lock()
        if connection.isClosed {
            open -= 1
        } else {
            idle.append(connection)
        }
        condition.signal()
        condition.unlock()
    }

    private func connect(id: Int) throws(RegistryError) -> PostgresConnection {
        var configuration: PostgresConnection.Configuration
        do {
            let tls: PostgresConnection.Configuration.TLS
            switch database.tls {
            case .disable: tls = .disable
            case .prefer:
                tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require:
                tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            switch database.endpoint {
            case .tcp(let host, let port):
                configuration = PostgresConnection.Configuration(
                    host: host, port: port, username: database.user, password: database.password,
                    database: database.database, tls: tls)
            case .socket(let folder, let port):
                configuration = PostgresConnection.Configuration(
                    unixSocketPath: folder + "/.s.PGSQL.\(port)", username: database.user,
                    password: database.password, database: database.database)
            }
        } catch {
            throw .databaseConnection(database: database.displayName, reason: Self.reason(error))
        }
        configuration.options.connectTimeout = .seconds(10)
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration,
                id: id, logger: Self.logger
            ).wait()
        } catch {
            throw .databaseConnection(database: database.displayName, reason: Self.reason(error))
        }
        do {
            // A commit returns once the server has flushed it: nothing acknowledged is lost.
            try connection.run("SET synchronous_commit = on")
        } catch {
            _ = try? connection.close().wait()
            throw .database(file: database.displayName, reason: Self.reason(error))
        }
        return connection
    }

    /// What went wrong, in words: the server's message and SQLSTATE, or the connection's failure
    /// (postgres-nio's own description hides both).
    static func reason(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo, let message = info[.message] {
            return message + (info[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        }
        if let underlying = error.underlying {
            return "\(error.code): \(underlying)"
        }
        return "\(error.code)"
    }
}

extension PostgresConnection {
    /// How long a statement may take before its connection is closed and the call fails; no
    /// statement of the store's comes near it, but a connection that died unnoticed must not
    /// hold a caller forever.
    static let statementTimeout = TimeAmount.seconds(60)

    /// Runs a statement and waits for all its rows, at most ``statementTimeout``.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        let result = eventLoop.makePromise(of: PostgresQueryResult.self)
        self.query(query, logger: PostgresConnections.logger).cascade(to: result)
        let timeout = eventLoop.scheduleTask(in: Self.statementTimeout) {
            result.fail(StatementTimeout())
            self.close().whenComplete { _ in }
        }
        defer { timeout.cancel() }
        return try result.futureResult.wait()
    }
}

/// A statement that did not finish in ``PostgresConnection/statementTimeout``.
struct StatementTimeout: Error, CustomStringConvertible {
    var description: String {
        "no answer from the server within \(PostgresConnection.statementTimeout.nanoseconds / 1_000_000_000) seconds"
    }
}
