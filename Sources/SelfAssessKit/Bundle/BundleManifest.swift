internal import Crypto

/// `manifest.json`, the signed statement of a bundle (schema `selfassess.bundle/v1`): who
/// reports, for which year, with which framework and key, every other entry with its size and
/// SHA-256, the summary scores, and the link to the signatory's previous bundle.
///
/// A bundle signed with answers still carried forward and unreviewed (`bundle
/// --allow-unreviewed`) has schema `selfassess.bundle/v2` and one more field, `unreviewed`, the
/// ids of those indicators; every other manifest stays `v1`, byte for byte as before.
///
/// It is written as canonical JSON (``CanonicalJSON``) without a final newline, and read back
/// strictly by ``decode(_:file:)``: the manifest must be exactly the canonical encoding of the
/// value it holds, so there is one accepted byte sequence per manifest.
public struct BundleManifest: Sendable, Equatable {
    /// The schema name, the first field a reader checks.
    public static let schema = "selfassess.bundle/v1"
    /// The schema of a manifest that lists unreviewed indicators (``unreviewed`` not empty).
    public static let unreviewedSchema = "selfassess.bundle/v2"
    /// Every schema a reader accepts, oldest first.
    public static let schemas = [schema, unreviewedSchema]
    /// The manifest's path inside a bundle.
    public static let path = "manifest.json"
    /// The signature file's path inside a bundle.
    public static let signaturePath = "manifest.json.minisig"
    /// The largest manifest read: 1 MiB.
    public static let maxSize = 1 << 20
    /// The most files a manifest lists.
    public static let maxFiles = 10_000

    /// The tool that wrote the bundle.
    public var tool: Tool
    /// Who reports.
    public var signatory: Signatory
    /// The reporting year.
    public var year: Int
    /// The bundle's position in the signatory's chain, from 1.
    public var sequence: Int
    /// When the bundle was made, as the signer states it (not a trusted time).
    public var createdAt: BundleTimestamp
    /// The framework the assessment answers.
    public var framework: FrameworkIdentity
    /// The key id of the key that signs the manifest.
    public var signerKeyID: KeyID
    /// Every entry but the manifest and its signature, sorted by the UTF-8 bytes of the path.
    public var files: [File]
    /// The scores, for indexes; `results/scores.json` is authoritative.
    public var summary: Summary
    /// The signatory's previous bundle, or nil for the first.
    public var previous: Previous?
    /// The indicators whose answers were carried forward and signed unreviewed, in file order;
    /// empty for a bundle made without `--allow-unreviewed` (schema v1).
    public var unreviewed: [String]

    /// This manifest's schema: ``unreviewedSchema`` when it lists unreviewed indicators, else
    /// ``schema``.
    public var schemaName: String { unreviewed.isEmpty ? Self.schema : Self.unreviewedSchema }

    /// Creates a manifest; `files` is sorted by path here.
    public init(
        tool: Tool, signatory: Signatory, year: Int, sequence: Int, createdAt: BundleTimestamp,
        framework: FrameworkIdentity, signerKeyID: KeyID, files: [File], summary: Summary,
        previous: Previous?, unreviewed: [String] = []
    ) {
        self.tool = tool
        self.signatory = signatory
        self.year = year
        self.sequence = sequence
        self.createdAt = createdAt
        self.framework = framework
        self.signerKeyID = signerKeyID
        self.files = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.summary = summary
        self.previous = previous
        self.unreviewed = unreviewed
    }

    /// The listed file with a path, compared as bytes.
    public func file(at path: String) -> File? {
        let bytes = Array(path.utf8)
        return files.first { Array($0.path.utf8) == bytes }
    }

    /// The manifest as a JSON value.
    public var jsonValue: JSONValue {
        var fields: [String: JSONValue] = [
            "schema": .string(schemaName),
            "tool": tool.jsonValue,
            "signatory": signatory.jsonValue,
            "year": .integer(year),
            "sequence": .integer(sequence),
            "created_at": .string(createdAt.description),
            "framework": framework.jsonValue,
            "signer_key_id": .string(signerKeyID.description),
            "files": .array(files.map(\.jsonValue)),
            "summary": summary.jsonValue,
            "previous": previous?.jsonValue ?? .null,
        ]
        if !unreviewed.isEmpty { fields["unreviewed"] = .array(unreviewed.map(JSONValue.string)) }
        return .object(fields)
    }

    /// The manifest's bytes: canonical JSON, no final newline.
    ///
    /// - Throws: ``ManifestError/unencodable(_:)`` for a value outside the JSON subset (a size
    ///   above 2^53 − 1).
    public func encoded() throws(ManifestError) -> [UInt8] {
        do {
            return try CanonicalJSON.encode(jsonValue)
        } catch {
            throw .unencodable(error)
        }
    }

    /// The trusted comment of the manifest's signature, derived from the manifest:
    /// `selfassess.bundle/v1 signatory=<id> year=<y> seq=<n> manifest-sha256=<hex>` (`v2` for a
    /// manifest that lists unreviewed indicators).
    ///
    /// - Parameter manifestSHA256: The SHA-256 of the manifest's bytes, lower-case hex.
    public func trustedComment(manifestSHA256: String) -> String {
        Self.trustedComment(
            signatory: signatory.id, year: year, sequence: sequence, manifestSHA256: manifestSHA256,
            schema: schemaName)
    }

    /// The trusted comment for these values.
    public static func trustedComment(
        signatory: String, year: Int, sequence: Int, manifestSHA256: String,
        schema: String = Self.schema
    ) -> String {
        "\(schema) signatory=\(signatory) year=\(year) seq=\(sequence) manifest-sha256=\(manifestSHA256)"
    }

    /// The SHA-256 of bytes, lower-case hex.
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).hexString
    }
}
