internal import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A regular file opened for reading at offsets (`pread`).
///
/// The descriptor is closed in `deinit`.
final class RandomAccessFile {
    private let descriptor: Int32
    /// The file's size when it was opened.
    let size: Int
    /// The name for error messages.
    let name: String

    /// Opens a regular file; pipes, devices and folders are refused before any read.
    init(url: URL, name: String) throws(ContainerError) {
        self.name = name
        switch FileReader.openRegularFile(url.path) {
        case .success(let opened):
            descriptor = opened.descriptor
            size = opened.status.size
        case .failure(.notFound):
            throw .unreadable(file: name, reason: "no such file")
        case .failure(.notRegularFile(let kind)):
            throw .notRegularFile(file: name, kind: kind)
        case .failure(let failure):
            throw .unreadable(file: name, reason: failure.description)
        }
    }

    deinit {
        close(descriptor)
    }

    /// Reads up to `count` bytes at `offset`; fewer only at the end of the file.
    func read(at offset: Int, count: Int) throws(ContainerError) -> [UInt8] {
        guard count > 0, offset >= 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = buffer.withUnsafeMutableBytes { raw in
                pread(
                    descriptor, raw.baseAddress.map { $0 + filled }, count - filled,
                    off_t(offset + filled))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: name, reason: String(cString: strerror(errno)))
            }
            if result == 0 { break }
            filled += result
        }
        if filled < count { buffer.removeLast(count - filled) }
        return buffer
    }
}
