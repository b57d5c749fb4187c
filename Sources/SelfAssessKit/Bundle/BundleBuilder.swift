internal import Crypto
public import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Makes a signed bundle from a valid assessment folder (`selfassess bundle`).
///
/// Three steps, with the caller between the first two, so that nothing drawn for people is
/// rendered inside the signing step: ``draft(_:from:prior:bundleName:)`` packs the YAML files
/// verbatim and every cited evidence file and computes `results/scores.json` (and
/// `results/diff.json` with a prior); the caller renders the reports from the draft and hands
/// them to ``sign(_:reports:)``, which adds them, writes the manifest and signs it;
/// ``write(_:to:displayName:overwrite:)`` writes the container to a temporary file, verifies it
/// with the signer's public key as a verifier would, and only then gives it its name, so a bundle
/// that would not verify is never left behind.
/// The same inputs and creation time give the same bytes.
public struct BundleBuilder: Sendable {
    /// The framework the assessment answers.
    public var framework: Framework
    /// The signatory's signing key.
    public var key: SigningKey
    /// The creation time written in the manifest (from `SOURCE_DATE_EPOCH` when set).
    public var createdAt: BundleTimestamp
    /// Today, for the validator's plausibility checks.
    public var today: CalendarDate
    /// The container caps.
    public var limits: BundleLimits
    /// The YAML limits.
    public var yamlLimits: YAMLLimits

    /// A builder.
    public init(
        framework: Framework, key: SigningKey, createdAt: BundleTimestamp, today: CalendarDate,
        limits: BundleLimits = .default, yamlLimits: YAMLLimits = .default
    ) {
        self.framework = framework
        self.key = key
        self.createdAt = createdAt
        self.today = today
        self.limits = limits
        self.yamlLimits = yamlLimits
    }

    /// Packs a bundle's files and computes its results, the first step: the caller then renders
    /// the reports from the draft and hands them to ``sign(_:reports:)``.
    ///
    /// - Parameters:
    ///   - assessment: The assessment, validated from `folder`.
    ///   - folder: The assessment folder.
    ///   - prior: Last year's bundle, to continue the chain.
    ///   - bundleName: The bundle's name in messages.
    /// - Returns: The files and results, ready for the reports and the signature.
    /// - Throws: ``BundleError/priorSignatory(file:prior:signatory:priorSignatory:)`` and
    ///   ``BundleError/priorYear(file:prior:year:priorYear:)`` for a prior that cannot precede
    ///   this assessment; ``ContainerError/sourceUnreadable(file:path:reason:)`` for a file that
    ///   cannot be read.
    public func draft(
        _ assessment: Assessment, from folder: FolderSource, prior: PriorBundle?, bundleName: String
    ) throws(BundleError) -> BundleDraft {
        try check(prior, precedes: assessment, bundleName: bundleName)
        let collected = try collect(assessment, from: folder, bundleName: bundleName)
        return results(assessment, collected: collected, prior: prior, bundleName: bundleName)
    }

    /// Adds the reports, writes the manifest and signs it, the second step.
    ///
    /// - Parameters:
    ///   - draft: The files and results from ``draft(_:from:prior:bundleName:)``.
    ///   - reports: The reports for people, rendered by the caller from the draft.
    /// - Returns: The content, ready to write.
    /// - Throws: ``BundleError/manifest(_:)`` for a manifest that cannot be written;
    ///   ``BundleError/signature(_:)`` if signing fails.
    public func sign(
        _ draft: BundleDraft, reports: BundleReports
    ) throws(BundleError)
        -> PreparedBundle
    {
        var draft = draft
        draft.add(BundleLayout.reportHTMLPath, .report, reports.html)
        draft.add(BundleLayout.reportMarkdownPath, .report, reports.markdown)
        let info = draft.assessment.info
        let manifest = BundleManifest(
            tool: .current, signatory: .init(id: info.signatory.id, name: info.signatory.name),
            year: info.year, sequence: draft.sequence, createdAt: createdAt,
            framework: .init(framework), signerKeyID: key.publicKey.keyID, files: draft.files,
            summary: .init(draft.score), previous: draft.previous,
            unreviewed: draft.assessment.unreviewed)
        let manifestBytes: [UInt8]
        do {
            manifestBytes = try manifest.encoded()
        } catch {
            throw .manifest(error)
        }
        let digest = BundleManifest.sha256(manifestBytes)
        let signature: MinisignSignature
        do {
            signature = try MinisignSignature.sign(
                manifestBytes, with: key,
                trustedComment: manifest.trustedComment(manifestSHA256: digest),
                file: "\(draft.bundleName)/\(BundleManifest.signaturePath)")
        } catch {
            throw .signature(error)
        }
        var entries = draft.entries
        entries.append(.init(path: BundleManifest.path, content: .bytes(manifestBytes)))
        entries.append(
            .init(path: BundleManifest.signaturePath, content: .bytes(signature.encoded)))
        return PreparedBundle(
            entries: entries, manifest: manifest, manifestBytes: manifestBytes,
            manifestSHA256: digest, signature: signature, score: draft.score, diff: draft.diff)
    }

    /// The assessment's files and the cited evidence, packed: entries and manifest lines in
    /// bundle order, and each evidence file's SHA-256 by cited path.
    private struct Collected {
        var entries: [ZIPContainerWriter.Entry] = []
        var files: [BundleManifest.File] = []
        var evidenceHashes: [String: String] = [:]

        mutating func addAssessment(_ path: String, _ bytes: [UInt8]) {
            entries.append(.init(path: path, content: .bytes(bytes)))
            files.append(
                .init(
                    path: path, role: .assessment, size: bytes.count,
                    sha256: BundleManifest.sha256(bytes)))
        }
    }

    /// Refuses a prior of another signatory, or of the same or a later year.
    private func check(
        _ prior: PriorBundle?, precedes assessment: Assessment, bundleName: String
    ) throws(BundleError) {
        guard let prior else { return }
        let info = assessment.info
        guard prior.manifest.signatory.id == info.signatory.id else {
            throw .priorSignatory(
                file: bundleName, prior: prior.displayName, signatory: info.signatory.id,
                priorSignatory: prior.manifest.signatory.id)
        }
        guard prior.manifest.year < info.year else {
            throw .priorYear(
                file: bundleName, prior: prior.displayName, year: info.year,
                priorYear: prior.manifest.year)
        }
    }

    /// Packs the YAML files verbatim and every cited evidence file (streamed, hashed).
    private func collect(
        _ assessment: Assessment, from folder: FolderSource, bundleName: String
    ) throws(BundleError) -> Collected {
        var collected = Collected()
        for file in [Validator.infoFileName]
            + framework.articles.map({ Validator.articleFileName($0.number) })
        {
            switch folder.read(file, limits: yamlLimits) {
            case .success(let bytes):
                collected.addAssessment(BundleLayout.assessmentPath(file), bytes)
            case .failure(let failure):
                throw .container(
                    .sourceUnreadable(
                        file: bundleName, path: folder.displayName(of: file),
                        reason: failure.description))
            }
        }

        var cited: Set<String> = []
        for article in assessment.articles {
            for answer in article.answers { cited.formUnion(answer.evidence.map(\.path)) }
        }
        for (citedPath, path) in BundleLayout.evidencePaths(for: cited) {
            let (url, size, digest) = try evidence(citedPath, in: folder, bundleName: bundleName)
            collected.evidenceHashes[citedPath] = digest
            collected.entries.append(.init(path: path, content: .file(url)))
            collected.files.append(
                .init(
                    path: path, role: .evidence, size: size, sha256: digest,
                    originalName: path == citedPath ? nil : citedPath))
        }
        return collected
    }

    /// Scores the assessment and compares it with the prior, and adds `results/scores.json` and
    /// `results/diff.json` (Scoring's and Diff's encoders, which the verifier recomputes).
    private func results(
        _ assessment: Assessment, collected: Collected, prior: PriorBundle?, bundleName: String
    ) -> BundleDraft {
        let score = Scorer.score(assessment, using: framework)
        let diff = prior.map { prior in
            Differ.diff(
                from: DiffInput(
                    snapshot: prior.snapshot,
                    framework: BundleVerifier.framework(
                        answering: prior.manifest, default: framework)),
                to: DiffInput(
                    snapshot: AssessmentSnapshot(
                        assessment: assessment, evidenceHashes: collected.evidenceHashes),
                    framework: framework))
        }
        var draft = BundleDraft(
            assessment: assessment, framework: framework, score: score, diff: diff,
            evidenceHashes: collected.evidenceHashes, bundleName: bundleName,
            sequence: (prior?.manifest.sequence ?? 0) + 1,
            previous: prior.map {
                .init(manifestSHA256: $0.manifestSHA256, sequence: $0.manifest.sequence)
            },
            entries: collected.entries, files: collected.files)
        draft.add(BundleLayout.scoresPath, .results, score.jsonBytes)
        if let diff {
            draft.add(BundleLayout.diffPath, .results, Array(diff.json.utf8))
        }
        return draft
    }

    /// Resolves, sizes and hashes one cited evidence file, streaming it.
    private func evidence(
        _ cited: String, in folder: FolderSource, bundleName: String
    ) throws(BundleError) -> (url: URL, size: Int, sha256: String) {
        let display = folder.displayName(of: cited)
        if case .tooLarge(let size, _) = folder.evidence(cited) {
            throw .container(
                .entryTooLarge(
                    file: bundleName, path: cited, size: size, limit: limits.maxEntrySize))
        }
        guard case .file = folder.evidence(cited),
            let resolved = FileReader.realPath(folder.folder.appendingPathComponent(cited).path)
        else {
            throw .container(
                .sourceUnreadable(
                    file: bundleName, path: display,
                    reason: "not a regular file inside the assessment folder"))
        }
        let url = URL(fileURLWithPath: resolved)
        var hasher = SHA256()
        // The size is checked from the file system before a byte is read.
        let result = FileReader.stream(url, maxSize: limits.maxEntrySize) { chunk in
            hasher.update(bufferPointer: chunk)
        }
        switch result {
        case .success(let size):
            return (url, size, hasher.finalize().hexString)
        case .failure(.tooLarge(let size, let limit)):
            throw .container(
                .entryTooLarge(file: bundleName, path: cited, size: size, limit: limit))
        case .failure(let failure):
            throw .container(
                .sourceUnreadable(file: bundleName, path: display, reason: failure.description))
        }
    }

    /// Writes a prepared bundle, checks it as a verifier would, and gives it its name.
    ///
    /// - Parameters:
    ///   - prepared: The content from ``sign(_:reports:)``.
    ///   - url: The bundle file.
    ///   - displayName: The name in messages; the path by default.
    ///   - overwrite: Whether an existing file is replaced.
    /// - Returns: The bundle as the verifier saw it.
    /// - Throws: ``ContainerError/exists(file:)`` (checked first, and again atomically at the
    ///   end), other ``BundleError/container(_:)`` failures to write, and
    ///   ``BundleError/selfCheckFailed(file:failure:)`` when the written bundle does not verify
    ///   (an evidence file that changed while it was packed, say).
    @discardableResult
    public func write(
        _ prepared: PreparedBundle, to url: URL, displayName: String? = nil, overwrite: Bool
    ) throws(BundleError) -> VerifiedBundle {
        let name = displayName ?? url.path
        if !overwrite, FileReader.entryKind(url) != .missing {
            throw .container(.exists(file: name))
        }
        if let refusal = OutputTarget.refusal(at: url.path) {
            throw .container(.notRegularTarget(file: name, reason: refusal))
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).unverified-\(UUID().uuidString.prefix(8))")
        TemporaryFiles.shared.register(temporary)
        defer {
            unlink(temporary.path)
            TemporaryFiles.shared.unregister(temporary)
        }
        do {
            try ZIPContainerWriter.writeInPlace(
                prepared.entries, to: temporary, displayName: name, limits: limits)
        } catch {
            throw .container(error)
        }
        let verifier = BundleVerifier(
            trustedKeys: SingleTrustedKey(key.publicKey), framework: framework, today: today,
            limits: limits,
            yamlLimits: yamlLimits)
        let verified: VerifiedBundle
        do {
            verified = try verifier.verify(temporary, displayName: name)
        } catch {
            throw .selfCheckFailed(file: name, failure: error)
        }
        do {
            try ZIPContainerWriter.place(temporary, at: url, file: name, overwrite: overwrite)
        } catch {
            throw .container(error)
        }
        return verified
    }
}
