import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Aggregate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Verify a sector's bundles and turn them into statistics, recommended actions and a report.",
            discussion: """
                Each INPUT is a bundle file or a folder searched recursively (hidden folders and \
                linked folders too) for bundles: files named *.sabundle, and ZIP archives holding a \
                manifest.json whatever their name. Every other file walked past is listed in \
                skipped.csv with its reason. The years covered are the reporting year (--year, by \
                default the latest year with an accepted bundle) and, with --since, the years from \
                --since on, which gives the history; a valid bundle of another year is listed as \
                out of range and not used, and a covered year is held only when bundles of it were \
                given. A file with exactly the bytes of another is a duplicate, counted once. The keyring \
                (and its signature, with --society-key) and the policy are checked first: any error \
                stops the run before a bundle is read. Bundles are then verified one at a time, in \
                parallel, each reduced to a summary row: memory does not grow with their size.

                Every bundle is either used or listed in rejected.csv with its reason: bad \
                signature, untrusted (unknown, expired, revoked) key, tampered, invalid assessment, \
                unknown framework, broken chain (a fork, or a replayed bundle), unreadable, or \
                superseded by a later bundle for the same signatory and year. Registered signatories \
                with no accepted bundle for a year held are rejected or missing; the keyring's \
                category is used, and an assessment that declares another is listed. A --year that \
                no bundle is for stops the run.

                Writes into --out, atomically (into a folder that is not empty only with --force, \
                which replaces these files and keeps the others): sector.json, signatories.csv, \
                indicators.csv, rejected.csv, skipped.csv and report.html. \
                The same inputs give the same bytes. docs/aggregate.md describes every field.

                Examples:
                  selfassess aggregate submissions/ --keyring keyring.yaml --society-key society.pub --out sector-2025
                  selfassess aggregate 2024/ 2025/ --keyring keyring.yaml --policy policy.yaml --year 2025 --since 2024 --out out --force

                Exit codes: 0 the run completed (rejected bundles are findings in the outputs, not \
                failures), 1 the keyring, policy or framework is invalid, the output folder exists \
                and is not empty, no year can be reported on (or --since is after it), or \
                --fail-on-rejected and a bundle was \
                refused; 2 an input does not exist, or a file could not be read or written; 64 usage.
                """)

        @Argument(
            help: ArgumentHelp(
                "Bundle files, or folders searched recursively for bundles.", valueName: "input")
        )
        var inputs: [String]

        @OptionGroup var keyringOptions: SocietyKeyringOptions

        @Option(
            help: ArgumentHelp(
                "The enforcement policy (default: the built-in Templates/policy.yaml).",
                valueName: "file"))
        var policy: String?

        @Option(
            help: ArgumentHelp(
                "The reporting year (default: the latest year with an accepted bundle).",
                valueName: "yyyy"))
        var year: Int?

        @Option(
            help: ArgumentHelp(
                "The first year covered, for the history (default: the reporting year only).",
                valueName: "yyyy"))
        var since: Int?

        @Option(help: ArgumentHelp("The folder to write the outputs into.", valueName: "dir"))
        var out: String

        @Flag(help: "Write into an output folder that is not empty (its other files are kept).")
        var force = false

        @Flag(help: "Exit with 1 when a bundle was refused (the outputs are written all the same).")
        var failOnRejected = false

        @Option(
            help: ArgumentHelp(
                "Bundles verified at the same time (default: the number of processors).",
                valueName: "n"))
        var jobs: Int?

        @Option(help: "Summary format on standard output: text or json.")
        var format: AggregateFormat = .text

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard !inputs.isEmpty else {
                throw ValidationError("Name at least one bundle or folder of bundles.")
            }
            if let year, !(2014...9999).contains(year) {
                throw ValidationError("--year \(year): give a four-digit reporting year from 2014.")
            }
            if let since, !(2014...9999).contains(since) {
                throw ValidationError("--since \(since): give a four-digit year from 2014.")
            }
            if let since, let year, since > year {
                throw ValidationError("--since \(since) is after --year \(year).")
            }
            if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs): give at least 1.") }
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
            let found = InputDiscovery.find(inputs)
            if !found.notFound.isEmpty {
                for path in found.notFound { terminal.error("\(path): no such file or folder") }
                throw ExitCode(2)
            }
            for folder in found.unreadableFolders {
                terminal.warning("\(folder.path): the folder cannot be read: \(folder.reason)")
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
            let aggregate: SectorAggregate
            do throws(AggregateError) {
                aggregate = try await aggregator.aggregate(
                    found, year: year, since: since, progress: report)
            } catch {
                meter?.finish()
                throw fail(error, terminal)
            }
            meter?.finish()

            do throws(AggregateError) {
                try SectorOutput.write(
                    SectorOutput.files(of: aggregate), to: target, displayName: out, force: force)
            } catch {
                throw fail(error, terminal)
            }
            switch format {
            case .text: terminal.out(SectorSummaryRenderer.text(aggregate, folder: out))
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
                        diagnostic, sources: sources, style: terminal.errorStyle)
                        + "\n\n")
            }
            guard let loaded = result.policy else {
                let name = policy ?? result.document.file
                let errors = result.diagnostics.errorCount
                let report = ValidationReport(diagnostics: result.diagnostics, filesChecked: 1)
                throw terminal.fail(
                    "\(name) is not a valid policy (\(errors) error\(errors == 1 ? "" : "s")); no bundle was read",
                    code: report.hasInputFailure || policy == nil ? 2 : 1)
            }
            return (loaded, policy == nil)
        }

        private func fail(_ error: AggregateError, _ terminal: Terminal) -> ExitCode {
            terminal.fail("\(error)", code: error.isInputOutputFailure ? 2 : 1)
        }
    }
}

/// The summary formats of `aggregate`.
enum AggregateFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
}
