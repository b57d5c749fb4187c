/// A container of bundle entries that a verifier reads without extracting anything to disk.
///
/// Opening a container checks its whole structure (names, kinds, sizes as declared); reading an
/// entry checks its bytes against the declared size and checksum while counting them against
/// the caps. ``ZIPContainerReader`` is the ZIP implementation; a folder reader can follow the
/// same contract.
public protocol BundleContainer: AnyObject {
    /// The container's name in messages.
    var displayName: String { get }
    /// The regular files, in the container's order; directories are not listed.
    var entries: [ContainerEntry] { get }
    /// Streams an entry's bytes to a closure, in chunks, after which the size and checksum are
    /// known to match the declared ones.
    func stream(_ entry: ContainerEntry, into consumer: ([UInt8]) -> Void) throws(ContainerError)
}

extension BundleContainer {
    /// The entry with a path, compared as UTF-8 bytes.
    public func entry(at path: String) -> ContainerEntry? {
        let bytes = Array(path.utf8)
        return entries.first { Array($0.path.utf8) == bytes }
    }

    /// Reads a whole entry; never more than its declared ``ContainerEntry/size`` bytes.
    public func read(_ entry: ContainerEntry) throws(ContainerError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entry.size)
        try stream(entry) { bytes += $0 }
        return bytes
    }

    /// Reads the entry with a path.
    ///
    /// - Throws: ``ContainerError/noSuchEntry(file:path:)`` when there is none.
    public func read(path: String) throws(ContainerError) -> [UInt8] {
        guard let entry = entry(at: path) else { throw .noSuchEntry(file: displayName, path: path) }
        return try read(entry)
    }
}
