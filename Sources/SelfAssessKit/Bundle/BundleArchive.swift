public import Foundation

/// A bundle file opened for reading: the hardened ZIP container and the steps of verification that
/// read it.
///
/// Nothing here trusts the bundle; ``BundleVerifier`` runs these steps in order, with the signature
/// checked before the manifest is parsed.
public struct BundleArchive {
    /// The bundle's name in messages.
    public let displayName: String
    /// The container, already checked as a whole (``ZIPContainerReader``).
    public let container: ZIPContainerReader

    /// Opens a bundle and checks its container: structure, names, entry kinds and caps.
    ///
    /// - Parameters:
    ///   - url: The bundle file.
    ///   - displayName: The name in messages; the path by default.
    ///   - limits: The caps.
    /// - Throws: ``BundleError/container(_:)``.
    public init(
        url: URL, displayName: String? = nil, limits: BundleLimits = .default
    ) throws(BundleError) {
        let name = displayName ?? url.path
        do {
            container = try ZIPContainerReader(url: url, displayName: name, limits: limits)
        } catch {
            throw .container(error)
        }
        self.displayName = name
    }

    /// The name of an entry in messages: `acme-2025.sabundle/manifest.json`.
    public func name(of path: String) -> String { "\(displayName)/\(path)" }

    /// Reads and parses `manifest.json.minisig` strictly; never more than 4 KiB are read.
    ///
    /// - Throws: ``BundleError/missingSignature(file:)``, ``BundleError/signature(_:)`` for its
    ///   shape, ``BundleError/container(_:)`` for damaged data.
    public func signature() throws(BundleError) -> MinisignSignature {
        let file = name(of: BundleManifest.signaturePath)
        guard let entry = container.entry(at: BundleManifest.signaturePath) else {
            throw .missingSignature(file: displayName)
        }
        guard entry.size <= MinisignSignature.maxSize else {
            throw .signature(
                .tooLarge(file: file, size: entry.size, limit: MinisignSignature.maxSize))
        }
        let bytes = try read(entry)
        do {
            return try MinisignSignature.parse(bytes, file: file)
        } catch {
            throw .signature(error)
        }
    }

    /// Reads `manifest.json` as raw bytes, never more than 1 MiB; nothing is parsed.
    ///
    /// - Throws: ``BundleError/missingManifest(file:)``, SB301 for a manifest over the cap,
    ///   ``BundleError/container(_:)`` for damaged data.
    public func manifestBytes() throws(BundleError) -> [UInt8] {
        guard let entry = container.entry(at: BundleManifest.path) else {
            throw .missingManifest(file: displayName)
        }
        guard entry.size <= BundleManifest.maxSize else {
            throw .manifest(
                .json(
                    .tooLarge(
                        file: name(of: BundleManifest.path), size: entry.size,
                        limit: BundleManifest.maxSize)))
        }
        return try read(entry)
    }

    /// Parses manifest bytes strictly (``BundleManifest/decode(_:file:)``).
    public func manifest(from bytes: [UInt8]) throws(BundleError) -> BundleManifest {
        do {
            return try BundleManifest.decode(bytes, file: name(of: BundleManifest.path))
        } catch {
            throw .manifest(error)
        }
    }

    /// Checks that the bundle holds exactly the files the manifest lists, plus the manifest and
    /// its signature, each with the listed size and SHA-256 (streamed under the caps).
    ///
    /// - Parameter manifest: The manifest, already verified and parsed.
    /// - Throws: ``BundleError/fileMissing(file:path:)`` (checked first, in path order), then
    ///   ``BundleError/fileNotListed(file:path:)``, then per file in path order
    ///   ``BundleError/fileSizeMismatch(file:path:listed:actual:)`` and
    ///   ``BundleError/fileHashMismatch(file:path:listed:actual:)``.
    public func checkFiles(against manifest: BundleManifest) throws(BundleError) {
        let reserved: Set<[UInt8]> = [
            Array(BundleManifest.path.utf8), Array(BundleManifest.signaturePath.utf8),
        ]
        var entries: [[UInt8]: ContainerEntry] = [:]
        for entry in container.entries { entries[Array(entry.path.utf8)] = entry }
        let listed = Set(manifest.files.map { Array($0.path.utf8) })
        for file in manifest.files where entries[Array(file.path.utf8)] == nil {
            throw .fileMissing(file: displayName, path: file.path)
        }
        let extra = container.entries.map(\.path)
            .filter { !listed.contains(Array($0.utf8)) && !reserved.contains(Array($0.utf8)) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        if let path = extra.first { throw .fileNotListed(file: displayName, path: path) }
        for file in manifest.files {
            guard let entry = entries[Array(file.path.utf8)] else { continue }
            guard entry.size == file.size else {
                // The size the archive declares may itself be false (a deflated entry holding
                // fewer bytes): the entry's own check then says what it really holds.
                do {
                    _ = try container.sha256(of: entry)
                } catch {
                    throw .container(error)
                }
                throw .fileSizeMismatch(
                    file: displayName, path: file.path, listed: file.size, actual: entry.size)
            }
            let digest: String
            do {
                digest = try container.sha256(of: entry).hex
            } catch {
                throw .container(error)
            }
            guard digest == file.sha256 else {
                throw .fileHashMismatch(
                    file: displayName, path: file.path, listed: file.sha256, actual: digest)
            }
        }
    }

    /// Reads a whole entry under the caps.
    public func read(_ entry: ContainerEntry) throws(BundleError) -> [UInt8] {
        do {
            return try container.read(entry)
        } catch {
            throw .container(error)
        }
    }

    /// Reads the entry with a path, or nil when there is none.
    public func read(path: String) throws(BundleError) -> [UInt8]? {
        guard let entry = container.entry(at: path) else { return nil }
        return try read(entry)
    }
}
