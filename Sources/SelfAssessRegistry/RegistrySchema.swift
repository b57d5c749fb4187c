internal import GRDB

/// The registry's schema, as versioned migrations applied in order, each once (GRDB's
/// `DatabaseMigrator`, which records them in `grdb_migrations`).
///
/// A migration, once released, is never edited: a change is a new migration.
///
/// The SQL keeps to what PostgreSQL runs as well (text, integers, booleans, `ON CONFLICT`), so
/// the PostgreSQL store's migrations are these, with `BYTEA` for `BLOB`.
enum RegistrySchema {
    /// The migrations' names, in order.
    static let names = [
        "v1-submissions-and-receipts", "v2-keyrings", "v2-deadlines", "v2-supersession",
        AccessSchema.name, LogSchema.name, DecisionSchema.name,
    ]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(names[0]) { db in
            try db.execute(
                sql: """
                    CREATE TABLE submissions (
                        entry_id        TEXT PRIMARY KEY NOT NULL,
                        bundle_sha256   TEXT NOT NULL UNIQUE,
                        manifest_sha256 TEXT,
                        signatory       TEXT,
                        year            INTEGER,
                        sequence        INTEGER,
                        received_at     TEXT NOT NULL,
                        outcome         TEXT NOT NULL CHECK (outcome IN ('accepted', 'refused')),
                        code            TEXT,
                        reason          TEXT,
                        on_time         BOOLEAN,
                        keyring_sha256  TEXT NOT NULL,
                        body_stored     BOOLEAN NOT NULL
                    );
                    CREATE INDEX submissions_signatory_year ON submissions (signatory, year);
                    CREATE TABLE receipts (
                        entry_id  TEXT PRIMARY KEY NOT NULL REFERENCES submissions (entry_id),
                        receipt   BLOB NOT NULL,
                        signature BLOB NOT NULL
                    );
                    """)
        }
        migrator.registerMigration(names[1]) { db in
            for statement in keyringsStatements(bytes: "BLOB") {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration(names[2]) { db in
            for statement in deadlinesStatements { try db.execute(sql: statement) }
        }
        migrator.registerMigration(names[3]) { db in
            for statement in supersessionStatements { try db.execute(sql: statement) }
        }
        migrator.registerMigration(AccessSchema.name) { db in
            for statement in AccessSchema.statements { try db.execute(sql: statement) }
        }
        migrator.registerMigration(LogSchema.name) { db in
            for statement in LogSchema.statements(bytes: "BLOB") { try db.execute(sql: statement) }
            // The submissions recorded before the log existed, once, in the order received.
            try SQLiteRegistryStore.catchUpLog(in: db)
        }
        migrator.registerMigration(DecisionSchema.name) { db in
            for statement in DecisionSchema.sqlite { try db.execute(sql: statement) }
        }
        return migrator
    }

    /// `v2-supersession`: the bundle's creation time (what orders two bundles of one sequence)
    /// and the entry that superseded an accepted one; the superseded row stays.
    static let supersessionStatements = [
        "ALTER TABLE submissions ADD COLUMN created_at TEXT",
        "ALTER TABLE submissions ADD COLUMN superseded_by TEXT REFERENCES submissions (entry_id)",
    ]

    /// `v2-deadlines`: the due date each submission's `on_time` was judged against (null for
    /// submissions made before, and where the year is not known).
    static let deadlinesStatements = ["ALTER TABLE submissions ADD COLUMN due TEXT"]

    /// `v2-keyrings`: the keyrings the registry imported, by serial, and the serial each
    /// submission was checked against (null for submissions made before).
    static func keyringsStatements(bytes: String) -> [String] {
        [
            """
            CREATE TABLE keyrings (
                serial      BIGINT PRIMARY KEY NOT NULL,
                sha256      TEXT NOT NULL,
                keyring     \(bytes) NOT NULL,
                signature   \(bytes) NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
            "ALTER TABLE submissions ADD COLUMN keyring_serial BIGINT",
        ]
    }
}
