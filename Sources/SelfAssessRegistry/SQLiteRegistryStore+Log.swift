public import Foundation
internal import GRDB
public import SelfAssessKit

extension SQLiteRegistryStore {
    /// Appends a receipt's ``LogEntry`` to the log, in the caller's transaction: the leaf and
    /// the complete subtrees it completes, reading at most log₂(n) left siblings.
    ///
    /// - Returns: The new leaf's index.
    @discardableResult
    static func appendToLog(_ receipt: RegistryReceipt, in db: Database) throws -> Int {
        let bytes = try LogEntry(receipt: receipt).canonicalBytes()
        let index =
            try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM log_entries")
            ?? 0
        try db.execute(
            sql: "INSERT INTO log_entries (leaf_index, entry_id, entry) VALUES (?, ?, ?)",
            arguments: [index, receipt.entryID, Data(bytes)])
        let made = try MerkleTree.appendedNodes(
            leaf: index, leafHash: MerkleTree.leafHash(bytes)
        ) { node in
            let stored = try Data.fetchOne(
                db, sql: "SELECT hash FROM log_nodes WHERE level = ? AND node_index = ?",
                arguments: [node.level, node.index])
            guard let stored else { throw LogGap(node: node) }
            return Array(stored)
        }
        for (node, hash) in made {
            try db.execute(
                sql: "INSERT INTO log_nodes (level, node_index, hash) VALUES (?, ?, ?)",
                arguments: [node.level, node.index, Data(hash)])
        }
        return index
    }

    /// Appends the submissions recorded before the log existed, in the order received: run once,
    /// by the `v4-log` migration.
    static func catchUpLog(in db: Database) throws {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.receipt FROM submissions s JOIN receipts r ON r.entry_id = s.entry_id
                WHERE NOT EXISTS (SELECT 1 FROM log_entries l WHERE l.entry_id = s.entry_id)
                ORDER BY s.received_at, s.entry_id
                """)
        for row in rows {
            let bytes: Data = row["receipt"]
            try appendToLog(RegistryReceipt.parse(Array(bytes), file: "receipt"), in: db)
        }
    }

    public func logSize() throws(RegistryError) -> Int {
        try database { db in
            try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM log_entries")
                ?? 0
        }
    }

    public func logNodes(
        _ nodes: Set<MerkleTree.Node>
    ) throws(RegistryError) -> [MerkleTree.Node: MerkleTree.Hash] {
        return try database { db in try Self.logNodes(nodes, in: db) }
    }

    /// The hashes of complete subtrees, read at once in the caller's transaction.
    static func logNodes(
        _ nodes: Set<MerkleTree.Node>, in db: Database
    ) throws -> [MerkleTree.Node: MerkleTree.Hash] {
        guard !nodes.isEmpty else { return [:] }
        let wanted = nodes.sorted()
        let condition = Array(repeating: "(level = ? AND node_index = ?)", count: wanted.count)
            .joined(separator: " OR ")
        var arguments = StatementArguments()
        for node in wanted { arguments += [node.level, node.index] }
        let rows = try Row.fetchAll(
            db, sql: "SELECT level, node_index, hash FROM log_nodes WHERE " + condition,
            arguments: arguments)
        var found: [MerkleTree.Node: MerkleTree.Hash] = [:]
        for row in rows {
            let hash: Data = row["hash"]
            found[MerkleTree.Node(level: row["level"], index: row["node_index"])] = Array(hash)
        }
        return found
    }

    public func logEntries(from start: Int, to end: Int) throws(RegistryError) -> [[UInt8]] {
        try database { db in
            try Data.fetchAll(
                db,
                sql: """
                    SELECT entry FROM log_entries WHERE leaf_index >= ? AND leaf_index < ?
                    ORDER BY leaf_index
                    """,
                arguments: [start, end]
            ).map { Array($0) }
        }
    }

    public func logLeafIndex(entryID: String) throws(RegistryError) -> Int? {
        try database { db in
            try Int.fetchOne(
                db, sql: "SELECT leaf_index FROM log_entries WHERE entry_id = ?",
                arguments: [entryID])
        }
    }

    public func saveLogCheckpoint(
        size: Int, root: MerkleTree.Hash, bytes: [UInt8], madeAt: BundleTimestamp
    ) throws(RegistryError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO log_checkpoints (tree_size, root_hash, checkpoint, made_at)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (tree_size) DO UPDATE
                    SET checkpoint = excluded.checkpoint, made_at = excluded.made_at
                    WHERE log_checkpoints.root_hash = excluded.root_hash
                    """,
                arguments: [size, Data(root), Data(bytes), madeAt.description])
        }
    }

    public func latestLogCheckpoint() throws(RegistryError) -> (
        bytes: [UInt8], madeAt: BundleTimestamp
    )? {
        let row = try database { db in
            try Row.fetchOne(
                db,
                sql:
                    "SELECT checkpoint, made_at FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1"
            )
        }
        guard let row else { return nil }
        let bytes: Data = row["checkpoint"]
        let madeAt: String = row["made_at"]
        return (Array(bytes), BundleTimestamp(madeAt) ?? .earliest)
    }
}

/// A complete subtree the log should hold and does not: the tables were changed by hand.
struct LogGap: Error, CustomStringConvertible {
    var node: MerkleTree.Node
    var description: String {
        "the log holds no hash of the subtree at level \(node.level), index \(node.index)"
    }
}

extension SQLiteRegistryStore {
    /// For `make bench` (`selfassess-logbench`): appends `count` generated entries, leaves
    /// `start ..< start + count`, in one transaction, each with the minimal submission row its
    /// entry names (an accepted bundle whose SHA-256 is the leaf index, in hexadecimal).
    package func appendGeneratedLogEntries(from start: Int, count: Int) throws(RegistryError) {
        let receivedAt = BundleTimestamp("2026-03-31T12:00:00Z") ?? .earliest
        let keyring = String(repeating: "0", count: 64)
        try write { db in
            for index in start..<(start + count) {
                let hex = String(index, radix: 16)
                let receipt = RegistryReceipt(
                    entryID: "bench-\(index)",
                    bundleSHA256: String(repeating: "0", count: 64 - hex.count) + hex,
                    manifestSHA256: nil, signatory: "signatory-\(index % 5000)", year: 2025,
                    sequence: 1, receivedAt: receivedAt, outcome: .accepted, code: nil,
                    reason: nil, onTime: true, keyringSHA256: keyring, keyringSerial: 1)
                try db.execute(
                    sql: """
                        INSERT INTO submissions (entry_id, bundle_sha256, received_at, outcome,
                            keyring_sha256, body_stored)
                        VALUES (?, ?, ?, 'accepted', ?, FALSE)
                        """,
                    arguments: [
                        receipt.entryID, receipt.bundleSHA256, receivedAt.description, keyring,
                    ])
                try Self.appendToLog(receipt, in: db)
            }
        }
    }
}
