/// A bundle's content, made and signed, before it is written: the entries, the manifest and
/// its signature, and the results they hold.
public struct PreparedBundle: Sendable {
    /// Every entry, the manifest and its signature included.
    public var entries: [ZIPContainerWriter.Entry]
    /// The manifest.
    public var manifest: BundleManifest
    /// The manifest's bytes, as signed.
    public var manifestBytes: [UInt8]
    /// The SHA-256 of the manifest's bytes.
    public var manifestSHA256: String
    /// The signature.
    public var signature: MinisignSignature
    /// The score.
    public var score: Score
    /// The comparison with the prior, if there is one.
    public var diff: AssessmentDiff?

    /// A prepared bundle.
    public init(
        entries: [ZIPContainerWriter.Entry], manifest: BundleManifest, manifestBytes: [UInt8],
        manifestSHA256: String,
        signature: MinisignSignature, score: Score, diff: AssessmentDiff?
    ) {
        self.entries = entries
        self.manifest = manifest
        self.manifestBytes = manifestBytes
        self.manifestSHA256 = manifestSHA256
        self.signature = signature
        self.score = score
        self.diff = diff
    }
}
