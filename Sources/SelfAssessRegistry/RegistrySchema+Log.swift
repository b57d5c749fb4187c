/// The `v4-log` migration: the transparency log (docs/transparency.md).
///
/// `log_entries` holds each leaf's canonical JSON (``LogEntry``) by leaf index, one per
/// submission; `log_nodes` holds the hash of every complete subtree (``MerkleTree/Node``; level 0
/// is the leaves), so that an append writes at most log₂(n)+1 rows and a proof reads O(log n).
/// `log_checkpoints` keeps every signed checkpoint the registry made. The same statements on
/// both backends, with the backend's type for bytes; appended after every earlier migration.
enum LogSchema {
    /// The migration's name.
    static let name = "v4-log"

    /// Its statements, in order.
    static func statements(bytes: String) -> [String] {
        [
            """
            CREATE TABLE log_entries (
                leaf_index BIGINT PRIMARY KEY NOT NULL,
                entry_id   TEXT NOT NULL UNIQUE REFERENCES submissions (entry_id),
                entry      \(bytes) NOT NULL
            )
            """,
            """
            CREATE TABLE log_nodes (
                level      INTEGER NOT NULL,
                node_index BIGINT NOT NULL,
                hash       \(bytes) NOT NULL,
                PRIMARY KEY (level, node_index)
            )
            """,
            """
            CREATE TABLE log_checkpoints (
                tree_size  BIGINT PRIMARY KEY NOT NULL,
                root_hash  \(bytes) NOT NULL,
                checkpoint \(bytes) NOT NULL,
                made_at    TEXT NOT NULL
            )
            """,
        ]
    }
}
