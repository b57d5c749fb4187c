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
    public var hasInputOutputFailure: Bool {
        entries.contains { $0.failure?.isInputOutputFailure == true }
    }

    /// Fails every passed bundle that shares its signatory and sequence, or signatory and
    /// year, with a different passed bundle (linear in the number of bundles).
    private mutating func markConflicts() {
        struct Place: Hashable {
            var signatory: String
            var number: Int
        }
        var bySequence: [Place: [Int]] = [:]
        var byYear: [Place: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            guard let bundle = entry.bundle else { continue }
            let signatory = bundle.manifest.signatory.id
            bySequence[Place(signatory: signatory, number: bundle.manifest.sequence), default: []]
                .append(index)
            byYear[Place(signatory: signatory, number: bundle.manifest.year), default: []].append(
                index)
        }
        var failures: [Int: BundleError] = [:]
        func mark(_ groups: [Place: [Int]], _ reason: (Place) -> String) {
            for (place, indices) in groups where indices.count > 1 {
                for index in indices where failures[index] == nil {
                    let digest = entries[index].bundle?.manifestSHA256
                    guard
                        let other = indices.first(where: {
                            entries[$0].bundle?.manifestSHA256 != digest
                        })
                    else { continue }
                    failures[index] = .conflictingBundles(
                        file: entries[index].file, other: entries[other].file, reason: reason(place)
                    )
                }
            }
        }
        mark(bySequence) { "fork: another bundle of \($0.signatory) claims sequence \($0.number)" }
        mark(byYear) { "another bundle of \($0.signatory) reports for \($0.number)" }
        for (index, failure) in failures { entries[index].outcome = .failure(failure) }
    }
}
