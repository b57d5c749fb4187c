internal import Crypto
import Foundation

/// An assessment together with the SHA-256 of every evidence file it cites: what `diff` compares,
/// so that a changed document is noticed even when its path stays the same.
public struct AssessmentSnapshot: Sendable, Equatable {
    /// The assessment.
    public var assessment: Assessment
    /// The SHA-256 of each cited evidence file's content (lower-case hex), by normalized path.
    public var evidenceHashes: [String: String]

    /// Creates a snapshot from known hashes.
    public init(assessment: Assessment, evidenceHashes: [String: String]) {
        self.assessment = assessment
        self.evidenceHashes = evidenceHashes
    }

    /// The hash of a cited evidence file, if it was read.
    public func hash(of path: String) -> String? {
        evidenceHashes[path]
    }

    /// Reads every cited evidence file of an assessment through its source and hashes it,
    /// streaming (a file is never held in memory whole).
    ///
    /// - Parameters:
    ///   - assessment: A valid assessment read from `source`.
    ///   - source: Where its files come from: a folder, later a bundle.
    /// - Returns: The assessment with the hash of each cited file.
    /// - Throws: ``SnapshotError`` naming the first file that could not be read.
    public static func load(
        _ assessment: Assessment, from source: any EvidenceContentSource
    ) throws(SnapshotError) -> AssessmentSnapshot {
        var paths: Set<String> = []
        for article in assessment.articles {
            for answer in article.answers {
                for item in answer.evidence { paths.insert(item.path) }
            }
        }
        var hashes: [String: String] = [:]
        for path in paths.sorted() {
            var hasher = SHA256()
            let result = source.readEvidence(path) { chunk in hasher.update(bufferPointer: chunk) }
            if case .failure(let failure) = result {
                throw SnapshotError.unreadableEvidence(
                    file: source.displayName(of: path), reason: failure.description)
            }
            hashes[path] = hasher.finalize().hexString
        }
        return AssessmentSnapshot(assessment: assessment, evidenceHashes: hashes)
    }
}
