/// The caps a bundle reader enforces while it reads, whatever the container declares.
public struct BundleLimits: Sendable, Equatable {
    /// The most entries in a container, directories included: 10,000 listed files, the
    /// manifest and its signature, and room for the directory entries a re-zipping tool adds.
    public var maxEntryCount: Int
    /// The largest entry, in bytes, counted as it is decompressed.
    public var maxEntrySize: Int
    /// The most bytes all entries may hold together, counted as they are decompressed.
    public var maxTotalSize: Int
    /// The largest ZIP central directory, in bytes.
    public var maxCentralDirectorySize: Int

    /// The limits of the format: 11,000 entries, 100 MiB per entry, 2 GiB in total, a 16 MiB
    /// central directory.
    public static let `default` = BundleLimits()

    /// Limits, the format's unless given.
    public init(
        maxEntryCount: Int = 11_000, maxEntrySize: Int = 100 << 20, maxTotalSize: Int = 2 << 30,
        maxCentralDirectorySize: Int = 16 << 20
    ) {
        self.maxEntryCount = maxEntryCount
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCentralDirectorySize = maxCentralDirectorySize
    }
}
