public import Foundation

/// The checks a signatory or an auditor runs on the log (docs/transparency.md), offline: each
/// kind of tampering fails with its own code.
///
/// - a receipt's leaf not leading to its checkpoint's root: ``LogError/inclusionProof(file:leaf:size:)``;
/// - a later log that does not extend an earlier checkpoint: ``LogError/consistencyProof(file:first:second:)``;
/// - two checkpoints of one size with different roots: ``LogError/forked(source:size:first:second:)``;
/// - fewer entries than a checkpoint counts: ``LogError/entryDropped(source:found:size:)``;
/// - entries that do not hash to a checkpoint's root: ``LogError/entryRewritten(source:leaf:size:)``.
public enum LogVerifier {
    /// Checks that an entry is leaf `leaf` of the checkpoint's tree.
    public static func verifyInclusion(
        entry: [UInt8], leaf: Int, proof: [MerkleTree.Hash], checkpoint: LogCheckpoint,
        file: String
    ) throws(LogError) {
        guard
            MerkleTree.verifyInclusion(
                leafHash: MerkleTree.leafHash(entry), index: leaf, size: checkpoint.size,
                proof: proof, root: checkpoint.rootHash)
        else {
            throw .inclusionProof(file: file, leaf: leaf, size: checkpoint.size)
        }
    }

    /// Checks that the log of `second` extends the log of `first` (`first` no larger).
    public static func verifyConsistency(
        from first: LogCheckpoint, to second: LogCheckpoint, proof: [MerkleTree.Hash],
        file: String
    ) throws(LogError) {
        try LogCheckpoint.checkNotForked(first, second, source: file)
        guard first.size <= second.size,
            MerkleTree.verifyConsistency(
                first: first.size, second: second.size, firstRoot: first.rootHash,
                secondRoot: second.rootHash, proof: proof)
        else {
            throw .consistencyProof(file: file, first: first.size, second: second.size)
        }
    }

    /// Re-derives the checkpoint's root from the log's entries: every entry the checkpoint
    /// counts must be there, and hash to its root.
    ///
    /// When the root differs, the first leaf whose inclusion proof (from the log) fails is the
    /// rewritten one.
    ///
    /// - Returns: The entries the checkpoint counts.
    @discardableResult
    public static func verifyEntries(
        of log: TransparencyLog, against checkpoint: LogCheckpoint
    ) throws(LogError) -> [[UInt8]] {
        let size = try log.size()
        guard size >= checkpoint.size else {
            throw .entryDropped(source: log.source, found: size, size: checkpoint.size)
        }
        var entries: [[UInt8]] = []
        // Page by leaf index; a page shorter than asked has a hole: entries were dropped.
        while entries.count < checkpoint.size {
            let end = min(checkpoint.size, entries.count + TransparencyLog.maxEntriesPerRead)
            let asked = end - entries.count
            let page = try log.entries(from: entries.count, to: end)
            entries += page
            if page.count < asked { break }
        }
        guard entries.count == checkpoint.size else {
            throw .entryDropped(source: log.source, found: entries.count, size: checkpoint.size)
        }
        let leaves = entries.map(MerkleTree.leafHash)
        if MerkleTree.root(ofLeafHashes: leaves) == checkpoint.rootHash { return entries }
        for (index, leaf) in leaves.enumerated() {
            let proof = try? log.inclusionProof(leaf: index, size: checkpoint.size)
            if let proof,
                MerkleTree.verifyInclusion(
                    leafHash: leaf, index: index, size: checkpoint.size, proof: proof,
                    root: checkpoint.rootHash)
            {
                continue
            }
            throw .entryRewritten(source: log.source, leaf: index, size: checkpoint.size)
        }
        throw .entryRewritten(source: log.source, leaf: 0, size: checkpoint.size)
    }
}
