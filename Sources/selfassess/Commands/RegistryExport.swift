import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand.RegistryCommand {
    /// `selfassess registry export`: the registry's history as CSV, one row per signatory and
    /// year, from the same evaluation as `aggregate --registry`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryExportAbstract.text,
            discussion: CLIHelp.registryExportDiscussion.text)

        @OptionGroup var storeOptions: RegistryStoreOptions
        @OptionGroup var keyringOptions: RegistryKeyringOptions

        @Option(help: ArgumentHelp(CLIHelp.registryExportPolicyHelp.text, valueName: "file"))
        var policy: String?

        @Option(help: ArgumentHelp(CLIHelp.registryExportOutHelp.text, valueName: "file"))
        var out: String?

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let policy = try RegistryPolicyOptions.load(
                self.policy, framework: framework, terminal: terminal)
            let store: any RegistryStore
            let source: RegistryAggregateSource
            do throws(RegistryError) {
                store = try storeOptions.open()
                source = try RegistryAggregateSource.read(
                    store, displayName: storeOptions.data, deadlines: policy.deadlines)
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            defer { (store as? PostgresRegistryStore)?.close() }
            let chosen = try keyringOptions.load(
                store: store, source: storeOptions.source, framework: framework, terminal: terminal)
            let aggregator = SectorAggregator(
                keyring: chosen.keyring, policy: policy, framework: framework, today: .today,
                provenance: SectorAggregate.Provenance(
                    keyringSHA256: chosen.sha256, keyringSignedBy: nil,
                    policyIsBuiltin: self.policy == nil))
            var csv = CSV.document(header: RegistryExport.header, records: [])
            var rows = 0
            if let first = source.openedYears.min(), let last = source.openedYears.max() {
                do throws(AggregateError) {
                    let aggregate = try await aggregator.aggregate(
                        source.found, year: last, since: first, openedYears: source.openedYears)
                    csv = RegistryExport.csv(
                        standings: aggregate.standings, entries: source.entries)
                    rows = aggregate.standings.count
                } catch {
                    throw terminal.fail(
                        CLILanguage.text(of: error), code: error.isInputOutputFailure ? 2 : 1)
                }
            }
            guard let out else {
                terminal.out(csv)
                return
            }
            do throws(FileWriteFailure) {
                try AtomicFile.write(
                    Data(csv.utf8), to: URL(fileURLWithPath: out), createFolders: true,
                    permissions: 0o644)
            } catch {
                throw terminal.fail(
                    CLIMessages.failure.text(["file": .text(out), "reason": .text(error.reason)]),
                    code: 2)
            }
            terminal.err(
                CLIMessages.exportWritten.text(["file": .text(out), "rows": .integer(rows)]) + "\n")
        }
    }
}
