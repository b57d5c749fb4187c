import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Valid bundles built once per test run from the samples, with fixed keys and a fixed creation
/// time, and the tools to tamper with them.
///
/// Nothing binary is committed: every bundle, good or bad, is made here.
enum BundleFixtures {
    /// The signatory's key: RFC 8032 test vector 1.
    static let signer = key(
        seed: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    /// Another key, never registered for acme.
    static let other = key(seed: String(repeating: "07", count: 32))
    /// A third key, registered to another signatory in the test keyrings.
    static let huabeiKey = key(seed: String(repeating: "2a", count: 32))

    /// The keyring the chain's bundles verify against: acme (registered in `acmeCategory`) and
    /// huabei-news (`news`), both since 2024, and whoever else a test adds.
    static func keyring(
        acmeCategory: String = "social", adding others: [Keyring.Signatory] = []
    ) -> Keyring {
        Keyring(
            signatories: [
                Keyring.Signatory(
                    id: "acme", name: "北京艾克米科技有限公司", category: acmeCategory,
                    keys: [Keyring.Key(publicKey: signer.publicKey, validFrom: .startOfYear(2024))]),
                Keyring.Signatory(
                    id: "huabei-news", name: "华北新闻资讯有限公司", category: "news",
                    keys: [
                        Keyring.Key(publicKey: huabeiKey.publicKey, validFrom: .startOfYear(2024))
                    ]),
            ] + others)
    }

    /// 2026-02-01T00:00:00Z.
    static let createdAt = BundleTimestamp(secondsSince1970: 1_769_904_000) ?? .earliest

    /// The bundles every tamper test starts from.
    struct Chain {
        /// The folder they are in.
        var folder: URL
        /// acme 2024, sequence 1.
        var acme2024: URL
        /// acme 2025, sequence 2, after `acme2024`.
        var acme2025: URL
        /// acme 2026, sequence 3, after `acme2025` (the 2025 sample with the year changed).
        var acme2026: URL
        /// Another acme 2024 bundle, sequence 1, made a day later: a different manifest.
        var acme2024Again: URL
        /// acme 2025 after `acme2024Again`: the other branch of a fork.
        var acme2025Fork: URL
        /// huabei-news 2025, sequence 1, signed with ``huabeiKey``.
        var huabei2025: URL
    }

    /// The chain, built on first use (about a second).
    static let chain: Result<Chain, any Error> = Result { try buildChain() }

    static func key(seed: String) -> SigningKey {
        HexDigits.decode(Array(seed.utf8)).flatMap { SigningKey(seed: $0) } ?? SigningKey.generate()
    }

    /// A builder for the samples, as `selfassess bundle` makes one.
    static func builder(
        key: SigningKey = signer, createdAt: BundleTimestamp = createdAt,
        framework: Framework = TestSupport.framework
    ) -> BundleBuilder {
        BundleBuilder(
            framework: framework, key: key, createdAt: createdAt, today: TestSupport.today)
    }

    /// Validates an assessment folder and bundles it.
    @discardableResult
    static func make(
        _ folder: URL, to url: URL, prior: URL? = nil, key: SigningKey = signer,
        createdAt: BundleTimestamp = createdAt,
        overwrite: Bool = false, framework: Framework = TestSupport.framework
    ) throws -> VerifiedBundle {
        let source = FolderSource(folder: folder, displayRoot: folder.lastPathComponent)
        let report = Validator(framework: framework, today: TestSupport.today).validate(source)
        guard let assessment = report.assessments.first else {
            throw FixtureError(
                message: "\(folder.path) does not validate: \(report.diagnostics.map(\.message))")
        }
        let priorBundle = try prior.map {
            try PriorBundle.read(
                $0, displayName: $0.lastPathComponent, framework: TestSupport.framework,
                today: TestSupport.today)
        }
        let builder = builder(key: key, createdAt: createdAt, framework: framework)
        let draft = try builder.draft(
            assessment, from: source, prior: priorBundle, bundleName: url.lastPathComponent)
        let prepared = try builder.sign(draft, reports: AssessmentReport.bundleReports(for: draft))
        return try builder.write(
            prepared, to: url, displayName: url.lastPathComponent, overwrite: overwrite)
    }

    private static func buildChain() throws -> Chain {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "selfassess-bundles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let acme2026Folder = folder.appendingPathComponent("acme-2026")
        try FileManager.default.copyItem(at: TestSupport.sample("acme-2025"), to: acme2026Folder)
        let info = acme2026Folder.appendingPathComponent("assessment.yaml")
        let text = try String(contentsOf: info, encoding: .utf8).replacingOccurrences(
            of: "\nyear: 2025\n", with: "\nyear: 2026\n")
        try text.write(to: info, atomically: true, encoding: .utf8)

        let chain = Chain(
            folder: folder, acme2024: folder.appendingPathComponent("acme-2024.sabundle"),
            acme2025: folder.appendingPathComponent("acme-2025.sabundle"),
            acme2026: folder.appendingPathComponent("acme-2026.sabundle"),
            acme2024Again: folder.appendingPathComponent("acme-2024-again.sabundle"),
            acme2025Fork: folder.appendingPathComponent("acme-2025-fork.sabundle"),
            huabei2025: folder.appendingPathComponent("huabei-news-2025.sabundle"))
        try make(TestSupport.sample("acme-2024"), to: chain.acme2024)
        try make(TestSupport.sample("acme-2025"), to: chain.acme2025, prior: chain.acme2024)
        try make(acme2026Folder, to: chain.acme2026, prior: chain.acme2025)
        let later =
            BundleTimestamp(secondsSince1970: createdAt.secondsSince1970 + 86_400) ?? createdAt
        try make(TestSupport.sample("acme-2024"), to: chain.acme2024Again, createdAt: later)
        try make(
            TestSupport.sample("acme-2025"), to: chain.acme2025Fork, prior: chain.acme2024Again)
        try make(TestSupport.sample("huabei-news-2025"), to: chain.huabei2025, key: huabeiKey)
        return chain
    }

    /// A fresh path for a tampered bundle.
    static func scratch(_ name: String = "tampered") throws -> URL {
        let folder = try chain.get().folder.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8)).sabundle")
    }

    /// Removes a tampered bundle made by ``scratch(_:)``; the chain's own bundles are kept.
    static func discard(_ url: URL) {
        guard url.deletingLastPathComponent().lastPathComponent == "scratch" else { return }
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes bytes as a bundle file.
    static func write(_ bytes: [UInt8], name: String = "tampered") throws -> URL {
        let url = try scratch(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// The verifier a society would run with `--key` for acme.
    static func verifier(
        _ keys: any TrustedKeys = SingleTrustedKey(signer.publicKey),
        framework: Framework = TestSupport.framework,
        limits: BundleLimits = .default
    ) -> BundleVerifier {
        BundleVerifier(
            trustedKeys: keys, framework: framework, today: TestSupport.today, limits: limits)
    }

    /// The error verifying a bundle gives, or nil when it verifies.
    static func failure(
        _ url: URL, keys: any TrustedKeys = SingleTrustedKey(signer.publicKey),
        prior: BundleVerifier.Prior = .none,
        framework: Framework = TestSupport.framework, limits: BundleLimits = .default
    ) -> BundleError? {
        do {
            _ = try verifier(keys, framework: framework, limits: limits).verify(
                url, displayName: url.lastPathComponent, prior: prior)
            return nil
        } catch {
            return error
        }
    }
}

/// A keyring for tests: signatory keys with validity and revocation, as the society's keyring
/// will provide them.
struct TestKeyring: TrustedKeys {
    var keys: [TrustedKey]

    func candidates(keynum: [UInt8]) -> [TrustedKey] {
        keys.filter { $0.publicKey.keyID.keynum == keynum }
    }
}

/// A valid bundle's entries, edited and written again: what an attacker who can rewrite the
/// archive (and fix its CRCs) does.
struct BundleEditor {
    /// The entries, by path.
    var files: [String: [UInt8]]

    init(_ url: URL) throws {
        let reader = try ZIPContainerReader(url: url)
        var files: [String: [UInt8]] = [:]
        for entry in reader.entries { files[entry.path] = try reader.read(entry) }
        self.files = files
    }

    var manifestBytes: [UInt8] {
        get { files[BundleManifest.path] ?? [] }
        set { files[BundleManifest.path] = newValue }
    }

    /// The manifest as a JSON value.
    func manifest() throws -> JSONValue {
        try CanonicalJSON.parse(manifestBytes, file: "manifest.json")
    }

    /// Replaces the manifest with the canonical form of a value.
    mutating func setManifest(_ value: JSONValue) throws {
        manifestBytes = try CanonicalJSON.encode(value)
    }

    /// Edits the manifest's value and writes it canonically.
    mutating func editManifest(_ edit: (inout [String: JSONValue]) throws -> Void) throws {
        guard case .object(var members) = try manifest() else {
            throw FixtureError(message: "the manifest is not an object")
        }
        try edit(&members)
        try setManifest(.object(members))
    }

    /// Edits the manifest's entry for the `index`-th listed file (the signature is then stale
    /// until ``resign(with:comment:)``).
    mutating func editListedFile(
        at index: Int = 0, _ edit: (inout [String: JSONValue]) -> Void
    ) throws {
        try editManifest { members in
            guard case .array(var files) = members["files"], case .object(var file) = files[index]
            else { return }
            edit(&file)
            files[index] = .object(file)
            members["files"] = .array(files)
        }
    }

    /// Replaces a file's content and its size and hash in the manifest (the signature is then
    /// stale until ``resign(with:comment:)``).
    mutating func replace(_ path: String, with bytes: [UInt8]) throws {
        files[path] = bytes
        try editManifest { members in
            guard case .array(var list) = members["files"] else { return }
            for (index, element) in list.enumerated() where element["path"]?.stringValue == path {
                guard case .object(var file) = element else { continue }
                file["size"] = .integer(bytes.count)
                file["sha256"] = .string(BundleManifest.sha256(bytes))
                list[index] = .object(file)
            }
            members["files"] = .array(list)
        }
    }

    /// Signs the current manifest bytes, with the trusted comment derived from them unless one
    /// is given.
    mutating func resign(with key: SigningKey, comment: String? = nil) throws {
        let digest = BundleManifest.sha256(manifestBytes)
        let value = try? manifest()
        let derived = BundleManifest.trustedComment(
            signatory: value?["signatory"]?["id"]?.stringValue ?? "acme",
            year: value?["year"]?.integerValue ?? 2025,
            sequence: value?["sequence"]?.integerValue ?? 2, manifestSHA256: digest,
            schema: value?["schema"]?.stringValue.flatMap {
                BundleManifest.schemas.contains($0) ? $0 : nil
            } ?? BundleManifest.schema)
        let signature = try MinisignSignature.sign(
            manifestBytes, with: key, trustedComment: comment ?? derived, file: "sig")
        files[BundleManifest.signaturePath] = signature.encoded
    }

    /// Writes the entries as a deterministic bundle.
    func write(name: String = "tampered") throws -> URL {
        let url = try BundleFixtures.scratch(name)
        try ZIPContainerWriter.write(
            files.map { .init(path: $0.key, content: .bytes($0.value)) }, to: url)
        return url
    }

    /// The entries as ZIPCrafter items, sorted by path, for archives the writer refuses to make.
    var items: [ZIPCrafter.Item] {
        files.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
            ZIPCrafter.file($0, bytes: files[$0] ?? [])
        }
    }
}

/// A fixture that could not be made.
struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
