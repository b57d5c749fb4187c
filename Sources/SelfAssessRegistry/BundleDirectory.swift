import Foundation
import SelfAssessKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bundles' bytes on disk, content-addressed: `bundles/ab/<sha256>.sabundle`, where `ab` is
/// the first two hexadecimal digits of the SHA-256.
///
/// A bundle is written to a temporary file in its folder, flushed with `fsync`, renamed to its
/// name and the folder flushed in turn, so that once ``store(_:sha256:)`` returns the bytes
/// survive a crash or a power cut, and a reader never sees a part of a file.
struct BundleDirectory: Sendable {
    /// The folder (`DATA/bundles`).
    let folder: URL

    /// The file a bundle is stored in.
    func url(for sha256: String) -> URL {
        folder.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
            .appendingPathComponent("\(sha256).sabundle")
    }

    /// Stores bytes under their SHA-256; a file already there with the right bytes is kept.
    func store(_ bytes: [UInt8], sha256: String) throws(RegistryError) {
        let target = url(for: sha256)
        let name =
            "bundles/\(target.deletingLastPathComponent().lastPathComponent)/\(target.lastPathComponent)"
        if let existing = try? read(sha256: sha256), existing == bytes { return }
        let subfolder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: subfolder, withIntermediateDirectories: true)
        } catch {
            throw .bundleWriteFailed(file: name, reason: error.localizedDescription)
        }
        try Self.syncFolder(folder, name: name)
        let temporary = subfolder.appendingPathComponent(
            ".\(sha256).tmp-\(UUID().uuidString.prefix(8))")
        do throws(RegistryError) {
            try Self.writeDurably(bytes, to: temporary, name: name)
            guard rename(temporary.path, target.path) == 0 else {
                throw .bundleWriteFailed(file: name, reason: Self.lastError())
            }
            try Self.syncFolder(subfolder, name: name)
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// A stored bundle's bytes, checked against the SHA-256 they are stored under; nil when the
    /// bundle is not stored.
    func read(sha256: String) throws(RegistryError) -> [UInt8]? {
        let target = url(for: sha256)
        let name = "bundles/\(String(sha256.prefix(2)))/\(target.lastPathComponent)"
        switch FileReader.readRegularFile(target, maxSize: Int.max) {
        case .success(let bytes):
            let actual = BundleManifest.sha256(bytes)
            guard actual == sha256 else {
                throw .bundleDamaged(file: name, expected: sha256, actual: actual)
            }
            return bytes
        case .failure(.notFound):
            return nil
        case .failure(let failure):
            throw .bundleReadFailed(file: name, reason: failure.description)
        }
    }

    // MARK: Durable writes

    private static func writeDurably(
        _ bytes: [UInt8], to url: URL, name: String
    ) throws(RegistryError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .bundleWriteFailed(file: name, reason: lastError())
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .bundleWriteFailed(file: name, reason: lastError())
            }
            offset += written
        }
        guard fsync(descriptor) == 0 else {
            throw .bundleWriteFailed(file: name, reason: lastError())
        }
    }

    /// Flushes a folder's entries (a rename or a new file in it) to the disk.
    static func syncFolder(_ folder: URL, name: String) throws(RegistryError) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .bundleWriteFailed(file: name, reason: lastError())
        }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw .bundleWriteFailed(file: name, reason: lastError())
        }
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
