import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand.RegistryCommand {
    /// `selfassess registry keyring`: the keyring the registry holds.
    struct KeyringGroup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keyring",
            abstract: CLIHelp.registryKeyringAbstract.text,
            subcommands: [Import.self])
    }
}

extension SelfAssessCommand.RegistryCommand.KeyringGroup {
    /// `selfassess registry keyring import FILE --society-key PUB`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: CLIHelp.registryKeyringImportAbstract.text,
            discussion: CLIHelp.registryKeyringImportDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.registryKeyringImportFileHelp.text, valueName: "file"))
        var file: String

        @Option(
            help: ArgumentHelp(
                CLIHelp.registryKeyringImportSocietyKeyHelp.text, valueName: "file"))
        var societyKey: String

        @OptionGroup var storeOptions: RegistryStoreOptions
        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let loaded = try KeyringReport.loadTrusted(
                keyring: file, societyKey: societyKey, framework: framework, terminal: terminal)
            do throws(RegistryError) {
                let keyring = try RegistryKeyring(
                    verified: loaded, url: URL(fileURLWithPath: file), displayName: file,
                    importedAt: SystemClock().now())
                let store = try storeOptions.open()
                let line: RegistryMessage
                switch try store.importKeyring(keyring, file: file) {
                case .imported:
                    line = RegistryMessage(
                        .keyringImported,
                        [
                            "file": .text(file), "serial": .integer(keyring.serial),
                            "signatories": .integer(loaded.keyring.signatories.count),
                            "keys": .integer(loaded.keyring.keyCount),
                            "sha256": .text(keyring.sha256),
                        ])
                case .alreadyCurrent:
                    line = RegistryMessage(
                        .keyringAlreadyCurrent,
                        ["file": .text(file), "serial": .integer(keyring.serial)])
                }
                terminal.out("\(line.shown)\n")
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
        }
    }
}
