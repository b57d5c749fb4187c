public import Foundation

/// Verifies bundles against the keys a verifier trusts (`--key` or the society's keyring),
/// never against anything inside the bundle.
///
/// The checks run in this order, and the first failure is thrown with its own code
/// (``BundleError``):
/// 1. container intake (``ZIPContainerReader``): structure, names, entry kinds, caps;
/// 2. `manifest.json.minisig`: at most 4 KiB, parsed strictly;
/// 3. `manifest.json` read as raw bytes (at most 1 MiB), nothing parsed yet;
/// 4. the trusted keys with the signature's key number, the signature over the exact manifest
///    bytes with each, then the global signature over the trusted comment; the untrusted comment
///    must be the one selfassess writes, and the trusted comment's digest the manifest's SHA-256;
/// 5. only now the manifest, parsed strictly and required to be canonical; the trusted comment
///    must be the one derived from it;
/// 6. key policy: `signer_key_id` is the verifying key, the key's signatory is the manifest's,
///    and the key was valid on the creation day;
/// 7. files: exactly the listed files, each with its size and SHA-256;
/// 8. content: the framework is the verifier's, the YAML validates under the usual limits,
///    agrees with the manifest, and the recomputed score equals `results/scores.json` byte for
///    byte and the manifest's summary;
/// 9. with a prior: the chain (signatory, sequence = prior + 1, previous hash, year), and the
///    recomputed comparison equals `results/diff.json`.
public struct BundleVerifier: Sendable {
    /// The keys to trust.
    public var trustedKeys: any TrustedKeys
    /// The framework bundles must answer; its file hash must be the one the manifest names.
    public var framework: Framework
    /// Today, for the validator's plausibility checks.
    public var today: CalendarDate
    /// The container caps.
    public var limits: BundleLimits
    /// The YAML limits.
    public var yamlLimits: YAMLLimits

    /// A verifier.
    public init(
        trustedKeys: any TrustedKeys, framework: Framework, today: CalendarDate,
        limits: BundleLimits = .default,
        yamlLimits: YAMLLimits = .default
    ) {
        self.trustedKeys = trustedKeys
        self.framework = framework
        self.today = today
        self.limits = limits
        self.yamlLimits = yamlLimits
    }

    /// Verifies one bundle.
    ///
    /// - Parameters:
    ///   - url: The bundle file.
    ///   - displayName: Its name in messages; the path by default.
    ///   - prior: The bundle it must follow, if the chain is to be checked.
    /// - Returns: The verified bundle.
    /// - Throws: ``BundleError``, the first check that failed.
    public func verify(
        _ url: URL, displayName: String? = nil, prior: Prior = .none
    ) throws(BundleError) -> VerifiedBundle {
        let archive = try BundleArchive(url: url, displayName: displayName, limits: limits)
        let name = archive.displayName
        let signature = try archive.signature()
        let bytes = try archive.manifestBytes()
        let digest = BundleManifest.sha256(bytes)
        let keys = try authenticate(bytes, signature: signature, archive: archive)
        if let keyID = keys.first?.publicKey.keyID {
            let expected = MinisignSignature.defaultUntrustedComment(for: keyID)
            guard signature.untrustedComment == expected else {
                throw .untrustedCommentMismatch(
                    file: name, expected: expected, found: signature.untrustedComment)
            }
        }
        let commentTail = " manifest-sha256=\(digest)"
        guard
            BundleManifest.schemas.contains(where: {
                signature.trustedComment.hasPrefix($0 + " ")
            }),
            signature.trustedComment.hasSuffix(commentTail)
        else {
            throw .trustedCommentMismatch(
                file: name, expected: "\(BundleManifest.schema) …\(commentTail)",
                found: signature.trustedComment)
        }

        let manifest = try archive.manifest(from: bytes)
        let expectedComment = manifest.trustedComment(manifestSHA256: digest)
        guard signature.trustedComment == expectedComment else {
            throw .trustedCommentMismatch(
                file: name, expected: expectedComment, found: signature.trustedComment)
        }
        let key = try policy(manifest, keys: keys, file: name)
        try archive.checkFiles(against: manifest)
        let (snapshot, score) = try content(manifest, archive: archive)
        let verified = VerifiedBundle(
            displayName: name, manifest: manifest, manifestSHA256: digest, key: key,
            snapshot: snapshot, score: score)
        try chain(verified, archive: archive, prior: prior)
        return verified
    }

    // MARK: - Signature

    /// The candidate keys whose signature over the manifest and over the trusted comment verify.
    private func authenticate(
        _ bytes: [UInt8], signature: MinisignSignature, archive: BundleArchive
    ) throws(BundleError) -> [TrustedKey] {
        let file = archive.name(of: BundleManifest.signaturePath)
        let candidates = trustedKeys.candidates(keynum: signature.keynum)
        guard !candidates.isEmpty else {
            throw .untrustedKey(file: archive.displayName, keynum: signature.keynum.hexString)
        }
        do throws(MinisignError) {
            try signature.checkR(file: file)
        } catch {
            throw .signature(error)
        }
        let signing = candidates.filter {
            $0.publicKey.isValidSignature(signature.signature, for: bytes)
        }
        guard !signing.isEmpty else { throw .signature(.invalidSignature(file: file)) }
        let commented = signing.filter {
            $0.publicKey.isValidSignature(
                signature.globalSignature,
                for: signature.signature + Array(signature.trustedComment.utf8))
        }
        guard !commented.isEmpty else { throw .signature(.invalidTrustedComment(file: file)) }
        return commented
    }

    // MARK: - Key policy

    /// Picks the verifying key that may have signed this manifest; the first failure otherwise.
    private func policy(
        _ manifest: BundleManifest, keys: [TrustedKey], file: String
    ) throws(BundleError) -> TrustedKey {
        var firstFailure: BundleError?
        for key in keys {
            do throws(BundleError) {
                try check(key, for: manifest, file: file)
                return key
            } catch {
                if firstFailure == nil { firstFailure = error }
            }
        }
        throw firstFailure
            ?? .untrustedKey(file: file, keynum: manifest.signerKeyID.keynum.hexString)
    }

    private func check(
        _ key: TrustedKey, for manifest: BundleManifest, file: String
    ) throws(BundleError) {
        let keyID = key.publicKey.keyID
        guard manifest.signerKeyID == keyID else {
            throw .signerKeyMismatch(
                file: file, listed: manifest.signerKeyID.description, verifying: keyID.description)
        }
        if let signatory = key.signatory, signatory != manifest.signatory.id {
            throw .keySignatoryMismatch(
                file: file, keySignatory: signatory, manifestSignatory: manifest.signatory.id)
        }
        let created = manifest.createdAt
        switch key.validity(on: created.date) {
        case .valid: break
        case .notYetValid(let from):
            throw .keyNotYetValid(
                file: file, keyID: keyID.description, from: from, createdAt: created.description)
        case .expired(let until):
            throw .keyExpired(
                file: file, keyID: keyID.description, until: until, createdAt: created.description)
        case .revoked(let revocation):
            throw .keyRevoked(
                file: file, keyID: keyID.description, date: revocation.date,
                reason: revocation.reason)
        }
    }

    // MARK: - Content

    /// Re-validates the assessment inside a bundle whose files were checked: the framework must
    /// be the one given, the YAML must validate, and it must agree with the manifest.
    ///
    /// - Returns: The assessment, with the SHA-256 of each cited evidence file.
    static func assessment(
        in source: BundleSource, framework: Framework, today: CalendarDate, yamlLimits: YAMLLimits
    ) throws(BundleError) -> AssessmentSnapshot {
        let file = source.bundleName
        let manifest = source.manifest
        let framework = Self.framework(answering: manifest, default: framework)
        let identity = BundleManifest.FrameworkIdentity(framework)
        guard manifest.framework == identity else {
            throw .frameworkMismatch(
                file: file,
                bundle:
                    "\(manifest.framework.reference) (sha256 \(manifest.framework.sha256.prefix(12))…)",
                verifier: "\(identity.reference) (sha256 \(identity.sha256.prefix(12))…)")
        }
        let report = Validator(framework: framework, today: today, limits: yamlLimits).validate(
            source)
        let errors = report.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let assessment = report.assessments.first else {
            let first =
                errors.first.map { "\($0.location): \($0.message) [\($0.code.rawValue)]" }
                ?? "the assessment could not be read"
            throw .invalidAssessment(file: file, errors: max(errors.count, 1), first: first)
        }
        let info = assessment.info
        let pairs: [(String, String, String)] = [
            ("signatory id", manifest.signatory.id, info.signatory.id),
            ("signatory name", manifest.signatory.name, info.signatory.name),
            ("year", String(manifest.year), String(info.year)),
            ("framework", manifest.framework.reference.description, info.framework.description),
        ]
        for (field, stated, actual) in pairs where stated != actual {
            throw .assessmentMismatch(
                file: file, field: field, manifest: stated, assessment: actual)
        }
        // A v2 manifest lists exactly the answers still marked carried-forward; a v1 manifest
        // lists none, and may come from a release that signed such answers without a word.
        if !manifest.unreviewed.isEmpty, manifest.unreviewed != assessment.unreviewed {
            throw .assessmentMismatch(
                file: file, field: "unreviewed",
                manifest: manifest.unreviewed.joined(separator: ", "),
                assessment: assessment.unreviewed.joined(separator: ", "))
        }
        var cited: Set<String> = []
        for article in assessment.articles {
            for answer in article.answers { cited.formUnion(answer.evidence.map(\.path)) }
        }
        let hashes = source.evidenceHashes.filter { cited.contains($0.key) }
        return AssessmentSnapshot(assessment: assessment, evidenceHashes: hashes)
    }

    /// The framework a bundle is validated and re-scored under: `framework`, unless the manifest
    /// names an archived built-in framework version (``FrameworkLoader/archived``) by id, version
    /// and SHA-256, which then answers for it, so a bundle signed under 1.0 keeps its 1.0 rules.
    public static func framework(
        answering manifest: BundleManifest, default framework: Framework
    ) -> Framework {
        guard manifest.framework != BundleManifest.FrameworkIdentity(framework) else {
            return framework
        }
        return FrameworkLoader.archived.first {
            BundleManifest.FrameworkIdentity($0) == manifest.framework
        } ?? framework
    }

    private func content(
        _ manifest: BundleManifest, archive: BundleArchive
    ) throws(BundleError) -> (AssessmentSnapshot, Score) {
        let framework = Self.framework(answering: manifest, default: framework)
        let file = archive.displayName
        let source = BundleSource(archive: archive, manifest: manifest)
        let snapshot = try Self.assessment(
            in: source, framework: framework, today: today, yamlLimits: yamlLimits)
        let score = Scorer.score(snapshot.assessment, using: framework)
        guard manifest.file(at: BundleLayout.scoresPath) != nil,
            let stored = try archive.read(path: BundleLayout.scoresPath)
        else {
            throw .missingResults(file: file, path: BundleLayout.scoresPath)
        }
        // The stored bytes against the recomputed score's, rendered once straight into bytes.
        let expected = score.jsonBytes
        if stored != expected {
            throw .scoresMismatch(
                file: file, path: BundleLayout.scoresPath,
                line: Self.firstDifferingLine(stored, expected))
        }
        try compare(manifest.summary, with: BundleManifest.Summary(score), file: file)

        let hasDiff = manifest.file(at: BundleLayout.diffPath) != nil
        if manifest.previous == nil, hasDiff {
            throw .diffMismatch(
                file: file,
                reason:
                    "\(BundleLayout.diffPath) is present, but the manifest names no previous bundle"
            )
        }
        if manifest.previous != nil, !hasDiff {
            throw .diffMismatch(
                file: file,
                reason:
                    "\(BundleLayout.diffPath) is missing, though the manifest names a previous bundle"
            )
        }
        return (snapshot, score)
    }

    private func compare(
        _ stated: BundleManifest.Summary, with computed: BundleManifest.Summary, file: String
    ) throws(BundleError) {
        func show(_ text: String?) -> String { text ?? "null" }
        if stated.overall != computed.overall {
            throw .summaryMismatch(
                file: file, field: "overall", manifest: show(stated.overall),
                computed: show(computed.overall))
        }
        if stated.rating != computed.rating {
            throw .summaryMismatch(
                file: file, field: "rating", manifest: show(stated.rating),
                computed: show(computed.rating))
        }
        if stated.criticalFailures != computed.criticalFailures {
            throw .summaryMismatch(
                file: file, field: "critical_failures",
                manifest: stated.criticalFailures.joined(separator: ","),
                computed: computed.criticalFailures.joined(separator: ","))
        }
        guard stated.articles.count == computed.articles.count else {
            throw .summaryMismatch(
                file: file, field: "articles", manifest: "\(stated.articles.count) articles",
                computed: "\(computed.articles.count)")
        }
        for (index, (a, b)) in zip(stated.articles, computed.articles).enumerated() where a != b {
            throw .summaryMismatch(
                file: file, field: "articles[\(index)]",
                manifest: "article \(a.number) \(show(a.score)) \(show(a.rating))",
                computed: "article \(b.number) \(show(b.score)) \(show(b.rating))")
        }
    }

    /// The 1-based line where two texts first differ.
    static func firstDifferingLine(_ left: [UInt8], _ right: [UInt8]) -> Int {
        var line = 1
        for (a, b) in zip(left, right) {
            if a != b { return line }
            if a == 0x0A { line += 1 }
        }
        return line
    }

    // MARK: - Chain

    private func chain(
        _ bundle: VerifiedBundle, archive: BundleArchive, prior: Prior
    ) throws(BundleError) {
        let file = bundle.displayName
        let previous: VerifiedBundle
        switch prior {
        case .none: return
        case .failed(let name, let failure):
            throw .priorFailed(file: file, prior: name, failure: failure)
        case .verified(let verified): previous = verified
        }
        let manifest = bundle.manifest
        let before = previous.manifest
        let priorName = previous.displayName
        guard manifest.signatory.id == before.signatory.id else {
            throw .priorSignatory(
                file: file, prior: priorName, signatory: manifest.signatory.id,
                priorSignatory: before.signatory.id)
        }
        if manifest.sequence == 1, before.sequence == 1,
            bundle.manifestSHA256 != previous.manifestSHA256
        {
            throw .newChain(file: file, prior: priorName)
        }
        guard bundle.manifestSHA256 != previous.manifestSHA256, manifest.sequence > before.sequence
        else {
            throw .replay(
                file: file, prior: priorName, sequence: manifest.sequence,
                priorSequence: before.sequence)
        }
        guard manifest.year > before.year else {
            throw .priorYear(
                file: file, prior: priorName, year: manifest.year, priorYear: before.year)
        }
        guard manifest.sequence == before.sequence + 1 else {
            throw .gap(
                file: file, prior: priorName, sequence: manifest.sequence,
                priorSequence: before.sequence)
        }
        guard let link = manifest.previous, link.manifestSHA256 == previous.manifestSHA256,
            link.sequence == before.sequence
        else {
            let named =
                manifest.previous.map {
                    "sequence \($0.sequence), manifest \($0.manifestSHA256.prefix(12))…"
                } ?? "none"
            throw .fork(
                file: file, prior: priorName,
                reason:
                    "the bundle follows \(named), not the prior's manifest \(previous.manifestSHA256.prefix(12))…"
            )
        }
        let diff = Differ.diff(
            from: DiffInput(
                snapshot: previous.snapshot,
                framework: Self.framework(answering: before, default: framework)),
            to: DiffInput(
                snapshot: bundle.snapshot,
                framework: Self.framework(answering: manifest, default: framework)))
        guard let stored = try archive.read(path: BundleLayout.diffPath) else {
            throw .diffMismatch(file: file, reason: "\(BundleLayout.diffPath) is missing")
        }
        let expected = diff.jsonValue.renderedBytes()
        if stored != expected {
            throw .diffMismatch(
                file: file,
                reason:
                    "\(BundleLayout.diffPath) differs from the comparison with the prior recomputed from both bundles "
                    + "(from line \(Self.firstDifferingLine(stored, expected)))")
        }
    }
}
