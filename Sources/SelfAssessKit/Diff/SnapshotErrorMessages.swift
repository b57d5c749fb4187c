/// The wordings of ``SnapshotError``: why an assessment could not be read for a comparison.
enum SnapshotErrorMessages: String, MessageCatalog {
    case unreadableEvidence = "snapshot.unreadable-evidence"

    var english: String {
        switch self {
        case .unreadableEvidence: "{file}: cannot read evidence: {reason}"
        }
    }

    var chinese: String? {
        switch self {
        case .unreadableEvidence: "{file}：无法读取证据：{reason}"
        }
    }
}

extension SnapshotError: WordedError {
    /// The message as a catalog wording.
    public var wording: Diagnostic.Message {
        switch self {
        case .unreadableEvidence(let file, let reason):
            Diagnostic.Message(
                SnapshotErrorMessages.unreadableEvidence,
                ["file": .text(file), "reason": .text(reason)])
        }
    }
}
