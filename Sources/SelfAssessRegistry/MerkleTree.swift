internal import Crypto

/// The transparency log's Merkle tree arithmetic, as RFC 9162 (certificate transparency 2.0)
/// section 2.1 defines it: pure functions, no storage.
///
/// A leaf's hash is SHA-256(0x00 ‖ entry), an interior node's SHA-256(0x01 ‖ left ‖ right), and
/// the tree of n leaves splits at k, the largest power of two below n. Proofs are generated from
/// a source of *complete* subtree hashes (``Node``: a level and an index, covering the leaves
/// `index·2^level ..< (index+1)·2^level`), which is what a store keeps as leaves arrive; a proof
/// needs O(log n) of them, and ``inclusionNodes(leaf:size:)`` and
/// ``consistencyNodes(first:second:)`` list them first so a store reads them in one query.
public enum MerkleTree {
    /// A SHA-256 hash: 32 bytes.
    public typealias Hash = [UInt8]

    /// A complete subtree: the leaves `index·2^level ..< (index+1)·2^level`.
    public struct Node: Hashable, Sendable, Comparable {
        /// The subtree's height: 0 for a leaf.
        public var level: Int
        /// Its position among the subtrees of that height, from 0.
        public var index: Int

        /// A node.
        public init(level: Int, index: Int) {
            self.level = level
            self.index = index
        }

        public static func < (lhs: Node, rhs: Node) -> Bool {
            (lhs.level, lhs.index) < (rhs.level, rhs.index)
        }
    }

    /// The hash of the empty tree: SHA-256 of nothing.
    public static let emptyRoot: Hash = Array(SHA256.hash(data: [UInt8]()))

    /// A leaf's hash: SHA-256(0x00 ‖ entry).
    public static func leafHash(_ entry: [UInt8]) -> Hash {
        var hasher = SHA256()
        hasher.update(data: [0x00])
        hasher.update(data: entry)
        return Array(hasher.finalize())
    }

    /// An interior node's hash: SHA-256(0x01 ‖ left ‖ right).
    public static func nodeHash(_ left: Hash, _ right: Hash) -> Hash {
        var hasher = SHA256()
        hasher.update(data: [0x01])
        hasher.update(data: left)
        hasher.update(data: right)
        return Array(hasher.finalize())
    }

    /// The root of a tree, given its leaves' hashes (MTH of RFC 9162 2.1.1).
    public static func root(ofLeafHashes leaves: [Hash]) -> Hash {
        guard !leaves.isEmpty else { return emptyRoot }
        return rangeHash(0, leaves.count) { node in
            subtree(node, of: leaves)
        }
    }

    /// The nodes that complete subtrees of `leaves` give: a source for the proofs in tests and
    /// small tools.
    static func subtree(_ node: Node, of leaves: [Hash]) -> Hash {
        let start = node.index << node.level
        if node.level == 0 { return leaves[start] }
        let half = Node(level: node.level - 1, index: node.index * 2)
        return nodeHash(
            subtree(half, of: leaves),
            subtree(Node(level: half.level, index: half.index + 1), of: leaves))
    }

    // MARK: Appending

    /// The nodes an append completes, bottom up: the new leaf's and every subtree it completes.
    ///
    /// Leaf `index` (0-based) with `leafHash` reads the left siblings it completes from
    /// `stored`: at most log₂(n)+1 nodes are made, reading as many.
    public static func appendedNodes<E: Error>(
        leaf index: Int, leafHash: Hash, stored: (Node) throws(E) -> Hash
    ) throws(E) -> [(Node, Hash)] {
        var nodes = [(Node(level: 0, index: index), leafHash)]
        var node = Node(level: 0, index: index)
        var hash = leafHash
        while node.index % 2 == 1 {
            let sibling = try stored(Node(level: node.level, index: node.index - 1))
            hash = nodeHash(sibling, hash)
            node = Node(level: node.level + 1, index: node.index / 2)
            nodes.append((node, hash))
        }
        return nodes
    }

    // MARK: Roots and proofs from a source of complete subtrees

    /// The root of the first `size` leaves, from the complete subtrees (one per bit of `size`).
    public static func root<E: Error>(
        size: Int, nodes: (Node) throws(E) -> Hash
    ) throws(E) -> Hash {
        guard size > 0 else { return emptyRoot }
        return try rangeHash(0, size, nodes)
    }

    /// The complete subtrees ``root(size:nodes:)`` reads.
    public static func rootNodes(size: Int) -> Set<Node> {
        guard size > 0 else { return [] }
        return recorded { rangeHash(0, size, $0) }
    }

    /// The inclusion proof of leaf `leaf` in the tree of `size` leaves (PATH of RFC 9162
    /// 2.1.3.1), nearest sibling first.
    ///
    /// - Precondition: `0 <= leaf < size`.
    public static func inclusionProof<E: Error>(
        leaf: Int, size: Int, nodes: (Node) throws(E) -> Hash
    ) throws(E) -> [Hash] {
        try path(leaf, 0, size, nodes)
    }

    /// The complete subtrees ``inclusionProof(leaf:size:nodes:)`` reads.
    public static func inclusionNodes(leaf: Int, size: Int) -> Set<Node> {
        recorded { path(leaf, 0, size, $0) }
    }

    /// The consistency proof between the trees of `first` and `second` leaves (PROOF of RFC 9162
    /// 2.1.4.1); empty when `first` is 0 or equals `second`.
    ///
    /// - Precondition: `0 <= first <= second`.
    public static func consistencyProof<E: Error>(
        first: Int, second: Int, nodes: (Node) throws(E) -> Hash
    ) throws(E) -> [Hash] {
        guard first > 0, first < second else { return [] }
        return try subproof(first, 0, second, true, nodes)
    }

    /// The complete subtrees ``consistencyProof(first:second:nodes:)`` reads.
    public static func consistencyNodes(first: Int, second: Int) -> Set<Node> {
        recorded { consistencyProof(first: first, second: second, nodes: $0) }
    }

    // MARK: Verification

    /// Whether `proof` shows the leaf `leafHash` at `index` in the tree of `size` leaves whose
    /// root is `root` (RFC 9162 2.1.3.2).
    public static func verifyInclusion(
        leafHash: Hash, index: Int, size: Int, proof: [Hash], root: Hash
    ) -> Bool {
        guard index >= 0, index < size else { return false }
        var fn = index
        var sn = size - 1
        var r = leafHash
        for p in proof {
            guard sn != 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                r = nodeHash(p, r)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                r = nodeHash(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && r == root
    }

    /// Whether `proof` shows the tree of `first` leaves to be a prefix of the tree of `second`.
    ///
    /// The algorithm of RFC 9162 2.1.4.2, given both roots. Equal sizes need an empty proof and
    /// equal roots; the empty tree is a prefix of every tree.
    public static func verifyConsistency(
        first: Int, second: Int, firstRoot: Hash, secondRoot: Hash, proof: [Hash]
    ) -> Bool {
        guard first >= 0, first <= second else { return false }
        if first == 0 { return proof.isEmpty && firstRoot == emptyRoot }
        if first == second { return proof.isEmpty && firstRoot == secondRoot }
        guard !proof.isEmpty else { return false }
        var path = proof
        if first & (first - 1) == 0 { path.insert(firstRoot, at: 0) }
        var fn = first - 1
        var sn = second - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = path[0]
        var sr = path[0]
        for c in path.dropFirst() {
            guard sn != 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                fr = nodeHash(c, fr)
                sr = nodeHash(c, sr)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                sr = nodeHash(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        return fr == firstRoot && sr == secondRoot && sn == 0
    }

    // MARK: The definitions

    /// The largest power of two smaller than `n` (n > 1).
    static func split(_ n: Int) -> Int {
        var k = 1
        while k << 1 < n { k <<= 1 }
        return k
    }

    /// MTH(D[lo:hi]) from complete subtrees: one read when the range is one.
    static func rangeHash<E: Error>(
        _ lo: Int, _ hi: Int, _ nodes: (Node) throws(E) -> Hash
    ) throws(E) -> Hash {
        let size = hi - lo
        if size & (size - 1) == 0 && lo % size == 0 {
            return try nodes(Node(level: size.trailingZeroBitCount, index: lo / size))
        }
        let k = split(size)
        return nodeHash(try rangeHash(lo, lo + k, nodes), try rangeHash(lo + k, hi, nodes))
    }

    /// PATH(m, D[lo:hi]).
    static func path<E: Error>(
        _ m: Int, _ lo: Int, _ hi: Int, _ nodes: (Node) throws(E) -> Hash
    ) throws(E) -> [Hash] {
        let n = hi - lo
        guard n > 1 else { return [] }
        let k = split(n)
        if m < k {
            return try path(m, lo, lo + k, nodes) + [try rangeHash(lo + k, hi, nodes)]
        }
        return try path(m - k, lo + k, hi, nodes) + [try rangeHash(lo, lo + k, nodes)]
    }

    /// SUBPROOF(m, D[lo:hi], b).
    static func subproof<E: Error>(
        _ m: Int, _ lo: Int, _ hi: Int, _ whole: Bool, _ nodes: (Node) throws(E) -> Hash
    ) throws(E) -> [Hash] {
        let n = hi - lo
        if m == n { return whole ? [] : [try rangeHash(lo, hi, nodes)] }
        let k = split(n)
        if m <= k {
            return try subproof(m, lo, lo + k, whole, nodes) + [try rangeHash(lo + k, hi, nodes)]
        }
        return try subproof(m - k, lo + k, hi, false, nodes) + [try rangeHash(lo, lo + k, nodes)]
    }

    /// The nodes a computation reads (its shape does not depend on the hashes).
    static func recorded<T>(_ body: ((Node) -> Hash) -> T) -> Set<Node> {
        var seen: Set<Node> = []
        let placeholder = Hash(repeating: 0, count: 32)
        _ = body { node in
            seen.insert(node)
            return placeholder
        }
        return seen
    }
}
