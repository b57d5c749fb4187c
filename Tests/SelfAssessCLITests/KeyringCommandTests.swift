import Foundation
import SelfAssessKit
import SelfAssessTestSupport
import Subprocess
import SystemPackage
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `keyring add|list|revoke|sign|verify`, run as the built binary on deterministic keys.
@Suite(.tags(.large))
struct KeyringCommandTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
    }

    /// Writes NAME.key (mode 0600) and NAME.pub for a key made from a one-byte pattern seed.
    @discardableResult
    private func keyPair(_ name: String, _ number: UInt8) throws -> PublicKey {
        let key = try #require(SigningKey(seed: [UInt8](repeating: number, count: 32)))
        let privateURL = folder.appendingPathComponent("\(name).key")
        try Data(key.pemRepresentation.utf8).write(to: privateURL)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o600], ofItemAtPath: privateURL.path)
        try Data(key.publicKey.pemRepresentation.utf8).write(
            to: folder.appendingPathComponent("\(name).pub"))
        return key.publicKey
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    private func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }

    private func run(_ arguments: [String]) async throws -> CLI.Result {
        try await CLI.run(arguments, in: folder)
    }

    /// A keyring with two signatories (one rotating its key), signed by the society.
    private func signedKeyring() async throws -> (
        acme: PublicKey, acme2: PublicKey, huabei: PublicKey
    ) {
        let acme = try keyPair("acme", 1)
        let acme2 = try keyPair("acme-2025", 2)
        let huabei = try keyPair("huabei", 3)
        try keyPair("society", 42)
        for arguments in [
            [
                "--signatory", "acme", "--name", "北京艾克米科技有限公司", "--category", "social", "--key",
                "acme.pub",
                "--valid-from", "2024-01-01", "--valid-until", "2025-12-31",
            ],
            ["--signatory", "acme", "--key", "acme-2025.pub", "--valid-from", "2025-06-01"],
            [
                "--signatory", "huabei-news", "--name", "华北新闻资讯有限公司", "--key", "huabei.pub",
                "--valid-from", "2024-01-01",
            ],
        ] {
            let added = try await run(["keyring", "add", "keyring.yaml"] + arguments)
            #expect(added.status == 0, "\(added.stderr)")
        }
        let signed = try await run(["keyring", "sign", "keyring.yaml", "--key", "society.key"])
        #expect(signed.status == 0, "\(signed.stderr)")
        return (acme, acme2, huabei)
    }

    // MARK: The whole story

    @Test func addListRevokeSignVerify() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let acme = try keyPair("acme", 1)
        try keyPair("acme-2025", 2)
        try keyPair("huabei", 3)
        let society = try keyPair("society", 42)

        let created = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--name", "北京艾克米科技有限公司",
            "--category", "social",
            "--key", "acme.pub", "--valid-from", "2024-01-01", "--valid-until", "2025-12-31",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.isEmpty)
        #expect(
            created.stdout == """
                Created keyring.yaml: added key \(acme.keyID)
                for acme (北京艾克米科技有限公司), valid from 2024-01-01 until 2025-12-31.
                Confirm this key id with the signatory by another channel before you sign the keyring.
                Sign it: selfassess keyring sign keyring.yaml --key SOCIETY.key

                """)
        #expect(
            try await run([
                "keyring", "add", "keyring.yaml", "--signatory", "acme", "--key", "acme-2025.pub",
                "--valid-from", "2025-06-01",
            ]).status == 0)
        #expect(
            try await run([
                "keyring", "add", "keyring.yaml", "--signatory", "huabei-news", "--name",
                "华北新闻资讯有限公司", "--key", "huabei.pub",
                "--valid-from", "2024-01-01",
            ]).status == 0)
        Golden.check(try read("keyring.yaml"), named: "keyring/keyring.yaml")

        let list = try await run(["keyring", "list", "keyring.yaml", "--on", "2025-09-01"])
        #expect(list.status == 0, "\(list.stderr)")
        Golden.check(list.stdout, named: "keyring/list.txt")
        let json = try await run([
            "keyring", "list", "keyring.yaml", "--on", "2025-09-01", "--format", "json",
        ])
        #expect(json.status == 0)
        Golden.check(json.stdout, named: "keyring/list.json")

        let signed = try await run(["keyring", "sign", "keyring.yaml", "--key", "society.key"])
        #expect(signed.status == 0, "\(signed.stderr)")
        let bytes = try Data(contentsOf: folder.appendingPathComponent("keyring.yaml"))
        let comment = KeyringSignature.trustedComment(for: [UInt8](bytes))
        #expect(
            signed.stdout.hasPrefix(
                "Signed keyring.yaml (2 signatories, 3 keys) with the society key \(society.keyID).\n"
            ))
        #expect(signed.stdout.contains("Wrote keyring.yaml.minisig; trusted comment: \(comment)\n"))
        #expect(
            try read("keyring.yaml.minisig").split(separator: "\n")[2]
                == "trusted comment: \(comment)")

        let verified = try await run([
            "keyring", "verify", "keyring.yaml", "--society-key", "society.pub",
        ])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(
            verified.stdout.hasPrefix(
                "OK: keyring.yaml is signed by the society key \(society.keyID)\n(2 signatories, 3 keys; \(comment)).\n"
            ))

        let revoked = try await run([
            "keyring", "revoke", "keyring.yaml", "--key-id", acme.keyID.description, "--date",
            "2025-03-01", "--reason", "laptop stolen",
        ])
        #expect(revoked.status == 0, "\(revoked.stderr)")
        #expect(
            revoked.stdout == """
                Updated keyring.yaml: revoked key \(acme.keyID)
                of acme (北京艾克米科技有限公司) from 2025-03-01: laptop stolen
                Bundles it signed that were created on or after 2025-03-01 are now refused.
                The keyring changed, so its signature keyring.yaml.minisig no longer applied and was removed.
                Sign it again: selfassess keyring sign keyring.yaml --key SOCIETY.key

                """)
        #expect(!exists("keyring.yaml.minisig"))
        let unsigned = try await run([
            "keyring", "verify", "keyring.yaml", "--society-key", "society.pub",
        ])
        #expect(unsigned.status == 1)
        #expect(
            unsigned.stderr
                == "error: keyring.yaml: the keyring is not signed (no keyring.yaml.minisig); the society signs it with `selfassess keyring sign keyring.yaml --key SOCIETY.key`\n"
        )
        let afterRevoke = try await run(["keyring", "list", "keyring.yaml", "--on", "2025-09-01"])
        #expect(afterRevoke.stdout.contains("revoked 2025-03-01: laptop stolen"))
        #expect(
            afterRevoke.stdout.hasSuffix(
                "2 signatories, 3 keys: 2 active, 1 revoked (on 2025-09-01).\n"))
        #expect(
            try await run(["keyring", "sign", "keyring.yaml", "--key", "society.key"]).status == 0)
        #expect(
            try await run(["keyring", "verify", "keyring.yaml", "--society-key", "society.pub"])
                .status == 0)
    }

    @Test func commentsAreKeptOrTheRewriteIsAnnounced() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let acme = try keyPair("acme", 1)
        try keyPair("acme-2025", 2)
        let raw = Data(acme.rawRepresentation).base64EncodedString()
        let block = """
            # kept by hand
            schema: selfassess.keyring/v1
            signatories:
              acme:   # since 2019
                name: Acme
                keys:
                  - key: \(raw)
                    fingerprint: \(acme.keyID)
                    valid-from: 2024-01-01

            """
        try Data(block.utf8).write(to: folder.appendingPathComponent("keyring.yaml"))
        let kept = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--key", "acme-2025.pub",
            "--valid-from", "2025-01-01",
        ])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stderr.isEmpty)
        #expect(try read("keyring.yaml").hasPrefix(block))

        let flow =
            "schema: selfassess.keyring/v1  # flow style\nsignatories: {acme: {name: Acme, keys: [{key: \(raw), fingerprint: \(acme.keyID), valid-from: 2024-01-01}]}}\n"
        try Data(flow.utf8).write(to: folder.appendingPathComponent("keyring.yaml"))
        let rewritten = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--key", "acme-2025.pub",
            "--valid-from", "2025-01-01",
        ])
        #expect(rewritten.status == 0, "\(rewritten.stderr)")
        #expect(
            rewritten.stderr
                == "note: keyring.yaml could not be changed in place, so it was written again from its content: its comments and layout were not kept (see docs/keyring.md)\n"
        )
        #expect(!(try read("keyring.yaml")).contains("# flow style"))
        #expect(try await run(["keyring", "list", "keyring.yaml"]).stdout.contains("2 keys"))
    }

    // MARK: Verification failures

    @Test func aTamperedKeyringFailsVerification() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await signedKeyring()
        let url = folder.appendingPathComponent("keyring.yaml")
        let original = try read("keyring.yaml")
        // A key date moved by one day: still a valid keyring, but not the one the society signed.
        try Data(
            original.replacingOccurrences(
                of: "valid-until: 2025-12-31", with: "valid-until: 2026-12-31"
            ).utf8
        ).write(to: url)
        let tampered = try await run([
            "keyring", "verify", "keyring.yaml", "--society-key", "society.pub",
        ])
        #expect(tampered.status == 1)
        #expect(tampered.stdout.isEmpty)
        #expect(
            tampered.stderr
                == "error: keyring.yaml: the keyring's signature is not valid: keyring.yaml.minisig: the signature does not verify: the signed file was changed or another key signed it\n"
        )
        // A key appended by whoever can write the file, then signed with their own key.
        try Data(original.utf8).write(to: url)
        try keyPair("mallory", 66)
        #expect(
            try await run([
                "keyring", "add", "keyring.yaml", "--signatory", "mallory", "--name", "M", "--key",
                "mallory.pub",
            ]).status == 0)
        #expect(
            try await run(["keyring", "sign", "keyring.yaml", "--key", "mallory.key"]).status == 0)
        let foreign = try await run([
            "keyring", "verify", "keyring.yaml", "--society-key", "society.pub",
        ])
        #expect(foreign.status == 1)
        #expect(foreign.stderr.contains("keyring.yaml.minisig: signed by key number"))
    }

    @Test func anEditedTrustedCommentFailsVerification() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await signedKeyring()
        let signature = try read("keyring.yaml.minisig")
        var lines = signature.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        lines[2] =
            "trusted comment: selfassess.keyring/v1 sha256=" + String(repeating: "0", count: 64)
        try Data(lines.joined(separator: "\n").utf8).write(
            to: folder.appendingPathComponent("keyring.yaml.minisig"))
        let result = try await run([
            "keyring", "verify", "keyring.yaml", "--society-key", "society.pub",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the trusted comment's signature does not verify"))
    }

    // MARK: Refusals

    @Test func aKeyAlreadyRegisteredIsRefusedAndTheFileIsUnchanged() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = try await signedKeyring()
        let before = try read("keyring.yaml")
        let again = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "other-co", "--name", "Other", "--key",
            "acme.pub",
        ])
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(
            again.stderr
                == "error: keyring.yaml: key \(keys.acme.keyID) is already registered for `acme`; a key is registered once\n"
        )
        #expect(try read("keyring.yaml") == before)
        #expect(exists("keyring.yaml.minisig"), "a refused edit keeps the signature")
    }

    /// A category that is not the framework's is refused with a suggestion and nothing is
    /// written (it was written, and `aggregate` then refused the keyring).
    @Test func aCategoryTheFrameworkDoesNotHaveIsRefused() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try keyPair("acme", 1)
        let add = [
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--name", "A", "--key",
            "acme.pub", "--category",
        ]
        let result = try await run(add + ["newz"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "error: keyring.yaml: `newz` is not a category of the framework bj-app-2014 1.1; "
                + "did you mean `news`? (categories: news, social, video, app-store, e-commerce, "
                + "tools, games, lifestyle, education, finance or other)\n")
        #expect(!exists("keyring.yaml"))
        let fine = try await run(add + ["news"])
        #expect(fine.status == 0, "\(fine.stderr)")
        #expect(try read("keyring.yaml").contains("category: news"))
    }

    @Test func aPrivateKeyIsRefusedWhereAPublicKeyIsExpected() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try keyPair("acme", 1)
        let result = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--name", "A", "--key",
            "acme.key",
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr == "error: acme.key: this is a private key; a public key is needed here\n"
        )
        #expect(!exists("keyring.yaml"))
        // And a public key is refused where the society's private key is expected (KeyFile checks
        // a private key file's mode first, so give the public key file a private key's mode).
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o600], ofItemAtPath: folder.appendingPathComponent("acme.pub").path
        )
        let sign = try await run(["keyring", "sign", "keyring.yaml", "--key", "acme.pub"])
        #expect(sign.status == 1)
        #expect(
            sign.stderr == "error: acme.pub: this is a public key; a private key is needed here\n")
    }

    @Test func anInvalidKeyringIsReportedWithPositionsAndNotEdited() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try keyPair("acme", 1)
        let text =
            "schema: selfassess.keyring/v1\nsignatories:\n  acme:\n    name: A\n    keys: []\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("keyring.yaml"))
        for arguments in [
            ["keyring", "list", "keyring.yaml"],
            ["keyring", "add", "keyring.yaml", "--signatory", "acme", "--key", "acme.pub"],
        ] {
            let result = try await run(arguments)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(
                result.stderr == """
                    keyring.yaml:5:11: error: signatory `acme` has no keys [SA903]
                      at signatories.acme.keys
                      5 |     keys: []
                        |           ^
                      hint: register at least one key with `selfassess keyring add`, or remove the signatory

                    error: keyring.yaml is not a valid keyring (1 error); nothing was done

                    """)
        }
        #expect(try read("keyring.yaml") == text)
    }

    @Test func revokeRefusesAnUnknownKey() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await signedKeyring()
        let unknown = "sha256:" + String(repeating: "ab", count: 32)
        let result = try await run([
            "keyring", "revoke", "keyring.yaml", "--key-id", unknown, "--date", "2025-01-01",
            "--reason", "x",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: keyring.yaml: no key \(unknown) in the keyring"))
        #expect(exists("keyring.yaml.minisig"))
    }

    // MARK: I/O and usage

    @Test func unreadableFilesExitWith2() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await signedKeyring()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.appendingPathComponent("fifo.yaml").path, 0o644) == 0)
        let cases: [([String], String)] = [
            (["keyring", "list", "missing.yaml"], "error: missing.yaml: no such file\n"),
            (
                ["keyring", "list", "folder.yaml"],
                "error: folder.yaml: cannot be read: not a regular file (it is a folder)\n"
            ),
            (
                ["keyring", "list", "fifo.yaml"],
                "error: fifo.yaml: cannot be read: not a regular file (it is a named pipe)\n"
            ),
            (
                [
                    "keyring", "add", "folder.yaml", "--signatory", "acme", "--name", "A", "--key",
                    "acme.pub",
                ],
                "error: folder.yaml: cannot be read: not a regular file (it is a folder)\n"
            ),
            (
                [
                    "keyring", "revoke", "missing.yaml", "--key-id",
                    "sha256:" + String(repeating: "0", count: 64), "--date", "2025-01-01",
                    "--reason", "r",
                ],
                "error: missing.yaml: no such file\n"
            ),
            (
                ["keyring", "sign", "missing.yaml", "--key", "society.key"],
                "error: missing.yaml: no such file\n"
            ),
            (
                ["keyring", "verify", "keyring.yaml", "--society-key", "missing.pub"],
                "error: missing.pub: no such file\n"
            ),
            (
                ["keyring", "add", "keyring.yaml", "--signatory", "acme", "--key", "missing.pub"],
                "error: missing.pub: no such file\n"
            ),
        ]
        for (arguments, message) in cases {
            let result = try await run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr == message, "\(arguments)")
        }
    }

    @Test(arguments: [
        ["keyring", "add", "k.yaml", "--signatory", "Acme", "--name", "A", "--key", "a.pub"],
        [
            "keyring", "add", "k.yaml", "--signatory", "acme", "--key", "a.pub", "--valid-from",
            "2025-13-01",
        ],
        [
            "keyring", "add", "k.yaml", "--signatory", "acme", "--key", "a.pub", "--valid-from",
            "2025-06-01", "--valid-until", "2025-05-31",
        ],
        ["keyring", "add", "k.yaml", "--signatory", "acme"],
        [
            "keyring", "revoke", "k.yaml", "--key-id", "sha256:ABC", "--date", "2025-01-01",
            "--reason", "r",
        ],
        [
            "keyring", "revoke", "k.yaml", "--key-id",
            "sha256:" + String(repeating: "0", count: 64), "--date", "soon", "--reason", "r",
        ],
        ["keyring", "list", "k.yaml", "--format", "csv"],
        ["keyring", "verify", "k.yaml"],
    ])
    func usageErrorsExitWith64(_ arguments: [String]) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(!exists("k.yaml"))
    }

    @Test func helpListsTheSocietyCommands() async throws {
        let help = try await CLI.run(["--help"])
        #expect(help.stdout.contains("SOCIETY SUBCOMMANDS:") || help.stdout.contains("Society"))
        #expect(help.stdout.contains("keyring"))
        let keyring = try await CLI.run(["keyring", "--help"])
        for command in ["add", "list", "revoke", "sign", "verify"] {
            #expect(keyring.stdout.contains("  \(command) "))
        }
    }

    // MARK: Independent tools

    private func external(_ tool: URL?, _ arguments: [String]) async throws -> Int32 {
        let result = try await Subprocess.run(
            .path(FilePath(tool?.path ?? "/nonexistent")), arguments: Arguments(arguments),
            workingDirectory: FilePath(folder.path),
            output: .discarded, error: .discarded)
        if case .exited(let code) = result.terminationStatus { return code }
        return -1
    }

    @Test(.needs(.minisign))
    func minisignVerifiesTheKeyringSignature() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await signedKeyring()
        #expect(
            try await run([
                "key", "export", "society.pub", "--format", "minisign", "--out",
                "society.minisign.pub",
            ]).status == 0)
        let verify = [
            "-V", "-p", "society.minisign.pub", "-m", "keyring.yaml", "-x", "keyring.yaml.minisig",
        ]
        #expect(try await external(ExternalTool.minisign, verify) == 0)
        try Data((try read("keyring.yaml") + "# appended\n").utf8).write(
            to: folder.appendingPathComponent("keyring.yaml"))
        #expect(try await external(ExternalTool.minisign, verify) != 0)
    }

    @Test(.needs(.openssl))
    func opensslVerifiesTheKeyringSignature() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await signedKeyring()
        let line = try read("keyring.yaml.minisig").split(separator: "\n")[1]
        let blob = try #require(Data(base64Encoded: String(line)))
        try blob.suffix(64).write(to: folder.appendingPathComponent("sig64"))
        let verify = [
            "pkeyutl", "-verify", "-pubin", "-inkey", "society.pub", "-rawin", "-in",
            "keyring.yaml", "-sigfile", "sig64",
        ]
        #expect(try await external(ExternalTool.openssl, verify) == 0)
        try Data((try read("keyring.yaml") + "\n").utf8).write(
            to: folder.appendingPathComponent("keyring.yaml"))
        #expect(try await external(ExternalTool.openssl, verify) != 0)
    }
}
