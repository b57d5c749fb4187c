/// A regular file inside a bundle container, as its directory describes it.
///
/// The size and checksum are the container's claims: reading the entry checks both, and never
/// returns more bytes than ``size``.
public struct ContainerEntry: Sendable, Hashable {
    /// How an entry's bytes are stored.
    public enum Compression: String, Sendable, Hashable {
        /// ZIP method 0.
        case stored
        /// ZIP method 8.
        case deflate
    }

    /// The path, which follows ``BundlePath``.
    public let path: String
    /// The uncompressed size the container declares, in bytes.
    public let size: Int
    /// The CRC-32 the container declares.
    public let crc32: UInt32
    /// How the bytes are stored.
    public let compression: Compression

    /// Where the stored or compressed bytes start in the container file.
    let dataOffset: UInt64
    /// How many stored or compressed bytes there are.
    let compressedSize: Int
}
