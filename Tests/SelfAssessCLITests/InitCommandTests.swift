import Foundation
import SelfAssessTestSupport
import Testing

@Suite(.tags(.large))
struct InitCommandTests {
    @Test func newAssessmentNeedsAnswers() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try await CLI.run(
            [
                "init", "acme-2026", "--signatory", "acme", "--year", "2026", "--name",
                "北京艾克米科技有限公司", "--category", "social",
            ],
            in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Created acme-2026/ for acme, reporting year 2026"))
        let files = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("acme-2026").path
        ).sorted()
        #expect(
            files == [
                "article-1.yaml", "article-2.yaml", "article-3.yaml", "article-4.yaml",
                "article-5.yaml", "article-6.yaml", "article-7.yaml", "assessment.yaml", "evidence",
                "schema",
            ])
        let validated = try await CLI.run(
            ["validate", "acme-2026", "--format", "json"], in: folder)
        #expect(validated.status == 1)
        let object =
            try JSONSerialization.jsonObject(with: Data(validated.stdout.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        let codes = diagnostics.compactMap { $0["code"] as? String }
        #expect(codes.filter { $0 == "SA201" }.count == 50)
        #expect(Set(codes).isSubset(of: ["SA201", "SA101"]), "\(Set(codes))")
    }

    @Test func carriesLastYearForward() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.copySample("acme-2025", into: folder)
        let created = try await CLI.run(
            ["init", "acme-2026", "--signatory", "acme", "--year", "2026", "--from", "acme-2025"],
            in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Carried forward 50 answers"))
        let validated = try await CLI.run(
            ["validate", "acme-2026", "--format", "json"], in: folder)
        let object =
            try JSONSerialization.jsonObject(with: Data(validated.stdout.utf8)) as? [String: Any]
        let codes = (object?["diagnostics"] as? [[String: Any]] ?? []).compactMap {
            $0["code"] as? String
        }
        #expect(codes.filter { $0 == "SA210" }.count == 50)
        // Only the declaration, which must be signed anew each year, is missing.
        #expect(codes.filter { $0 != "SA210" }.sorted() == ["SA101", "SA101"])
    }

    @Test func refusesANonEmptyFolderUnlessForced() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("acme-2026")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: target.appendingPathComponent("notes.txt"))
        let refused = try await CLI.run(
            ["init", "acme-2026", "--signatory", "acme", "--year", "2026"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("acme-2026: the folder exists and is not empty"))
        #expect(
            FileManager.default.fileExists(atPath: target.appendingPathComponent("notes.txt").path))
        // --force writes the assessment's files over their namesakes and keeps everything else:
        // a company's git history, its own notes, evidence of other years.
        try FileManager.default.createDirectory(
            at: target.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Data("ref: refs/heads/main\n".utf8).write(
            to: target.appendingPathComponent(".git/HEAD"))
        try FileManager.default.createDirectory(
            at: target.appendingPathComponent("evidence"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: target.appendingPathComponent("evidence/2019-audit.pdf"))
        try Data("article: 9\n".utf8).write(to: target.appendingPathComponent("article-1.yaml"))
        let forced = try await CLI.run(
            ["init", "acme-2026", "--signatory", "acme", "--year", "2026", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        for kept in ["notes.txt", ".git/HEAD", "evidence/2019-audit.pdf"] {
            #expect(
                FileManager.default.fileExists(atPath: target.appendingPathComponent(kept).path),
                "\(kept)")
        }
        let article = try String(
            contentsOf: target.appendingPathComponent("article-1.yaml"), encoding: .utf8)
        #expect(article.contains("article: 1"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["acme-2026"])
    }

    /// A folder standing where init writes a file stops --force before anything is written.
    @Test func forceStopsAtAConflictBeforeWriting() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("acme-2026")
        try FileManager.default.createDirectory(
            at: target.appendingPathComponent("article-3.yaml"), withIntermediateDirectories: true)
        let result = try await CLI.run(
            ["init", "acme-2026", "--signatory", "acme", "--year", "2026", "--force"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("article-3.yaml: exists and is not a file"), "\(result.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: target.path) == ["article-3.yaml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["acme-2026"])
    }

    /// init takes the years validate accepts, and carries answers forward only into a later
    /// (or, with a warning, the same) year; a --from that cannot be read says so.
    @Test func yearsAndPriorsAreChecked() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = TestSupport.packageRoot.appendingPathComponent("Samples/acme-2025").path
        let future = try await CLI.run(
            ["init", "y", "--signatory", "acme", "--year", "2099"], in: folder)
        #expect(future.status == 64)
        #expect(future.stderr.contains("'2099' is not a plausible reporting year (2014 to "))
        let earlier = try await CLI.run(
            ["init", "y", "--signatory", "acme", "--year", "2024", "--from", sample], in: folder)
        #expect(earlier.status == 1)
        #expect(
            earlier.stderr.contains("is the assessment of 2025, after 2024"), "\(earlier.stderr)")
        let same = try await CLI.run(
            ["init", "y", "--signatory", "acme", "--year", "2025", "--from", sample], in: folder)
        #expect(same.status == 0)
        #expect(same.stderr.contains("warning: \(sample) is already the assessment of 2025"))
        let missing = try await CLI.run(
            ["init", "z", "--signatory", "acme", "--year", "2026", "--from", "no-such-folder"],
            in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-folder: the prior assessment cannot be read"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["y"])
    }

    /// An interrupted init removes its staging folder; it was left beside the target.
    @Test func anInterruptedInitLeavesNoStagingFolder() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prior = try CLI.copySample("acme-2025", into: folder)
        // 200 MiB of evidence to carry forward, so that init is still copying when interrupted
        // (in two files: one over the 100 MiB a bundle entry may hold is an error, SA212).
        for name in ["account-review-rules.md", "licences-2025.md"] {
            try Data(repeating: UInt8(ascii: "x"), count: 100 << 20).write(
                to: prior.appendingPathComponent("evidence/\(name)"))
        }
        let result = try await CLI.interrupt(
            ["init", "acme-2026", "--signatory", "acme", "--year", "2026", "--from", "acme-2025"],
            in: folder, with: "TERM", when: ".acme-2026.init-")
        #expect(result.report == "seen\nstatus 143\n", "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.filter { !$0.hasPrefix(".std") }.sorted() == ["acme-2025"])
    }

    @Test func invalidPriorIsRefused() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await CLI.run(
            [
                "init", "acme-2026", "--signatory", "acme", "--year", "2026", "--from",
                TestSupport.packageRoot.appendingPathComponent("Samples/broken/acme-2025-draft")
                    .path,
            ],
            in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the prior assessment has errors"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(arguments: [
        ["init", "x", "--signatory", "ACME", "--year", "2026"],
        ["init", "x", "--signatory", "acme", "--year", "1999"],
        ["init", "x", "--signatory", "acme"],
        ["init", "x", "--signatory", "acme", "--year", "2026", "--category", "spaceships"],
    ])
    func badArgumentsAreUsageErrors(_ arguments: [String]) async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await CLI.run(arguments, in: folder)
        #expect(result.status == 64)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
