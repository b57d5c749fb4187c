import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand {
    struct Aggregate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                CLIHelp.aggregateAbstract.text,
            discussion: CLIHelp.aggregateDiscussion.text)

        @Argument(
            help: ArgumentHelp(
                CLIHelp.aggregateInputsHelp.text, valueName: "input")
        )
        var inputs: [String] = []

        @Option(help: ArgumentHelp(CLIHelp.aggregateRegistryHelp.text, valueName: "folder"))
        var registry: String?

        @Option(help: ArgumentHelp(CLIHelp.aggregateDatabaseHelp.text, valueName: "url"))
        var database: String?

        @OptionGroup var keyringOptions: SocietyKeyringOptions

        @Option(
            help: ArgumentHelp(
                CLIHelp.aggregatePolicyHelp.text,
                valueName: "file"))
        var policy: String?

        @Option(
            help: ArgumentHelp(
                CLIHelp.aggregateYearHelp.text,
                valueName: "yyyy"))
        var year: Int?

        @Option(
            help: ArgumentHelp(
                CLIHelp.aggregateSinceHelp.text,
                valueName: "yyyy"))
        var since: Int?

        @Option(help: ArgumentHelp(CLIHelp.aggregateOutHelp.text, valueName: "dir"))
        var out: String

        @Flag(help: ArgumentHelp(CLIHelp.aggregateForceHelp.text))
        var force = false

        @Flag(help: ArgumentHelp(CLIHelp.aggregateExcelHelp.text))
        var excel = false

        @Flag(help: ArgumentHelp(CLIHelp.aggregateFailOnRejectedHelp.text))
        var failOnRejected = false

        @Option(
            help: ArgumentHelp(
                CLIHelp.aggregateJobsHelp.text,
                valueName: "n"))
        var jobs: Int?

        @Option(help: ArgumentHelp(CLIHelp.aggregateFormatHelp.text))
        var format: AggregateFormat = .text

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard registry == nil || inputs.isEmpty else {
                throw ValidationError(CLIMessages.aggregateInputsAndRegistry.text())
            }
            guard registry != nil || !inputs.isEmpty else {
                throw ValidationError(CLIMessages.aggregateNoInputs.text())
            }
            if let database {
                guard registry != nil else {
                    throw ValidationError(CLIMessages.aggregateDatabaseNeedsRegistry.text())
                }
                do throws(RegistryError) {
                    _ = try PostgresDatabaseURL(database)
                } catch {
                    throw ValidationError("\(error) [\(error.code)]")
                }
            }
            if let year, !(2014...9999).contains(year) {
                throw ValidationError(CLIMessages.aggregateYear.text(["year": .integer(year)]))
            }
            if let since, !(2014...9999).contains(since) {
                throw ValidationError(CLIMessages.aggregateSince.text(["since": .integer(since)]))
            }
            if let since, let year, since > year {
                throw ValidationError(
                    CLIMessages.aggregateSinceAfterYear.text([
                        "since": .integer(since), "year": .integer(year),
                    ]))
            }
            if let jobs, jobs < 1 {
                throw ValidationError(CLIMessages.aggregateJobs.text(["jobs": .integer(jobs)]))
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let loaded = try keyringOptions.load(framework: framework, terminal: terminal)
            let (policy, builtin) = try loadPolicy(framework: framework, terminal: terminal)
            let target = URL(fileURLWithPath: out)
            do throws(AggregateError) {
                try SectorOutput.check(target, displayName: out, force: force)
            } catch {
                throw fail(error, terminal)
            }
            let found: InputDiscovery.Found
            let openedYears: Set<Int>?
            var decisions: [AnalystDecision] = []
            if let registry {
                do throws(RegistryError) {
                    let store = try RegistryStoreOptions.open(data: registry, database: database)
                    // Only the rows are read from the database; the bundles are files.
                    defer { (store as? PostgresRegistryStore)?.close() }
                    let source = try RegistryAggregateSource.read(
                        store, displayName: registry, deadlines: policy.deadlines)
                    found = source.found
                    openedYears = source.openedYears
                    if let store = store as? any RegistryDecisionStore {
                        decisions = AnalystDecision.current(
                            try store.decisions(year: nil, signatory: nil))
                    }
                } catch {
                    throw registryFailure(error, terminal: terminal)
                }
            } else {
                found = InputDiscovery.find(inputs)
                openedYears = nil
            }
            if !found.notFound.isEmpty {
                for path in found.notFound {
                    terminal.error(CLIMessages.noSuchInput.text(["path": path]))
                }
                throw ExitCode(2)
            }
            for folder in found.unreadableFolders {
                terminal.warning(
                    CLIMessages.folderUnreadable.text([
                        "path": folder.path, "reason": folder.reason,
                    ]))
            }

            let aggregator = SectorAggregator(
                keyring: loaded.keyring, policy: policy, framework: framework, today: .today,
                concurrency: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                provenance: SectorAggregate.Provenance(
                    keyringSHA256: loaded.keyring.sha256 ?? "",
                    keyringSignedBy: loaded.signer?.description,
                    policyIsBuiltin: builtin))
            let meter = Terminal.stderrIsTerminal ? ProgressLine(terminal) : nil
            var report: (@Sendable (AggregateProgress) -> Void)?
            if let meter { report = { meter.show($0) } }
            var aggregate: SectorAggregate
            do throws(AggregateError) {
                aggregate = try await aggregator.aggregate(
                    found, year: year, since: since, openedYears: openedYears, progress: report)
            } catch {
                meter?.finish()
                throw fail(error, terminal)
            }
            meter?.finish()
            // The analysts' decisions in force for the reporting year, beside the recommendations.
            aggregate.decisions = decisions.filter { $0.year == aggregate.year }.map {
                SectorDecision(
                    signatory: $0.signatory, year: $0.year, action: $0.action,
                    decidedBy: $0.decidedBy, decidedAt: $0.decidedAt.description, reason: $0.reason)
            }

            do throws(AggregateError) {
                // `--excel`: the CSV files with a byte-order mark (their records end in CR LF).
                let files = SectorOutput.files(of: aggregate).map { file in
                    excel && file.name.hasSuffix(".csv")
                        ? (name: file.name, content: "\u{FEFF}" + file.content) : file
                }
                try SectorOutput.write(files, to: target, displayName: out, force: force)
            } catch {
                throw fail(error, terminal)
            }
            switch format {
            case .text:
                terminal.out(
                    SectorSummaryRenderer.text(
                        aggregate, folder: out, language: CLILanguage.current))
            case .json: terminal.out(SectorSummaryRenderer.json(aggregate, folder: out))
            }
            if let warning = SectorSummaryRenderer.yearWarning(aggregate) {
                terminal.warning(warning)
            }
            if let note = SectorSummaryRenderer.refusalNote(aggregate, folder: out) {
                terminal.note(note)
            }
            let refused = aggregate.counts.refused + aggregate.counts.unreadableFolders
            if failOnRejected, refused > 0 { throw ExitCode(1) }
        }

        private func loadPolicy(
            framework: Framework, terminal: Terminal
        ) throws -> (Policy, builtin: Bool) {
            let result =
                policy.map {
                    PolicyLoader.load(
                        URL(fileURLWithPath: $0), displayName: $0, framework: framework)
                }
                ?? PolicyLoader.builtin
            var sources: [String: SourceText] = [:]
            if let source = result.document.source { sources[result.document.file] = source }
            for diagnostic in result.diagnostics {
                terminal.err(
                    DiagnosticRenderer.text(
                        diagnostic, sources: sources, style: terminal.errorStyle,
                        language: CLILanguage.current)
                        + "\n\n")
            }
            guard let loaded = result.policy else {
                let name = policy ?? result.document.file
                let errors = result.diagnostics.errorCount
                let report = ValidationReport(diagnostics: result.diagnostics, filesChecked: 1)
                throw terminal.fail(
                    CLIMessages.aggregateInvalidPolicy.text([
                        "file": .text(name),
                        "errors": CLIMessages.count(
                            errors, one: .errorCountOne, many: .errorCount),
                    ]),
                    code: report.hasInputFailure || policy == nil ? 2 : 1)
            }
            return (loaded, policy == nil)
        }

        private func fail(_ error: AggregateError, _ terminal: Terminal) -> ExitCode {
            terminal.fail(CLILanguage.text(of: error), code: error.isInputOutputFailure ? 2 : 1)
        }
    }
}

/// The summary formats of `aggregate`.
enum AggregateFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
}
