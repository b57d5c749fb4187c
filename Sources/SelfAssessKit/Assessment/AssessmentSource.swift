public import Foundation

/// Where an assessment's files come from: a folder on disk, or a bundle's entries in memory.
public protocol AssessmentSource: Sendable {
    /// How the assessment's files are named in diagnostics: `acme-2025/article-2.yaml`.
    func displayName(of file: String) -> String
    /// The bytes of a top-level file such as `assessment.yaml`.
    func read(_ file: String, limits: YAMLLimits) -> Result<[UInt8], FileReadFailure>
    /// The names of the top-level files (not folders).
    func topLevelFiles() -> [String]
    /// What a cited evidence path leads to.
    func evidence(_ path: String) -> EvidenceStatus
}

/// What a cited evidence path leads to.
public enum EvidenceStatus: Sendable, Equatable {
    /// A regular file inside the assessment.
    case file
    /// Nothing; the payload names files in the same folder, for a did-you-mean hint.
    case missing(siblings: [String])
    /// Something that is not a regular file ("a folder").
    case notRegularFile(kind: String)
    /// A symbolic link (or a chain) leading outside the assessment folder.
    case escapes
}

/// An assessment folder on disk.
public struct FolderSource: AssessmentSource {
    /// The folder.
    public let folder: URL
    /// The folder's path as the user gave it, for diagnostics.
    public let displayRoot: String
    /// The folder's path with symbolic links resolved, which evidence must stay under.
    private let resolvedRoot: String
    /// The folder's path as given.
    private let folderPath: String

    /// Creates a source for a folder; `displayRoot` defaults to the folder's path.
    public init(folder: URL, displayRoot: String? = nil) {
        self.folder = folder
        var root = displayRoot ?? folder.path
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.displayRoot = root
        folderPath = folder.path
        resolvedRoot = FileReader.realPath(folderPath) ?? folder.standardizedFileURL.path
    }

    public func displayName(of file: String) -> String {
        displayRoot == "." ? file : "\(displayRoot)/\(file)"
    }

    public func read(_ file: String, limits: YAMLLimits) -> Result<[UInt8], FileReadFailure> {
        FileReader.readRegularFile(folder.appendingPathComponent(file), maxSize: limits.maxFileSize)
    }

    public func topLevelFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? []
        return names.filter { FileReader.entryKind(path: "\(folderPath)/\($0)") != .directory }
            .sorted()
    }

    public func evidence(_ path: String) -> EvidenceStatus {
        let full = "\(folderPath)/\(path)"
        guard let resolved = FileReader.realPath(full) else {
            if FileReader.entryKind(path: full) == .symbolicLink { return .missing(siblings: []) }
            let parent = (full as NSString).deletingLastPathComponent
            let siblings = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
            return .missing(siblings: siblings.sorted())
        }
        guard resolved.hasPrefix(resolvedRoot + "/") else { return .escapes }
        switch FileReader.entryKind(path: resolved) {
        case .regular: return .file
        case .directory: return .notRegularFile(kind: "a folder")
        case .other(let kind): return .notRegularFile(kind: kind)
        case .missing, .symbolicLink: return .missing(siblings: [])
        }
    }
}
