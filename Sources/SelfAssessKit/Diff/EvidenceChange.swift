/// A change in the evidence an answer cites, detected by path and SHA-256 of the content.
enum EvidenceChange: Sendable, Equatable {
    /// A path cited now and not before.
    case added(path: String, sha256: String?)
    /// A path cited before and not now.
    case removed(path: String, sha256: String?)
    /// The same path with different content.
    case changed(path: String, oldSHA256: String?, newSHA256: String?)
    /// The same content under a new path.
    case renamed(from: String, to: String, sha256: String?)

    /// A stable identifier for machines.
    var code: String {
        switch self {
        case .added: "added"
        case .removed: "removed"
        case .changed: "changed"
        case .renamed: "renamed"
        }
    }

    /// The path the change is about (the new path for a rename).
    var path: String {
        switch self {
        case .added(let path, _), .removed(let path, _), .changed(let path, _, _): path
        case .renamed(_, let to, _): to
        }
    }

    /// The change as a short phrase: `+ evidence/a.md`, `~ evidence/b.md`, `evidence/c.md → evidence/d.md`.
    var summary: String {
        switch self {
        case .added(let path, _): "+ \(path)"
        case .removed(let path, _): "- \(path)"
        case .changed(let path, _, _): "~ \(path)"
        case .renamed(let from, let to, _): "\(from) → \(to)"
        }
    }
}
