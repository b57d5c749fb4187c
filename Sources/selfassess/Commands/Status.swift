import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    /// `selfassess status`: where an assessment folder stands while the officer fills it.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.statusAbstract.text,
            discussion: CLIHelp.statusDiscussion.text)

        /// The output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: ArgumentHelp(CLIHelp.statusFolderHelp.text, valueName: "folder"))
        var folder: String

        @Option(help: ArgumentHelp(CLIHelp.statusFormatHelp.text))
        var format: Format = .text

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let url = URL(fileURLWithPath: folder)
            guard FileReader.entryKind(url.resolvingSymlinksInPath()) == .directory else {
                let message: CLIMessages =
                    FileManager.default.fileExists(atPath: folder)
                    ? .notAnAssessment : .noSuchAssessment
                throw terminal.fail(message.text(["path": folder]), code: 2)
            }
            let report = Validator(framework: framework, today: .today).validate(
                path: url, displayName: folder)
            let status = AssessmentStatus(report: report, framework: framework)
            let language = CLILanguage.current
            switch format {
            case .text:
                terminal.out(
                    StatusRenderer.text(
                        status, folder: folder, style: terminal.outputStyle, language: language))
            case .json:
                terminal.out(StatusRenderer.json(status, folder: folder, language: language))
            }
            if report.hasInputFailure { throw ExitCode(2) }
            if !status.isComplete || !status.carriedForward.isEmpty { throw ExitCode(1) }
        }
    }
}
