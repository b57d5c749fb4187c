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
        switch openRegularFile(url.path) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let opened):
            defer { close(opened.descriptor) }
            return readChunks(opened.descriptor, chunkSize: chunkSize, consume)
        }
    }
}
