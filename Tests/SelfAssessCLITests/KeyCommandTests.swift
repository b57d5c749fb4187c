import Foundation
import SelfAssessKit
import SelfAssessTestSupport
import Testing

/// `keygen` and `key export`, run as the built binary.
@Suite(.tags(.large))
struct KeyCommandTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
    }

    private func mode(_ name: String) throws -> Int {
        try #require(
            FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[
                .posixPermissions] as? Int)
    }

    private func keyID(in output: String) -> String? {
        output.split(separator: "\n").first { $0.hasPrefix("Key id: ") }.map {
            String($0.dropFirst(8))
        }
    }

    @Test func keygenWritesAKeyPairAndPrintsTheKeyID() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await CLI.run(["keygen", "acme"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout.hasPrefix(
                "Created acme.key (private key, mode 0600) and acme.pub (public key).\n"))
        #expect(try mode("acme.key") == 0o600)
        #expect(try mode("acme.pub") == 0o644)
        let publicKey = try KeyFile.readPublicKey(at: folder.appendingPathComponent("acme.pub"))
        #expect(keyID(in: result.stdout) == publicKey.keyID.description)
        let privateKey = try KeyFile.readPrivateKey(at: folder.appendingPathComponent("acme.key"))
        #expect(privateKey.publicKey == publicKey)
    }

    /// The society's own key is not registered with the society: its advice says what it signs
    /// and that the signatories get the public key.
    @Test func keygenSocietyDoesNotTellTheSocietyToRegisterWithItself() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let society = try await CLI.run(["keygen", "society"], in: folder)
        #expect(society.status == 0, "\(society.stderr)")
        #expect(!society.stdout.contains("Register society.pub with the society"))
        #expect(society.stdout.contains("it signs the keyring and the receipts"))
        #expect(society.stdout.contains("Publish society.pub and its key id to the signatories"))
        let signatory = try await CLI.run(["keygen", "acme"], in: folder)
        #expect(signatory.stdout.contains("Register acme.pub with the society"))
    }

    @Test func keygenWritesIntoAFolderAndUmaskCannotWidenTheKey() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("keys"), withIntermediateDirectories: true)
        let result = try await CLI.run(["keygen", "acme-2026", "--out", "keys"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "Created keys/acme-2026.key (private key, mode 0600) and keys/acme-2026.pub (public key).\n"
            ))
        #expect(try mode("keys/acme-2026.key") == 0o600)
    }

    @Test func keygenNeverOverwrites() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await CLI.run(["keygen", "acme"], in: folder).status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent("acme.key"))
        let again = try await CLI.run(["keygen", "acme"], in: folder)
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(
            again.stderr
                == "error: acme.key: already exists; keys are never overwritten (move it away or choose another name)\n"
        )
        #expect(try Data(contentsOf: folder.appendingPathComponent("acme.key")) == before)
    }

    @Test func keygenRefusesAMissingFolderAndABadName() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try await CLI.run(["keygen", "acme", "--out", "nowhere"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: nowhere: no such folder\n")
        try Data().write(to: folder.appendingPathComponent("a-file"))
        let file = try await CLI.run(["keygen", "acme", "--out", "a-file"], in: folder)
        #expect(file.status == 2)
        #expect(file.stderr == "error: a-file: not a folder\n")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a-file"))
        let badName = try await CLI.run(["keygen", "../acme"], in: folder)
        #expect(badName.status == 64)
        #expect(badName.stderr.contains("'../acme' is not a usable key name"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(arguments: ["acme.pub", "acme.key"])
    func exportWritesMinisignAndPEM(_ source: String) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await CLI.run(["keygen", "acme"], in: folder).status == 0)
        let key = try KeyFile.readPublicKey(at: folder.appendingPathComponent("acme.pub"))

        let minisign = try await CLI.run(
            ["key", "export", source, "--format", "minisign", "--out", "acme.minisign.pub"],
            in: folder)
        #expect(minisign.status == 0, "\(minisign.stderr)")
        #expect(
            minisign.stdout
                == "Wrote acme.minisign.pub (minisign public key).\nKey id: \(key.keyID)\n")
        let written = try String(
            contentsOf: folder.appendingPathComponent("acme.minisign.pub"), encoding: .utf8)
        #expect(written == key.minisignRepresentation)
        #expect(try mode("acme.minisign.pub") == 0o644)

        let pem = try await CLI.run(["key", "export", source, "--format", "pem"], in: folder)
        #expect(pem.status == 0)
        #expect(pem.stdout == key.pemRepresentation)
        #expect(pem.stderr == "Key id: \(key.keyID)\n")

        // The minisign file is itself a public key export reads back.
        let back = try await CLI.run(
            ["key", "export", "acme.minisign.pub", "--format", "pem"], in: folder)
        #expect(back.stdout == key.pemRepresentation)
    }

    @Test func exportNeverOverwrites() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await CLI.run(["keygen", "acme"], in: folder).status == 0)
        let result = try await CLI.run(
            ["key", "export", "acme.key", "--format", "pem", "--out", "acme.pub"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: acme.pub: already exists"))
    }

    @Test func exportRefusesAPrivateKeyOthersCanRead() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await CLI.run(["keygen", "acme"], in: folder).status == 0)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent("acme.key").path
        )
        let result = try await CLI.run(
            ["key", "export", "acme.key", "--format", "minisign"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "error: acme.key: permissions 0644 are too open: a private key must not be accessible by group or others; run `chmod 600 acme.key`\n"
        )
    }

    @Test func exportRefusesOtherKeyTypes() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // An X25519 key, built from its DER so no binary is committed.
        let der: [UInt8] =
            [
                0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x6E, 0x04, 0x22,
                0x04, 0x20,
            ]
            + [UInt8](repeating: 7, count: 32)
        let text =
            "-----BEGIN PRIVATE KEY-----\n\(Data(der).base64EncodedString())\n-----END PRIVATE KEY-----\n"
        let url = folder.appendingPathComponent("x25519.key")
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        let result = try await CLI.run(
            ["key", "export", "x25519.key", "--format", "pem"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "error: x25519.key: unsupported key type X25519: selfassess signs with Ed25519 keys only"
            ))
    }

    @Test func exportUsageAndIOFailures() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try await CLI.run(
            ["key", "export", "missing.pub", "--format", "pem"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: missing.pub: no such file\n")
        let noFormat = try await CLI.run(["key", "export", "missing.pub"], in: folder)
        #expect(noFormat.status == 64)
        let badFormat = try await CLI.run(
            ["key", "export", "missing.pub", "--format", "ssh"], in: folder)
        #expect(badFormat.status == 64)
    }

    @Test func helpListsTheSignatoryCommands() async throws {
        let help = try await CLI.run(["--help"])
        #expect(help.stdout.contains("keygen"))
        #expect(help.stdout.contains("key "))
    }
}
