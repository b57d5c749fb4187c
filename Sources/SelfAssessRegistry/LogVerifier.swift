public import Foundation
public import SelfAssessKit

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

    /// Checks a receipt's own proof, offline, with the society's key alone: its checkpoint is
    /// the society's (``LogError/receiptCheckpointMalformed(file:reason:)``,
    /// ``LogError/receiptCheckpointSignature(file:key:)``) and its entry, rebuilt from the
    /// receipt's own fields, leads through its inclusion proof to the checkpoint's root
    /// (``LogError/receiptInclusion(file:leaf:size:)``).
    ///
    /// The receipt's own signature is checked first, by ``SignedReceipt/verify(_:signature:with:file:)``.
    ///
    /// - Returns: The receipt's checkpoint; nil for a v1 or v2 receipt, which carries no proof.
    public static func verifyReceipt(
        _ receipt: RegistryReceipt, key: PublicKey, file: String
    ) throws(LogError) -> LogCheckpoint? {
        guard let inclusion = receipt.log else { return nil }
        let checkpoint: LogCheckpoint
        do throws(LogError) {
            checkpoint = try LogCheckpoint.verify(inclusion.checkpoint, key: key, file: file)
        } catch {
            switch error {
            case .checkpointSignature:
                throw .receiptCheckpointSignature(file: file, key: key.keyID.description)
            case .checkpointMalformed(_, let reason):
                throw .receiptCheckpointMalformed(file: file, reason: reason)
            default: throw error
            }
        }
        let entry: [UInt8]
        do throws(RegistryError) {
            entry = try LogEntry(receipt: receipt).canonicalBytes()
        } catch {
            throw .receiptInclusion(file: file, leaf: inclusion.leafIndex, size: checkpoint.size)
        }
        guard
            MerkleTree.verifyInclusion(
                leafHash: MerkleTree.leafHash(entry), index: inclusion.leafIndex,
                size: checkpoint.size, proof: inclusion.inclusionProof, root: checkpoint.rootHash)
        else {
            throw .receiptInclusion(file: file, leaf: inclusion.leafIndex, size: checkpoint.size)
        }
        return checkpoint
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
