/// A bundle that passed every check of ``BundleVerifier``: what it states, who signed it, and
/// the assessment and score recomputed from its own bytes.
public struct VerifiedBundle: Sendable, Equatable {
    /// The bundle's name in messages.
    public var displayName: String
    /// The manifest.
    public var manifest: BundleManifest
    /// The SHA-256 of the manifest's bytes, lower-case hex: the bundle's identity in the chain.
    public var manifestSHA256: String
    /// The trusted key that verified the signature.
    public var key: TrustedKey
    /// The assessment and its evidence hashes, read from the bundle.
    public var snapshot: AssessmentSnapshot
    /// The score recomputed from the assessment (equal to `results/scores.json`).
    public var score: Score

    /// The indicators signed while still carried forward and unreviewed, in file order: the
    /// manifest's list (schema v2), which the verifier checked against the answers, or for a v1
    /// bundle the answers' own `carried-forward` marks (releases before the refusal signed them).
    public var unreviewed: [String] { snapshot.assessment.unreviewed }

    /// A verified bundle.
    public init(
        displayName: String, manifest: BundleManifest, manifestSHA256: String, key: TrustedKey,
        snapshot: AssessmentSnapshot, score: Score
    ) {
        self.displayName = displayName
        self.manifest = manifest
        self.manifestSHA256 = manifestSHA256
        self.key = key
        self.snapshot = snapshot
        self.score = score
    }
}
