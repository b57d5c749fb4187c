/// The registry's schema on PostgreSQL: ``RegistrySchema``'s migrations, under the same names and
/// in the same order, with PostgreSQL's types (`BIGINT` for SQLite's `INTEGER`, `BYTEA` for
/// `BLOB`).
///
/// Each migration is a list of statements, applied in one transaction with its name recorded in
/// `registry_migrations`; a migration, once released, is never edited.
enum PostgresSchema {
    /// The table that records the migrations applied.
    static let migrationsTable = "registry_migrations"

    /// The key of the transaction-scoped advisory lock under which migrations are checked and
    /// applied, so that instances starting at once do not race ("SELFASSE" in ASCII).
    static let migrationLock: Int64 = 0x5345_4C46_4153_5345

    /// The migrations, in order: a name (as ``RegistrySchema/names``) and its statements.
    static let migrations: [(name: String, statements: [String])] = [
        (
            RegistrySchema.names[0],
            [
                """
                CREATE TABLE submissions (
                    entry_id        TEXT PRIMARY KEY NOT NULL,
                    bundle_sha256   TEXT NOT NULL UNIQUE,
                    manifest_sha256 TEXT,
                    signatory       TEXT,
                    year            BIGINT,
                    sequence        BIGINT,
                    received_at     TEXT NOT NULL,
                    outcome         TEXT NOT NULL CHECK (outcome IN ('accepted', 'refused')),
                    code            TEXT,
                    reason          TEXT,
                    on_time         BOOLEAN,
                    keyring_sha256  TEXT NOT NULL,
                    body_stored     BOOLEAN NOT NULL
                )
                """,
                "CREATE INDEX submissions_signatory_year ON submissions (signatory, year)",
                """
                CREATE TABLE receipts (
                    entry_id  TEXT PRIMARY KEY NOT NULL REFERENCES submissions (entry_id),
                    receipt   BYTEA NOT NULL,
                    signature BYTEA NOT NULL
                )
                """,
            ]
        ),
        (RegistrySchema.names[1], RegistrySchema.keyringsStatements(bytes: "BYTEA")),
        (RegistrySchema.names[2], RegistrySchema.deadlinesStatements),
        (RegistrySchema.names[3], RegistrySchema.supersessionStatements),
        (AccessSchema.name, AccessSchema.statements),
        (LogSchema.name, LogSchema.statements(bytes: "BYTEA")),
        (DecisionSchema.name, DecisionSchema.postgres),
    ]

    /// Creates the migrations table when missing.
    static let createMigrationsTable = """
        CREATE TABLE IF NOT EXISTS registry_migrations (
            name       TEXT PRIMARY KEY NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """
}
