public import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Why a file could not be read.
public enum FileReadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing exists at the path.
    case notFound
    /// The path is a folder, pipe, device or socket.
    case notRegularFile(kind: String)
    /// The file is larger than the limit.
    case tooLarge(size: Int, limit: Int)
    /// The system refused to read it; the payload is the system's message.
    case system(String)
    /// A symbolic link leading outside the folder the file must be in; it was not followed.
    case outsideFolder

    public var description: String {
        switch self {
        case .notFound: "no such file"
        case .notRegularFile(let kind): "not a regular file (it is \(kind))"
        case .tooLarge(let size, let limit):
            "the file is \(ByteCount.describe(size, beside: limit)), over the \(ByteCount.describe(limit)) limit; it was not read"
        case .system(let message): message
        case .outsideFolder:
            "a symbolic link to a file outside the assessment folder; it was not read"
        }
    }
}

/// Reads whole regular files after checking their type and size, without following them into
/// pipes or devices.
public enum FileReader {
    /// The kind of a file-system entry, read without following a final symbolic link.
    public enum EntryKind: Equatable, Sendable {
        case regular(size: Int)
        case directory
        case symbolicLink
        case other(String)
        case missing
    }

    /// Describes the entry at a path without following a symbolic link.
    public static func entryKind(_ url: URL) -> EntryKind {
        entryKind(path: url.path)
    }

    /// Describes the entry at a path without following a symbolic link.
    public static func entryKind(path: String) -> EntryKind {
        FileStatus.of(path: path, followingLinks: false)?.kind ?? .missing
    }

    /// The absolute path with every symbolic link resolved, or nil when a component is missing.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The system's message for the current `errno`.
    package static func systemError() -> String {
        String(cString: strerror(errno))
    }

    /// The system's message for an error thrown by Foundation or by a library over it: the
    /// `strerror` text of the POSIX error inside (`Permission denied`), never Foundation's
    /// description with its domain, code and user info.
    ///
    /// - Parameter error: The error.
    /// - Returns: The reason in words.
    package static func systemError(_ error: any Error) -> String {
        if let error = error as? POSIXError {
            return String(cString: strerror(error.code.rawValue))
        }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(nsError.code)))
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
            let inner = underlying as NSError
            if inner.domain == NSPOSIXErrorDomain {
                return String(cString: strerror(Int32(inner.code)))
            }
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileWriteNoPermission, .fileReadNoPermission:
                return String(cString: strerror(EACCES))
            case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
            case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
            case .fileWriteFileExists: return String(cString: strerror(EEXIST))
            case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
            default: break
            }
        }
        return String(describing: error)
    }

    /// Opens a regular file for reading without blocking on pipes or devices, and describes it from
    /// the open descriptor (so the checks apply to the bytes read).
    ///
    /// The caller closes the descriptor.
    package static func openRegularFile(
        _ path: String
    ) -> Result<(descriptor: Int32, status: FileStatus), FileReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(errno == ENOENT ? .notFound : .system(systemError()))
        }
        guard let status = FileStatus.of(descriptor: descriptor) else {
            let reason = systemError()
            close(descriptor)
            return .failure(.system(reason))
        }
        switch status.kind {
        case .regular:
            return .success((descriptor, status))
        case .directory:
            close(descriptor)
            return .failure(.notRegularFile(kind: "a folder"))
        case .other(let kind):
            close(descriptor)
            return .failure(.notRegularFile(kind: kind))
        case .symbolicLink, .missing:
            close(descriptor)
            return .failure(.notFound)
        }
    }

    /// Reads an open descriptor to its end in chunks, handing each to `consume`; stops with
    /// ``FileReadFailure/tooLarge(size:limit:)`` once more than `maxSize` bytes were read.
    package static func readChunks(
        _ descriptor: Int32, maxSize: Int = .max, chunkSize: Int = 1 << 16,
        _ consume: (UnsafeRawBufferPointer) -> Void
    ) -> Result<Int, FileReadFailure> {
        var chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
        var total = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(systemError()))
            }
            if count == 0 { return .success(total) }
            total += count
            if total > maxSize { return .failure(.tooLarge(size: total, limit: maxSize)) }
            chunk.withUnsafeBytes { consume(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    /// Reads a regular file whole, after checking (following links) that it is one and that it
    /// is no larger than `maxSize` bytes.
    public static func readRegularFile(_ url: URL, maxSize: Int) -> Result<[UInt8], FileReadFailure>
    {
        let opened: (descriptor: Int32, status: FileStatus)
        switch openRegularFile(url.path) {
        case .success(let value): opened = value
        case .failure(let failure): return .failure(failure)
        }
        defer { close(opened.descriptor) }
        if opened.status.size > maxSize {
            return .failure(.tooLarge(size: opened.status.size, limit: maxSize))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(opened.status.size)
        return readChunks(opened.descriptor, maxSize: maxSize) { bytes.append(contentsOf: $0) }.map
        { _ in bytes }
    }
}
