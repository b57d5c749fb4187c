import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    /// `selfassess score` (named `ScoreCommand` so that it does not hide the kit's `Score`).
    struct ScoreCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "score",
            abstract:
                "Score an assessment: each article, the overall score, the rating and the critical failures.",
            discussion: """
                The assessment is validated first; an invalid one gets its diagnostics and no score. \
                The scoring model and the rounding rule are described in docs/scoring.md.

                Examples:
                  selfassess score acme-2025
                  selfassess score acme-2025 --explain
                  selfassess score acme-2025 --format json > scores.json
                  selfassess score acme-2025 --format csv --explain > indicators.csv

                --explain adds each indicator's answer, score, weight and points, the not-applicable \
                ones with their justification, the caps applied, and what fixing each indicator would \
                gain overall, largest first. JSON always has all of it.

                Exit codes: 0 scored, 1 the assessment is invalid, 2 it could not be read, 64 usage.
                """)

        @Argument(help: ArgumentHelp("The assessment folder.", valueName: "dir"))
        var path: String

        @Option(help: "Output format: text, json, csv or markdown.")
        var format: ScoreRenderer.Format = .text

        @Flag(
            help:
                "Show each indicator's part in the score, the caps and what fixing each would gain."
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
