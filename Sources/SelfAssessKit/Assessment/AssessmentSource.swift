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
    /// A regular file larger than a bundle entry may be; its size comes from the file system,
    /// the file is not read.
    case tooLarge(size: Int, limit: Int)
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
    /// The largest evidence file, in bytes: a bundle entry's limit.
    public let maxEvidenceSize: Int

    /// Creates a source for a folder; `displayRoot` defaults to the folder's path.
    ///
    /// - Parameters:
    ///   - folder: The assessment folder.
    ///   - displayRoot: The folder as the user wrote it, for diagnostics.
    ///   - maxEvidenceSize: The largest evidence file, in bytes (a bundle entry's limit).
    public init(
        folder: URL, displayRoot: String? = nil,
        maxEvidenceSize: Int = BundleLimits.default.maxEntrySize
    ) {
        self.folder = folder
        self.maxEvidenceSize = maxEvidenceSize
        var root = displayRoot ?? folder.path
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.displayRoot = root
        folderPath = folder.path
        resolvedRoot = FileReader.realPath(folderPath) ?? folder.standardizedFileURL.path
    }

    public func displayName(of file: String) -> String {
        displayRoot == "." ? file : "\(displayRoot)/\(file)"
    }

    /// Reads a top-level file.
    ///
    /// A symbolic link is followed only when it leads to a file inside the folder, the rule
    /// evidence follows too: a file from elsewhere is never read (nor packed into a bundle).
    public func read(_ file: String, limits: YAMLLimits) -> Result<[UInt8], FileReadFailure> {
        let full = "\(folderPath)/\(file)"
        guard FileReader.entryKind(path: full) == .symbolicLink else {
            return FileReader.readRegularFile(
                URL(fileURLWithPath: full), maxSize: limits.maxFileSize)
        }
        guard let resolved = FileReader.realPath(full) else { return .failure(.notFound) }
        guard resolved.hasPrefix(resolvedRoot + "/") else { return .failure(.outsideFolder) }
        return FileReader.readRegularFile(
            URL(fileURLWithPath: resolved), maxSize: limits.maxFileSize)
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
        case .regular(let size):
            return size > maxEvidenceSize ? .tooLarge(size: size, limit: maxEvidenceSize) : .file
        case .directory: return .notRegularFile(kind: "a folder")
        case .other(let kind): return .notRegularFile(kind: kind)
        case .missing, .symbolicLink: return .missing(siblings: [])
        }
    }
}
