/// The outcome of verifying one or more bundles together (`selfassess verify A B …`).
///
/// Besides each bundle's own verdict, bundles checked together are compared: two different
/// bundles (different manifests) of one signatory that both verify but claim the same sequence
/// or the same year are a fork or a second submission, and both are failed with
/// ``BundleError/conflictingBundles(file:other:reason:)``.
public struct BundleVerificationReport: Sendable {
    /// The verdicts, in the order the bundles were given.
    public private(set) var entries: [Entry]

    /// A report; conflicts between bundles that passed are marked here.
    public init(_ entries: [Entry]) {
        self.entries = entries
        markConflicts()
    }

    /// How many bundles passed.
    public var verifiedCount: Int { entries.count { $0.bundle != nil } }
    /// How many failed.
    public var failedCount: Int { entries.count - verifiedCount }
    /// Whether a bundle could not be read at all (exit code 2).
    public var hasInputOutputFailure: Bool { entries.contains { $0.failure?.isInputOutputFailure == true } }

    private mutating func markConflicts() {
        var failures: [Int: BundleError] = [:]
        for (index, entry) in entries.enumerated() {
            guard let bundle = entry.bundle else { continue }
            for (otherIndex, other) in entries.enumerated() where otherIndex != index {
                guard let theirs = other.bundle, theirs.manifestSHA256 != bundle.manifestSHA256,
                    theirs.manifest.signatory.id == bundle.manifest.signatory.id
                else { continue }
                let signatory = bundle.manifest.signatory.id
                if theirs.manifest.sequence == bundle.manifest.sequence {
                    failures[index] = .conflictingBundles(
                        file: entry.file, other: other.file,
                        reason: "fork: another bundle of \(signatory) claims sequence \(bundle.manifest.sequence)")
                    break
                }
                if theirs.manifest.year == bundle.manifest.year {
                    failures[index] = .conflictingBundles(
                        file: entry.file, other: other.file,
                        reason: "another bundle of \(signatory) reports for \(bundle.manifest.year)")
                    break
                }
            }
        }
        for (index, failure) in failures { entries[index].outcome = .failure(failure) }
    }
}
