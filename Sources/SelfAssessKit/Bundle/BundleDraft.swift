/// A bundle's content before it is signed: the assessment's files and the cited evidence, packed
/// (``BundleBuilder/draft(_:from:prior:bundleName:)``), and the computed results, with what the
/// caller needs to render the reports that ``BundleBuilder/sign(_:reports:)`` adds.
public struct BundleDraft: Sendable {
    /// The assessment.
    public var assessment: Assessment
    /// The framework it answers.
    public var framework: Framework
    /// Its score, carried as `results/scores.json`.
    public var score: Score
    /// The comparison with the prior bundle, carried as `results/diff.json`, if there is a prior.
    public var diff: AssessmentDiff?
    /// The SHA-256 of each cited evidence file, by the path the assessment cites.
    public var evidenceHashes: [String: String]
    /// The bundle's name in messages.
    public var bundleName: String
    /// The bundle's place in the signatory's chain: 1 for the first bundle.
    public var sequence: Int
    /// The link to the prior bundle, if there is one.
    public var previous: BundleManifest.Previous?
    /// The entries so far, in the order they are listed (the manifest and its signature come last).
    public var entries: [ZIPContainerWriter.Entry]
    /// The manifest's file list so far, in the same order.
    public var files: [BundleManifest.File]

    /// A draft.
    public init(
        assessment: Assessment, framework: Framework, score: Score, diff: AssessmentDiff?,
        evidenceHashes: [String: String], bundleName: String, sequence: Int,
        previous: BundleManifest.Previous?, entries: [ZIPContainerWriter.Entry],
        files: [BundleManifest.File]
    ) {
        self.assessment = assessment
        self.framework = framework
        self.score = score
        self.diff = diff
        self.evidenceHashes = evidenceHashes
        self.bundleName = bundleName
        self.sequence = sequence
        self.previous = previous
        self.entries = entries
        self.files = files
    }

    /// Adds a file given by its bytes, listed with its size and SHA-256.
    mutating func add(_ path: String, _ role: BundleManifest.File.Role, _ bytes: [UInt8]) {
        entries.append(.init(path: path, content: .bytes(bytes)))
        files.append(
            .init(path: path, role: role, size: bytes.count, sha256: BundleManifest.sha256(bytes)))
    }
}
