import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                CLIHelp.diffAbstract.text,
            discussion: CLIHelp.diffDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.diffOldHelp.text, valueName: "old"))
        var old: String

        @Argument(help: ArgumentHelp(CLIHelp.diffNewHelp.text, valueName: "new"))
        var new: String

        @Option(help: ArgumentHelp(CLIHelp.diffFormatHelp.text))
        var format: DiffRenderer.Format = .text

        @Flag(help: ArgumentHelp(CLIHelp.diffFailOnRegressionHelp.text))
        var failOnRegression = false

        @Flag(help: ArgumentHelp(CLIHelp.diffDraftHelp.text))
        var draft = false

        @Flag(help: ArgumentHelp(CLIHelp.diffAllHelp.text))
        var all = false

        @OptionGroup var frameworkOptions: FrameworkOptions

        @Option(
            name: .customLong("old-framework"),
            help: ArgumentHelp(
                CLIHelp.diffOldFrameworkHelp.text, valueName: "file"))
        var oldFramework: String?

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let newFramework = try frameworkOptions.load(terminal: terminal)
            let older = try OlderAssessment.load(
                old, frameworkFile: oldFramework, newer: newFramework, terminal: terminal,
                outcome: .outcomeCompared)
            let newInput = try AssessmentInput.load(
                new, framework: newFramework, terminal: terminal, outcome: .outcomeCompared,
                draft: draft)
            let diff = Differ.diff(
                from: try older.diffInput(terminal: terminal),
                to: DiffInput(
                    snapshot: try newInput.snapshot(terminal: terminal),
                    framework: newInput.framework))
            if let status = newInput.draft {
                let banner = StatusRenderer.draftBanner(status, language: CLILanguage.current)
                switch format {
                case .json:
                    terminal.out(
                        StatusRenderer.draftJSON(diff.reportJSONValue, status: status)
                            ?? diff.reportJSON)
                case .markdown:
                    terminal.out(
                        "> **\(banner)**\n\n" + DiffRenderer.render(diff, as: .markdown, all: all))
                case .text:
                    terminal.out(
                        terminal.outputStyle.red(banner) + "\n\n"
                            + DiffRenderer.render(
                                diff, as: .text, style: terminal.outputStyle, all: all))
                }
            } else {
                terminal.out(
                    DiffRenderer.render(diff, as: format, style: terminal.outputStyle, all: all))
            }
            if failOnRegression, diff.hasRegression {
                let articles = diff.articles.count { $0.trend == .regressed }
                let indicators = diff.count(.regressed)
                throw terminal.fail(
                    CLIMessages.diffRegression.text([
                        "indicators": CLIMessages.count(
                            indicators, one: .indicatorCountOne, many: .indicatorCount),
                        "articles": CLIMessages.count(
                            articles, one: .articleCountOne, many: .articleCount),
                        "old": .text(old),
                    ]),
                    code: 1)
            }
        }
    }
}
