import Foundation
import SelfAssessTestSupport
import Testing

/// `selfassess report`, run as a user runs it: the built binary, in the package folder, on the
/// samples.
///
/// The page itself is pinned by the kit's golden files; these tests check that the command writes
/// exactly that, where it was asked to, and fails the way the other commands do.
@Suite(.tags(.large))
struct ReportCommandTests {
    /// The kit's golden report, with the version the tests put in its place restored.
    static func kitGolden(_ name: String) throws -> String {
        let file = Golden.folder.appendingPathComponent("report").appendingPathComponent(name)
        return try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "selfassess VERSION", with: "selfassess \(CLI.version)")
    }

    @Test(arguments: [
        (
            ["Samples/acme-2025", "--prior", "Samples/acme-2024", "--format", "html"],
            "assessment-acme-2025.html"
        ),
        (
            ["Samples/acme-2025", "--prior", "Samples/acme-2024", "--format", "markdown"],
            "assessment-acme-2025.md"
        ),
        (["Samples/huabei-news-2025"], "assessment-huabei-news-2025.html"),
        (["Samples/huabei-news-2025", "--format", "markdown"], "assessment-huabei-news-2025.md"),
    ])
    func writesTheReportToStandardOutput(arguments: [String], golden: String) async throws {
        let result = try await CLI.run(["report"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == (try Self.kitGolden(golden)))
    }

    @Test func writesAtomicallyWithOut() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("acme-2025.html")
        let markdown = folder.appendingPathComponent("acme-2025.md")
        try "old content".write(to: html, atomically: true, encoding: .utf8)
        let first = try await CLI.run([
            "report", "Samples/acme-2025", "--prior", "Samples/acme-2024", "--out", html.path,
        ])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty && first.stderr.isEmpty)
        #expect(
            try String(contentsOf: html, encoding: .utf8)
                == (try Self.kitGolden("assessment-acme-2025.html")))
        // Without --format, a .md name means Markdown.
        let second = try await CLI.run([
            "report", "Samples/huabei-news-2025", "--out", markdown.path,
        ])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            try String(contentsOf: markdown, encoding: .utf8)
                == (try Self.kitGolden("assessment-huabei-news-2025.md")))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["acme-2025.html", "acme-2025.md"], "no temporary file is left behind")
    }

    @Test func invalidAssessmentGetsDiagnosticsAndNoReport() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report.html")
        let result = try await CLI.run([
            "report", "Samples/broken/acme-2025-draft", "--out", out.path,
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Samples/broken/acme-2025-draft/article-1.yaml:24:"))
        #expect(
            result.stderr.contains(
                "error: Samples/broken/acme-2025-draft is not a valid assessment"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func invalidPriorIsRefusedToo() async throws {
        let result = try await CLI.run([
            "report", "Samples/acme-2025", "--prior", "Samples/broken/acme-2025-draft",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "error: Samples/broken/acme-2025-draft is not a valid assessment"))
    }

    @Test(arguments: [
        (
            ["report", "Samples/no-such-folder"],
            "error: Samples/no-such-folder: no such assessment folder or bundle\n"
        ),
        (
            ["report", "Samples/acme-2025", "--prior", "Samples/no-such-folder"],
            "error: Samples/no-such-folder: no such assessment folder or bundle\n"
        ),
    ])
    func missingInputIsAnInputError(arguments: [String], message: String) async throws {
        let result = try await CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == message)
    }

    @Test func unwritableOutIsAnOutputError() async throws {
        let result = try await CLI.run([
            "report", "Samples/acme-2025", "--out", "/nonexistent-folder/report.html",
        ])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                "error: /nonexistent-folder/report.html: cannot write the report: "))
    }

    @Test(arguments: [
        ["report"], ["report", "Samples/acme-2025", "--format", "pdf"],
        ["report", "Samples/acme-2025", "--prior"],
        ["report", "Samples/acme-2025", "Samples/acme-2024"],
    ])
    func usageErrors(arguments: [String]) async throws {
        let result = try await CLI.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Usage: selfassess report"))
    }

    @Test func listedAmongTheSignatoryCommands() async throws {
        let result = try await CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("report                  Write the report for people"))
    }
}
