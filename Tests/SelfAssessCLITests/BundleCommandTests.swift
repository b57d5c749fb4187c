import Foundation
import SelfAssessKit
import SelfAssessTestSupport
import Testing

/// `selfassess bundle`, `verify` and `inspect`, run as a user runs them: in a temporary folder
/// holding copies of the samples and a fixed key pair (RFC 8032 test vector 1), with
/// SOURCE_DATE_EPOCH set, so the outputs are the same every time.
@Suite(.tags(.large))
struct BundleCommandTests {
    let folder: URL
    static let epoch = ["SOURCE_DATE_EPOCH": "1769904000"]
    static let seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"

    init() throws {
        folder = try TestSupport.temporaryFolder()
        _ = try CLI.copySample("acme-2024", into: folder)
        _ = try CLI.copySample("acme-2025", into: folder)
        _ = try CLI.copySample("huabei-news-2025", into: folder)
        let key = try #require(
            HexDigits.decode(Array(Self.seed.utf8)).flatMap { SigningKey(seed: $0) })
        try KeyFile.writeKeyPair(key, name: "acme", in: folder)
        try KeyFile.writeKeyPair(SigningKey.generate(), name: "other", in: folder)
    }

    private func run(
        _ arguments: [String], environment: [String: String] = epoch
    ) async throws -> CLI.Result {
        try await CLI.run(arguments, in: folder, environment: environment)
    }

    /// Makes the 2024 and 2025 bundles (the chain).
    private func chain() async throws {
        let first = try await run(["bundle", "acme-2024", "--key", "acme.key"])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try await run([
            "bundle", "acme-2025", "--key", "acme.key", "--prior", "acme-2024.sabundle",
        ])
        #expect(second.status == 0, "\(second.stderr)")
    }

    /// Output with what the report's content changes replaced: manifest and framework digests
    /// (key ids, written `sha256:…`, stay), and the byte sizes of the whole, of the report
    /// entries and of the manifest (which lists the report's digests).
    static func normalized(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            if line.hasSuffix("  report/report.html") || line.hasSuffix("  report/report.md")
                || line.hasSuffix("  manifest.json")
            {
                line = line.replacing(/^ *[0-9]+[ ]/, with: "  <size> ")
            }
            line = line.replacing(/\(([0-9]+)(,| entries,) [0-9.]+ (bytes|KiB|MiB)\)/) { match in
                "(\(match.output.1)\(match.output.2) <size>)"
            }
            line = line.replacing(/(^|[^:0-9a-f])[0-9a-f]{64}/) { match in
                "\(match.output.1)<sha256>"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test func bundleVerifyAndInspectTheChain() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try await run(["bundle", "acme-2024", "--key", "acme.key"])
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        Golden.check(Self.normalized(first.stdout), named: "bundle-acme-2024.txt")
        let second = try await run([
            "bundle", "acme-2025", "--key", "acme.key", "--prior", "acme-2024.sabundle",
        ])
        #expect(second.status == 0)
        Golden.check(Self.normalized(second.stdout), named: "bundle-acme-2025.txt")

        let verify = try await run([
            "verify", "acme-2024.sabundle", "acme-2025.sabundle", "--key", "acme.pub",
        ])
        #expect(verify.status == 0)
        #expect(verify.stderr.isEmpty)
        Golden.check(verify.stdout, named: "verify.txt")
        let chained = try await run([
            "verify", "acme-2025.sabundle", "--key", "acme.pub", "--prior", "acme-2024.sabundle",
            "--format", "json",
        ])
        #expect(chained.status == 0)
        Golden.check(Self.normalized(chained.stdout), named: "verify-prior.json")

        let inspect = try await run(["inspect", "acme-2025.sabundle"])
        #expect(inspect.status == 0)
        #expect(inspect.stdout.hasPrefix("NOT VERIFIED: acme-2025.sabundle has not been verified."))
        Golden.check(Self.normalized(inspect.stdout), named: "inspect.txt")
    }

    @Test func theSameInputsGiveTheSameBytes() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.sabundle", "b.sabundle"] {
            let result = try await run(["bundle", "acme-2024", "--key", "acme.key", "--out", name])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let a = try Data(contentsOf: folder.appendingPathComponent("a.sabundle"))
        let b = try Data(contentsOf: folder.appendingPathComponent("b.sabundle"))
        #if os(Linux)
            #expect(a == b)
        #endif
        #expect(a.count == b.count)
        // Another creation time: another manifest.
        let later = try await run(
            ["bundle", "acme-2024", "--key", "acme.key", "--out", "c.sabundle"],
            environment: ["SOURCE_DATE_EPOCH": "1769990400"])
        #expect(later.status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("c.sabundle")) != a)
    }

    @Test func neverReplacesABundleWithoutForce() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await run(["bundle", "acme-2024", "--key", "acme.key"]).status == 0)
        let again = try await run(["bundle", "acme-2024", "--key", "acme.key"])
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(
            again.stderr
                == "error: acme-2024.sabundle: already exists; it is not replaced without --force [SB005]\n"
        )
        let forced = try await run(["bundle", "acme-2024", "--key", "acme.key", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains("sabundle")
        }
        #expect(names == ["acme-2024.sabundle"])
    }

    @Test func refusesAnInvalidAssessment() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.copySample("broken/acme-2025-draft", into: folder)
        let result = try await run(["bundle", "acme-2025-draft", "--key", "acme.key"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("acme-2025-draft/article-2.yaml:"))
        #expect(result.stderr.contains("error: acme-2025-draft is not a valid assessment"))
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("acme-2025.sabundle").path))
    }

    @Test func refusesAPriorOfAnotherSignatory() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let huabei = try await run(["bundle", "huabei-news-2025", "--key", "other.key"])
        #expect(huabei.status == 0, "\(huabei.stderr)")
        let result = try await run([
            "bundle", "acme-2025", "--key", "acme.key", "--prior", "huabei-news-2025.sabundle",
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: acme-2025.sabundle: the prior bundle huabei-news-2025.sabundle belongs to huabei-news, not acme [SB702]\n"
        )
    }

    @Test(arguments: [
        (["bundle", "acme-2024", "--key", "missing.key"], 2, "error: missing.key: no such file\n"),
        (
            ["bundle", "acme-2024", "--key", "acme.pub"], 1,
            "error: acme.pub: this is a public key; a private key is needed here\n"
        ),
        (
            ["bundle", "nowhere", "--key", "acme.key"], 2,
            "error: nowhere: not an assessment folder\n"
        ),
    ])
    func refusesBadInputs(_ arguments: [String], _ status: Int32, _ stderr: String) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await run(arguments)
        #expect(result.status == status)
        #expect(result.stderr == stderr)
    }

    /// An output that cannot be written gives the system's reason; `bundle` printed Foundation's
    /// `Error Domain=NSCocoaErrorDomain Code=512 "(null)"UserInfo={…}`, and `report` said
    /// "no such folder" of a file.
    @Test func anOutputThatCannotBeWrittenGivesThePlainReason() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("afile"))
        let bundle = try await run([
            "bundle", "acme-2024", "--key", "acme.key", "--out", "afile/x.sabundle",
        ])
        #expect(bundle.status == 2)
        #expect(
            bundle.stderr == "error: afile/x.sabundle: cannot be written: Not a directory [SB003]\n"
        )
        let report = try await run(["report", "acme-2024", "--out", "afile/x.html"])
        #expect(report.status == 2)
        #expect(report.stderr == "error: afile/x.html: cannot write the report: Not a directory\n")
    }

    /// A folder the user may not write to (mode 555), as a user who is not root.
    @Test(.enabled(if: CLI.dropPrivileges != nil, "running as root without setpriv"))
    func aFolderWithoutWritePermissionGivesThePlainReason() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        if geteuid() == 0 {
            #expect(chown(folder.appendingPathComponent("acme.key").path, 65534, 65534) == 0)
        }
        let bundle = try await CLI.run(
            ["bundle", "acme-2024", "--key", "acme.key", "--out", "locked/x.sabundle"],
            in: folder, environment: Self.epoch, unprivileged: true)
        #expect(bundle.status == 2)
        #expect(
            bundle.stderr
                == "error: locked/x.sabundle: cannot be written: Permission denied [SB003]\n")
        let report = try await CLI.run(
            ["report", "acme-2024", "--out", "locked/x.html"], in: folder, unprivileged: true)
        #expect(report.status == 2)
        #expect(
            report.stderr == "error: locked/x.html: cannot write the report: Permission denied\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }

    /// SIGTERM or SIGINT while a bundle is being written removes the temporary file and ends
    /// the tool by that signal; it left `.acme-2024.sabundle.unverified-…` beside the output.
    @Test(arguments: [("TERM", 143), ("INT", 130)])
    func anInterruptedBundleLeavesNoTemporaryFile(_ signal: String, _ status: Int) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // 60 MiB of evidence, so that the bundle takes long enough to write to be interrupted.
        try Data(repeating: UInt8(ascii: "x"), count: 60 << 20).write(
            to: folder.appendingPathComponent("acme-2024/evidence/account-review-rules.md"))
        let result = try await CLI.interrupt(
            ["bundle", "acme-2024", "--key", "acme.key"], in: folder, with: signal,
            when: ".unverified-")
        #expect(result.report == "seen\nstatus \(status)\n", "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.filter { $0.contains(".sabundle") } == [])
    }

    /// A SIGINT ignored when the tool starts (as a shell script's background job has it) stays
    /// ignored: the bundle is written as if nothing happened.
    @Test func anIgnoredInterruptStaysIgnored() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: UInt8(ascii: "x"), count: 60 << 20).write(
            to: folder.appendingPathComponent("acme-2024/evidence/account-review-rules.md"))
        let result = try await CLI.interrupt(
            ["bundle", "acme-2024", "--key", "acme.key"], in: folder, with: "INT",
            when: ".unverified-", ignored: true)
        #expect(result.report == "seen\nstatus 0\n", "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.filter { $0.contains(".sabundle") } == ["acme-2024.sabundle"])
    }

    @Test func refusesAMalformedSourceDateEpoch() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await run(
            ["bundle", "acme-2024", "--key", "acme.key"],
            environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "error: SOURCE_DATE_EPOCH=yesterday is not a number of seconds since 1970 (from 1980 to 9999)\n"
        )
    }

    @Test func verifyReportsEachBundleAndExitsOneOnAFailure() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try await chain()
        var bytes = [UInt8](
            try Data(contentsOf: folder.appendingPathComponent("acme-2025.sabundle")))
        bytes += Array("appended".utf8)
        try Data(bytes).write(to: folder.appendingPathComponent("tampered.sabundle"))
        let result = try await run([
            "verify", "acme-2024.sabundle", "tampered.sabundle", "--key", "acme.pub",
        ])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(
            lines.first?.hasPrefix("OK   acme-2024.sabundle: acme 2024, sequence 1, key sha256:")
                == true)
        #expect(
            lines.last
                == "FAIL SB102 tampered.sabundle: damaged end of central directory record: 8 bytes after it"
        )

        let otherKey = try await run(["verify", "acme-2025.sabundle", "--key", "other.pub"])
        #expect(otherKey.status == 1)
        #expect(otherKey.stdout.hasPrefix("FAIL SB220 acme-2025.sabundle: signed by key number "))

        let replay = try await run([
            "verify", "acme-2024.sabundle", "--key", "acme.pub", "--prior", "acme-2025.sabundle",
        ])
        #expect(replay.status == 1)
        #expect(
            replay.stdout
                == "FAIL SB703 acme-2024.sabundle: replay: sequence 1 is not after the prior acme-2025.sabundle's 2\n"
        )

        let json = try await run([
            "verify", "tampered.sabundle", "--key", "acme.pub", "--format", "json",
        ])
        #expect(json.status == 1)
        #expect(json.stdout.contains(#""code": "SB102""#))
        #expect(json.stdout.contains(#""status": "failed""#))
        #expect(json.stdout.contains(#""verified": 0"#))
    }

    @Test func verifyExitsTwoWhenABundleOrTheKeyCannotBeRead() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try await chain()
        let missing = try await run([
            "verify", "acme-2024.sabundle", "missing.sabundle", "--key", "acme.pub",
        ])
        #expect(missing.status == 2)
        #expect(
            missing.stdout.hasSuffix("FAIL SB001 missing.sabundle: cannot be read: no such file\n"))
        let key = try await run(["verify", "acme-2024.sabundle", "--key", "missing.pub"])
        #expect(key.status == 2)
        #expect(key.stderr == "error: missing.pub: no such file\n")
        let keyring = try await run(["verify", "acme-2024.sabundle", "--keyring", "keyring.yaml"])
        #expect(keyring.status == 2)
        #expect(keyring.stderr == "error: keyring.yaml: no such file\n")
    }

    /// An invalid assessment is refused with its diagnostics, and no bundle file appears.
    @Test func anInvalidAssessmentIsNotBundled() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: TestSupport.packageRoot.appendingPathComponent("Samples/broken/acme-2025-draft"),
            to: folder.appendingPathComponent("draft"))
        let result = try await run(["bundle", "draft", "--key", "acme.key"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Checked 8 files: 14 errors, 0 warnings."))
        #expect(
            result.stderr.hasSuffix("error: draft is not a valid assessment; nothing was bundled\n")
        )
        let bundles = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".sabundle")
        }
        #expect(bundles.isEmpty)
    }

    /// `verify --keyring`: the keyring says whose key it is and when it may sign; with
    /// `--society-key` the keyring itself must carry the society's signature.
    @Test func verifyWithTheSocietyKeyring() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try await chain()
        try KeyFile.writeKeyPair(SigningKey.generate(), name: "society", in: folder)
        let add = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--name", "北京艾克米科技有限公司",
            "--key", "acme.pub",
            "--valid-from", "2024-01-01",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let accepted = try await run([
            "verify", "acme-2024.sabundle", "acme-2025.sabundle", "--keyring", "keyring.yaml",
        ])
        #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
        #expect(accepted.stdout.hasPrefix("OK   acme-2024.sabundle: acme 2024, sequence 1"))

        let unsigned = try await run([
            "verify", "acme-2025.sabundle", "--keyring", "keyring.yaml", "--society-key",
            "society.pub",
        ])
        #expect(unsigned.status == 1)
        #expect(unsigned.stderr.contains("keyring.yaml"))
        let sign = try await run(["keyring", "sign", "keyring.yaml", "--key", "society.key"])
        #expect(sign.status == 0, "\(sign.stderr)")
        let signed = try await run([
            "verify", "acme-2025.sabundle", "--keyring", "keyring.yaml", "--society-key",
            "society.pub",
        ])
        #expect(signed.status == 0, "\(signed.stdout)\(signed.stderr)")

        let revoke = try await run([
            "keyring", "revoke", "keyring.yaml", "--key-id",
            try KeyFile.readPublicKey(at: folder.appendingPathComponent("acme.pub")).keyID
                .description,
            "--date", "2025-06-01", "--reason", "laptop stolen",
        ])
        #expect(revoke.status == 0, "\(revoke.stderr)")
        let revoked = try await run(["verify", "acme-2025.sabundle", "--keyring", "keyring.yaml"])
        #expect(revoked.status == 1)
        #expect(revoked.stdout.contains("FAIL SB405"), "\(revoked.stdout)")
        let stale = try await run([
            "verify", "acme-2025.sabundle", "--keyring", "keyring.yaml", "--society-key",
            "society.pub",
        ])
        #expect(stale.status == 1, "an edited keyring must be signed again")
    }

    /// Issue 9, finding 5's last point: `verify --keyring` without `--society-key` says, as
    /// `aggregate` does, that the keyring's signature was not checked; the JSON output says
    /// whether it was, and by which key.
    @Test func verifyWithAKeyringSaysWhetherItsSignatureWasChecked() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try KeyFile.writeKeyPair(SigningKey.generate(), name: "society", in: folder)
        let note =
            "note: keyring.yaml: the keyring's signature was not checked; give --society-key to "
            + "refuse a keyring the society did not sign\n"
        let add = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--name", "北京艾克米科技有限公司",
            "--key", "acme.pub", "--valid-from", "2024-01-01",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let made = try await run(["bundle", "acme-2025", "--key", "acme.key"])
        #expect(made.status == 0, "\(made.stderr)")

        let unchecked = try await run(["verify", "acme-2025.sabundle", "--keyring", "keyring.yaml"])
        #expect(unchecked.status == 0, "\(unchecked.stderr)")
        #expect(unchecked.stdout.hasPrefix("OK   acme-2025.sabundle"))
        #expect(unchecked.stderr == note)
        let json = try await run([
            "verify", "acme-2025.sabundle", "--keyring", "keyring.yaml", "--format", "json",
        ])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stderr == note)
        let sha256 = BundleManifest.sha256(
            [UInt8](try Data(contentsOf: folder.appendingPathComponent("keyring.yaml"))))
        #expect(
            json.stdout.contains(
                """
                  "keyring": {
                    "file": "keyring.yaml",
                    "sha256": "\(sha256)",
                    "signatureChecked": false,
                    "signedBy": null
                  },
                """), "\(json.stdout)")

        let sign = try await run(["keyring", "sign", "keyring.yaml", "--key", "society.key"])
        #expect(sign.status == 0, "\(sign.stderr)")
        let checked = try await run([
            "verify", "acme-2025.sabundle", "--keyring", "keyring.yaml", "--society-key",
            "society.pub", "--format", "json",
        ])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stderr == "")
        let society = try KeyFile.readPublicKey(at: folder.appendingPathComponent("society.pub"))
        #expect(checked.stdout.contains(#""signatureChecked": true,"#), "\(checked.stdout)")
        #expect(checked.stdout.contains(#""signedBy": "\#(society.keyID)""#))
        // With --key there is no keyring, and no note.
        let single = try await run(["verify", "acme-2025.sabundle", "--key", "acme.pub"])
        #expect(single.status == 0)
        #expect(single.stderr == "")
        let singleJSON = try await run([
            "verify", "acme-2025.sabundle", "--key", "acme.pub", "--format", "json",
        ])
        #expect(!singleJSON.stdout.contains("\"keyring\""))
    }

    @Test(arguments: [
        ["verify", "acme-2024.sabundle"],
        ["verify", "acme-2024.sabundle", "--key", "acme.pub", "--keyring", "k.yaml"],
        ["verify", "--key", "acme.pub"],
        ["verify", "acme-2024.sabundle", "--key", "acme.pub", "--format", "xml"],
        ["inspect"],
        ["bundle", "acme-2024"],
    ])
    func usageErrorsExit64(_ arguments: [String]) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
    }

    @Test func inspectSaysWhatCannotBeRead() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a zip".utf8).write(to: folder.appendingPathComponent("junk.sabundle"))
        let junk = try await run(["inspect", "junk.sabundle"])
        #expect(junk.status == 1)
        #expect(junk.stderr.hasPrefix("error: junk.sabundle: not a ZIP archive"))
        let missing = try await run(["inspect", "missing.sabundle"])
        #expect(missing.status == 2)
    }

    /// `score` and `diff` read bundles as they read folders, and say the signature was not checked.
    @Test func scoreAndDiffReadBundles() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try await chain()
        let fromFolder = try await run(["score", "acme-2025"])
        let fromBundle = try await run(["score", "acme-2025.sabundle"])
        #expect(fromBundle.status == 0)
        #expect(fromBundle.stdout == fromFolder.stdout)
        #expect(
            fromBundle.stderr
                == "note: acme-2025.sabundle: read without checking its signature; `selfassess verify` checks who signed it\n"
        )
        let diffFolders = try await run(["diff", "acme-2024", "acme-2025", "--format", "json"])
        let diffBundles = try await run([
            "diff", "acme-2024.sabundle", "acme-2025.sabundle", "--format", "json",
        ])
        #expect(diffBundles.status == 0)
        #expect(diffBundles.stdout == diffFolders.stdout)
        // The bundle's own results/diff.json is the same document in its signed shape: without
        // the note and justification texts that only diff's unsigned output carries.
        let inside = try ZIPContainerReader(
            url: folder.appendingPathComponent("acme-2025.sabundle")
        ).read(path: "results/diff.json")
        let texts: Set<String> = [
            "oldNote", "newNote", "justificationChanged", "oldJustification", "newJustification",
        ]
        var shown = try #require(
            try JSONSerialization.jsonObject(with: Data(diffFolders.stdout.utf8))
                as? [String: Any])
        let indicators = try #require(shown["indicators"] as? [[String: Any]])
        #expect(indicators.contains { $0["oldNote"] != nil })
        shown["indicators"] = indicators.map { $0.filter { !texts.contains($0.key) } }
        let signed = try #require(
            try JSONSerialization.jsonObject(with: Data(inside)) as? [String: Any])
        #expect(NSDictionary(dictionary: signed) == NSDictionary(dictionary: shown))
    }
}
