import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Compare two assessments: what improved, what regressed, what the framework changed.",
            discussion: """
                OLD and NEW are assessment folders, usually the same signatory's last year and this \
                year. Both are validated first. Indicators are matched by id, so an indicator that \
                only one framework version has is reported as added or removed, not as a regression; \
                use --old-framework when OLD answers another framework version. Evidence is compared \
                by the SHA-256 of its content.

                Examples:
                  selfassess diff acme-2024 acme-2025
                  selfassess diff acme-2024 acme-2025 --format markdown > changes.md
                  selfassess diff acme-2024 acme-2025 --fail-on-regression

                Exit codes: 0 compared, 1 an assessment is invalid, or (with --fail-on-regression) an \
                indicator or article scored lower, 2 an input could not be read, 64 usage.
                """)

        @Argument(help: ArgumentHelp("The older assessment folder.", valueName: "old"))
        var old: String

        @Argument(help: ArgumentHelp("The newer assessment folder.", valueName: "new"))
        var new: String

        @Option(help: "Output format: text, json or markdown.")
        var format: DiffRenderer.Format = .text

        @Flag(help: "Exit 1 when any indicator or article scored lower than in OLD.")
        var failOnRegression = false

        @OptionGroup var frameworkOptions: FrameworkOptions

        @Option(
            name: .customLong("old-framework"),
            help: ArgumentHelp(
                "The framework file OLD answers, when not the same as NEW's.", valueName: "file"))
        var oldFramework: String?

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let newFramework = try frameworkOptions.load(terminal: terminal)
            let older = try OlderAssessment.load(
                old, frameworkFile: oldFramework, newer: newFramework, terminal: terminal,
                outcome: "compared")
            let newInput = try AssessmentInput.load(
                new, framework: newFramework, terminal: terminal, outcome: "compared")
            let diff = Differ.diff(
                from: try older.diffInput(terminal: terminal),
                to: DiffInput(
                    snapshot: try newInput.snapshot(terminal: terminal),
                    framework: newInput.framework))
            terminal.out(DiffRenderer.render(diff, as: format, style: terminal.outputStyle))
            if failOnRegression, diff.hasRegression {
                let articles = diff.articles.count { $0.trend == .regressed }
                let indicators = diff.count(.regressed)
                throw terminal.fail(
                    "regression: \(indicators) indicator\(indicators == 1 ? "" : "s") and \(articles) "
                        + "article\(articles == 1 ? "" : "s") scored lower than in \(old)",
                    code: 1)
            }
        }
    }
}
