import Foundation
import SelfAssessTestSupport
import Testing

/// Every JSON output the CLI writes is checked against its schema in `schemas/` by an independent
/// validator (check-jsonschema), and each schema refuses a broken document.
@Suite(.tags(.large))
struct OutputSchemaTests {
    static let archive = "Tests/SelfAssessCLITests/Fixtures/archive/2026-12-pre-issue-9"
    /// A bundle signed with `bundle --allow-unreviewed` (manifest selfassess.bundle/v2).
    static let unreviewed = "Tests/SelfAssessCLITests/Fixtures/unreviewed"

    /// A command whose standard output is JSON, and the schema it follows.
    struct Case: CustomTestStringConvertible, Sendable {
        var schema: String
        var arguments: [String]
        var testDescription: String { "\(schema): \(arguments.joined(separator: " "))" }
    }

    static let cases: [Case] = [
        Case(schema: "validate", arguments: ["validate", "Samples/acme-2025", "--format", "json"]),
        Case(
            schema: "validate",
            arguments: ["validate", "Samples/broken/acme-2025-draft", "--format", "json"]),
        Case(schema: "score", arguments: ["score", "Samples/acme-2024", "--format", "json"]),
        Case(
            schema: "score", arguments: ["score", "Samples/huabei-news-2025", "--format", "json"]),
        Case(
            schema: "score",
            arguments: ["score", "Samples/broken/acme-2025-draft", "--draft", "--format", "json"]),
        Case(
            schema: "diff",
            arguments: ["diff", "Samples/acme-2024", "Samples/acme-2025", "--format", "json"]),
        Case(
            schema: "diff",
            arguments: [
                "diff", "Samples/acme-2024", "Samples/broken/acme-2025-draft", "--draft",
                "--format", "json",
            ]),
        Case(schema: "status", arguments: ["status", "Samples/acme-2025", "--format", "json"]),
        Case(
            schema: "status",
            arguments: ["status", "Samples/broken/acme-2025-draft", "--format", "json"]),
        Case(
            schema: "verify",
            arguments: [
                "verify", "\(archive)/acme-2024.sabundle", "\(archive)/acme-2025.sabundle",
                "\(archive)/huabei-news-2025.sabundle", "--keyring", "\(archive)/keyring.yaml",
                "--society-key", "\(archive)/society.pub", "--format", "json",
            ]),
        Case(
            schema: "verify",
            arguments: [
                "verify", "\(archive)/acme-2025.sabundle", "--prior",
                "\(archive)/acme-2024.sabundle", "--key", "\(archive)/acme.pub", "--format", "json",
            ]),
        Case(
            schema: "verify",
            arguments: [
                "verify", "\(archive)/acme-2025.sabundle", "--key", "\(archive)/huabei-news.pub",
                "--format", "json",
            ]),
        Case(
            schema: "verify",
            arguments: [
                "verify", "\(unreviewed)/acme-2025-unreviewed.sabundle", "--key",
                "\(unreviewed)/acme.pub", "--format", "json",
            ]),
        Case(
            schema: "keyring-list",
            arguments: ["keyring", "list", "\(archive)/keyring.yaml", "--format", "json"]),
    ]

    @Test(.needsSchemaValidator, arguments: cases)
    func commandOutputFollowsItsSchema(_ example: Case) async throws {
        let result = try await CLI.run(example.arguments)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("{"))
        let (status, output) = try OutputSchemas.check(example.schema, texts: [result.stdout])
        #expect(status == 0, "\(output)")
    }

    /// Golden JSON files, each with its schema.
    static let goldens = [
        ("validate", "validate/broken-sample.json"), ("status", "status/acme-2025-draft.json"),
        ("score", "score/acme-2025.json"), ("diff", "diff/acme-2024-acme-2025.json"),
        ("verify", "verify-prior.json"), ("keyring-list", "keyring/list.json"),
        ("sector", "aggregate/small-sector.json"),
    ]

    /// The golden JSON files are real outputs too.
    @Test(
        .needsSchemaValidator,
        arguments: goldens)
    func goldenFilesFollowTheirSchemas(schema: String, golden: String) throws {
        let file = TestSupport.packageRoot.appendingPathComponent("Tests/Golden")
            .appendingPathComponent(golden)
        let (status, output) = try OutputSchemas.check(schema, [file])
        #expect(status == 0, "\(output)")
    }

    @Test(.needsSchemaValidator)
    func aggregateOutputsFollowTheirSchemas() async throws {
        let sector = try await GeneratedSector.small()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        let result = try await CLI.run(
            [
                "aggregate", "submissions", "--keyring", "keyring.yaml", "--society-key",
                "society.pub", "--out", out.path, "--since", String(sector.plan.years[0]),
                "--format", "json",
            ], in: sector.folder)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try OutputSchemas.check("aggregate-summary", texts: [result.stdout])
        #expect(summary.status == 0, "\(summary.output)")
        let sectorJSON = try OutputSchemas.check(
            "sector", [out.appendingPathComponent("sector.json")])
        #expect(sectorJSON.status == 0, "\(sectorJSON.output)")
    }

    /// The results a bundle carries (results/scores.json, results/diff.json) follow the score
    /// and diff schemas, in the archived bundles made by earlier versions too.
    @Test(
        .needsSchemaValidator, .needs(.unzip),
        arguments: [
            ("acme-2024.sabundle", "results/scores.json", "score"),
            ("acme-2025.sabundle", "results/scores.json", "score"),
            ("acme-2025.sabundle", "results/diff.json", "diff"),
            ("huabei-news-2025.sabundle", "results/scores.json", "score"),
        ])
    func archivedBundleResultsFollowTheirSchemas(
        bundle: String, member: String, schema: String
    ) throws {
        let file = TestSupport.packageRoot.appendingPathComponent(Self.archive)
            .appendingPathComponent(bundle)
        let unzipped = try ExternalTool.run(
            try #require(ExternalTool.unzip), ["-p", file.path, member])
        #expect(unzipped.status == 0)
        let (status, output) = try OutputSchemas.check(schema, texts: [unzipped.stdout])
        #expect(status == 0, "\(bundle) \(member): \(output)")
    }

    /// Each schema of the CLI's outputs refuses its golden document with a required member
    /// removed, and with a member of the wrong type.
    @Test(
        .needsSchemaValidator,
        arguments: goldens)
    func brokenDocumentsAreRefused(schema: String, golden: String) throws {
        let text = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Tests/Golden")
                .appendingPathComponent(golden), encoding: .utf8)
        for broken in try SchemaBreaker.broken(text, schema: schema) {
            let (status, output) = try OutputSchemas.check(schema, texts: [broken.text])
            #expect(status == 1, "\(schema) accepted \(broken.change): \(output)")
        }
    }

    @Test(.needsSchemaValidator, arguments: OutputSchemas.names)
    func everySchemaIsAValidDraft202012SchemaWithAnID(name: String) throws {
        let file = OutputSchemas.folder.appendingPathComponent(name)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(
            object["$id"] as? String == "https://schemas.selfassess.invalid/output/\(name)")
        #expect((object["title"] as? String)?.isEmpty == false)
        #expect((object["description"] as? String)?.isEmpty == false)
        #expect(object["additionalProperties"] as? Bool == false)
        let validator = try #require(OutputSchemas.validator)
        let result = try ExternalTool.run(validator, ["--check-metaschema", file.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
