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
    static let names = ["v1-submissions-and-receipts", AccessSchema.name]

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
        migrator.registerMigration(AccessSchema.name) { db in
            for statement in AccessSchema.statements { try db.execute(sql: statement) }
        }
        return migrator
    }
}
