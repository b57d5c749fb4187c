/// A bundle that verified, as `aggregate` keeps it while it reads the others: where it is in its
/// signatory's chain, and nothing of its content.
struct SubmittedBundle: Sendable, Equatable {
    /// The bundle's path, as shown in outputs.
    var file: String
    /// The signatory.
    var signatory: String
    /// The reporting year.
    var year: Int
    /// The sequence in the signatory's chain, from 1.
    var sequence: Int
    /// The SHA-256 of its manifest: its identity in the chain.
    var manifestSHA256: String
    /// The bundle it names as its predecessor, if any.
    var previous: BundleManifest.Previous?
    /// When it says it was made.
    var createdAt: BundleTimestamp

    /// Creates a bundle row.
    init(
        file: String, signatory: String, year: Int, sequence: Int, manifestSHA256: String,
        previous: BundleManifest.Previous?, createdAt: BundleTimestamp
    ) {
        self.file = file
        self.signatory = signatory
        self.year = year
        self.sequence = sequence
        self.manifestSHA256 = manifestSHA256
        self.previous = previous
        self.createdAt = createdAt
    }

    /// The row of a verified bundle.
    init(_ bundle: VerifiedBundle, file: String) {
        let manifest = bundle.manifest
        self.init(
            file: file, signatory: manifest.signatory.id, year: manifest.year,
            sequence: manifest.sequence,
            manifestSHA256: bundle.manifestSHA256, previous: manifest.previous,
            createdAt: manifest.createdAt)
    }

    /// Whether this bundle is later than another of the same year: a higher sequence, then a later
    /// creation time, then (for a total order) the greater manifest hash.
    func supersedes(_ other: SubmittedBundle) -> Bool {
        if sequence != other.sequence { return sequence > other.sequence }
        if createdAt != other.createdAt { return createdAt > other.createdAt }
        return other.manifestSHA256.utf8.lexicographicallyPrecedes(manifestSHA256.utf8)
    }
}
