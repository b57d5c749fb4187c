public import SelfAssessKit

/// The registry's transparency log over a store (docs/transparency.md): its size, roots,
/// entries and proofs, each computed from O(log n) reads of the complete subtrees the store
/// keeps (``RegistryStore/logNodes(_:)``, one query per call).
///
/// The store appends to the log as it records each submission (``RegistryStore/record(_:)``);
/// this type only reads.
public struct TransparencyLog: Sendable {
    /// The most entries one ``entries(from:to:)`` call returns.
    public static let maxEntriesPerRead = 1000

    /// The store.
    public let store: any RegistryStore
    /// The log's name in messages.
    public let source: String

    /// The log of a store.
    public init(store: any RegistryStore, source: String) {
        self.store = store
        self.source = source
    }

    /// The number of entries.
    public func size() throws(LogError) -> Int {
        do { return try store.logSize() } catch { throw .storage(error) }
    }

    /// The root hash of the first `size` entries.
    ///
    /// - Throws: ``LogError/outOfRange(what:size:)`` beyond the log.
    public func root(size: Int) throws(LogError) -> MerkleTree.Hash {
        let current = try self.size()
        guard size >= 0, size <= current else {
            throw .outOfRange(what: "tree size \(size)", size: current)
        }
        let nodes = try read(MerkleTree.rootNodes(size: size))
        return try MerkleTree.root(size: size, nodes: lookup(nodes))
    }

    /// The inclusion proof of leaf `leaf` in the tree of `size` entries.
    public func inclusionProof(leaf: Int, size: Int) throws(LogError) -> [MerkleTree.Hash] {
        let current = try self.size()
        guard size >= 1, size <= current else {
            throw .outOfRange(what: "tree size \(size)", size: current)
        }
        guard leaf >= 0, leaf < size else { throw .outOfRange(what: "leaf \(leaf)", size: size) }
        let nodes = try read(MerkleTree.inclusionNodes(leaf: leaf, size: size))
        return try MerkleTree.inclusionProof(leaf: leaf, size: size, nodes: lookup(nodes))
    }

    /// The consistency proof between the trees of `first` and `second` entries.
    public func consistencyProof(first: Int, second: Int) throws(LogError) -> [MerkleTree.Hash] {
        let current = try self.size()
        guard second >= 0, second <= current else {
            throw .outOfRange(what: "tree size \(second)", size: current)
        }
        guard first >= 0, first <= second else {
            throw .outOfRange(what: "tree size \(first)", size: second)
        }
        let nodes = try read(MerkleTree.consistencyNodes(first: first, second: second))
        return try MerkleTree.consistencyProof(
            first: first, second: second, nodes: lookup(nodes))
    }

    /// The entries `start ..< end`, at most ``maxEntriesPerRead`` of them.
    public func entries(from start: Int, to end: Int) throws(LogError) -> [[UInt8]] {
        let current = try self.size()
        guard start >= 0, start <= end, end <= current else {
            throw .outOfRange(what: "entries \(start)..<\(end)", size: current)
        }
        do {
            return try store.logEntries(from: start, to: min(end, start + Self.maxEntriesPerRead))
        } catch { throw .storage(error) }
    }

    /// The leaf index of a submission.
    public func leafIndex(entryID: String) throws(LogError) -> Int {
        let index: Int?
        do { index = try store.logLeafIndex(entryID: entryID) } catch { throw .storage(error) }
        guard let index else { throw .notLogged(entry: entryID) }
        return index
    }

    // MARK: Checkpoints

    /// The latest checkpoint kept, verified with the society's key; nil when none was made.
    public func latestCheckpoint(
        key: PublicKey, origin: String? = nil
    ) throws(LogError) -> LogCheckpoint? {
        let latest: (bytes: [UInt8], madeAt: BundleTimestamp)?
        do { latest = try store.latestLogCheckpoint() } catch { throw .storage(error) }
        guard let latest else { return nil }
        return try LogCheckpoint.verify(
            latest.bytes, key: key, origin: origin, file: source + " (latest checkpoint)")
    }

    /// Signs and keeps a checkpoint of the log as it is now.
    ///
    /// The latest checkpoint kept must be a prefix of the new one, or the log's tables were
    /// changed since.
    ///
    /// - Throws: ``LogError/forked(source:size:first:second:)``,
    ///   ``LogError/consistencyProof(file:first:second:)`` or
    ///   ``LogError/entryDropped(source:found:size:)`` when the log no longer extends the latest
    ///   checkpoint, or a storage failure.
    public func makeCheckpoint(
        origin: String, key: SigningKey, time: BundleTimestamp
    ) throws(LogError) -> LogCheckpoint {
        let size = try self.size()
        let checkpoint = try LogCheckpoint.sign(
            origin: origin, size: size, root: try root(size: size), time: time, key: key)
        // The log only grows: the latest checkpoint kept must be a prefix of this one.
        if let latest = try latestCheckpoint(key: key.publicKey, origin: origin) {
            guard latest.size <= size else {
                throw .entryDropped(source: source, found: size, size: latest.size)
            }
            try LogVerifier.verifyConsistency(
                from: latest, to: checkpoint,
                proof: try consistencyProof(first: latest.size, second: size), file: source)
        }
        do {
            try store.saveLogCheckpoint(
                size: size, root: checkpoint.rootHash, bytes: checkpoint.bytes, madeAt: time)
        } catch { throw .storage(error) }
        return checkpoint
    }

    /// The checkpoint to publish now: the latest kept when it covers the whole log and is
    /// younger than `interval` seconds, else a new one (made and kept).
    public func currentCheckpoint(
        origin: String, key: SigningKey, now: BundleTimestamp, interval: Int
    ) throws(LogError) -> LogCheckpoint {
        if let latest = try latestCheckpoint(key: key.publicKey, origin: origin),
            latest.size == (try size()),
            now.secondsSince1970 - latest.time.secondsSince1970 < interval
        {
            return latest
        }
        return try makeCheckpoint(origin: origin, key: key, time: now)
    }

    private func read(
        _ nodes: Set<MerkleTree.Node>
    ) throws(LogError) -> [MerkleTree.Node: MerkleTree.Hash] {
        do { return try store.logNodes(nodes) } catch { throw .storage(error) }
    }

    /// A lookup in nodes read: a node missing is a ``LogError/gap(source:level:index:)``.
    private func lookup(
        _ nodes: [MerkleTree.Node: MerkleTree.Hash]
    ) -> (MerkleTree.Node) throws(LogError) -> MerkleTree.Hash {
        let source = self.source
        return { node throws(LogError) in
            guard let hash = nodes[node] else {
                throw .gap(source: source, level: node.level, index: node.index)
            }
            return hash
        }
    }
}
