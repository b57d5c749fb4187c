/// The `v3-analyst-tokens` migration: the analysts' tokens and the read API's index.
///
/// It holds the bearer tokens (their SHA-256 only) and the index the read API lists submissions
/// by, newest first: the same statements on both backends (`TEXT`, a partial unique index),
/// appended after every earlier migration.
enum AccessSchema {
    /// The migration's name.
    static let name = "v3-analyst-tokens"

    /// Its statements, in order.
    static let statements = [
        """
        CREATE TABLE api_tokens (
            token_sha256 TEXT PRIMARY KEY NOT NULL,
            name         TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            last_used_at TEXT,
            revoked_at   TEXT
        )
        """,
        "CREATE UNIQUE INDEX api_tokens_active_name ON api_tokens (name) WHERE revoked_at IS NULL",
        "CREATE INDEX submissions_received ON submissions (received_at, entry_id)",
    ]
}
