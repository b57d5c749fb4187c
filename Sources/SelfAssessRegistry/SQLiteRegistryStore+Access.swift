internal import GRDB
public import SelfAssessKit

extension SQLiteRegistryStore: RegistryAccessStore {
    public func addToken(
        name: String, sha256: String, at time: BundleTimestamp
    ) throws(RegistryError) -> Bool {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO api_tokens (token_sha256, name, created_at)
                    SELECT ?, ?, ?
                    WHERE NOT EXISTS (
                        SELECT 1 FROM api_tokens WHERE name = ? AND revoked_at IS NULL)
                    """,
                arguments: [sha256, name, time.description, name])
            return db.changesCount == 1
        }
    }

    public func tokens() throws(RegistryError) -> [RegistryToken] {
        let rows = try database { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT name, created_at, last_used_at, revoked_at FROM api_tokens
                    ORDER BY name, created_at
                    """)
        }
        return rows.map { row in
            RegistryToken(
                name: row["name"],
                createdAt: BundleTimestamp(row["created_at"] as String) ?? .earliest,
                lastUsedAt: (row["last_used_at"] as String?).flatMap(BundleTimestamp.init),
                revokedAt: (row["revoked_at"] as String?).flatMap(BundleTimestamp.init))
        }
    }

    public func revokeToken(name: String, at time: BundleTimestamp) throws(RegistryError) -> Bool {
        try write { db in
            try db.execute(
                sql: "UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                arguments: [time.description, name])
            return db.changesCount > 0
        }
    }

    public func activeTokenHashes() throws(RegistryError) -> [(name: String, sha256: String)] {
        let rows = try database { db in
            try Row.fetchAll(
                db, sql: "SELECT name, token_sha256 FROM api_tokens WHERE revoked_at IS NULL")
        }
        return rows.map { (name: $0["name"], sha256: $0["token_sha256"]) }
    }

    public func markTokenUsed(sha256: String, at time: BundleTimestamp) throws(RegistryError) {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE api_tokens SET last_used_at = ?
                    WHERE token_sha256 = ? AND (last_used_at IS NULL OR last_used_at < ?)
                    """,
                arguments: [time.description, sha256, time.description])
        }
    }

    public func submissions(_ query: SubmissionQuery) throws(RegistryError) -> [RegistryEntry] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let year = query.year {
            conditions.append("s.year = ?")
            arguments.append(year)
        }
        if let signatory = query.signatory {
            conditions.append("s.signatory = ?")
            arguments.append(signatory)
        }
        if let outcome = query.outcome {
            conditions.append("s.outcome = ?")
            arguments.append(outcome.rawValue)
        }
        if let after = query.after {
            conditions.append(
                """
                (s.received_at, s.entry_id) < (
                    SELECT received_at, entry_id FROM submissions WHERE entry_id = ?)
                """)
            arguments.append(after)
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        arguments.append(max(0, query.limit))
        let sql =
            Self.selectEntry + filter + " ORDER BY s.received_at DESC, s.entry_id DESC LIMIT ?"
        let rows = try database { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
        }
        var entries: [RegistryEntry] = []
        for row in rows { entries.append(try entry(from: row)) }
        return entries
    }

    public func entry(id: String) throws(RegistryError) -> RegistryEntry? {
        let row = try database { db in
            try Row.fetchOne(db, sql: Self.selectEntry + " WHERE s.entry_id = ?", arguments: [id])
        }
        return try row.map { row throws(RegistryError) in try entry(from: row) }
    }
}
