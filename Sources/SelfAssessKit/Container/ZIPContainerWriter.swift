public import Foundation
@preconcurrency internal import ZIPFoundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Writes a deterministic ZIP container: stored entries only, sorted by the UTF-8 bytes of their
/// paths, no directory entries, every entry dated 1980-01-01 00:00:00 with permissions 0644, no
/// extra fields.
///
/// The same entries give the same bytes.
///
/// The archive is written to a temporary file next to the target, flushed to disk and renamed
/// over it, so an interrupted run leaves no partial container.
public enum ZIPContainerWriter {
    /// One file to pack.
    public struct Entry: Sendable, Equatable {
        /// Where an entry's bytes come from.
        public enum Content: Sendable, Equatable {
            /// Bytes in memory.
            case bytes([UInt8])
            /// A regular file, streamed; it must not change while it is packed.
            case file(URL)
        }

        /// The path inside the container; it must follow ``BundlePath``.
        public var path: String
        /// The bytes.
        public var content: Content

        /// An entry.
        public init(path: String, content: Content) {
            self.path = path
            self.content = content
        }
    }

    /// The fixed modification time of every entry: 1980-01-01T00:00:00Z, the earliest DOS date.
    public static let timestamp = Date(timeIntervalSince1970: 315_532_800)

    /// Writes the entries to a new container, replacing `url` atomically.
    ///
    /// - Parameters:
    ///   - entries: The files, in any order.
    ///   - url: The container to write.
    ///   - displayName: The container's name in messages; the path by default.
    ///   - limits: The caps the reader will enforce; the writer refuses to exceed them.
    ///   - overwrite: Whether an existing `url` is replaced; when false, the finished archive is
    ///     linked to its name, which fails with ``ContainerError/exists(file:)`` if the name
    ///     exists (checked atomically, at the very end).
    /// - Throws: ``ContainerError/unsafePath(file:path:problem:)``,
    ///   ``ContainerError/duplicatePath(file:path:)``, ``ContainerError/pathConflict(file:path:)``,
    ///   ``ContainerError/tooManyEntries(file:count:limit:)``,
    ///   ``ContainerError/entryTooLarge(file:path:size:limit:)``,
    ///   ``ContainerError/totalSizeExceeded(file:limit:)`` before anything is written;
    ///   ``ContainerError/sourceUnreadable(file:path:reason:)`` and
    ///   ``ContainerError/writeFailed(file:reason:)`` while writing (then nothing is left behind).
    public static func write(
        _ entries: [Entry], to url: URL, displayName: String? = nil,
        limits: BundleLimits = .default,
        overwrite: Bool = true
    ) throws(ContainerError) {
        let name = displayName ?? url.path
        if overwrite, let refusal = OutputTarget.refusal(at: url.path) {
            throw .notRegularTarget(file: name, reason: refusal)
        }
        let sorted = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        try check(sorted, file: name, limits: limits)

        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString.prefix(8))")
        TemporaryFiles.shared.register(temporary)
        defer { TemporaryFiles.shared.unregister(temporary) }
        do throws(ContainerError) {
            try writeArchive(sorted, to: temporary, file: name, limits: limits)
            try flush(temporary, file: name)
            try place(temporary, at: url, file: name, overwrite: overwrite)
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Writes the entries to a new file of that name, in place, with no temporary file of its own:
    /// for a caller that writes to a temporary name itself (``BundleBuilder``), so that an
    /// interrupted run leaves only that caller's one temporary file.
    ///
    /// A failure removes the file.
    ///
    /// - Parameters:
    ///   - entries: The files, in any order.
    ///   - url: The file to create.
    ///   - displayName: The container's name in messages.
    ///   - limits: The caps the reader will enforce.
    /// - Throws: As ``write(_:to:displayName:limits:overwrite:)``.
    static func writeInPlace(
        _ entries: [Entry], to url: URL, displayName: String, limits: BundleLimits
    ) throws(ContainerError) {
        let sorted = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        try check(sorted, file: displayName, limits: limits)
        do throws(ContainerError) {
            try writeArchive(sorted, to: url, file: displayName, limits: limits)
            try flush(url, file: displayName)
        } catch {
            unlink(url.path)
            throw error
        }
    }

    /// Gives a finished file its name: renamed over it, or linked to it when it must not exist
    /// (then the temporary name is removed by the caller).
    ///
    /// An existing name that is not a regular file (or a symbolic link to one) is never replaced.
    static func place(
        _ temporary: URL, at url: URL, file: String, overwrite: Bool
    ) throws(ContainerError) {
        if overwrite {
            if let refusal = OutputTarget.refusal(at: url.path) {
                throw .notRegularTarget(file: file, reason: refusal)
            }
            guard rename(temporary.path, url.path) == 0 else {
                throw .writeFailed(file: file, reason: String(cString: strerror(errno)))
            }
            return
        }
        guard link(temporary.path, url.path) == 0 else {
            if errno == EEXIST { throw .exists(file: file) }
            throw .writeFailed(file: file, reason: String(cString: strerror(errno)))
        }
        unlink(temporary.path)
    }

    private static func check(
        _ entries: [Entry], file: String, limits: BundleLimits
    ) throws(ContainerError) {
        guard entries.count <= limits.maxEntryCount else {
            throw .tooManyEntries(file: file, count: entries.count, limit: limits.maxEntryCount)
        }
        var previous: [UInt8]?
        var folders: Set<[UInt8]> = []
        for entry in entries {
            let bytes = Array(entry.path.utf8)
            if let problem = BundlePath.problem(in: bytes) {
                throw .unsafePath(file: file, path: entry.path, problem: problem)
            }
            if bytes == previous { throw .duplicatePath(file: file, path: entry.path) }
            previous = bytes
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") {
                folders.insert(Array(bytes[..<index]))
            }
        }
        if let conflict = entries.first(where: { folders.contains(Array($0.path.utf8)) }) {
            throw .pathConflict(file: file, path: conflict.path)
        }
    }

    private static func writeArchive(
        _ entries: [Entry], to temporary: URL, file: String, limits: BundleLimits
    ) throws(ContainerError) {
        let archive: Archive
        do {
            archive = try Archive(url: temporary, accessMode: .create)
        } catch {
            throw .writeFailed(file: file, reason: reason(error))
        }
        var total = 0
        for entry in entries {
            let source = try Source(entry.content, path: entry.path, file: file)
            guard source.size <= limits.maxEntrySize else {
                throw .entryTooLarge(
                    file: file, path: entry.path, size: source.size, limit: limits.maxEntrySize)
            }
            total += source.size
            guard total <= limits.maxTotalSize else {
                throw .totalSizeExceeded(file: file, limit: limits.maxTotalSize)
            }
            do {
                try archive.addEntry(
                    with: entry.path, type: .file, uncompressedSize: Int64(source.size),
                    modificationDate: timestamp,
                    permissions: 0o644, compressionMethod: .none, bufferSize: 1 << 16,
                    provider: { position, size in try source.chunk(at: Int(position), count: size) }
                )
            } catch let error as ContainerError {
                throw error
            } catch {
                throw .writeFailed(file: file, reason: reason(error))
            }
        }
    }

    /// An entry's bytes, from memory or from an open file whose size was taken once.
    private struct Source {
        let size: Int
        let bytes: [UInt8]?
        let handle: FileHandle?
        let path: String
        let file: String

        init(_ content: Entry.Content, path: String, file: String) throws(ContainerError) {
            self.path = path
            self.file = file
            switch content {
            case .bytes(let bytes):
                self.bytes = bytes
                self.handle = nil
                self.size = bytes.count
            case .file(let url):
                guard case .regular(let size) = FileReader.entryKind(url) else {
                    throw .sourceUnreadable(
                        file: file, path: path, reason: "\(url.path) is not a regular file")
                }
                do {
                    self.handle = try FileHandle(forReadingFrom: url)
                } catch {
                    throw .sourceUnreadable(
                        file: file, path: path, reason: FileReader.systemError(error))
                }
                self.bytes = nil
                self.size = size
            }
        }

        func chunk(at position: Int, count: Int) throws -> Data {
            if let bytes { return Data(bytes[position..<min(position + count, bytes.count)]) }
            guard let handle else { return Data() }
            try handle.seek(toOffset: UInt64(position))
            let data = try handle.read(upToCount: count) ?? Data()
            guard data.count == count else {
                throw ContainerError.sourceUnreadable(
                    file: file, path: path, reason: "the file changed while it was packed")
            }
            return data
        }
    }

    private static func flush(_ url: URL, file: String) throws(ContainerError) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .writeFailed(file: file, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw .writeFailed(file: file, reason: String(cString: strerror(errno)))
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? ContainerError { return error.description }
        return FileReader.systemError(error)
    }
}
