import Foundation

/// An assessment source that can also hand out the content of its evidence files, for hashing.
///
/// A folder streams files from disk; a bundle reader can hand out its entries from memory.
public protocol EvidenceContentSource: AssessmentSource {
    /// Reads a cited evidence file, in chunks, in order.
    ///
    /// - Parameters:
    ///   - path: The normalized path relative to the assessment, as ``EvidenceItem/path`` holds it.
    ///   - consume: Called with each chunk of the content.
    /// - Returns: Nothing, or why the file could not be read.
    func readEvidence(
        _ path: String, _ consume: (UnsafeRawBufferPointer) -> Void
    ) -> Result<Void, FileReadFailure>
}
