/// Why an assessment's evidence could not be read for a snapshot.
public enum SnapshotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A cited evidence file could not be read; `file` is its display name.
    case unreadableEvidence(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadableEvidence(let file, let reason): "\(file): cannot read evidence: \(reason)"
        }
    }
}
