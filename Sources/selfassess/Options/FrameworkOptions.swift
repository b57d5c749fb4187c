import ArgumentParser
import Foundation
import SelfAssessKit

/// `--framework FILE`, shared by every command that reads assessments.
struct FrameworkOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A framework file to use instead of the built-in one.", valueName: "file"))
    var framework: String?

    /// Loads the framework, printing its diagnostics and exiting 1 (2 when unreadable) if unusable.
    func load(color: Bool? = nil) throws -> Framework {
        let result: FrameworkLoader.Result
        if let framework {
            result = FrameworkLoader.load(URL(fileURLWithPath: framework), displayName: framework)
        } else {
            result = FrameworkLoader.builtin
        }
        if let loaded = result.framework { return loaded }
        var report = ValidationReport(diagnostics: result.diagnostics, filesChecked: 1)
        if let source = result.document.source { report.sources[result.document.file] = source }
        let style = TextStyle(
            color: Terminal.useColor(color, isTerminal: Terminal.stderrIsTerminal))
        Terminal.err(DiagnosticRenderer.text(report, style: style))
        if framework == nil {
            Terminal.err("internal error: the built-in framework does not load\n")
            throw ExitCode(2)
        }
        throw ExitCode(report.hasInputFailure ? 2 : 1)
    }
}

/// `--color` / `--no-color`: nil means automatic.
struct ColorOptions: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help: "Colour the output (default: on a terminal, unless NO_COLOR is set).")
    var color: Bool?
}
