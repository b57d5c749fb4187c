import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create this year's assessment folder from the framework's templates.",
            discussion: """
                Writes assessment.yaml and article-1.yaml … article-7.yaml (every indicator present and \
                unanswered, with the bilingual question and guidance as comments), the JSON Schemas for \
                editor completion under schema/, and an empty evidence/ folder.

                With --from, last year's answers, notes and cited evidence are carried forward; each \
                carried answer is marked `carried-forward` and `validate` warns until it is reviewed.

                Examples:
                  selfassess init acme-2025 --signatory acme --year 2025 --name "北京艾克米科技有限公司"
                  selfassess init acme-2026 --signatory acme --year 2026 --from acme-2025

                Exit codes: 0 created, 1 refused (folder not empty, invalid prior assessment), \
                2 I/O failure, 64 usage.
                """)

        @Argument(help: ArgumentHelp("The folder to create.", valueName: "dir"))
        var directory: String

        @Option(help: "The signatory id registered with the society (a-z, 0-9 and -).")
        var signatory: String

        @Option(help: "The reporting year.")
        var year: Int

        @Option(help: "The signatory's registered name.")
        var name: String?

        @Option(help: "The signatory's category (see the framework's list).")
        var category: String?

        @Option(
            help: ArgumentHelp(
                "Last year's assessment folder, to carry answers forward.", valueName: "prior-dir"))
        var from: String?

        @Flag(
            help:
                "Write into a folder that is not empty: the assessment's files replace their namesakes, the rest is kept."
        )
        var force = false

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard Identifiers.isSignatoryID(signatory) else {
                throw ValidationError(
                    "'\(signatory)' is not a valid signatory id: use 2–63 characters of a-z, 0-9 and -, starting with a letter or digit."
                )
            }
            let plausible = AssessmentInfo.plausibleYears(today: .today)
            guard plausible.contains(year) else {
                throw ValidationError(
                    "'\(year)' is not a plausible reporting year (\(plausible.lowerBound) to \(plausible.upperBound))."
                )
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            // `init` has always printed its own errors and warnings without colour.
            let plain = Terminal.plain
            let framework = try frameworkOptions.load(terminal: terminal)
            if let category, framework.category(category) == nil {
                throw ValidationError(
                    "unknown category '\(category)'; choose one of: \(framework.categories.map(\.id).joined(separator: ", "))."
                )
            }
            var prior: AssessmentInitializer.Prior?
            if let from {
                let folder = URL(fileURLWithPath: from)
                let report = Validator(framework: framework, today: .today).validate(
                    path: folder, displayName: from)
                do throws(AssessmentInitializer.Failure) {
                    prior = try AssessmentInitializer.Prior(
                        report, folder: folder, displayName: from, signatory: signatory,
                        year: year)
                } catch {
                    switch error {
                    case .priorInvalid, .priorUnreadable:
                        terminal.err(DiagnosticRenderer.text(report, style: terminal.errorStyle))
                    default: break
                    }
                    throw plain.fail("\(error)", code: error.isInputOutputFailure ? 2 : 1)
                }
                for warning in prior?.warnings ?? [] { plain.err("warning: \(warning)\n") }
            }
            let values = TemplateRenderer.Values(
                signatoryID: signatory, name: name, category: category, year: year)
            do {
                let outcome = try AssessmentInitializer(framework: framework).create(
                    at: URL(fileURLWithPath: directory), displayName: directory, values: values,
                    prior: prior.map { ($0.assessment, $0.folder) }, force: force)
                var lines = [
                    "Created \(directory)/ for \(signatory), reporting year \(year) (framework \(framework.reference))."
                ]
                let articles = framework.articles.count
                lines.append(
                    "  assessment.yaml, article-1.yaml … article-\(articles).yaml, schema/, evidence/"
                )
                if let prior {
                    lines.append(
                        "  Carried forward \(outcome.carried) answers and \(outcome.evidenceCopied) evidence files from \(prior.assessment.info.year); each is marked for review."
                    )
                }
                lines.append(
                    "Next: fill in the files, then run `selfassess validate \(directory)`.")
                terminal.out(lines.joined(separator: "\n") + "\n")
            } catch {
                throw plain.fail("\(error)", code: error.isInputOutputFailure ? 2 : 1)
            }
        }
    }
}
