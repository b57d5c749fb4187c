import ArgumentParser
import Foundation
import SelfAssessKit

/// An assessment named on the command line (`DIR`, later `BUNDLE`), opened, validated and ready
/// to score or compare.
///
/// Commands call ``load(_:framework:terminal:outcome:)`` with the path the user gave. How a path becomes an
/// ``EvidenceContentSource`` is decided by ``openers``, tried in order: a folder, then a bundle
/// file (read with ``BundleSource/openUnauthenticated(_:displayName:limits:)``: its files must
/// match its manifest, but its signature is not checked; `verify` does that).
struct AssessmentInput {
    /// The path as the user gave it.
    var path: String
    /// Where the files come from.
    var source: any EvidenceContentSource
    /// The validated assessment.
    var assessment: Assessment
    /// The framework it was validated against and is scored under: the one the command was
    /// given, or, for the built-in framework, the archived built-in version the assessment names
    /// (a 1.0 assessment keeps its 1.0 rules).
    var framework: Framework
    /// Where a draft stands, when the command was asked for a draft (`--draft`) and the folder is
    /// not complete and valid; nil for a complete, valid assessment.
    var draft: AssessmentStatus?

    /// What an opener makes of a path.
    enum Opened {
        /// The path is this opener's kind and opened.
        case source(any EvidenceContentSource)
        /// The path is not this opener's kind; try the next.
        case notMine
        /// The path is this opener's kind but cannot be used; the message names it.
        case failed(message: String, exitCode: Int32)
    }

    /// Turns a path into a source, or says it is another kind of input.
    typealias Opener = @Sendable (_ path: String) -> Opened

    /// The openers, tried in order.
    static let openers: [Opener] = [openFolder, openBundle]

    /// Opens a folder.
    static func openFolder(_ path: String) -> Opened {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
            isFolder.boolValue
        else {
            return .notMine
        }
        return .source(FolderSource(folder: URL(fileURLWithPath: path), displayRoot: path))
    }

    /// Opens a bundle file: any regular file but a YAML file.
    static func openBundle(_ path: String) -> Opened {
        let url = URL(fileURLWithPath: path)
        guard case .regular = FileReader.entryKind(url.resolvingSymlinksInPath()),
            !["yaml", "yml"].contains(url.pathExtension.lowercased())
        else { return .notMine }
        do throws(BundleError) {
            return .source(try BundleSource.openUnauthenticated(url, displayName: path).source)
        } catch {
            return .failed(
                message: CLIMessages.failureWithCode.text([
                    "reason": CLILanguage.text(of: error), "code": "\(error.code)",
                ]), exitCode: error.isInputOutputFailure ? 2 : 1)
        }
    }

    /// Opens and validates an assessment; prints what is wrong to standard error and throws
    /// `ExitCode` when it cannot be used: 2 when it cannot be read, 1 when it is invalid.
    ///
    /// - Parameters:
    ///   - path: The path the user gave.
    ///   - framework: The framework to validate against.
    ///   - terminal: Where the diagnostics go.
    ///   - outcome: What the command would have done, for the refusal: `.outcomeScored` …
    ///   - draft: Accept an incomplete or invalid folder as a draft: its answers so far, with
    ///     ``draft`` set; the command marks its output provisional.
    ///   - beforeWarnings: Called with a valid assessment before its warnings are printed, so a
    ///     refusal it throws (`bundle`'s existing output, SB005) is not buried under them.
    static func load(
        _ path: String, framework: Framework, terminal: Terminal,
        outcome: CLIMessages = .outcomeScored, draft: Bool = false,
        beforeWarnings: (Assessment) throws -> Void = { _ in }
    ) throws -> AssessmentInput {
        var opened: (any EvidenceContentSource)?
        for opener in openers {
            switch opener(path) {
            case .source(let source): opened = source
            case .notMine: continue
            case .failed(let message, let exitCode):
                throw terminal.fail(message, code: exitCode)
            }
            break
        }
        guard let source = opened else {
            let message: CLIMessages =
                FileManager.default.fileExists(atPath: path) ? .notAnAssessment : .noSuchAssessment
            throw terminal.fail(message.text(["path": path]), code: 2)
        }
        if source is BundleSource {
            terminal.err(
                CLIMessages.noteLabel.text()
                    + CLILanguage.gap(after: CLIMessages.noteLabel.text())
                    + CLIMessages.readUnsigned.text(["path": path])
                    + "\n")
        }
        let framework = FrameworkLoader.framework(for: source, default: framework)
        let report = Validator(framework: framework, today: .today).validate(source)
        if draft, report.hasErrors, !report.hasInputFailure,
            let assessment = report.draftAssessment
        {
            let status = AssessmentStatus(report: report, framework: framework)
            return AssessmentInput(
                path: path, source: source, assessment: assessment, framework: framework,
                draft: status)
        }
        if report.hasErrors {
            terminal.err(
                DiagnosticRenderer.text(
                    report, style: terminal.errorStyle, language: CLILanguage.current))
            throw terminal.fail(
                CLIMessages.invalidAssessment.text([
                    "path": .text(path), "outcome": .wording(outcome.message()),
                ]),
                code: report.hasInputFailure ? 2 : 1)
        }
        guard let assessment = report.assessments.first else {
            throw terminal.fail(CLIMessages.assessmentUnreadable.text(["path": path]), code: 2)
        }
        try beforeWarnings(assessment)
        if report.diagnostics.warningCount > 0 {
            terminal.err(
                DiagnosticRenderer.text(
                    report, style: terminal.errorStyle, language: CLILanguage.current))
        }
        return AssessmentInput(
            path: path, source: source, assessment: assessment, framework: framework)
    }

    /// The assessment with the SHA-256 of its evidence; prints the failure and throws `ExitCode(2)`
    /// when a file cannot be read.
    func snapshot(terminal: Terminal) throws -> AssessmentSnapshot {
        do {
            return try AssessmentSnapshot.load(assessment, from: source)
        } catch {
            throw terminal.fail(CLILanguage.text(of: error), code: 2)
        }
    }
}
