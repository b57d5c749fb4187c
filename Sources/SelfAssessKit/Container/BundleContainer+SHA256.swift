internal import Crypto

extension BundleContainer {
    /// Streams an entry through SHA-256, under the reader's caps.
    ///
    /// - Parameter entry: The entry.
    /// - Returns: The digest in lower-case hexadecimal, and the number of bytes read (which
    ///   equals the declared size).
    /// - Throws: ``ContainerError`` from reading.
    public func sha256(of entry: ContainerEntry) throws(ContainerError) -> (hex: String, size: Int)
    {
        var hasher = SHA256()
        var size = 0
        try stream(entry) { chunk in
            hasher.update(data: chunk)
            size += chunk.count
        }
        return (Array(hasher.finalize()).hexString, size)
    }
}
