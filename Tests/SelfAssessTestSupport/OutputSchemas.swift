import Foundation
import Testing

/// The JSON Schemas of the tool's outputs (`schemas/`), checked with an independent validator,
/// check-jsonschema, which `make test` installs with pip (Scripts/test-deps.sh).
///
/// Tests that need it are skipped, visibly, when it is missing.
package enum OutputSchemas {
    /// check-jsonschema on PATH, or nil.
    package static let validator = ExternalTool.find("check-jsonschema")

    /// The folder of the schemas.
    package static let folder = TestSupport.packageRoot.appendingPathComponent("schemas")

    /// Every schema's file name, such as `sector.schema.json`.
    package static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".schema.json") }.sorted()
    }

    /// Checks documents against `schemas/NAME.schema.json`: the validator's exit status (0 valid,
    /// 1 invalid) and its output.
    package static func check(
        _ name: String, _ documents: [URL]
    ) throws -> (
        status: Int32, output: String
    ) {
        let schema = folder.appendingPathComponent("\(name).schema.json")
        guard let validator else { return (-1, "check-jsonschema is not installed") }
        let result = try ExternalTool.run(
            validator, ["--schemafile", schema.path] + documents.map(\.path))
        return (result.status, result.stdout + result.stderr)
    }

    /// Writes each text into a new temporary file and checks them against `NAME`.
    package static func check(
        _ name: String, texts: [String]
    ) throws -> (
        status: Int32, output: String
    ) {
        let scratch = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var files: [URL] = []
        for (index, text) in texts.enumerated() {
            let file = scratch.appendingPathComponent("document-\(index).json")
            try Data(text.utf8).write(to: file)
            files.append(file)
        }
        return try check(name, files)
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where check-jsonschema is installed (`make test-deps` installs it with
    /// pip); otherwise it is skipped with a note saying so.
    package static var needsSchemaValidator: Self {
        .enabled(
            if: OutputSchemas.validator != nil,
            "needs check-jsonschema (pip install check-jsonschema; make test-deps), not installed")
    }
}
