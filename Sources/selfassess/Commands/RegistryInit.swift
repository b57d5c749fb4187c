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
                as it is. With --database, the schema is created in that PostgreSQL database \
                instead of registry.sqlite, and the data folder (shared by every instance) holds \
                bundles/ only; a database that already holds a registry is left as it is.

                Examples:
                  selfassess registry init --data /var/lib/selfassess
                  selfassess registry init --data /srv/selfassess \\
                      --database postgres://selfassess@db.internal:5432/registry

                Exit codes: 0 created, 1 a registry already exists there, 2 I/O failure, 64 usage.
                """)

        @OptionGroup var storeOptions: RegistryStoreOptions

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let message: RegistryMessage
            do throws(RegistryError) {
                message = try storeOptions.create()
            } catch {
                throw registryFailure(error, terminal: colorOptions.terminal)
            }
            colorOptions.terminal.out("\(message)\n")
        }
    }
}
