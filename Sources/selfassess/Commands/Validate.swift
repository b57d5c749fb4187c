import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.validateAbstract.text,
            discussion: CLIHelp.validateDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.validatePathsHelp.text, valueName: "path"))
        var paths: [String]

        @Option(help: ArgumentHelp(CLIHelp.validateFormatHelp.text))
        var format: DiagnosticRenderer.Format = .text

        @Flag(help: ArgumentHelp(CLIHelp.validateStrictHelp.text))
        var strict = false

        /// Which findings to show.
        enum Only: String, ExpressibleByArgument, CaseIterable {
            /// The mistakes: every finding but "not answered yet".
            case errors
            /// Only "not answered yet": missing article files and indicators, empty answers.
            case unanswered
        }

        @Option(help: ArgumentHelp(CLIHelp.validateOnlyHelp.text))
        var only: Only?

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let validator = Validator(framework: framework, today: .today)
            var report = await Self.validate(paths, with: validator)
            if let only {
                let unanswered = AssessmentStatus.unansweredCodes
                report.diagnostics.removeAll {
                    unanswered.contains($0.code) != (only == .unanswered)
                        && !$0.code.isInputFailure
                }
            }
            switch format {
            case .text:
                terminal.out(
                    DiagnosticRenderer.text(
                        report, style: terminal.outputStyle, language: CLILanguage.current))
            case .json:
                terminal.out(DiagnosticRenderer.json(report, language: CLILanguage.current))
            case .sarif:
                terminal.out(DiagnosticRenderer.sarif(report, language: CLILanguage.current))
            case .github:
                terminal.out(DiagnosticRenderer.github(report, language: CLILanguage.current))
            }
            if report.hasInputFailure { throw ExitCode(2) }
            if report.hasErrors || (strict && report.diagnostics.warningCount > 0) {
                throw ExitCode(1)
            }
        }
    }
}

extension SelfAssessCommand.Validate {
    /// Validates the paths in parallel on all cores and merges the reports in argument order.
    static func validate(_ paths: [String], with validator: Validator) async -> ValidationReport {
        let reports = await withTaskGroup(of: (Int, ValidationReport).self) { group in
            for (index, path) in paths.enumerated() {
                group.addTask {
                    (index, validator.validate(path: URL(fileURLWithPath: path), displayName: path))
                }
            }
            var reports: [(Int, ValidationReport)] = []
            for await result in group { reports.append(result) }
            return reports.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var merged = ValidationReport()
        for report in reports { merged.merge(report) }
        merged.sort()
        return merged
    }
}
