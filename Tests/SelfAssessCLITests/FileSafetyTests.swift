import Foundation
import SelfAssessKit
import SelfAssessTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The files the tool reads and writes, as an attacker or a careless script would arrange them:
/// outputs that are named pipes or links to devices, assessment files linked from outside the
/// folder, evidence names no manifest can hold, evidence too large to pack, an interrupted
/// bundle, and a file with more findings than are reported.
@Suite(.tags(.large))
struct FileSafetyTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
        _ = try CLI.copySample("acme-2025", into: folder)
        let key = try #require(SigningKey(seed: [UInt8](repeating: 1, count: 32)))
        _ = try KeyFile.writeKeyPair(key, name: "acme", in: folder)
    }

    private func run(_ arguments: [String]) async throws -> CLI.Result {
        try await CLI.run(arguments, in: folder, environment: ["SOURCE_DATE_EPOCH": "1769904000"])
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// What stands at a path, without following a link.
    private func kind(_ name: String) -> FileReader.EntryKind {
        FileReader.entryKind(path: path(name))
    }

    /// The two kinds of target that must never be replaced: a named pipe, and a symbolic link
    /// to a device (a stand-in for the real /dev/null, which the tests never touch).
    enum Target: String, CaseIterable, CustomTestStringConvertible {
        case fifo
        case deviceLink

        var testDescription: String { rawValue }
        var word: String { self == .fifo ? "a named pipe" : "a symbolic link to a device" }

        func make(at path: String) throws {
            switch self {
            case .fifo:
                #expect(mkfifo(path, 0o644) == 0)
            case .deviceLink:
                try FileManager.default.createSymbolicLink(
                    atPath: path, withDestinationPath: "/dev/null")
            }
        }

        func isIntact(at path: String) -> Bool {
            switch self {
            case .fifo: FileReader.entryKind(path: path) == .other("a named pipe")
            case .deviceLink:
                FileReader.entryKind(path: path) == .symbolicLink
                    && (try? FileManager.default.destinationOfSymbolicLink(atPath: path))
                        == "/dev/null"
            }
        }
    }

    // MARK: - Finding 3: never write over what is not a regular file

    @Test(arguments: Target.allCases)
    func bundleForceRefusesATargetThatIsNotARegularFile(_ target: Target) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try target.make(at: path("out.sabundle"))
        let result = try await run([
            "bundle", "acme-2025", "--key", "acme.key", "--out", "out.sabundle", "--force",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr
                == "error: out.sabundle: exists and is \(target.word), not a regular file; "
                + "it is not replaced, even with --force [SB010]\n")
        #expect(target.isIntact(at: path("out.sabundle")))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.sorted() == ["acme-2025", "acme.key", "acme.pub", "out.sabundle"])
    }

    @Test(arguments: Target.allCases)
    func reportSchemaAndTemplatesRefuseATargetThatIsNotARegularFile(
        _ target: Target
    ) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try target.make(at: path("report.html"))
        let report = try await run(["report", "acme-2025", "--out", "report.html"])
        #expect(report.status == 1, "\(report.stderr)")
        #expect(
            report.stderr
                == "error: report.html is \(target.word), not a regular file; nothing was written\n"
        )
        #expect(target.isIntact(at: path("report.html")))

        try FileManager.default.createDirectory(
            atPath: path("schemas"), withIntermediateDirectories: false)
        try target.make(at: path("schemas/article.schema.json"))
        let schema = try await run(["schema", "--out", "schemas"])
        #expect(schema.status == 1, "\(schema.stderr)")
        #expect(schema.stderr.contains("schemas/article.schema.json is \(target.word)"))
        // Checked before anything is written: the first file is not there either.
        #expect(kind("schemas/assessment.schema.json") == .missing)
        #expect(target.isIntact(at: path("schemas/article.schema.json")))

        try FileManager.default.createDirectory(
            atPath: path("templates"), withIntermediateDirectories: false)
        try target.make(at: path("templates/article-7.yaml"))
        let templates = try await run(["templates", "--out", "templates"])
        #expect(templates.status == 1, "\(templates.stderr)")
        #expect(kind("templates/assessment.yaml") == .missing)
        #expect(target.isIntact(at: path("templates/article-7.yaml")))
    }

    @Test(arguments: Target.allCases)
    func initForceRefusesATargetThatIsNotARegularFile(_ target: Target) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            atPath: path("acme-2026"), withIntermediateDirectories: false)
        try target.make(at: path("acme-2026/article-3.yaml"))
        let result = try await run([
            "init", "acme-2026", "--signatory", "acme", "--year", "2026", "--force",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("acme-2026/article-3.yaml: exists and is \(target.word)"))
        #expect(target.isIntact(at: path("acme-2026/article-3.yaml")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: path("acme-2026")).count == 1)
    }

    @Test(arguments: Target.allCases)
    func keyringSignRefusesASignatureTargetThatIsNotARegularFile(
        _ target: Target
    ) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let society = try #require(SigningKey(seed: [UInt8](repeating: 42, count: 32)))
        _ = try KeyFile.writeKeyPair(society, name: "society", in: folder)
        let add = try await run([
            "keyring", "add", "keyring.yaml", "--signatory", "acme", "--name", "Acme",
            "--key", "acme.pub", "--valid-from", "2024-01-01",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        try target.make(at: path("keyring.yaml.minisig"))
        let sign = try await run(["keyring", "sign", "keyring.yaml", "--key", "society.key"])
        #expect(sign.status == 1, "\(sign.stderr)")
        #expect(sign.stderr.contains("keyring.yaml.minisig: exists and is \(target.word)"))
        #expect(target.isIntact(at: path("keyring.yaml.minisig")))
    }

    // MARK: - Finding 4: assessment files from outside the folder

    @Test(arguments: ["assessment.yaml", "article-3.yaml"])
    func assessmentFilesLinkedFromOutsideAreRefused(_ name: String) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.moveItem(atPath: path("acme-2025/\(name)"), toPath: path(name))
        try FileManager.default.createSymbolicLink(
            atPath: path("acme-2025/\(name)"), withDestinationPath: "../\(name)")

        let validate = try await run(["validate", "acme-2025"])
        #expect(validate.status == 1, "\(validate.stdout)")
        #expect(
            validate.stdout.contains(
                "acme-2025/\(name): error: a symbolic link to a file outside the assessment "
                    + "folder; it was not read [SA018]"), "\(validate.stdout)")

        let bundle = try await run(["bundle", "acme-2025", "--key", "acme.key"])
        #expect(bundle.status == 1, "\(bundle.stderr)")
        #expect(bundle.stderr.contains("[SA018]"))
        #expect(kind("acme-2025.sabundle") == .missing)
    }

    /// The rule is the evidence rule: a link to a file inside the folder is followed.
    @Test func anAssessmentFileLinkedFromInsideTheFolderIsRead() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.moveItem(
            atPath: path("acme-2025/article-3.yaml"), toPath: path("acme-2025/evidence/a3.yaml"))
        try FileManager.default.createSymbolicLink(
            atPath: path("acme-2025/article-3.yaml"), withDestinationPath: "evidence/a3.yaml")
        let validate = try await run(["validate", "acme-2025"])
        #expect(validate.status == 0, "\(validate.stdout)")
    }

    // MARK: - Finding 6a, 6b: evidence that validate passed and bundle could not pack

    @Test(arguments: [("\\e", "\u{1B}", "\\u{1B}"), ("\\n", "\n", "\\u{A}")])
    func evidenceNamesWithControlCharactersAreRefusedByValidate(
        _ escape: String, _ character: String, _ shown: String
    ) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x\n".utf8).write(
            to: URL(fileURLWithPath: path("acme-2025/evidence/bad\(character)name.md")))
        let article = URL(fileURLWithPath: path("acme-2025/article-1.yaml"))
        let text = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(
            of: "      - evidence/licences-2025.md\n",
            with: "      - evidence/licences-2025.md\n      - \"evidence/bad\(escape)name.md\"\n")
        try Data(text.utf8).write(to: article)

        let validate = try await run(["validate", "acme-2025"])
        #expect(validate.status == 1, "\(validate.stdout)")
        #expect(
            validate.stdout.contains(
                "error: `evidence/bad\(shown)name.md` holds a control character [SA211]"),
            "\(validate.stdout)")
        let bundle = try await run(["bundle", "acme-2025", "--key", "acme.key"])
        #expect(bundle.status == 1, "\(bundle.stderr)")
        #expect(kind("acme-2025.sabundle") == .missing)
    }

    /// A sparse 10 GiB file is refused from its size on the file system, at once.
    @Test func evidenceOverTheEntryLimitIsRefusedByValidate() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let evidence = path("acme-2025/evidence/licences-2025.md")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: evidence))
        try handle.truncate(atOffset: 10 << 30)
        try handle.close()

        let validate = try await run(["validate", "acme-2025"])
        #expect(validate.status == 1, "\(validate.stdout)")
        #expect(
            validate.stdout.contains(
                "error: `evidence/licences-2025.md` is 10 GiB, over the 100 MiB a bundle entry "
                    + "may hold [SA212]"), "\(validate.stdout)")
        let bundle = try await run(["bundle", "acme-2025", "--key", "acme.key"])
        #expect(bundle.status == 1, "\(bundle.stderr)")
        #expect(kind("acme-2025.sabundle") == .missing)
    }

    // MARK: - Finding 6d: what a killed bundle leaves behind

    /// docs/bundle.md names the one file a SIGKILL can leave: `.NAME.sabundle.unverified-…`.
    @Test func aKilledBundleLeavesTheTemporaryFileTheDocsName() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: UInt8(ascii: "x"), count: 60 << 20).write(
            to: URL(fileURLWithPath: path("acme-2025/evidence/licences-2025.md")))
        let result = try await CLI.interrupt(
            ["bundle", "acme-2025", "--key", "acme.key"], in: folder, with: "KILL",
            when: ".unverified-")
        #expect(result.report == "seen\nstatus 137\n", "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.contains(".sabundle") }
        #expect(left.count == 1, "\(left)")
        for name in left {
            #expect(name.hasPrefix(".acme-2025.sabundle.unverified-"), "\(name)")
            #expect(!name.hasPrefix(".."), "\(name)")
            #expect(!name.contains(".tmp-"), "\(name)")
        }
    }

    // MARK: - Finding 2: more findings than are reported

    /// 1,200 warnings in one file (the same evidence cited again and again): validate shows
    /// 1,000 and counts the rest in one error, and bundle refuses the folder.
    @Test func aFileWithMoreFindingsThanTheCapIsCountedAndNotBundled() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = URL(fileURLWithPath: path("acme-2025/article-1.yaml"))
        let repeated = String(repeating: "      - evidence/licences-2025.md\n", count: 1_201)
        let text = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(
            of: "      - evidence/licences-2025.md\n", with: repeated)
        try Data(text.utf8).write(to: article)

        let validate = try await run(["validate", "acme-2025"])
        #expect(validate.status == 1)
        #expect(validate.stdout.components(separatedBy: "[SA306]").count - 1 == 1_000)
        #expect(
            validate.stdout.contains(
                "error: 200 more findings in this file from here on are not shown: at most 1000 "
                    + "are reported per file, and a file with more cannot be bundled [SA017]"),
            "\(validate.stdout.suffix(800))")

        let bundle = try await run(["bundle", "acme-2025", "--key", "acme.key"])
        #expect(bundle.status == 1)
        #expect(bundle.stderr.contains("[SA017]"))
        #expect(kind("acme-2025.sabundle") == .missing)
    }
}
