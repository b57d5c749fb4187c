import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Each fixture is an overlay on a copy of Samples/acme-2025 with one fault (some with several);
/// the text output must equal its golden file, which pins every file, line, column and code.
@Suite(.tags(.medium))
struct ValidateFixtureTests {
    static let fixtures = TestSupport.fixture("validate")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { !$0.hasSuffix(".py") }.sorted()
    }()

    /// Copies the sample into a temporary folder named `acme-2025`, applies the overlay and
    /// validates it as the CLI would with the path `acme-2025`.
    static func validateOverlay(_ name: String) throws -> ValidationReport {
        let (copy, root) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: root) }
        let overlay = fixtures.appendingPathComponent(name)
        let manager = FileManager.default
        for file in try manager.contentsOfDirectory(atPath: overlay.path) {
            let source = overlay.appendingPathComponent(file)
            if file == "REMOVE" {
                let removals = try String(contentsOf: source, encoding: .utf8).split(
                    separator: "\n")
                for path in removals {
                    try manager.removeItem(at: copy.appendingPathComponent(String(path)))
                }
                continue
            }
            let target = copy.appendingPathComponent(file)
            if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            try manager.copyItem(at: source, to: target)
        }
        let validator = Validator(framework: TestSupport.framework, today: TestSupport.today)
        return validator.validate(FolderSource(folder: copy, displayRoot: "acme-2025"))
    }

    @Test func everyFixtureHasAGoldenFile() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func fixture(_ name: String) throws {
        let report = try Self.validateOverlay(name)
        #expect(!report.diagnostics.isEmpty, "fixture \(name) produced no diagnostics")
        Golden.check(
            DiagnosticRenderer.text(report, style: TextStyle(color: false)),
            named: "validate/\(name).txt")
    }

    @Test func brokenSampleReportsEveryPlantedMistake() throws {
        let validator = Validator(framework: TestSupport.framework, today: TestSupport.today)
        let report = validator.validate(
            FolderSource(
                folder: TestSupport.sample("broken/acme-2025-draft"),
                displayRoot: "Samples/broken/acme-2025-draft"))
        let codes = Set(report.diagnostics.map(\.code.rawValue))
        for code in [
            "SA201", "SA102", "SA205", "SA204", "SA202", "SA207", "SA203", "SA208", "SA003",
            "SA105", "SA304", "SA303", "SA110", "SA002",
        ] {
            #expect(codes.contains(code), "missing \(code)")
        }
        Golden.check(
            DiagnosticRenderer.text(report, style: TextStyle(color: false)),
            named: "validate/broken-sample.txt")
    }

    @Test(arguments: ["acme-2024", "acme-2025", "huabei-news-2025"])
    func samplesValidateClean(_ name: String) {
        let validator = Validator(framework: TestSupport.framework, today: TestSupport.today)
        let report = validator.validate(
            FolderSource(folder: TestSupport.sample(name), displayRoot: name))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.assessments.count == 1)
        #expect(report.filesChecked == 8)
    }

    // MARK: Faults that need bytes or file types a text fixture cannot hold

    private func validateCopy(_ change: (URL) throws -> Void) throws -> ValidationReport {
        let (copy, root) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: root) }
        try change(copy)
        let validator = Validator(framework: TestSupport.framework, today: TestSupport.today)
        return validator.validate(FolderSource(folder: copy, displayRoot: "acme-2025"))
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0x61, 0x00] as [UInt8], "SA010", 1, 1),
        (Array("article: 7\nindicators: \u{1}\n".utf8), "SA011", 2, 13),
        (Array("article: 7\nnote: a\u{85}b\n".utf8), "SA012", 2, 8),
        (Array("article: 7\nnote: 北京".utf8) + [0xE5, 0x8C], "SA009", 2, 9),
    ])
    func encodingFaults(bytes: [UInt8], code: String, line: Int, column: Int) throws {
        let report = try validateCopy { copy in
            try Data(bytes).write(to: copy.appendingPathComponent("article-7.yaml"))
        }
        let diagnostic = try #require(report.diagnostics.first { $0.code.rawValue == code })
        #expect(
            diagnostic.location
                == Diagnostic.Location(file: "acme-2025/article-7.yaml", line: line, column: column)
        )
    }

    @Test func symlinkLeavingTheFolderIsRefused() throws {
        let outside = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("secret".utf8).write(to: outside.appendingPathComponent("secret.md"))
        let report = try validateCopy { copy in
            let link = copy.appendingPathComponent("evidence/real-name-policy.md")
            try FileManager.default.removeItem(at: link)
            try FileManager.default.createSymbolicLink(
                at: link, withDestinationURL: outside.appendingPathComponent("secret.md"))
        }
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.code == .evidenceEscapes)
        #expect(
            diagnostic.location.file == "acme-2025/article-2.yaml" && diagnostic.location.line == 10
        )
    }

    @Test func namedPipeIsNotReadAndDoesNotBlock() throws {
        let report = try validateCopy { copy in
            let pipe = copy.appendingPathComponent("evidence/real-name-policy.md")
            try FileManager.default.removeItem(at: pipe)
            #expect(mkfifo(pipe.path, 0o644) == 0)
            let article = copy.appendingPathComponent("article-6.yaml")
            try FileManager.default.removeItem(at: article)
            #expect(mkfifo(article.path, 0o644) == 0)
        }
        #expect(report.diagnostics.contains { $0.code == .evidenceNotFile })
        #expect(
            report.diagnostics.contains {
                $0.code == .unreadable && $0.location.file == "acme-2025/article-6.yaml"
            })
        #expect(report.hasInputFailure)
    }

    @Test func oversizedFileIsNotRead() throws {
        let (copy, root) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: root) }
        let validator = Validator(
            framework: TestSupport.framework, today: TestSupport.today,
            limits: YAMLLimits(maxFileSize: 1024))
        let report = validator.validate(FolderSource(folder: copy, displayRoot: "acme-2025"))
        #expect(report.diagnostics.contains { $0.code == .fileTooLarge })
    }

    @Test func singleArticleFile() throws {
        let validator = Validator(framework: TestSupport.framework, today: TestSupport.today)
        let url = TestSupport.sample("broken/acme-2025-draft/article-2.yaml")
        let report = validator.validate(path: url, displayName: "draft/article-2.yaml")
        #expect(report.filesChecked == 1)
        #expect(
            report.diagnostics.map(\.code) == [
                .invalidAnswer, .notApplicableNotAllowed, .maturityOutOfRange,
                .missingJustification,
            ])
        #expect(report.diagnostics.allSatisfy { $0.location.file == "draft/article-2.yaml" })
    }

    @Test func missingPathIsAnInputFailure() {
        let validator = Validator(framework: TestSupport.framework, today: TestSupport.today)
        let report = validator.validate(
            path: URL(fileURLWithPath: "/nonexistent/acme"), displayName: "acme")
        #expect(report.hasInputFailure)
        #expect(report.diagnostics.map(\.code) == [.unreadable])
    }
}
