import Foundation
import Testing

/// Golden files: `Tests/Golden/<name>`, one folder for every test target, so an output that the kit
/// renders and the CLI prints is recorded once.
///
/// `RECORD_GOLDEN=1 swift test` rewrites them, and recording always fails the run so a recording is
/// never taken for a pass; under CI a missing golden file fails without being written.
package enum Golden {
    /// `Tests/Golden/`.
    package static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Golden")

    package static func check(
        _ actual: String, named name: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let file = folder.appendingPathComponent(name)
        let environment = ProcessInfo.processInfo.environment
        let record = environment["RECORD_GOLDEN"] != nil
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if expected == nil, !record, environment["CI"] != nil {
            Issue.record(
                "no golden file \(name) in Tests/Golden: record it with RECORD_GOLDEN=1",
                sourceLocation: sourceLocation)
            return
        }
        if record || expected == nil {
            try? FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded golden file \(name); run the tests again without RECORD_GOLDEN",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected, "output differs from Golden/\(name); RECORD_GOLDEN=1 rewrites it",
            sourceLocation: sourceLocation)
    }
}
