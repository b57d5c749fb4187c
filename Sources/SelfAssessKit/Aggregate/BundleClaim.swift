import Foundation

/// Whom a refused bundle says it comes from: the signatory, year and sequence in its manifest,
/// read **without** any check of the signature, or else from its file name.
///
/// `aggregate` uses a claim only to file a refused bundle under a registered signatory and year,
/// so that the year shows as rejected rather than missing. The claim is not evidence of who sent
/// the bundle: the society's intake records are.
struct BundleClaim: Sendable, Equatable {
    /// The claimed signatory id, if any could be read.
    var signatory: String?
    /// The claimed reporting year.
    var year: Int?
    /// The claimed sequence in the signatory's chain.
    var sequence: Int?

    /// Creates a claim.
    init(signatory: String? = nil, year: Int? = nil, sequence: Int? = nil) {
        self.signatory = signatory
        self.year = year
        self.sequence = sequence
    }

    /// Reads a bundle's claim: from `manifest.json` when it can be read and its JSON parses
    /// (whether or not it is canonical or signed), otherwise from a file name of the form
    /// `SIGNATORY-YEAR.sabundle`, otherwise nothing.
    ///
    /// The manifest is read from a container that passes the checks on opening or, when it does
    /// not (an extra `../` entry, say), from its single `manifest.json` entry alone, at most
    /// 1 MiB with its size and CRC-32 checked
    /// (``ZIPContainerReader/unverifiedEntry(_:in:limit:limits:)``): a refused bundle is filed
    /// under what it claims, and the claim is used for nothing else.
    ///
    /// - Parameters:
    ///   - url: The bundle file.
    ///   - displayName: Its name in messages.
    ///   - limits: The container caps.
    static func read(
        _ url: URL, displayName: String, limits: BundleLimits = .default
    ) -> BundleClaim {
        let manifest: [UInt8]?
        if let archive = try? BundleArchive(url: url, displayName: displayName, limits: limits) {
            manifest = try? archive.manifestBytes()
        } else {
            manifest = ZIPContainerReader.unverifiedEntry(
                BundleManifest.path, in: url, limit: BundleManifest.maxSize, limits: limits)
        }
        if let bytes = manifest,
            let value = try? CanonicalJSON.parse(bytes, file: BundleManifest.path)
        {
            let claim = BundleClaim(
                signatory: value["signatory"]?["id"]?.stringValue,
                year: value["year"]?.integerValue,
                sequence: value["sequence"]?.integerValue)
            if claim.signatory != nil, claim.year != nil { return claim }
        }
        return fromFileName(url.lastPathComponent)
    }

    /// The claim of a file name `SIGNATORY-YEAR.sabundle` (such as `huabei-news-2025.sabundle`),
    /// or an empty claim.
    static func fromFileName(_ name: String) -> BundleClaim {
        let suffix = "." + InputDiscovery.bundleExtension
        guard name.hasSuffix(suffix) else { return BundleClaim() }
        let stem = name.dropLast(suffix.count)
        guard let dash = stem.lastIndex(of: "-") else { return BundleClaim() }
        let id = String(stem[..<dash])
        let yearText = stem[stem.index(after: dash)...]
        guard yearText.count == 4, yearText.allSatisfy(\.isASCII), let year = Int(yearText),
            Identifiers.isSignatoryID(id)
        else { return BundleClaim() }
        return BundleClaim(signatory: id, year: year)
    }
}
