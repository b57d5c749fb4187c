import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    /// `selfassess score` (named `ScoreCommand` so that it does not hide the kit's `Score`).
    struct ScoreCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "score",
            abstract:
                CLIHelp.scoreAbstract.text,
            discussion: CLIHelp.scoreDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.scorePathHelp.text, valueName: "dir"))
        var path: String

        @Option(help: ArgumentHelp(CLIHelp.scoreFormatHelp.text))
        var format: ScoreRenderer.Format = .text

        @Flag(
            help:
                ArgumentHelp(CLIHelp.scoreExplainHelp.text)
        )
        var explain = false

        @Flag(help: ArgumentHelp(CLIHelp.scoreDraftHelp.text))
        var draft = false

        @Flag(help: ArgumentHelp(CLIHelp.scoreExcelHelp.text))
        var excel = false

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            if excel, format != .text, format != .csv {
                throw ValidationError(
                    CLIMessages.excelNeedsCSV.text(["format": format.rawValue]))
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            // `--excel` is CSV with a byte-order mark; the records already end in CR LF.
            let format = excel ? ScoreRenderer.Format.csv : format
            let bom = excel ? "\u{FEFF}" : ""
            let framework = try frameworkOptions.load(terminal: terminal)
            let input = try AssessmentInput.load(
                path, framework: framework, terminal: terminal, draft: draft)
            let score = Scorer.score(input.assessment, using: input.framework)
            guard let status = input.draft else {
                terminal.out(
                    bom
                        + ScoreRenderer.render(
                            score, as: format, explain: explain, style: terminal.outputStyle))
                return
            }
            let banner = StatusRenderer.draftBanner(status, language: CLILanguage.current)
            switch format {
            case .json: terminal.out(StatusRenderer.draftJSON(score, status: status))
            case .csv:
                terminal.err(terminal.errorStyle.yellow(banner) + "\n")
                terminal.out(bom + ScoreRenderer.render(score, as: .csv, explain: explain))
            case .markdown:
                terminal.out(
                    "> **\(banner)**\n\n"
                        + ScoreRenderer.render(score, as: .markdown, explain: explain))
            case .text:
                terminal.out(
                    terminal.outputStyle.red(banner) + "\n\n"
                        + ScoreRenderer.render(
                            score, as: .text, explain: explain, style: terminal.outputStyle))
            }
        }
    }
}
