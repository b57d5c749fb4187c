import Foundation
import SelfAssessTestSupport
import Testing

/// `selfassess score` and `selfassess diff`, run as a user runs them: the built binary, in the
/// package folder, on the samples.
@Suite(.tags(.large))
struct ScoreCommandTests {
    @Test(arguments: [
        (["score", "Samples/acme-2025"], "score/acme-2025.txt"),
        (["score", "Samples/acme-2024", "--explain"], "score/acme-2024.explain.txt"),
        (["score", "Samples/huabei-news-2025", "--format", "json"], "score/huabei-news-2025.json"),
        (["score", "Samples/acme-2024", "--format", "csv"], "score/acme-2024.csv"),
        (
            ["score", "Samples/acme-2024", "--format", "markdown", "--explain"],
            "score/acme-2024.explain.md"
        ),
        (["diff", "Samples/acme-2024", "Samples/acme-2025"], "diff/acme-2024-acme-2025.txt"),
        (
            ["diff", "Samples/acme-2024", "Samples/acme-2025", "--format", "json"],
            "diff/acme-2024-acme-2025.json"
        ),
        (
            ["diff", "Samples/acme-2024", "Samples/acme-2025", "--format", "markdown"],
            "diff/acme-2024-acme-2025.md"
        ),
    ])
    func outputs(arguments: [String], golden: String) async throws {
        let result = try await CLI.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        Golden.check(result.stdout, named: golden)
    }

    @Test func jsonIsIdenticalOnEveryRun() async throws {
        let first = try await CLI.run(["score", "Samples/acme-2025", "--format", "json"])
        let second = try await CLI.run(
            ["score", "Samples/acme-2025", "--format", "json"], environment: ["TZ": "Asia/Shanghai"]
        )
        #expect(first.stdout == second.stdout && !first.stdout.isEmpty)
    }

    @Test func colourOnlyWhenAskedOrOnATerminal() async throws {
        let plain = try await CLI.run(["score", "Samples/acme-2024"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try await CLI.run(["score", "Samples/acme-2024", "--color"])
        #expect(coloured.stdout.contains("\u{1B}[1;31m"))  // the critical failure, in red
        let piped = try await CLI.run(
            ["score", "Samples/acme-2024"], environment: ["NO_COLOR": ""])
        #expect(!piped.stdout.contains("\u{1B}["), "standard output is a pipe here, not a terminal")
        let json = try await CLI.run(["score", "Samples/acme-2024", "--color", "--format", "json"])
        #expect(!json.stdout.contains("\u{1B}["))
    }

    @Test func invalidAssessmentGetsDiagnosticsAndNoScore() async throws {
        let result = try await CLI.run(["score", "Samples/broken/acme-2025-draft"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Samples/broken/acme-2025-draft/article-1.yaml:24:"))
        #expect(
            result.stderr.contains(
                "error: Samples/broken/acme-2025-draft is not a valid assessment; nothing was scored"
            ))
    }

    @Test func missingFolderIsAnInputError() async throws {
        let result = try await CLI.run(["score", "Samples/no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == "error: Samples/no-such-folder: no such assessment folder or bundle\n")
    }

    @Test func aYAMLFileIsNotAnAssessmentFolderOrBundle() async throws {
        let result = try await CLI.run(["score", "Samples/acme-2025/assessment.yaml"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: Samples/acme-2025/assessment.yaml: not an assessment folder or bundle\n")
    }

    /// Any other file is read as a bundle, and refused by the container checks.
    @Test func aFileThatIsNotAZIPIsRefusedAsABundle() async throws {
        let result = try await CLI.run(["score", "README.md"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: README.md: not a ZIP archive"))
        #expect(result.stderr.hasSuffix("[SB101]\n"))
    }

    @Test(arguments: [
        ["score"],
        ["score", "Samples/acme-2025", "--format", "xml"],
        ["score", "Samples/acme-2025", "Samples/acme-2024"],
        ["diff", "Samples/acme-2024"],
        ["diff", "Samples/acme-2024", "Samples/acme-2025", "--format", "csv"],
    ])
    func usageErrors(arguments: [String]) async throws {
        let result = try await CLI.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Usage: selfassess"))
    }

    @Test func warningsOfAValidAssessmentGoToStandardError() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try CLI.copySample("acme-2025", into: folder)
        let file = copy.appendingPathComponent("article-7.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let range = try #require(text.range(of: "  A7.1:\n"))
        text.replaceSubrange(range, with: "  A7.1:\n    carried-forward: 2024\n")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["score", copy.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: the answer to A7.1 was carried forward from 2024"))
        #expect(result.stdout.contains("Overall"))
    }
}

@Suite(.tags(.large))
struct DiffCommandTests {
    @Test func failOnRegressionExitsOne() async throws {
        let plain = try await CLI.run(["diff", "Samples/acme-2024", "Samples/acme-2025"])
        #expect(plain.status == 0)
        let result = try await CLI.run([
            "diff", "Samples/acme-2024", "Samples/acme-2025", "--fail-on-regression",
        ])
        #expect(result.status == 1)
        #expect(result.stdout == plain.stdout, "the diff is printed before failing")
        #expect(
            result.stderr
                == "error: regression: 2 indicators and 0 articles scored lower than in Samples/acme-2024\n"
        )
    }

    @Test func noRegressionExitsZeroWithTheFlag() async throws {
        let result = try await CLI.run([
            "diff", "Samples/acme-2025", "Samples/acme-2025", "--fail-on-regression",
        ])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "warning: the new assessment's year 2025 is not after the old one's 2025"))
        #expect(result.stdout.contains("Indicators: 50 unchanged"))
    }

    @Test func backwardsAndAcrossSignatoriesWarns() async throws {
        let result = try await CLI.run([
            "diff", "Samples/acme-2025", "Samples/huabei-news-2025", "--format", "json",
        ])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(
            warnings.compactMap { $0["code"] as? String } == [
                "signatory-differs", "year-not-after",
            ])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["hasRegression"] as? Bool == true)
    }

    @Test func invalidNewAssessmentExitsOne() async throws {
        let result = try await CLI.run([
            "diff", "Samples/acme-2024", "Samples/broken/acme-2025-draft",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "error: Samples/broken/acme-2025-draft is not a valid assessment"))
    }

    @Test func missingOldFolderExitsTwo() async throws {
        let result = try await CLI.run(["diff", "nowhere-2024", "Samples/acme-2025"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: nowhere-2024: no such assessment folder or bundle\n")
    }

    /// Evidence whose content changed under the same path is reported as changed.
    @Test func changedEvidenceContentIsDetected() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try CLI.copySample("acme-2025", into: folder, as: "old")
        let new = try CLI.copySample("acme-2025", into: folder, as: "new")
        let handle = try FileHandle(
            forWritingTo: new.appendingPathComponent("evidence/real-name-policy.md"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nRevised.\n".utf8))
        try handle.close()
        let result = try await CLI.run(["diff", old.path, new.path, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let a21 = try #require(indicators.first { $0["id"] as? String == "A2.1" })
        let evidence = try #require(a21["evidence"] as? [[String: Any]])
        #expect(evidence.count == 1)
        #expect(evidence.first?["change"] as? String == "changed")
        #expect(evidence.first?["path"] as? String == "evidence/real-name-policy.md")
        #expect(
            evidence.first?["oldSha256"] as? String
                == "3718162f240ad49ba4b38a599fa7e518510f175e2d118abb6056af64610d2bc8")
    }

    /// A revised framework (version 1.2) that replaces A7.7 by A7.8: OLD is read with
    /// `--old-framework`, and the two indicators are reported as removed and added.
    @Test func frameworkVersionsAreMatchedByID() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let builtin = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/framework.yaml"),
            encoding: .utf8)
        let revised = builtin.replacingOccurrences(of: "version: \"1.1\"", with: "version: \"1.2\"")
            .replacingOccurrences(of: "      - id: A7.7\n", with: "      - id: A7.8\n")
        try revised.write(
            to: folder.appendingPathComponent("framework-1.2.yaml"), atomically: true,
            encoding: .utf8)
        let new = try CLI.copySample("acme-2025", into: folder)
        for file in ["assessment.yaml"] + (1...7).map({ "article-\($0).yaml" }) {
            let url = new.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            text = text.replacingOccurrences(of: "version: \"1.1\"", with: "version: \"1.2\"")
            if file == "article-7.yaml" {
                text = text.replacingOccurrences(of: "  A7.7:\n", with: "  A7.8:\n")
            }
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let frameworkPath = folder.appendingPathComponent("framework-1.2.yaml").path

        let withoutOld = try await CLI.run([
            "diff", "Samples/acme-2024", new.path, "--framework", frameworkPath,
        ])
        #expect(withoutOld.status == 1, "OLD answers 1.1 and is refused under 1.2")
        #expect(withoutOld.stderr.contains("SA108"))

        let result = try await CLI.run([
            "diff", "Samples/acme-2024", new.path, "--framework", frameworkPath, "--old-framework",
            "Templates/framework.yaml", "--format", "json", "--fail-on-regression",
        ])
        #expect(result.status == 1, "A2.7 and A3.2 still regressed")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let kinds = Dictionary(
            uniqueKeysWithValues: indicators.compactMap { item -> (String, String)? in
                guard let id = item["id"] as? String, let kind = item["kind"] as? String else {
                    return nil
                }
                return (id, kind)
            })
        #expect(kinds["A7.7"] == "removed" && kinds["A7.8"] == "added")
        #expect(kinds.values.filter { $0 == "regressed" }.count == 2)
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.compactMap { $0["code"] as? String } == ["framework-changed"])
    }
}
