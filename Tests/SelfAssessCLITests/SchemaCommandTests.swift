import Foundation
import SelfAssessTestSupport
import Subprocess
import SystemPackage
import Testing

/// The JSON Schemas are checked with an independent validator, check-jsonschema, which `make test`
/// installs.
///
/// Without it the test is skipped and says why.
@Suite(.tags(.large))
struct SchemaCommandTests {
    static let validator: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/check-jsonschema"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    static func check(schema: URL, files: [URL]) async throws -> (Int32, String) {
        let result = try await Subprocess.run(
            .path(FilePath(validator ?? "check-jsonschema")),
            arguments: Arguments(["--schemafile", schema.path] + files.map(\.path)),
            output: .string(limit: 1 << 22), error: .string(limit: 1 << 22))
        var status: Int32 = -1
        if case .exited(let code) = result.terminationStatus { status = code }
        return (status, result.standardOutput + result.standardError)
    }

    static func writeSchemas() async throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        let result = try await CLI.run(["schema", "--out", folder.path])
        #expect(result.status == 0)
        return folder
    }

    @Test(
        .enabled(
            if: validator != nil,
            "check-jsonschema is not installed (make test installs it with pip)"))
    func schemasAcceptEverySample() async throws {
        let schemas = try await Self.writeSchemas()
        defer { try? FileManager.default.removeItem(at: schemas) }
        for sample in ["acme-2024", "acme-2025", "huabei-news-2025"] {
            let folder = TestSupport.packageRoot.appendingPathComponent("Samples")
                .appendingPathComponent(
                    sample)
            let articles = (1...7).map { folder.appendingPathComponent("article-\($0).yaml") }
            let (status, output) = try await Self.check(
                schema: schemas.appendingPathComponent("article.schema.json"), files: articles)
            #expect(status == 0, "\(sample): \(output)")
            let (infoStatus, infoOutput) = try await Self.check(
                schema: schemas.appendingPathComponent("assessment.schema.json"),
                files: [folder.appendingPathComponent("assessment.yaml")])
            #expect(infoStatus == 0, "\(sample): \(infoOutput)")
        }
    }

    /// Structurally broken fixtures (overlays on acme-2025) that the schema must reject.
    @Test(
        .enabled(
            if: validator != nil,
            "check-jsonschema is not installed (make test installs it with pip)"),
        arguments: [
            "unknown-key/article-2.yaml", "wrong-type/article-7.yaml",
            "invalid-answer/article-2.yaml",
            "invalid-answer/article-3.yaml", "maturity-out-of-range/article-2.yaml",
            "invalid-number/article-2.yaml",
            "number-out-of-range/article-2.yaml", "na-not-allowed/article-2.yaml",
            "na-without-justification/article-2.yaml",
            "evidence-required/article-2.yaml", "evidence-absolute/article-2.yaml",
            "unanswered/article-2.yaml",
            "unknown-indicator/article-2.yaml", "missing-indicator/article-6.yaml",
            "framework-mismatch/article-5.yaml",
            "signatory-id/assessment.yaml", "unknown-category/assessment.yaml",
            "invalid-email/assessment.yaml",
            "implausible-year/assessment.yaml", "missing-keys/assessment.yaml",
        ])
    func schemasRejectBrokenFixtures(_ fixture: String) async throws {
        let schemas = try await Self.writeSchemas()
        defer { try? FileManager.default.removeItem(at: schemas) }
        let file = TestSupport.packageRoot.appendingPathComponent(
            "Tests/SelfAssessKitTests/Fixtures/validate"
        ).appendingPathComponent(fixture)
        let schema =
            fixture.hasSuffix("assessment.yaml") ? "assessment.schema.json" : "article.schema.json"
        let (status, output) = try await Self.check(
            schema: schemas.appendingPathComponent(schema), files: [file])
        #expect(status == 1, "\(fixture) was accepted: \(output)")
    }

    @Test func schemaPrintsTheArticleSchema() async throws {
        let result = try await CLI.run(["schema"])
        #expect(result.status == 0)
        let object =
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }
}
