public import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

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
                throw FileWriteFailure(reason: FileReader.systemError(error))
            }
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(UUID().uuidString.prefix(8))")
        TemporaryFiles.shared.register(temporary)
        defer { TemporaryFiles.shared.unregister(temporary) }
        if let failure = create(temporary, with: data, permissions: permissions) {
            throw FileWriteFailure(
                reason: failure == ENOENT
                    ? "no such folder \(folder.path)" : String(cString: strerror(failure)))
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = FileReader.systemError()
            unlink(temporary.path)
            throw FileWriteFailure(reason: reason)
        }
    }

    /// Creates a new file holding the data, with the mode given (else 0666 less the umask); a
    /// file that could not be written whole is removed.
    ///
    /// - Returns: The `errno` of the first failure, or nil.
    private static func create(_ url: URL, with data: Data, permissions: Int?) -> Int32? {
        let descriptor = open(
            url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
            mode_t(permissions ?? 0o666))
        guard descriptor >= 0 else { return errno }
        var failure: Int32?
        if let permissions, fchmod(descriptor, mode_t(permissions)) != 0 { failure = errno }
        if failure == nil { failure = writeAll([UInt8](data), to: descriptor) }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure != nil { unlink(url.path) }
        return failure
    }
}

/// Writes every byte to a descriptor, retrying when interrupted.
///
/// - Returns: The `errno` of a failure, or nil. (A free function, so that `write` is the
///   system's and not ``AtomicFile/write(_:to:createFolders:permissions:)``.)
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var written = 0
    while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes {
            write(descriptor, $0.baseAddress, $0.count)
        }
        if count < 0 {
            if errno != EINTR { return errno }
        } else {
            written += count
        }
    }
    return nil
}

/// Why a file could not be written.
public struct FileWriteFailure: Error, Equatable, CustomStringConvertible {
    /// The system's reason.
    public var reason: String
    public var description: String { reason }
}
