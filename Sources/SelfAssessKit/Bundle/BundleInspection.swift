public import Foundation

/// What a bundle claims, read without a key for `selfassess inspect`: its entries, its manifest and
/// signature file as far as they can be read.
///
/// **Nothing here is verified**: the manifest is parsed before, and without, any signature check.
public struct BundleInspection: Sendable {
    /// The bundle's name in messages.
    public var displayName: String
    /// The entries: path and size, in the container's order.
    public var entries: [Entry]
    /// The manifest, or why it cannot be read.
    public var manifest: Result<BundleManifest, BundleError>
    /// The SHA-256 of the manifest's bytes, if there are any.
    public var manifestSHA256: String?
    /// The signature file, or why it cannot be read.
    public var signature: Result<MinisignSignature, BundleError>

    /// Reads what a bundle claims.
    ///
    /// - Parameters:
    ///   - url: The bundle file.
    ///   - displayName: The name in messages; the path by default.
    ///   - limits: The container caps.
    /// - Throws: ``BundleError/container(_:)`` when the container itself is refused or unreadable.
    public static func inspect(
        _ url: URL, displayName: String? = nil, limits: BundleLimits = .default
    ) throws(BundleError) -> BundleInspection {
        let archive = try BundleArchive(url: url, displayName: displayName, limits: limits)
        let entries = archive.container.entries.map { Entry(path: $0.path, size: $0.size) }
        var digest: String?
        let manifest: Result<BundleManifest, BundleError>
        do throws(BundleError) {
            let bytes = try archive.manifestBytes()
            digest = BundleManifest.sha256(bytes)
            manifest = .success(try archive.manifest(from: bytes))
        } catch {
            manifest = .failure(error)
        }
        let signature: Result<MinisignSignature, BundleError>
        do throws(BundleError) {
            signature = .success(try archive.signature())
        } catch {
            signature = .failure(error)
        }
        return BundleInspection(
            displayName: archive.displayName, entries: entries, manifest: manifest,
            manifestSHA256: digest, signature: signature)
    }
}
