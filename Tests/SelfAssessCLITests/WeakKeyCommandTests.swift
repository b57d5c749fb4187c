import Foundation
import SelfAssessKit
import SelfAssessTestSupport
import Testing

/// Issue 9, finding 1, end to end: a forged bundle (and a forged keyring signature) made with a
/// public key of small order, R of small order and S = 0, and no private key at all.
///
/// Every way such a key can be given is refused: `--key`, a keyring entry, `keyring add`,
/// `--society-key`.
@Suite(.tags(.large))
struct WeakKeyCommandTests {
    let folder: URL
    static let epoch = ["SOURCE_DATE_EPOCH": "1769904000"]
    static let seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"

    /// The identity point, the simplest key of small order.
    static let identity: [UInt8] = [1] + [UInt8](repeating: 0, count: 31)
    /// R = the identity, S = 0: verifies for any message under the identity key, by the
    /// signature library alone.
    static let forgedSignature = identity + [UInt8](repeating: 0, count: 32)
    static let spkiPrefix: [UInt8] = [
        0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00,
    ]
    static let smallOrderMessage =
        "weak public key: small order: anyone could forge signatures that verify with it, "
        + "without any private key [SB230]"

    init() throws {
        folder = try TestSupport.temporaryFolder()
        _ = try CLI.copySample("acme-2025", into: folder)
        let key = try #require(
            HexDigits.decode(Array(Self.seed.utf8)).flatMap { SigningKey(seed: $0) })
        try KeyFile.writeKeyPair(key, name: "acme", in: folder)
        try KeyFile.writeKeyPair(
            try #require(SigningKey(seed: [UInt8](repeating: 42, count: 32))), name: "society",
            in: folder)
        try write(Self.pem(Self.identity), "weak.pub")
        try write(Self.minisignKey(Self.identity), "weak.minisign.pub")
    }

    private func run(_ arguments: [String]) async throws -> CLI.Result {
        try await CLI.run(arguments, in: folder, environment: Self.epoch)
    }

    private func write(_ text: String, _ name: String) throws {
        try write(Array(text.utf8), name)
    }

    private func write(_ bytes: [UInt8], _ name: String) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    private func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }

    static func base64(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }

    static func pem(_ raw: [UInt8]) -> String {
        "-----BEGIN PUBLIC KEY-----\n\(base64(spkiPrefix + raw))\n-----END PUBLIC KEY-----\n"
    }

    /// `sha256:` and the SHA-256 of the SubjectPublicKeyInfo DER, as selfassess names keys.
    static func keyID(_ raw: [UInt8]) -> String {
        "sha256:" + BundleManifest.sha256(spkiPrefix + raw)
    }

    static func keynum(_ raw: [UInt8]) -> [UInt8] {
        Array((HexDigits.decode(Array(keyID(raw).dropFirst(7).utf8)) ?? []).prefix(8))
    }

    static func minisignKey(_ raw: [UInt8]) -> String {
        "untrusted comment: selfassess public key \(keyID(raw))\n"
            + base64(Array("Ed".utf8) + keynum(raw) + raw) + "\n"
    }

    /// A signature file "signed" by the identity key: both signatures R = identity, S = 0.
    static func forgedMinisig(trustedComment: String) -> [UInt8] {
        let text = """
            untrusted comment: selfassess signature key \(keyID(identity))
            \(base64(Array("Ed".utf8) + keynum(identity) + forgedSignature))
            trusted comment: \(trustedComment)
            \(base64(forgedSignature))

            """
        return Array(text.utf8)
    }

    /// Bundles acme 2025 with acme's key, then rewrites it as a forger would: `signer_key_id`
    /// set to the identity key, the signature replaced by the forgery.
    private func forgedBundle() async throws {
        let made = try await run(["bundle", "acme-2025", "--key", "acme.key"])
        #expect(made.status == 0, "\(made.stderr)")
        let reader = try ZIPContainerReader(
            url: folder.appendingPathComponent("acme-2025.sabundle"))
        var files: [String: [UInt8]] = [:]
        for entry in reader.entries { files[entry.path] = try reader.read(entry) }
        guard
            case .object(var manifest) = try CanonicalJSON.parse(
                files["manifest.json"] ?? [], file: "manifest.json")
        else {
            Issue.record("the manifest is not an object")
            return
        }
        manifest["signer_key_id"] = .string(Self.keyID(Self.identity))
        let bytes = try CanonicalJSON.encode(.object(manifest))
        files["manifest.json"] = bytes
        files["manifest.json.minisig"] = Self.forgedMinisig(
            trustedComment: BundleManifest.trustedComment(
                signatory: "acme", year: 2025, sequence: 1,
                manifestSHA256: BundleManifest.sha256(bytes)))
        try ZIPContainerWriter.write(
            files.map { .init(path: $0.key, content: .bytes($0.value)) },
            to: folder.appendingPathComponent("forged.sabundle"))
    }

    /// A keyring registering a raw key for acme (written by hand: `keyring add` refuses weak keys).
    private func keyring(rawKey raw: [UInt8]) throws {
        try write(
            """
            schema: selfassess.keyring/v1
            signatories:
              acme:
                name: 北京艾克米科技有限公司
                keys:
                  - key: \(Self.base64(raw))
                    fingerprint: \(Self.keyID(raw))
                    valid-from: 2024-01-01

            """, "keyring.yaml")
    }

    @Test(arguments: ["weak.pub", "weak.minisign.pub"])
    func aForgedBundleIsRefusedWithAWeakKey(_ keyFile: String) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try await forgedBundle()
        let result = try await run(["verify", "forged.sabundle", "--key", keyFile])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout == "")
        #expect(result.stderr == "error: \(keyFile): \(Self.smallOrderMessage)\n")
    }

    @Test func aForgedBundleIsRefusedWithAWeakKeyInTheKeyring() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try await forgedBundle()
        try keyring(rawKey: Self.identity)
        let result = try await run(["verify", "forged.sabundle", "--keyring", "keyring.yaml"])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout == "")
        #expect(
            result.stderr.hasPrefix(
                "keyring.yaml:6:14: error: weak public key: small order (SB230) [SA903]\n"),
            "\(result.stderr)")
        #expect(result.stderr.contains("anyone could forge signatures that verify with it"))
        let list = try await run(["keyring", "list", "keyring.yaml"])
        #expect(list.status == 1)
        #expect(list.stderr.contains("keyring.yaml:6:14: error: weak public key: small order"))
    }

    @Test(arguments: ["weak.pub", "weak.minisign.pub"])
    func keyringAddRefusesAWeakKey(_ keyFile: String) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--name", "Acme", "--key",
            keyFile, "--valid-from", "2024-01-01",
        ])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stderr == "error: \(keyFile): \(Self.smallOrderMessage)\n")
        #expect(!exists("keyring.yaml"))
    }

    /// A keyring "signed" by the identity key as society key, with a real bundle it lists: the
    /// society key is refused by `verify`, `keyring verify` and `aggregate`.
    @Test func aKeyringSignedByASmallOrderSocietyKeyIsRefused() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let add = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--name", "北京艾克米科技有限公司",
            "--key", "acme.pub", "--valid-from", "2024-01-01",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("keyring.yaml")))
        try write(
            Self.forgedMinisig(trustedComment: KeyringSignature.trustedComment(for: bytes)),
            "keyring.yaml.minisig")
        let made = try await run(["bundle", "acme-2025", "--key", "acme.key"])
        #expect(made.status == 0, "\(made.stderr)")

        let verify = try await run([
            "verify", "acme-2025.sabundle", "--keyring", "keyring.yaml", "--society-key",
            "weak.pub",
        ])
        #expect(verify.status == 1, "\(verify.stdout)")
        #expect(verify.stderr == "error: weak.pub: \(Self.smallOrderMessage)\n")
        let check = try await run([
            "keyring", "verify", "keyring.yaml", "--society-key", "weak.minisign.pub",
        ])
        #expect(check.status == 1, "\(check.stdout)")
        #expect(check.stderr == "error: weak.minisign.pub: \(Self.smallOrderMessage)\n")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("submissions"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("acme-2025.sabundle"),
            to: folder.appendingPathComponent("submissions/acme-2025.sabundle"))
        let aggregate = try await run([
            "aggregate", "submissions", "--keyring", "keyring.yaml", "--society-key", "weak.pub",
            "--out", "out",
        ])
        #expect(aggregate.status == 1, "\(aggregate.stdout)")
        #expect(aggregate.stderr.contains("error: weak.pub: \(Self.smallOrderMessage)\n"))
        #expect(!exists("out"))
    }
}
