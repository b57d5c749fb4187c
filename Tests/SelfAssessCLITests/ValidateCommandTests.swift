import Foundation
import SelfAssessTestSupport
import Subprocess
import SystemPackage
import Testing

@Suite(.tags(.large))
struct ValidateCommandTests {
    static let broken = "Samples/broken/acme-2025-draft"

    @Test func samplesAreValid() async throws {
        let result = try await CLI.run([
            "validate", "Samples/acme-2024", "Samples/acme-2025", "Samples/huabei-news-2025",
        ])
        #expect(result.status == 0)
        #expect(result.stdout == "Checked 24 files: 0 errors, 0 warnings.\n")
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: [("text", "txt"), ("json", "json"), ("sarif", "sarif"), ("github", "github")])
    func brokenSampleInEveryFormat(format: String, suffix: String) async throws {
        let result = try await CLI.run(["validate", Self.broken, "--format", format])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        Golden.check(
            result.stdout.replacingOccurrences(of: CLI.version, with: "VERSION"),
            named: "validate/broken-sample.\(suffix)")
    }

    @Test func jsonAndSarifAreWellFormed() async throws {
        for format in ["json", "sarif"] {
            let result = try await CLI.run(["validate", Self.broken, "--format", format])
            let object =
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(object != nil)
            if format == "sarif" {
                #expect(object?["version"] as? String == "2.1.0")
                let runs = object?["runs"] as? [[String: Any]]
                let results = runs?.first?["results"] as? [[String: Any]]
                #expect(results?.count == 14)
            }
        }
    }

    @Test func singleArticleFile() async throws {
        let result = try await CLI.run(["validate", "\(Self.broken)/article-4.yaml"])
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "\(Self.broken)/article-4.yaml:5:10: error: this file is article-4.yaml but says `article: 3` [SA105]"
            ))
        #expect(result.stdout.hasSuffix("Checked 1 file: 1 error, 0 warnings.\n"))
    }

    /// An escape sequence hidden in an answer is shown, never sent to the terminal: with colour
    /// (as on a terminal) only our own colour codes reach it, without colour no ESC at all.
    @Test func escapeSequencesInAnAnswerAreShownNotSent() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try CLI.copySample("acme-2025", into: folder)
        let article = copy.appendingPathComponent("article-2.yaml")
        let text = try String(contentsOf: article, encoding: .utf8)
        let hostile = text.replacingOccurrences(
            of: "  A2.1:\n    answer: yes\n",
            with: "  A2.1:\n    answer: yes\u{1B}[2J\u{1B}]0;pwned\u{07}\u{1B}[1;31mRED\n")
        #expect(hostile != text)
        try hostile.write(to: article, atomically: true, encoding: .utf8)
        let plain = try await CLI.run(["validate", copy.path])
        #expect(plain.status == 1)
        #expect(!plain.stdout.contains("\u{1B}") && !plain.stdout.contains("\u{07}"))
        // Without colour not even a colour sequence from the input passes.
        #expect(
            plain.stdout.contains("yes\u{241B}[2J\u{241B}]0;pwned\u{2407}\u{241B}[1;31mRED"),
            "\(plain.stdout)")
        let coloured = try await CLI.run(["validate", copy.path, "--color"])
        #expect(!coloured.stdout.contains("\u{1B}[2J") && !coloured.stdout.contains("\u{1B}]0;"))
        #expect(coloured.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    /// The pre-commit hook validates each folder once, whatever its name holds (spaces too).
    @Test func preCommitHookHandlesFolderNamesWithSpaces() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.copySample("acme-2025", into: folder, as: "acme 2025")
        _ = try CLI.copySample("acme-2024", into: folder, as: "old year")
        let path =
            CLI.binary.deletingLastPathComponent().path + ":"
            + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try await Subprocess.run(
            .path("/bin/sh"),
            arguments: [
                TestSupport.packageRoot.appendingPathComponent("Scripts/pre-commit-validate.sh")
                    .path,
                "acme 2025/article-1.yaml", "acme 2025/article-2.yaml", "old year/assessment.yaml",
            ],
            environment: .inherit.updating(["PATH": path, "NO_COLOR": "1"]),
            workingDirectory: FilePath(folder.path),
            output: .string(limit: 1 << 20), error: .string(limit: 1 << 20))
        #expect(result.terminationStatus == .exited(0), "\(result.standardError)")
        #expect(result.standardOutput == "Checked 16 files: 0 errors, 0 warnings.\n")
    }

    /// A folder standing where an article file belongs is named as such, not as missing.
    @Test func aFolderInPlaceOfAnArticleFile() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try CLI.copySample("acme-2025", into: folder)
        let article = copy.appendingPathComponent("article-2.yaml")
        try FileManager.default.removeItem(at: article)
        try FileManager.default.createDirectory(at: article, withIntermediateDirectories: false)
        let result = try await CLI.run(["validate", "acme-2025"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "acme-2025/article-2.yaml: error: article-2.yaml is a folder, not a file (article 2: "
            ))
    }

    @Test func warningsFailOnlyWithStrict() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try CLI.copySample("acme-2025", into: folder)
        let article = copy.appendingPathComponent("article-2.yaml")
        var text = try String(contentsOf: article, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "  A2.1:\n    answer: yes\n",
            with: "  A2.1:\n    answer: yes\n    carried-forward: 2024\n")
        try text.write(to: article, atomically: true, encoding: .utf8)
        let relaxed = try await CLI.run(["validate", "acme-2025"], in: folder)
        #expect(relaxed.status == 0)
        #expect(
            relaxed.stdout.contains("warning: the answer to A2.1 was carried forward from 2024"))
        let strict = try await CLI.run(["validate", "acme-2025", "--strict"], in: folder)
        #expect(strict.status == 1)
    }

    @Test func missingFolderIsAnIOError() async throws {
        let result = try await CLI.run(["validate", "no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("no-such-folder: error: no such file or folder [SA016]"))
    }

    @Test(arguments: [
        ["validate"], ["validate", "x", "--format", "xml"], ["validate", "--bogus", "x"],
        ["frobnicate"],
    ])
    func usageErrorsExit64(_ arguments: [String]) async throws {
        let result = try await CLI.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("Error:"))
    }

    @Test func colourOnlyWhenAsked() async throws {
        let plain = try await CLI.run(["validate", Self.broken])
        #expect(!plain.stdout.contains("\u{1B}["))
        let forced = try await CLI.run(["validate", Self.broken, "--color"])
        #expect(forced.stdout.contains("\u{1B}[1;31merror"))
        let noColor = try await CLI.run(["validate", Self.broken], environment: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
    }

    @Test func brokenFrameworkFileStopsTheRun() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/framework.yaml"),
            encoding: .utf8)
        text = text.replacingOccurrences(of: "min: 60", with: "min: 95")
        try text.write(
            to: folder.appendingPathComponent("fw.yaml"), atomically: true, encoding: .utf8)
        let result = try await CLI.run(
            [
                "validate",
                TestSupport.packageRoot.appendingPathComponent("Samples/acme-2025").path,
                "--framework", "fw.yaml",
            ], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("fw.yaml:"))
        #expect(
            result.stderr.contains(
                "bands must be listed from the highest minimum to the lowest [SA901]"))
    }
}

@Suite(.tags(.large))
struct FrameworkOptionTests {
    /// A revised framework (version 1.2, one extra indicator) drives templates and validation.
    @Test func revisedFrameworkIsUsedEverywhere() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/framework.yaml"),
            encoding: .utf8)
        text = text.replacingOccurrences(of: "version: \"1.1\"", with: "version: \"1.2\"")
        let anchor = "  - number: 2\n"
        let extra = """
                  - id: A1.8
                    title: {zh: 测试指标, en: Test indicator}
                    question: {zh: 是否测试？, en: Is it tested?}
                    guidance: {zh: 仅用于测试。, en: For tests only.}
                    answer: {type: yes-no}
                    weight: 1
                    evidence: none

            """
        let range = try #require(text.range(of: anchor))
        text.replaceSubrange(range, with: extra + anchor)
        try text.write(
            to: folder.appendingPathComponent("fw-1.1.yaml"), atomically: true, encoding: .utf8)

        let templates = try await CLI.run(
            ["templates", "--framework", "fw-1.1.yaml", "--out", "t"], in: folder)
        #expect(templates.status == 0, "\(templates.stderr)")
        let article1 = try String(
            contentsOf: folder.appendingPathComponent("t/article-1.yaml"), encoding: .utf8)
        #expect(article1.contains("  A1.8:\n    answer:"))
        #expect(article1.contains("version: \"1.2\""))

        let sample = TestSupport.packageRoot.appendingPathComponent("Samples/acme-2025").path
        let validated = try await CLI.run(
            ["validate", sample, "--framework", "fw-1.1.yaml", "--format", "json"], in: folder)
        #expect(validated.status == 1)
        let object =
            try JSONSerialization.jsonObject(with: Data(validated.stdout.utf8)) as? [String: Any]
        let codes = (object?["diagnostics"] as? [[String: Any]] ?? []).compactMap {
            $0["code"] as? String
        }
        #expect(codes.filter { $0 == "SA108" }.count == 8)
        #expect(codes.contains("SA110"))
    }
}
