import Foundation
import Testing

@testable import SelfAssessKit

extension Tag {
    /// Fast, in-memory tests of one unit.
    @Tag static var small: Self
    /// Tests that read files or run many cases.
    @Tag static var medium: Self
    /// End-to-end tests that run the built binary.
    @Tag static var large: Self
}

/// Paths and helpers shared by the kit's tests.
enum TestSupport {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A folder under `Samples/`.
    static func sample(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Samples").appendingPathComponent(name)
    }

    /// A folder or file under `Tests/SelfAssessKitTests/Fixtures/`.
    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/SelfAssessKitTests/Fixtures")
            .appendingPathComponent(name)
    }

    /// The built-in framework; a test that gets here with a broken framework fails loudly.
    static let framework: Framework = {
        guard let framework = FrameworkLoader.builtin.framework else {
            Issue.record(
                "the built-in framework does not load: \(FrameworkLoader.builtin.diagnostics)")
            return Framework(
                id: "broken", version: "0", title: Bilingual(zh: "", en: ""), issued: nil,
                publisher: nil,
                categories: [], scoring: .init(bands: [], criticalPass: 0), rules: [], articles: [],
                sha256: "")
        }
        return framework
    }()

    /// A fixed "today" so tests do not depend on the clock.
    static let today = CalendarDate(year: 2026, month: 6, day: 1) ?? .startOfYear(2026)

    /// A fresh temporary folder, removed by the caller's `defer`.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("selfassess-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Copies a folder into a fresh temporary folder and returns the copy.
    static func copy(_ folder: URL, named name: String? = nil) throws -> (copy: URL, cleanup: URL) {
        let root = try temporaryFolder()
        let copy = root.appendingPathComponent(name ?? folder.lastPathComponent)
        try FileManager.default.copyItem(at: folder, to: copy)
        return (copy, root)
    }
}

/// Golden files: `Golden/<name>` at the root of the test target. `RECORD_GOLDEN=1 swift test`
/// rewrites them, and recording always fails the run so a recording is never taken for a pass.
enum Golden {
    /// `Tests/SelfAssessKitTests/Golden/`, whichever subfolder the calling test sits in.
    static let folder = TestSupport.packageRoot
        .appendingPathComponent("Tests/SelfAssessKitTests/Golden")

    static func check(
        _ actual: String, named name: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let file = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
        let expected = try? String(contentsOf: file, encoding: .utf8)
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
