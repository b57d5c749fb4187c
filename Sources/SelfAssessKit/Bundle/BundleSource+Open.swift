public import Foundation

extension BundleSource {
    /// Opens a bundle to read its assessment without a key, as `score`, `diff` and `report` do.
    ///
    /// The container, the signature file's shape and the manifest are checked, and every file
    /// must have the size and SHA-256 the manifest lists; but the signature is **not** verified,
    /// so nothing says who made the bundle. Use ``BundleVerifier`` for that.
    ///
    /// - Parameters:
    ///   - url: The bundle file.
    ///   - displayName: Its name in messages; the path by default.
    ///   - limits: The container caps.
    /// - Returns: The source, with the manifest's SHA-256.
    /// - Throws: ``BundleError``.
    public static func openUnauthenticated(
        _ url: URL, displayName: String? = nil, limits: BundleLimits = .default
    ) throws(BundleError) -> (source: BundleSource, manifestSHA256: String) {
        let archive = try BundleArchive(url: url, displayName: displayName, limits: limits)
        _ = try archive.signature()
        let bytes = try archive.manifestBytes()
        let manifest = try archive.manifest(from: bytes)
        try archive.checkFiles(against: manifest)
        return (BundleSource(archive: archive, manifest: manifest), BundleManifest.sha256(bytes))
    }
}
