import Foundation
import SelfAssessKit

/// YAML bytes through the parser and the assessment decoder, as `validate` reads one file.
///
/// The first byte picks the file the rest becomes: 0 `assessment.yaml`, 1–7 `article-N.yaml`
/// (with a valid `assessment.yaml` beside it, for the year), 8 a framework file
/// (`--framework FILE`). Invariants: the parser and decoders only ever answer with diagnostics
/// (never an input failure, which would mean a read error), a document without a tree has an
/// error, every position is 1-based, and a file with no error decodes to a value.
enum YAMLHarness {
    static let framework = FrameworkLoader.builtin.framework
    static let today = CalendarDate(year: 2026, month: 3, day: 1)

    static func run(_ input: [UInt8]) {
        guard let selector = input.first, let framework, let today else { return }
        let bytes = Array(input.dropFirst())
        let choice = Int(selector) % 9
        if choice == 8 {
            let result = FrameworkLoader.parse(bytes, file: "framework.yaml")
            check(result.document, file: "framework.yaml")
            checkDiagnostics(result.diagnostics, files: ["framework.yaml"])
            Invariant.require(
                (result.framework == nil) == result.diagnostics.hasErrors,
                "a framework without errors must load, and one with errors must not")
            return
        }
        let file = choice == 0 ? Validator.infoFileName : Validator.articleFileName(choice)
        let document = YAMLParser.parse(bytes, file: file)
        check(document, file: file)

        var files = [Validator.infoFileName: Array(SampleAssessment.info.utf8)]
        files[file] = bytes
        let source = MemorySource(files: files)
        let validator = Validator(framework: framework, today: today)
        let report = validator.validateFile(file, in: source)
        checkDiagnostics(report.diagnostics, files: Set(files.keys))
        checkPositions(report)
        checkRendering(report)
        if let root = document.root, !report.diagnostics.hasErrors, choice == 0 {
            let decoded = AssessmentDecoder(framework: framework, today: today)
                .decodeInfo(root, file: file)
            Invariant.require(decoded.0 != nil, "assessment.yaml without errors did not decode")
        }
    }

    /// Every position lies in its file: on a line that exists, or just past the last one.
    static func checkPositions(_ report: ValidationReport) {
        for diagnostic in report.diagnostics where diagnostic.location.hasPosition {
            guard let source = report.sources[diagnostic.location.file] else { continue }
            Invariant.require(
                diagnostic.location.line <= max(source.lineCount, 1) + 1,
                "a line past the end of the file: \(diagnostic.location) \(diagnostic.message)")
        }
    }

    /// What `validate` prints for the report: text, and JSON and SARIF that must parse as JSON
    /// whatever the file held.
    static func checkRendering(_ report: ValidationReport) {
        _ = DiagnosticRenderer.text(report, style: TextStyle(color: true))
        for (format, text) in [
            ("json", DiagnosticRenderer.json(report)), ("sarif", DiagnosticRenderer.sarif(report)),
        ] {
            let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8))
            Invariant.require(parsed != nil, "the \(format) report is not JSON:\n\(text)")
        }
    }

    static func check(_ document: YAMLDocument, file: String) {
        if document.root == nil {
            Invariant.require(
                document.diagnostics.hasErrors, "no tree, but no error either: \(file)")
        }
        checkDiagnostics(document.diagnostics, files: [file])
    }

    static func checkDiagnostics(_ diagnostics: [Diagnostic], files: Set<String>) {
        for diagnostic in diagnostics {
            Invariant.require(
                !diagnostic.code.isInputFailure,
                "an input failure from bytes in memory: \(diagnostic.code) \(diagnostic.message)")
            Invariant.require(!diagnostic.message.isEmpty, "an empty message: \(diagnostic.code)")
            Invariant.require(
                files.contains(diagnostic.location.file),
                "a diagnostic names a file that was not read: \(diagnostic.location.file)")
            let location = diagnostic.location
            Invariant.require(
                location.hasPosition ? location.column >= 1 : location.column == 0,
                "a position that is not 1-based: \(location) \(diagnostic.message)")
        }
    }
}

/// An assessment folder in memory.
struct MemorySource: AssessmentSource {
    var files: [String: [UInt8]]

    func displayName(of file: String) -> String { file }

    func read(_ file: String, limits: YAMLLimits) -> Result<[UInt8], FileReadFailure> {
        guard let bytes = files[file] else { return .failure(.notFound) }
        return .success(bytes)
    }

    func topLevelFiles() -> [String] { files.keys.sorted() }

    func evidence(_ path: String) -> EvidenceStatus {
        // Some variety for the decoder, decided by the path alone.
        switch path.utf8.count % 4 {
        case 0: .missing(siblings: ["evidence/policy.pdf"])
        case 1: .notRegularFile(kind: "a folder")
        default: .file
        }
    }
}

/// A valid `assessment.yaml`, from Samples/acme-2025.
enum SampleAssessment {
    static let info = """
        framework:
          id: bj-app-2014
          version: "1.0"
        signatory:
          id: acme
          name: 北京艾克米科技有限公司
          category: social
        year: 2025
        contact:
          name: 王丽
          email: compliance@acme.example.cn
          phone: "+86 10 5555 0100"
        declaration:
          signed-by: 王丽
          role: 首席合规官
          date: 2026-01-20
          statement: >-
            本公司确认，本自评估如实反映「艾克米圈」App 在2025年度履行自律公约的情况。

        """
}
