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

    public var description: String {
        switch self {
        case .notFound: "no such file"
        case .notRegularFile(let kind): "not a regular file (it is \(kind))"
        case .tooLarge(let size, let limit):
            "the file is \(ByteCount.describe(size)), over the \(ByteCount.describe(limit)) limit; it was not read"
        case .system(let message): message
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
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        return kind(of: info)
    }

    /// The absolute path with every symbolic link resolved, or nil when a component is missing.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func kind(of info: stat) -> EntryKind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: .regular(size: Int(info.st_size))
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        case S_IFIFO: .other("a named pipe")
        case S_IFSOCK: .other("a socket")
        case S_IFCHR, S_IFBLK: .other("a device")
        default: .other("an unknown kind of file")
        }
    }

    /// Reads a regular file whole, after checking (following links) that it is one and that it
    /// is no larger than `maxSize` bytes.
    public static func readRegularFile(_ url: URL, maxSize: Int) -> Result<[UInt8], FileReadFailure> {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            return .failure(errno == ENOENT ? .notFound : .system(String(cString: strerror(errno))))
        }
        switch kind(of: info) {
        case .regular(let size) where size > maxSize:
            return .failure(.tooLarge(size: size, limit: maxSize))
        case .regular:
            break
        case .directory:
            return .failure(.notRegularFile(kind: "a folder"))
        case .other(let kind):
            return .failure(.notRegularFile(kind: kind))
        case .symbolicLink, .missing:
            return .failure(.notFound)
        }
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxSize { return .failure(.tooLarge(size: bytes.count, limit: maxSize)) }
        }
        return .success(bytes)
    }
}

/// Human-readable byte counts.
public enum ByteCount {
    /// "812 bytes", "3.2 KiB", "8 MiB".
    public static func describe(_ count: Int) -> String {
        if count < 1024 { return "\(count) byte\(count == 1 ? "" : "s")" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(count) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[unit])"
    }
}
