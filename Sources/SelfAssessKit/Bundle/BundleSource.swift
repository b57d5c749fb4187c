import Foundation

/// An assessment read from a bundle's own bytes: `assessment/*.yaml` as the top-level files,
/// and the cited evidence paths mapped to their entries through the manifest (a cited path is
/// an entry's ``BundleManifest/File/originalName`` when it has one, else its path).
///
/// It lets the ``Validator`` re-validate, and ``Scorer`` re-score, exactly what was signed.
/// Diagnostics name files as `acme-2025.sabundle/assessment/article-2.yaml`. Use it over a
/// bundle whose files were checked against its manifest (``BundleArchive/checkFiles(against:)``).
public struct BundleSource: EvidenceContentSource {
    /// The manifest whose files the source reads.
    public let manifest: BundleManifest
    /// The bundle's name in diagnostics.
    public let bundleName: String
    private let box: ContainerBox
    private let assessmentFiles: [String: String]
    private let evidence: [String: BundleManifest.File]

    /// A source over a bundle's container and manifest.
    ///
    /// - Parameters:
    ///   - archive: The opened bundle.
    ///   - manifest: Its manifest.
    public init(archive: BundleArchive, manifest: BundleManifest) {
        self.manifest = manifest
        bundleName = archive.displayName
        box = ContainerBox(archive.container)
        var assessmentFiles: [String: String] = [:]
        var evidence: [String: BundleManifest.File] = [:]
        for file in manifest.files {
            switch file.role {
            case .assessment:
                let name = String(file.path.dropFirst(BundleLayout.assessmentFolder.count + 1))
                assessmentFiles[name] = file.path
            case .evidence:
                evidence[file.citedPath] = file
            case .results, .report:
                break
            }
        }
        self.assessmentFiles = assessmentFiles
        self.evidence = evidence
    }

    public func displayName(of file: String) -> String {
        if let listed = evidence[file] { return "\(bundleName)/\(listed.path)" }
        return "\(bundleName)/\(BundleLayout.assessmentPath(file))"
    }

    public func read(_ file: String, limits: YAMLLimits) -> Result<[UInt8], FileReadFailure> {
        guard let path = assessmentFiles[file] else { return .failure(.notFound) }
        return box.read(path: path, limit: limits.maxFileSize)
    }

    public func topLevelFiles() -> [String] {
        assessmentFiles.keys.sorted()
    }

    public func evidence(_ path: String) -> EvidenceStatus {
        if evidence[path] != nil { return .file }
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let siblings = evidence.keys.compactMap { cited -> String? in
            let parts = cited.split(separator: "/")
            return parts.dropLast().joined(separator: "/") == folder
                ? parts.last.map(String.init) : nil
        }
        return .missing(siblings: siblings.sorted())
    }

    public func readEvidence(
        _ path: String, _ consume: (UnsafeRawBufferPointer) -> Void
    ) -> Result<Void, FileReadFailure> {
        guard let file = evidence[path] else { return .failure(.notFound) }
        return box.stream(path: file.path, consume)
    }

    /// The SHA-256 of each cited evidence file, as the manifest lists them (the files were
    /// checked against these digests).
    public var evidenceHashes: [String: String] {
        evidence.mapValues(\.sha256)
    }
}

/// The container behind a lock, so that the source can be shared across tasks.
private final class ContainerBox: @unchecked Sendable {
    private let container: any BundleContainer
    private let lock = NSLock()

    init(_ container: any BundleContainer) {
        self.container = container
    }

    func read(path: String, limit: Int) -> Result<[UInt8], FileReadFailure> {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = container.entry(at: path) else { return .failure(.notFound) }
        guard entry.size <= limit else {
            return .failure(.tooLarge(size: entry.size, limit: limit))
        }
        do {
            return .success(try container.read(entry))
        } catch {
            return .failure(.system(error.description))
        }
    }

    func stream(
        path: String, _ consume: (UnsafeRawBufferPointer) -> Void
    ) -> Result<Void, FileReadFailure> {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = container.entry(at: path) else { return .failure(.notFound) }
        do {
            try container.stream(entry) { chunk in chunk.withUnsafeBytes(consume) }
            return .success(())
        } catch {
            return .failure(.system(error.description))
        }
    }
}
