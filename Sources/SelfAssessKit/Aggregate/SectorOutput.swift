public import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Writes `aggregate`'s output folder so that it is never seen half-written: the files go into a
/// temporary folder beside the target, which is then renamed to it.
///
/// Into an existing folder that is not empty the files are written only when asked (`--force`), and
/// only once all of them are complete: each replaces its namesake, and the folder's other files are
/// kept.
public enum SectorOutput {
    /// Checks, before any work, that the output folder can be written: it does not exist, is an
    /// empty folder, or is a folder to write into with `force`.
    ///
    /// - Parameters:
    ///   - url: The output folder.
    ///   - displayName: Its name in messages.
    ///   - force: Whether the files may be written into a folder that is not empty.
    /// - Throws: ``AggregateError/outputExists(folder:)`` or ``AggregateError/outputNotFolder(path:)``.
    public static func check(_ url: URL, displayName: String, force: Bool) throws(AggregateError) {
        switch FileStatus.of(path: url.path, followingLinks: true)?.kind {
        case nil: return
        case .directory?:
            if !force, !isEmptyFolder(url) { throw .outputExists(folder: displayName) }
        default:
            throw .outputNotFolder(path: displayName)
        }
    }

    /// Writes the files into the output folder, atomically.
    ///
    /// - Parameters:
    ///   - files: File names (no folders) and contents.
    ///   - url: The output folder; its parent is created when missing.
    ///   - displayName: Its name in messages.
    ///   - force: Whether the files may be written into a folder that is not empty.
    /// - Throws: ``AggregateError``: `outputExists`, `outputNotFolder`, or `writeFailed` naming the
    ///   path and the system's reason.
    public static func write(
        _ files: [(name: String, content: String)], to url: URL, displayName: String, force: Bool
    ) throws(AggregateError) {
        try check(url, displayName: displayName, force: force)
        let parent = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(
                path: parent.path,
                reason: "the folder cannot be created: \(FileReader.systemError(error))")
        }
        let token = UUID().uuidString.prefix(8)
        let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).tmp-\(token)")
        TemporaryFiles.shared.register(temporary)
        defer { TemporaryFiles.shared.unregister(temporary) }
        guard mkdir(temporary.path, 0o755) == 0 else {
            throw .writeFailed(
                path: displayName,
                reason: "cannot create \(temporary.path): \(FileReader.systemError())")
        }
        var placed = false
        defer { if !placed { try? FileManager.default.removeItem(at: temporary) } }
        for file in files {
            let target = temporary.appendingPathComponent(file.name)
            do {
                try Data(file.content.utf8).write(to: target, options: .withoutOverwriting)
            } catch {
                throw .writeFailed(
                    path: join(displayName, file.name), reason: FileReader.systemError(error))
            }
        }
        try check(url, displayName: displayName, force: force)
        do {
            try FolderPlacement.place(temporary, at: url, displayName: displayName)
        } catch {
            throw .writeFailed(path: error.path, reason: error.reason)
        }
        placed = true
    }

    private static func isEmptyFolder(_ url: URL) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? ["?"]).isEmpty
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
