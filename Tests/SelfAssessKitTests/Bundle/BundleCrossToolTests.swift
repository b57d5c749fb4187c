import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// A produced bundle, checked by tools that are not selfassess: OpenSSL, minisign and signify
/// accept its signature and reject a tampered one, and the auditor's recipe in docs/auditing.md
/// (unzip, OpenSSL, python3, coreutils) accepts it and fails every tampered one.
///
/// Each test is skipped, visibly, when its tools are missing (`make test-deps` installs them).
@Suite(.tags(.medium))
struct BundleCrossToolTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
        try Data(BundleFixtures.signer.publicKey.pemRepresentation.utf8).write(
            to: folder.appendingPathComponent("acme.pub"))
        try Data(BundleFixtures.signer.publicKey.minisignRepresentation.utf8)
            .write(to: folder.appendingPathComponent("acme.minisign.pub"))
    }

    /// Unzips a bundle into a fresh folder and returns it; a tampered bundle is then removed.
    private func unzipped(_ bundle: URL, _ unzip: URL) throws -> URL {
        defer { BundleFixtures.discard(bundle) }
        let target = folder.appendingPathComponent("x-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let result = try ExternalTool.run(unzip, ["-qq", bundle.path, "-d", target.path])
        #expect(result.status == 0, "\(result.stderr)")
        return target
    }

    static let verifyArguments = [
        "-V", "-p", "../acme.minisign.pub", "-m", "manifest.json", "-x", "manifest.json.minisig",
    ]

    @Test(.needs(.unzip, .openssl))
    func opensslVerifiesAProducedBundle() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (unzip, openssl) = (
            try #require(ExternalTool.unzip), try #require(ExternalTool.openssl)
        )
        let chain = try BundleFixtures.chain.get()
        for (bundle, accepted) in [
            (chain.acme2025, true), (try Self.manifestWithASpace(chain), false),
        ] {
            let dir = try unzipped(bundle, unzip)
            let signature = try MinisignSignature.parse(
                [UInt8](try Data(contentsOf: dir.appendingPathComponent("manifest.json.minisig"))),
                file: "sig")
            try Data(signature.signature).write(to: dir.appendingPathComponent("sig64"))
            let result = try ExternalTool.run(
                openssl,
                [
                    "pkeyutl", "-verify", "-pubin", "-inkey", "../acme.pub", "-rawin", "-in",
                    "manifest.json", "-sigfile", "sig64",
                ],
                in: dir)
            #expect((result.status == 0) == accepted, "\(result.stdout)\(result.stderr)")
        }
    }

    @Test(.needs(.unzip, .minisign))
    func minisignVerifiesAProducedBundle() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (unzip, minisign) = (
            try #require(ExternalTool.unzip), try #require(ExternalTool.minisign)
        )
        let chain = try BundleFixtures.chain.get()
        let good = try ExternalTool.run(
            minisign, Self.verifyArguments, in: try unzipped(chain.acme2025, unzip))
        #expect(good.status == 0, "\(good.stderr)")
        #expect(
            good.stdout.contains(
                "Trusted comment: selfassess.bundle/v1 signatory=acme year=2025 seq=2 manifest-sha256="
            ))
        let bad = try ExternalTool.run(
            minisign, Self.verifyArguments,
            in: try unzipped(try Self.manifestWithASpace(chain), unzip))
        #expect(bad.status != 0)
        let comment = try ExternalTool.run(
            minisign, Self.verifyArguments, in: try unzipped(try Self.commentEdited(chain), unzip))
        #expect(comment.status != 0)
        #expect(comment.stderr.contains("Comment signature verification failed"))
    }

    @Test(.needs(.unzip, .signify))
    func signifyVerifiesAProducedBundle() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (unzip, signify) = (
            try #require(ExternalTool.unzip), try #require(ExternalTool.signify)
        )
        let chain = try BundleFixtures.chain.get()
        let good = try ExternalTool.run(
            signify, Self.verifyArguments, in: try unzipped(chain.acme2025, unzip))
        #expect(good.status == 0, "\(good.stderr)")
        let bad = try ExternalTool.run(
            signify, Self.verifyArguments,
            in: try unzipped(try Self.manifestWithASpace(chain), unzip))
        #expect(bad.status != 0)
    }

    private static func manifestWithASpace(_ chain: BundleFixtures.Chain) throws -> URL {
        var editor = try BundleEditor(chain.acme2025)
        editor.manifestBytes.insert(0x20, at: 1)
        return try editor.write(name: "space")
    }

    private static func commentEdited(_ chain: BundleFixtures.Chain) throws -> URL {
        var editor = try BundleEditor(chain.acme2025)
        let text = String(decoding: editor.files[BundleManifest.signaturePath] ?? [], as: UTF8.self)
        editor.files[BundleManifest.signaturePath] = Array(
            text.replacingOccurrences(of: "seq=2", with: "seq=3").utf8)
        return try editor.write(name: "comment")
    }

    // MARK: - The auditor's recipe

    /// The script of docs/auditing.md, extracted from the page itself so the two cannot drift.
    static func auditScript() throws -> String {
        let page = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/auditing.md"),
            encoding: .utf8)
        let marker = try #require(page.range(of: "<!-- audit-bundle.sh"))
        let start = try #require(
            page.range(of: "```sh\n", range: marker.upperBound..<page.endIndex))
        let end = try #require(page.range(of: "\n```\n", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound]) + "\n"
    }

    /// A tampered bundle and the reason the recipe must give.
    struct Tamper: Sendable, CustomTestStringConvertible {
        var name: String
        var reason: String
        var make: @Sendable (BundleFixtures.Chain) throws -> URL
        var testDescription: String { name }
    }

    private static func edited(
        _ edit: @escaping @Sendable (inout BundleEditor) throws -> Void
    ) -> @Sendable (BundleFixtures.Chain) throws -> URL {
        { chain in
            var editor = try BundleEditor(chain.acme2025)
            try edit(&editor)
            return try editor.write()
        }
    }

    private static func crafted(
        _ add: ZIPCrafter.Item
    ) -> @Sendable (BundleFixtures.Chain) throws -> URL {
        { chain in
            var crafter = ZIPCrafter(items: try BundleEditor(chain.acme2025).items)
            crafter.items.append(add)
            return try BundleFixtures.write(crafter.build())
        }
    }

    static let tampers: [Tamper] = [
        Tamper(
            name: "an evidence byte changed", reason: "a file's SHA-256 differs",
            make: edited { editor in
                editor.files["evidence/real-name-policy.md"]?[10] ^= 0x01
            }),
        Tamper(
            name: "a file replaced by other bytes of the same size",
            reason: "a file's SHA-256 differs",
            make: edited { editor in
                let scores = editor.files[BundleLayout.scoresPath]
                editor.files[BundleLayout.scoresPath] = Array(
                    (editor.files[BundleLayout.diffPath] ?? []).prefix(scores?.count ?? 0))
            }),
        Tamper(
            name: "an extra file",
            reason: "the files differ from the manifest's list: > evidence/extra.md",
            make: edited { editor in
                editor.files["evidence/extra.md"] = Array("x\n".utf8)
            }),
        Tamper(
            name: "a removed file",
            reason: "the files differ from the manifest's list: < evidence/real-name-policy.md",
            make: edited { editor in
                editor.files["evidence/real-name-policy.md"] = nil
            }),
        Tamper(
            name: "whitespace in the manifest", reason: "manifest signature",
            make: { try manifestWithASpace($0) }),
        Tamper(
            name: "the manifest edited", reason: "manifest signature",
            make: edited { editor in
                let text = String(decoding: editor.manifestBytes, as: UTF8.self)
                editor.manifestBytes = Array(
                    text.replacingOccurrences(
                        of: #""overall":"93.38""#, with: #""overall":"99.38""#
                    ).utf8)
            }),
        Tamper(
            name: "the trusted comment edited", reason: "trusted comment signature",
            make: { try commentEdited($0) }),
        Tamper(
            name: "the untrusted comment edited", reason: "untrusted comment changed",
            make: edited { editor in
                let text = String(
                    decoding: editor.files[BundleManifest.signaturePath] ?? [], as: UTF8.self)
                editor.files[BundleManifest.signaturePath] = Array(
                    text.replacingOccurrences(of: "selfassess signature key", with: "trust me").utf8
                )
            }),
        Tamper(
            name: "re-signed with another key", reason: "signed by another key",
            make: edited { editor in
                try editor.resign(with: BundleFixtures.other)
            }),
        Tamper(
            name: "a validly signed duplicate key", reason: "duplicate JSON key in manifest.json",
            make: edited { editor in
                editor.manifestBytes =
                    Array(#"{"year":2026,"#.utf8) + editor.manifestBytes.dropFirst()
                try editor.resign(with: BundleFixtures.signer)
            }),
        Tamper(
            name: "validly signed whitespace", reason: "manifest.json is not canonical",
            make: edited { editor in
                editor.manifestBytes.insert(0x20, at: 1)
                try editor.resign(with: BundleFixtures.signer)
            }),
        Tamper(
            name: "a validly signed float", reason: "a number that is not a whole number",
            make: edited { editor in
                let text = String(decoding: editor.manifestBytes, as: UTF8.self)
                editor.manifestBytes = Array(
                    text.replacingOccurrences(of: #""year":2025"#, with: #""year":2025.0"#).utf8)
                try editor.resign(with: BundleFixtures.signer)
            }),
        Tamper(
            name: "a validly signed unknown field", reason: "unknown field extra in manifest.json",
            make: edited { editor in
                try editor.editManifest { $0["extra"] = .string("x") }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Tamper(
            name: "a validly signed field of the wrong type",
            reason: "signatory is not an object in manifest.json",
            make: edited { editor in
                try editor.editManifest { $0["signatory"] = .string("acme") }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Tamper(
            name: "a validly signed huge integer",
            reason: "year is not a whole number from 0 to 2^53 - 1 in manifest.json",
            make: edited { editor in
                let text = String(decoding: editor.manifestBytes, as: UTF8.self)
                editor.manifestBytes = Array(
                    text.replacingOccurrences(
                        of: #""year":2025"#, with: #""year":123456789012345678901234567890"#
                    ).utf8)
                try editor.resign(with: BundleFixtures.signer)
            }),
        Tamper(
            name: "validly signed deep nesting", reason: "manifest.json nests too deep",
            make: edited { editor in
                let depth = 100_000
                editor.manifestBytes =
                    Array(#"{"deep":"#.utf8) + Array(repeating: UInt8(ascii: "["), count: depth)
                    + Array(repeating: UInt8(ascii: "]"), count: depth) + [UInt8(ascii: ",")]
                    + editor.manifestBytes.dropFirst()
                try editor.resign(with: BundleFixtures.signer)
            }),
        Tamper(
            name: "a trusted comment for another manifest",
            reason: "trusted comment does not match the manifest",
            make: edited { editor in
                try editor.resign(
                    with: BundleFixtures.signer,
                    comment: "selfassess.bundle/v1 signatory=acme year=2025 seq=2 manifest-sha256="
                        + String(repeating: "0", count: 64))
            }),
        Tamper(
            name: "signer_key_id naming another key", reason: "signer_key_id is not this key",
            make: edited { editor in
                try editor.editManifest {
                    $0["signer_key_id"] = .string(BundleFixtures.other.publicKey.keyID.description)
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Tamper(
            name: "a listed path leaving the bundle", reason: "unsafe listed path",
            make: edited { editor in
                try editor.editListedFile { first in
                    first["path"] = "assessment/../../../etc/passwd"
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Tamper(
            name: "a symbolic link", reason: "entries that are not regular files",
            make: crafted(ZIPCrafter.symlink("evidence/passwd", to: "/etc/passwd"))),
        Tamper(
            name: "a ../ entry", reason: "unsafe entry name: ../escape.txt",
            make: crafted(ZIPCrafter.file("../escape.txt", "x"))),
        Tamper(
            name: "an absolute entry", reason: "unsafe entry name: /tmp/x",
            make: crafted(ZIPCrafter.file("/tmp/x", "x"))),
        Tamper(
            name: "a case twin", reason: "unsafe entry name: Evidence/real-name-policy.md",
            make: crafted(ZIPCrafter.file("Evidence/real-name-policy.md", "x"))),
        Tamper(
            name: "a duplicate entry", reason: "duplicate entries",
            make: crafted(ZIPCrafter.file("evidence/real-name-policy.md", "second\n"))),
        Tamper(
            name: "a truncated archive", reason: "not a readable ZIP archive",
            make: { chain in
                let bytes = [UInt8](try Data(contentsOf: chain.acme2025))
                return try BundleFixtures.write(Array(bytes.prefix(bytes.count / 2)))
            }),
    ]

    /// Archives that would fill the auditor's disk if they were extracted: the recipe must
    /// refuse them from the listing, or stop each entry one byte after its declared size.
    static let bombs: [Tamper] = [
        Tamper(
            name: "a deflate bomb declaring its real size",
            reason: "an entry over 100 MiB: evidence/bomb.bin",
            make: { chain in
                var crafter = ZIPCrafter(items: try BundleEditor(chain.acme2025).items)
                crafter.items.append(bomb("evidence/bomb.bin", size: 300 << 20))
                return try BundleFixtures.write(crafter.build())
            }),
        Tamper(
            name: "a deflate bomb declaring the listed size",
            reason: "evidence/real-name-policy.md does not inflate to its declared size",
            make: { chain in
                var crafter = ZIPCrafter(items: try BundleEditor(chain.acme2025).items)
                let path = Array("evidence/real-name-policy.md".utf8)
                let index = try #require(crafter.items.firstIndex { $0.name == path })
                var item = bomb("evidence/real-name-policy.md", size: 300 << 20)
                item.declaredSize = crafter.items[index].data.count
                crafter.items[index] = item
                return try BundleFixtures.write(crafter.build())
            }),
        Tamper(
            name: "entries over 2 GiB together", reason: "entries over 2 GiB in total",
            make: { chain in
                var crafter = ZIPCrafter(items: try BundleEditor(chain.acme2025).items)
                let item = bomb("evidence/bomb.bin", size: 99 << 20)
                for index in 0..<21 {
                    var copy = item
                    copy.name = Array("evidence/bomb-\(index).bin".utf8)
                    crafter.items.append(copy)
                }
                return try BundleFixtures.write(crafter.build())
            }),
        Tamper(
            name: "too many entries", reason: "too many entries",
            make: { chain in
                var crafter = ZIPCrafter(items: try BundleEditor(chain.acme2025).items)
                for index in 0..<11_000 {
                    crafter.items.append(ZIPCrafter.file("evidence/padding-\(index).txt", ""))
                }
                return try BundleFixtures.write(crafter.build())
            }),
    ]

    /// An entry whose deflate data inflates to `size` zero bytes, declaring that size.
    private static func bomb(_ name: String, size: Int) -> ZIPCrafter.Item {
        ZIPCrafter.Item(
            name: Array(name.utf8), data: Deflate.zeros(size), plain: [], method: 8, crc: 0,
            declaredSize: size)
    }

    static var recipeTools: Bool {
        ExternalTool.unzip != nil && ExternalTool.openssl != nil && ExternalTool.python != nil
            && ExternalTool.find("sha256sum") != nil
    }

    @Test(.enabled(if: recipeTools, "unzip, openssl, python3 or sha256sum is not installed"))
    func theAuditorsRecipeAcceptsProducedBundles() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let chain = try BundleFixtures.chain.get()
        let script = folder.appendingPathComponent("audit-bundle.sh")
        try Data(try Self.auditScript().utf8).write(to: script)
        let shell = try #require(ExternalTool.find("sh"))
        for bundle in [chain.acme2024, chain.acme2025, chain.acme2026] {
            let result = try ExternalTool.run(
                shell, [script.path, bundle.path, "acme.pub"], in: folder)
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            #expect(result.stdout.hasPrefix("OK: acme 20"), "\(result.stdout)")
        }
        // Another signatory's bundle, with its own key.
        try Data(BundleFixtures.huabeiKey.publicKey.pemRepresentation.utf8).write(
            to: folder.appendingPathComponent("huabei.pub"))
        let huabei = try ExternalTool.run(
            shell, [script.path, chain.huabei2025.path, "huabei.pub"], in: folder)
        #expect(
            huabei.stdout.hasPrefix("OK: huabei-news 2025 seq=1"),
            "\(huabei.stdout)\(huabei.stderr)")
        let wrongKey = try ExternalTool.run(
            shell, [script.path, chain.huabei2025.path, "acme.pub"], in: folder)
        #expect(wrongKey.stdout == "FAIL: signed by another key\n")
    }

    @Test(
        .enabled(if: recipeTools, "unzip, openssl, python3 or sha256sum is not installed"),
        arguments: tampers)
    func theAuditorsRecipeFailsTamperedBundles(_ tamper: Tamper) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let chain = try BundleFixtures.chain.get()
        let script = folder.appendingPathComponent("audit-bundle.sh")
        try Data(try Self.auditScript().utf8).write(to: script)
        let bundle = try tamper.make(chain)
        defer { BundleFixtures.discard(bundle) }
        let result = try ExternalTool.run(
            try #require(ExternalTool.find("sh")), [script.path, bundle.path, "acme.pub"],
            in: folder)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("FAIL: \(tamper.reason)"), "\(result.stdout)")
        // selfassess refuses every one of them too.
        #expect(BundleFixtures.failure(bundle) != nil)
    }

    /// The forgery of issue 9 (a key of small order, R of small order, S = 0), which OpenSSL
    /// alone accepts, fails the recipe at its key check; a real signature whose R was replaced by
    /// a point of small order fails at the R check.
    @Test(.enabled(if: recipeTools, "unzip, openssl, python3 or sha256sum is not installed"))
    func theAuditorsRecipeRefusesWeakKeysAndSignatures() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let chain = try BundleFixtures.chain.get()
        let script = folder.appendingPathComponent("audit-bundle.sh")
        try Data(try Self.auditScript().utf8).write(to: script)
        let shell = try #require(ExternalTool.find("sh"))
        try Data(WeakKeys.pem(WeakKeys.identity).utf8).write(
            to: folder.appendingPathComponent("weak.pub"))
        let forged = try WeakKeys.forgedBundle()
        defer { BundleFixtures.discard(forged) }
        let weakKey = try ExternalTool.run(
            shell, [script.path, forged.path, "weak.pub"], in: folder)
        #expect(weakKey.status == 1, "\(weakKey.stdout)\(weakKey.stderr)")
        #expect(weakKey.stdout == "FAIL: weak public key: small order\n")

        var editor = try BundleEditor(chain.acme2025)
        let original = String(
            decoding: editor.files[BundleManifest.signaturePath] ?? [], as: UTF8.self
        ).split(separator: "\n").map(String.init)
        for (index, offset, what) in [(1, 10, "signature R"), (3, 0, "global signature R")] {
            var lines = original
            var blob = try #require(StrictBase64.decode(Array(lines[index].utf8)))
            blob.replaceSubrange(offset..<offset + 32, with: WeakKeys.smallOrder[6].bytes)
            lines[index] = StrictBase64.encode(blob)
            editor.files[BundleManifest.signaturePath] = Array(
                (lines.joined(separator: "\n") + "\n").utf8)
            let bundle = try editor.write(name: "weak-r")
            defer { BundleFixtures.discard(bundle) }
            let result = try ExternalTool.run(
                shell, [script.path, bundle.path, "acme.pub"], in: folder)
            #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
            #expect(result.stdout == "FAIL: weak \(what): small order\n", "\(result.stdout)")
        }
    }

    /// Under a file size limit of 64 MiB, so that a recipe that extracts first is cut short
    /// (and gives another reason) instead of filling the disk.
    @Test(
        .enabled(if: recipeTools, "unzip, openssl, python3 or sha256sum is not installed"),
        arguments: bombs)
    func theAuditorsRecipeRefusesBombsBeforeExtracting(_ bomb: Tamper) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let chain = try BundleFixtures.chain.get()
        let script = folder.appendingPathComponent("audit-bundle.sh")
        try Data(try Self.auditScript().utf8).write(to: script)
        let bundle = try bomb.make(chain)
        defer { BundleFixtures.discard(bundle) }
        let result = try ExternalTool.run(
            try #require(ExternalTool.find("sh")),
            [
                "-c", #"ulimit -f 131072 && exec sh "$0" "$@""#, script.path, bundle.path,
                "acme.pub",
            ],
            in: folder)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "FAIL: \(bomb.reason)\n", "\(result.stdout)")
        #expect(BundleFixtures.failure(bundle) != nil)
    }
}
