import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    /// `selfassess report` (named `ReportCommand` so that it hides no kit type).
    struct ReportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract:
                CLIHelp.reportAbstract.text,
            discussion: CLIHelp.reportDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.reportPathHelp.text, valueName: "dir|bundle"))
        var path: String

        @Option(
            help: ArgumentHelp(CLIHelp.reportFormatHelp.text))
        var format: ReportFormat?

        @Option(
            help: ArgumentHelp(
                CLIHelp.reportOutHelp.text, valueName: "file"))
        var out: String?

        @Option(
            help: ArgumentHelp(
                CLIHelp.reportPriorHelp.text, valueName: "dir|bundle"))
        var prior: String?

        @Flag(help: ArgumentHelp(CLIHelp.reportDraftHelp.text))
        var draft = false

        @OptionGroup var frameworkOptions: FrameworkOptions

        @Option(
            name: .customLong("prior-framework"),
            help: ArgumentHelp(
                CLIHelp.reportPriorFrameworkHelp.text,
                valueName: "file"))
        var priorFramework: String?

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let input = try AssessmentInput.load(
                path, framework: framework, terminal: terminal, outcome: .outcomeWritten,
                draft: draft)
            let snapshot = try input.snapshot(terminal: terminal)
            var diff: AssessmentDiff?
            if let prior {
                let older = try OlderAssessment.load(
                    prior, frameworkFile: priorFramework, newer: framework, terminal: terminal,
                    outcome: .outcomeWritten)
                diff = Differ.diff(
                    from: try older.diffInput(terminal: terminal),
                    to: DiffInput(snapshot: snapshot, framework: input.framework))
            }
            let report = AssessmentReport.Input(
                assessment: snapshot.assessment, framework: input.framework,
                score: Scorer.score(snapshot.assessment, using: input.framework), diff: diff,
                evidenceHashes: snapshot.evidenceHashes)
            var text: String
            switch format ?? ReportFormat.implied(by: out) {
            case .html: text = AssessmentReport.html(report)
            case .markdown: text = AssessmentReport.markdown(report)
            }
            if let status = input.draft {
                text = Self.markedProvisional(
                    text, as: format ?? ReportFormat.implied(by: out),
                    banner: StatusRenderer.draftBanner(status, language: CLILanguage.current))
            }
            guard let out else {
                terminal.out(text)
                return
            }
            do throws(FileWriteFailure) {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
            } catch {
                if error.isRefusal {
                    throw terminal.fail(
                        CLIMessages.refusedTarget.text([
                            "file": out, "reason": CLILanguage.text(of: error),
                        ]),
                        code: 1)
                }
                throw terminal.fail(
                    CLIMessages.reportWriteFailed.text([
                        "file": out, "reason": CLILanguage.text(of: error),
                    ]),
                    code: 2)
            }
        }
    }
}

extension SelfAssessCommand.ReportCommand {
    /// A draft's report with the provisional banner first: a block quote in Markdown, a marked
    /// paragraph right after `<body>` in HTML.
    static func markedProvisional(
        _ text: String, as format: ReportFormat, banner: String
    )
        -> String
    {
        switch format {
        case .markdown: return "> **\(banner)**\n\n" + text
        case .html:
            guard let body = text.range(of: "<body>\n") else { return text }
            let mark =
                "<p class=\"provisional\" style=\"border:2px solid #b00020;color:#b00020;"
                + "padding:0.5em;font-weight:bold\">\(HTML.escape(banner))</p>\n"
            return text.replacingCharacters(in: body, with: "<body>\n" + mark)
        }
    }
}

/// The output formats of `report`.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case html
    case markdown

    /// The format a file name implies: Markdown for `.md` and `.markdown`, else HTML.
    static func implied(by path: String?) -> ReportFormat {
        let suffix = path.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        return ["md", "markdown"].contains(suffix) ? .markdown : .html
    }
}
