internal import PostgresNIO
public import SelfAssessKit

extension PostgresRegistryStore: RegistryAccessStore {
    public func addToken(
        name: String, sha256: String, at time: BundleTimestamp
    ) throws(RegistryError) -> Bool {
        try connections.withConnection { connection in
            // The partial unique index on active names is the arbiter between instances.
            let inserted = try connection.run(
                """
                INSERT INTO api_tokens (token_sha256, name, created_at)
                VALUES (\(sha256), \(name), \(time.description))
                ON CONFLICT DO NOTHING
                """)
            return inserted.metadata.rows == 1
        }
    }

    public func tokens() throws(RegistryError) -> [RegistryToken] {
        try connections.withConnection { connection in
            let rows = try connection.run(
                """
                SELECT name, created_at, last_used_at, revoked_at FROM api_tokens
                ORDER BY name COLLATE "C", created_at COLLATE "C"
                """)
            return try rows.map { row in
                let (name, created, used, revoked) = try row.decode(
                    (String, String, String?, String?).self)
                return RegistryToken(
                    name: name, createdAt: BundleTimestamp(created) ?? .earliest,
                    lastUsedAt: used.flatMap(BundleTimestamp.init),
                    revokedAt: revoked.flatMap(BundleTimestamp.init))
            }
        }
    }

    public func revokeToken(name: String, at time: BundleTimestamp) throws(RegistryError) -> Bool {
        try connections.withConnection { connection in
            let updated = try connection.run(
                """
                UPDATE api_tokens SET revoked_at = \(time.description)
                WHERE name = \(name) AND revoked_at IS NULL
                """)
            return (updated.metadata.rows ?? 0) > 0
        }
    }

    public func activeTokenHashes() throws(RegistryError) -> [(name: String, sha256: String)] {
        try connections.withConnection { connection in
            try connection.run(
                "SELECT name, token_sha256 FROM api_tokens WHERE revoked_at IS NULL"
            ).map { row in
                let (name, sha256) = try row.decode((String, String).self)
                return (name: name, sha256: sha256)
            }
        }
    }

    public func markTokenUsed(sha256: String, at time: BundleTimestamp) throws(RegistryError) {
        try connections.withConnection { connection in
            try connection.run(
                """
                UPDATE api_tokens SET last_used_at = \(time.description)
                WHERE token_sha256 = \(sha256)
                    AND (last_used_at IS NULL OR last_used_at COLLATE "C" < \(time.description))
                """)
        }
    }

    public func submissions(_ query: SubmissionQuery) throws(RegistryError) -> [RegistryEntry] {
        var binds = PostgresBindings()
        var conditions: [String] = []
        if let year = query.year {
            binds.append(year)
            conditions.append("s.year = $\(binds.count)")
        }
        if let signatory = query.signatory {
            binds.append(signatory)
            conditions.append("s.signatory = $\(binds.count)")
        }
        if let outcome = query.outcome {
            binds.append(outcome.rawValue)
            conditions.append("s.outcome = $\(binds.count)")
        }
        if let after = query.after {
            binds.append(after)
            conditions.append(
                """
                (s.received_at COLLATE "C", s.entry_id COLLATE "C") < (
                    SELECT received_at COLLATE "C", entry_id COLLATE "C" FROM submissions
                    WHERE entry_id = $\(binds.count))
                """)
        }
        binds.append(max(0, query.limit))
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql =
            Self.selectEntrySQL + filter
            + " ORDER BY s.received_at COLLATE \"C\" DESC, s.entry_id COLLATE \"C\" DESC"
            + " LIMIT $\(binds.count)"
        let rows = try connections.withConnection { connection in
            try connection.run(PostgresQuery(unsafeSQL: sql, binds: binds)).map(Self.columns)
        }
        var entries: [RegistryEntry] = []
        for row in rows { entries.append(try entry(from: row)) }
        return entries
    }

    public func entry(id: String) throws(RegistryError) -> RegistryEntry? {
        var binds = PostgresBindings()
        binds.append(id)
        let rows = try connections.withConnection { connection in
            try connection.run(
                PostgresQuery(
                    unsafeSQL: Self.selectEntrySQL + " WHERE s.entry_id = $1", binds: binds)
            ).map(Self.columns)
        }
        return try rows.first.map { row throws(RegistryError) in try entry(from: row) }
    }
}
