/// Why an assessment's evidence could not be read for a snapshot.
public enum SnapshotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A cited evidence file could not be read; `file` is its display name.
    case unreadableEvidence(file: String, reason: String)

    /// The message, in English (the wordings are in ``SnapshotErrorMessages``).
    public var description: String { wording.text(in: .english) }
}
