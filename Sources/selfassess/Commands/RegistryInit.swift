import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand.RegistryCommand {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryInitAbstract.text,
            discussion: CLIHelp.registryInitDiscussion.text)

        @Option(help: ArgumentHelp(CLIHelp.registryInitDataHelp.text, valueName: "folder"))
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
