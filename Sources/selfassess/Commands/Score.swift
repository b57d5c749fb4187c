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

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let input = try AssessmentInput.load(path, framework: framework, terminal: terminal)
            let score = Scorer.score(input.assessment, using: input.framework)
            terminal.out(
                ScoreRenderer.render(
                    score, as: format, explain: explain, style: terminal.outputStyle))
        }
    }
}
