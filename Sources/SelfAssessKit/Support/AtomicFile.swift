public import Foundation

/// Writes files so that a reader sees either the old content or the new, never a part: the data
/// goes to a temporary file in the same folder, which is then renamed over the target.
public enum AtomicFile {
    /// Writes data atomically.
    ///
    /// - Parameters:
    ///   - data: The content.
    ///   - url: The target file.
    ///   - createFolders: Whether to create missing parent folders.
    ///   - permissions: The file mode, if not the default.
    /// - Throws: ``FileWriteFailure`` naming the reason.
    public static func write(
        _ data: Data, to url: URL, createFolders: Bool = false, permissions: Int? = nil
    ) throws(FileWriteFailure) {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        if createFolders {
            do { try manager.createDirectory(at: folder, withIntermediateDirectories: true) } catch
            {
                throw FileWriteFailure(reason: AssessmentInitializer.reason(error))
            }
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(UUID().uuidString.prefix(8))")
        var attributes: [FileAttributeKey: Any]?
        if let permissions { attributes = [.posixPermissions: permissions] }
        guard manager.createFile(atPath: temporary.path, contents: data, attributes: attributes)
        else {
            var isFolder: ObjCBool = false
            let reason =
                manager.fileExists(atPath: folder.path, isDirectory: &isFolder)
                    && isFolder.boolValue
                ? "permission denied or disk full" : "no such folder \(folder.path)"
            throw FileWriteFailure(reason: reason)
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw FileWriteFailure(reason: reason)
        }
    }
}

/// Why a file could not be written.
public struct FileWriteFailure: Error, Equatable, CustomStringConvertible {
    /// The system's reason.
    public var reason: String
    public var description: String { reason }
}
