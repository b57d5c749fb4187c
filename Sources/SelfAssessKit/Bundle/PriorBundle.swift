public import Foundation

/// Last year's bundle, read by `selfassess bundle --prior` to continue the chain: the new
/// bundle's sequence is the prior's plus one, its `previous` names the SHA-256 of the prior's
/// manifest, and its `results/diff.json` compares the two assessments.
///
/// The prior is read as ``BundleSource/openUnauthenticated(_:displayName:limits:)`` does: its
/// files must match its manifest, and its assessment must validate, but its signature is not
/// checked here (the signer's key may have been rotated since); `verify --prior` checks it.
public struct PriorBundle: Sendable {
    /// The bundle's name in messages.
    public var displayName: String
    /// Its manifest.
    public var manifest: BundleManifest
    /// The SHA-256 of its manifest's bytes.
    public var manifestSHA256: String
    /// Its assessment, with evidence hashes.
    public var snapshot: AssessmentSnapshot

    /// A prior bundle from known parts.
    public init(
        displayName: String, manifest: BundleManifest, manifestSHA256: String,
        snapshot: AssessmentSnapshot
    ) {
        self.displayName = displayName
        self.manifest = manifest
        self.manifestSHA256 = manifestSHA256
        self.snapshot = snapshot
    }

    /// Reads a prior bundle.
    ///
    /// - Parameters:
    ///   - url: The bundle file.
    ///   - displayName: Its name in messages; the path by default.
    ///   - framework: The framework it must answer (the same file as this year's).
    ///   - today: For the validator.
    ///   - limits: The container caps.
    ///   - yamlLimits: The YAML limits.
    /// - Throws: ``BundleError``.
    public static func read(
        _ url: URL, displayName: String? = nil, framework: Framework, today: CalendarDate,
        limits: BundleLimits = .default, yamlLimits: YAMLLimits = .default
    ) throws(BundleError) -> PriorBundle {
        let (source, digest) = try BundleSource.openUnauthenticated(
            url, displayName: displayName, limits: limits)
        let snapshot = try BundleVerifier.assessment(
            in: source, framework: framework, today: today, yamlLimits: yamlLimits)
        return PriorBundle(
            displayName: source.bundleName, manifest: source.manifest, manifestSHA256: digest,
            snapshot: snapshot)
    }
}
