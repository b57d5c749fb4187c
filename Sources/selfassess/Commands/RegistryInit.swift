import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand.RegistryCommand {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryInitAbstract.text,
            discussion: CLIHelp.registryInitDiscussion.text)

        @OptionGroup var storeOptions: RegistryStoreOptions

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let message: RegistryMessage
            do throws(RegistryError) {
                message = try storeOptions.create()
            } catch {
                throw registryFailure(error, terminal: colorOptions.terminal)
            }
            colorOptions.terminal.out("\(message.shown)\n")
        }
    }
}
