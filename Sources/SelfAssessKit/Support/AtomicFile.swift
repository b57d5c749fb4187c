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
    /// - Throws: ``FileWriteFailure`` naming the reason; a refusal (``FileWriteFailure/isRefusal``)
    ///   before anything is written when the target exists and is not a regular file or a
    ///   symbolic link to one (a device, a named pipe, a folder).
    public static func write(
        _ data: Data, to url: URL, createFolders: Bool = false, permissions: Int? = nil
    ) throws(FileWriteFailure) {
        if let refusal = OutputTarget.refusal(at: url.path) {
            throw FileWriteFailure(reason: refusal, isRefusal: true)
        }
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
        // Checked again just before the rename, in case the target changed meanwhile.
        if let refusal = OutputTarget.refusal(at: url.path) {
            unlink(temporary.path)
            throw FileWriteFailure(reason: refusal, isRefusal: true)
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
    /// The system's reason, or the refusal.
    public var reason: String
    /// Whether the target was refused (it is not a regular file) rather than the system failing
    /// to write: a refusal, exit code 1, not an I/O failure.
    public var isRefusal: Bool

    /// A failure.
    public init(reason: String, isRefusal: Bool = false) {
        self.reason = reason
        self.isRefusal = isRefusal
    }

    public var description: String { reason }
}
