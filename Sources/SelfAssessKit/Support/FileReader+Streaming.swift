public import Foundation
#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

extension FileReader {
    /// Reads a regular file in chunks of at most `chunkSize` bytes, handing each to `consume`, so
    /// that a file of any size is read in constant memory.
    ///
    /// - Parameters:
    ///   - url: The file; a final symbolic link is followed.
    ///   - chunkSize: The largest chunk, in bytes.
    ///   - consume: Called with each chunk, in order.
    /// - Returns: The number of bytes read, or why the file could not be read.
    public static func stream(
        _ url: URL, chunkSize: Int = 1 << 16, _ consume: (UnsafeRawBufferPointer) -> Void
    ) -> Result<Int, FileReadFailure> {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            return .failure(errno == ENOENT ? .notFound : .system(String(cString: strerror(errno))))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.notRegularFile(kind: "a folder"))
        default: return .failure(.notRegularFile(kind: "not a regular file"))
        }
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
        var total = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            chunk.withUnsafeBytes { consume(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            total += count
        }
        return .success(total)
    }
}
