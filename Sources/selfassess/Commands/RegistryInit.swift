import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand.RegistryCommand {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an empty registry in a data folder.",
            discussion: """
                Creates the folder if needed, registry.sqlite (SQLite in WAL mode, the schema at its \
                latest migration) and bundles/. A folder that already holds a registry is left \
                as it is.

                Examples:
                  selfassess registry init --data /var/lib/selfassess

                Exit codes: 0 created, 1 a registry already exists there, 2 I/O failure, 64 usage.
                """)

        @Option(help: ArgumentHelp("The registry's data folder.", valueName: "folder"))
        var data: String

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            do throws(RegistryError) {
                _ = try SQLiteRegistryStore.create(
                    at: URL(fileURLWithPath: data), displayName: data)
            } catch {
                throw registryFailure(error, terminal: colorOptions.terminal)
            }
            let message = RegistryMessage(
                .created,
                [
                    "folder": .text(data), "database": .text(SQLiteRegistryStore.databaseName),
                    "bundles": .text(SQLiteRegistryStore.bundlesName),
                ])
            colorOptions.terminal.out("\(message)\n")
        }
    }
}
