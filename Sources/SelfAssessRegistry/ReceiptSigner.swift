public import SelfAssessKit

/// Signs a v3 receipt inside the store transaction that appends its ``LogEntry``
/// (``RegistryStore/record(_:bodyStored:createdAt:signer:)``): the receipt states its leaf
/// index, a checkpoint of the tree that ends with its leaf (made and kept in the same
/// transaction, at the receipt's time) and the leaf's inclusion proof in that tree.
///
/// So a receipt given out is always logged and its checkpoint always kept: if the transaction
/// does not commit, neither the entry, the checkpoint nor the receipt exists, and nothing was
/// answered. Before signing, the new tree must extend the latest checkpoint kept (a consistency
/// proof from the store's own tables), as ``TransparencyLog/makeCheckpoint(origin:key:time:)``
/// requires: a registry whose log tables were changed refuses to sign receipts too.
public struct ReceiptSigner: Sendable {
    /// The society's key: it signs the receipt and the checkpoint.
    public var key: SigningKey
    /// The log's origin, the checkpoint's first line (`serve --log-origin`).
    public var origin: String

    /// A signer.
    public init(key: SigningKey, origin: String = LogCheckpoint.defaultOrigin) {
        self.key = key
        self.origin = origin
    }

    /// What signing made: the signed v3 receipt and the checkpoint the store keeps with it.
    struct Signed {
        var receipt: SignedReceipt
        var checkpoint: LogCheckpoint
    }

    /// Signs a receipt whose entry was just appended as leaf `leaf` (the tree's last).
    ///
    /// - Parameters:
    ///   - receipt: The receipt without its place in the log.
    ///   - leaf: The entry's leaf index; the checkpoint is of `leaf + 1` entries.
    ///   - latest: The latest checkpoint kept, read in the transaction: its size and root.
    ///   - source: The log's name in messages.
    ///   - nodes: Reads complete subtrees in the transaction, all at once.
    /// - Throws: ``LogError`` when the tables do not extend the latest checkpoint or miss a
    ///   subtree, ``RegistryError`` when signing fails, or what `nodes` throws.
    func sign(
        _ receipt: RegistryReceipt, leaf: Int, latest: (size: Int, root: MerkleTree.Hash)?,
        source: String,
        nodes: (Set<MerkleTree.Node>) throws -> [MerkleTree.Node: MerkleTree.Hash]
    ) throws -> Signed {
        let size = leaf + 1
        if let latest, latest.size > size {
            throw LogError.entryDropped(source: source, found: size, size: latest.size)
        }
        var wanted = MerkleTree.rootNodes(size: size)
            .union(MerkleTree.inclusionNodes(leaf: leaf, size: size))
        if let latest {
            wanted.formUnion(MerkleTree.consistencyNodes(first: latest.size, second: size))
        }
        let read = try nodes(wanted)
        let lookup = { (node: MerkleTree.Node) throws(LogError) -> MerkleTree.Hash in
            guard let hash = read[node] else {
                throw .gap(source: source, level: node.level, index: node.index)
            }
            return hash
        }
        let root = try MerkleTree.root(size: size, nodes: lookup)
        let proof = try MerkleTree.inclusionProof(leaf: leaf, size: size, nodes: lookup)
        if let latest {
            let consistency = try MerkleTree.consistencyProof(
                first: latest.size, second: size, nodes: lookup)
            guard
                MerkleTree.verifyConsistency(
                    first: latest.size, second: size, firstRoot: latest.root, secondRoot: root,
                    proof: consistency)
            else {
                throw LogError.consistencyProof(file: source, first: latest.size, second: size)
            }
        }
        let checkpoint = try LogCheckpoint.sign(
            origin: origin, size: size, root: root, time: receipt.receivedAt, key: key)
        var logged = receipt
        logged.log = RegistryReceipt.LogInclusion(
            leafIndex: leaf, checkpoint: checkpoint.bytes, inclusionProof: proof)
        // The receipt must prove what it states: its own entry leads to the checkpoint's root.
        try LogVerifier.verifyInclusion(
            entry: try LogEntry(receipt: logged).canonicalBytes(), leaf: leaf, proof: proof,
            checkpoint: checkpoint, file: source)
        return Signed(
            receipt: try SignedReceipt.sign(logged, with: key, file: source),
            checkpoint: checkpoint)
    }
}
