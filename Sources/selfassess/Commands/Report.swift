import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    /// `selfassess report` (named `ReportCommand` so that it hides no kit type).
    struct ReportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract:
                "Write the report for people: a self-contained HTML page or a Markdown document.",
            discussion: """
                The report is what a compliance officer prints and what the society's analyst \
                reads: the signatory, year, framework and declaration; the overall score and \
                rating; the critical failures with the caps they caused and the rules they cite; \
                one bar per article; every indicator's answer, score, note and evidence (with the \
                SHA-256 of each file); the indicators that would gain the most; and with --prior \
                what changed since that year. The HTML page loads nothing from anywhere else and \
                prints on A4, one article per page. The same input gives the same bytes.

                The assessment (and the prior one) is validated first; an invalid one gets its \
                diagnostics and no report.

                Examples:
                  selfassess report acme-2025 --out acme-2025.html
                  selfassess report acme-2025 --prior acme-2024 --out acme-2025.html
                  selfassess report acme-2025 --format markdown > acme-2025.md

                Without --format, a file named with --out that ends in .md is Markdown; anything \
                else is HTML.

                Exit codes: 0 written, 1 an assessment is invalid, 2 an input could not be read or \
                the output could not be written, 64 usage.
                """)

        @Argument(help: ArgumentHelp("The assessment folder (or bundle).", valueName: "dir|bundle"))
        var path: String

        @Option(
            help: "Output format: html or markdown (default: from --out's extension, else html).")
        var format: ReportFormat?

        @Option(
            help: ArgumentHelp(
                "The file to write (atomically); default: standard output.", valueName: "file"))
        var out: String?

        @Option(
            help: ArgumentHelp(
                "The prior year's assessment, to report the changes.", valueName: "dir|bundle"))
        var prior: String?

        @OptionGroup var frameworkOptions: FrameworkOptions

        @Option(
            name: .customLong("prior-framework"),
            help: ArgumentHelp(
                "The framework file the prior assessment answers, when not the same.",
                valueName: "file"))
        var priorFramework: String?

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let input = try AssessmentInput.load(
                path, framework: framework, terminal: terminal, outcome: "written")
            let snapshot = try input.snapshot(terminal: terminal)
            var diff: AssessmentDiff?
            if let prior {
                let older = try OlderAssessment.load(
                    prior, frameworkFile: priorFramework, newer: framework, terminal: terminal,
                    outcome: "written")
                diff = Differ.diff(
                    from: try older.diffInput(terminal: terminal),
                    to: DiffInput(snapshot: snapshot, framework: input.framework))
            }
            let report = AssessmentReport.Input(
                assessment: snapshot.assessment, framework: input.framework,
                score: Scorer.score(snapshot.assessment, using: input.framework), diff: diff,
                evidenceHashes: snapshot.evidenceHashes)
            let text: String
            switch format ?? ReportFormat.implied(by: out) {
            case .html: text = AssessmentReport.html(report)
            case .markdown: text = AssessmentReport.markdown(report)
            }
            guard let out else {
                terminal.out(text)
                return
            }
            do throws(FileWriteFailure) {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
            } catch {
                if error.isRefusal {
                    throw terminal.fail("\(out) \(error); nothing was written", code: 1)
                }
                throw terminal.fail("\(out): cannot write the report: \(error)", code: 2)
            }
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
