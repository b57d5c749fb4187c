internal import Foundation
internal import PostgresNIO
public import SelfAssessKit

extension PostgresRegistryStore {
    /// The key of the transaction-scoped advisory lock under which an entry is appended, so that
    /// instances append one after the other and leaf indexes have no gaps ("SATLOGAP" in ASCII).
    static let logLock: Int64 = 0x5341_544C_4F47_4150

    /// Appends a receipt's ``LogEntry`` to the log, in the caller's transaction, under
    /// ``logLock``: the leaf and the complete subtrees it completes.
    ///
    /// - Returns: The new leaf's index.
    @discardableResult
    static func appendToLog(
        _ receipt: RegistryReceipt, on connection: PostgresConnection
    ) throws -> Int {
        let bytes = try LogEntry(receipt: receipt).canonicalBytes()
        try connection.run("SELECT pg_advisory_xact_lock(\(logLock))")
        let index =
            try connection.run("SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM log_entries").first?
            .decode(Int.self) ?? 0
        try connection.run(
            """
            INSERT INTO log_entries (leaf_index, entry_id, entry)
            VALUES (\(index), \(receipt.entryID), \(ByteBuffer(bytes: bytes)))
            """)
        let made = try MerkleTree.appendedNodes(
            leaf: index, leafHash: MerkleTree.leafHash(bytes)
        ) { node in
            let row = try connection.run(
                "SELECT hash FROM log_nodes WHERE level = \(node.level) AND node_index = \(node.index)"
            ).first
            guard let row else { throw LogGap(node: node) }
            return Array(try row.decode(ByteBuffer.self).readableBytesView)
        }
        for (node, hash) in made {
            try connection.run(
                """
                INSERT INTO log_nodes (level, node_index, hash)
                VALUES (\(node.level), \(node.index), \(ByteBuffer(bytes: hash)))
                """)
        }
        return index
    }

    /// Appends the submissions recorded before the log existed, in the order received (run in
    /// the migration's transaction that creates the log).
    static func catchUpLog(on connection: PostgresConnection) throws {
        let rows = try connection.run(
            """
            SELECT r.receipt FROM submissions s JOIN receipts r ON r.entry_id = s.entry_id
            WHERE NOT EXISTS (SELECT 1 FROM log_entries l WHERE l.entry_id = s.entry_id)
            ORDER BY s.received_at COLLATE "C", s.entry_id COLLATE "C"
            """)
        for row in rows {
            let bytes = Array(try row.decode(ByteBuffer.self).readableBytesView)
            try appendToLog(RegistryReceipt.parse(bytes, file: "receipt"), on: connection)
        }
    }

    public func logSize() throws(RegistryError) -> Int {
        try connections.withConnection { connection in
            try connection.run("SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM log_entries").first?
                .decode(Int.self) ?? 0
        }
    }

    public func logNodes(
        _ nodes: Set<MerkleTree.Node>
    ) throws(RegistryError) -> [MerkleTree.Node: MerkleTree.Hash] {
        return try connections.withConnection { connection in
            try Self.logNodes(nodes, on: connection)
        }
    }

    /// The hashes of complete subtrees, read at once on the caller's connection.
    static func logNodes(
        _ nodes: Set<MerkleTree.Node>, on connection: PostgresConnection
    ) throws -> [MerkleTree.Node: MerkleTree.Hash] {
        guard !nodes.isEmpty else { return [:] }
        let wanted = nodes.sorted()
        var binds = PostgresBindings()
        var conditions: [String] = []
        for node in wanted {
            binds.append(node.level)
            binds.append(node.index)
            conditions.append("(level = $\(binds.count - 1) AND node_index = $\(binds.count))")
        }
        let query = PostgresQuery(
            unsafeSQL: "SELECT level, node_index, hash FROM log_nodes WHERE "
                + conditions.joined(separator: " OR "), binds: binds)
        let rows = try connection.run(query).map { row in
            let (level, index, hash) = try row.decode((Int, Int, ByteBuffer).self)
            return (MerkleTree.Node(level: level, index: index), Array(hash.readableBytesView))
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    public func logEntries(from start: Int, to end: Int) throws(RegistryError) -> [[UInt8]] {
        try connections.withConnection { connection in
            try connection.run(
                """
                SELECT entry FROM log_entries WHERE leaf_index >= \(start) AND leaf_index < \(end)
                ORDER BY leaf_index
                """
            ).map { Array(try $0.decode(ByteBuffer.self).readableBytesView) }
        }
    }

    public func logLeafIndex(entryID: String) throws(RegistryError) -> Int? {
        try connections.withConnection { connection in
            try connection.run(
                "SELECT leaf_index FROM log_entries WHERE entry_id = \(entryID)"
            ).first?.decode(Int.self)
        }
    }

    public func saveLogCheckpoint(
        size: Int, root: MerkleTree.Hash, bytes: [UInt8], madeAt: BundleTimestamp
    ) throws(RegistryError) {
        try connections.withConnection { connection in
            try connection.run(
                """
                INSERT INTO log_checkpoints (tree_size, root_hash, checkpoint, made_at)
                VALUES (\(size), \(ByteBuffer(bytes: root)), \(ByteBuffer(bytes: bytes)),
                    \(madeAt.description))
                ON CONFLICT (tree_size) DO UPDATE
                SET checkpoint = excluded.checkpoint, made_at = excluded.made_at
                WHERE log_checkpoints.root_hash = excluded.root_hash
                """)
        }
    }

    public func latestLogCheckpoint() throws(RegistryError) -> (
        bytes: [UInt8], madeAt: BundleTimestamp
    )? {
        try connections.withConnection { connection in
            guard
                let row = try connection.run(
                    "SELECT checkpoint, made_at FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1"
                ).first
            else { return nil }
            let (bytes, madeAt) = try row.decode((ByteBuffer, String).self)
            return (Array(bytes.readableBytesView), BundleTimestamp(madeAt) ?? .earliest)
        }
    }
}
