import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.initAbstract.text,
            discussion: CLIHelp.initDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.initDirectoryHelp.text, valueName: "dir"))
        var directory: String

        @Option(help: ArgumentHelp(CLIHelp.initSignatoryHelp.text))
        var signatory: String

        @Option(help: ArgumentHelp(CLIHelp.initYearHelp.text))
        var year: Int

        @Option(help: ArgumentHelp(CLIHelp.initNameHelp.text))
        var name: String?

        @Option(help: ArgumentHelp(CLIHelp.initCategoryHelp.text))
        var category: String?

        @Option(
            help: ArgumentHelp(
                CLIHelp.initFromHelp.text, valueName: "prior-dir"))
        var from: String?

        @Flag(
            help:
                ArgumentHelp(CLIHelp.initForceHelp.text)
        )
        var force = false

        @Flag(help: ArgumentHelp(CLIHelp.initBackupHelp.text))
        var backup = false

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard Identifiers.isSignatoryID(signatory) else {
                throw ValidationError(
                    CLIMessages.initSignatory.text(["signatory": signatory])
                )
            }
            let plausible = AssessmentInfo.plausibleYears(today: .today)
            guard plausible.contains(year) else {
                throw ValidationError(
                    CLIMessages.initYear.text([
                        "year": .integer(year), "first": .integer(plausible.lowerBound),
                        "last": .integer(plausible.upperBound),
                    ])
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
                    CLIMessages.initCategory.text([
                        "category": category,
                        "categories": framework.categories.map(\.id).joined(separator: ", "),
                    ])
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
                        terminal.err(
                            DiagnosticRenderer.text(
                                report, style: terminal.errorStyle,
                                language: CLILanguage.current))
                    default: break
                    }
                    throw plain.fail(
                        CLILanguage.text(of: error), code: error.isInputOutputFailure ? 2 : 1)
                }
                for warning in prior?.warnings ?? [] {
                    plain.warning(warning.wording.text(in: CLILanguage.current))
                }
            }
            let values = TemplateRenderer.Values(
                signatoryID: signatory, name: name, category: category, year: year)
            do {
                let outcome = try AssessmentInitializer(framework: framework).create(
                    at: URL(fileURLWithPath: directory), displayName: directory, values: values,
                    prior: prior.map { ($0.assessment, $0.folder) }, force: force,
                    backup: backup)
                var lines = [
                    CLIMessages.initCreated.text([
                        "folder": .text(directory), "signatory": .text(signatory),
                        "year": .integer(year), "framework": .text("\(framework.reference)"),
                    ])
                ]
                lines.append(
                    CLIMessages.initFiles.text(["articles": .integer(framework.articles.count)]))
                if let prior {
                    lines.append(
                        CLIMessages.initCarried.text([
                            "answers": .integer(outcome.carried),
                            "evidence": .integer(outcome.evidenceCopied),
                            "year": .integer(prior.assessment.info.year),
                        ]))
                }
                if let backup = outcome.backup {
                    lines.append(
                        CLIMessages.initBackedUp.text([
                            "files": .list(outcome.backedUp.map { .text($0) }, .and),
                            "backup": .text(
                                ((directory as NSString).deletingLastPathComponent as NSString)
                                    .appendingPathComponent(backup.lastPathComponent)),
                        ]))
                }
                lines.append(CLIMessages.initNext.text(["folder": directory]))
                terminal.out(lines.joined(separator: "\n") + "\n")
            } catch {
                throw plain.fail(
                    CLILanguage.text(of: error), code: error.isInputOutputFailure ? 2 : 1)
            }
        }
    }
}
