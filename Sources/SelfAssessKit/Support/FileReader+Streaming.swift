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
    ///   - maxSize: The largest file, in bytes: a larger one is refused from its size on the
    ///     file system, before a byte is read (and again if it grows while it is read).
    ///   - chunkSize: The largest chunk, in bytes.
    ///   - consume: Called with each chunk, in order.
    /// - Returns: The number of bytes read, or why the file could not be read.
    public static func stream(
        _ url: URL, maxSize: Int = .max, chunkSize: Int = 1 << 16,
        _ consume: (UnsafeRawBufferPointer) -> Void
    ) -> Result<Int, FileReadFailure> {
        switch openRegularFile(url.path) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let opened):
            defer { close(opened.descriptor) }
            if opened.status.size > maxSize {
                return .failure(.tooLarge(size: opened.status.size, limit: maxSize))
            }
            return readChunks(opened.descriptor, maxSize: maxSize, chunkSize: chunkSize, consume)
        }
    }
}
