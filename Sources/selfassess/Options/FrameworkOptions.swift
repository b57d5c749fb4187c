import ArgumentParser
import Foundation
import SelfAssessKit

/// `--framework FILE`, shared by every command that reads assessments.
struct FrameworkOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            CLIHelp.frameworkOptionsFrameworkHelp.text, valueName: "file"))
    var framework: String?

    /// Loads the framework, printing its diagnostics and exiting 1 (2 when unreadable) if unusable.
    func load(terminal: Terminal) throws -> Framework {
        try Self.load(framework, terminal: terminal)
    }

    /// Loads a framework file, or the built-in framework when `file` is nil; prints its
    /// diagnostics and throws `ExitCode` (1 invalid, 2 unreadable) when it cannot be used.
    ///
    /// - Parameters:
    ///   - file: The file as the user named it, or nil for the built-in framework.
    ///   - terminal: Where the diagnostics go.
    static func load(_ file: String?, terminal: Terminal) throws -> Framework {
        let result: FrameworkLoader.Result
        if let file {
            result = FrameworkLoader.load(URL(fileURLWithPath: file), displayName: file)
        } else {
            result = FrameworkLoader.builtin
        }
        if let loaded = result.framework { return loaded }
        var report = ValidationReport(diagnostics: result.diagnostics, filesChecked: 1)
        if let source = result.document.source { report.sources[result.document.file] = source }
        terminal.err(
            DiagnosticRenderer.text(
                report, style: terminal.errorStyle, language: CLILanguage.current))
        if file == nil {
            terminal.err(CLIMessages.builtinFrameworkBroken.text() + "\n")
            throw ExitCode(2)
        }
        throw ExitCode(report.hasInputFailure ? 2 : 1)
    }
}
