import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.keyringVerifyAbstract.text,
            discussion: CLIHelp.keyringVerifyDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.keyringVerifyKeyringHelp.text, valueName: "keyring"))
        var keyring: String

        @Option(
            help: ArgumentHelp(CLIHelp.keyringVerifySocietyKeyHelp.text, valueName: "file"))
        var societyKey: String

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let loaded: KeyringFile.Loaded
            do throws(KeyringError) {
                loaded = try KeyringFile.loadTrusted(
                    URL(fileURLWithPath: keyring), displayName: keyring,
                    societyKeyFile: URL(fileURLWithPath: societyKey),
                    societyKeyDisplayName: societyKey)
            } catch {
                throw KeyringReport.failure(error, terminal: terminal)
            }
            KeyringReport.warnings(loaded.warnings, sources: loaded.sources, terminal: terminal)
            let signatories = loaded.keyring.signatories.count
            terminal.out(
                CLIMessages.keyringVerified.text([
                    "keyring": .text(keyring),
                    "key": .text(loaded.signer.map(\.description) ?? "?"),
                    "signatories": CLIMessages.count(
                        signatories, one: .signatoryCountOne, many: .signatoryCount),
                    "keys": CLIMessages.count(
                        loaded.keyring.keyCount, one: .keyCountOne, many: .keyCount),
                    "comment": .text(loaded.signature?.trustedComment ?? ""),
                ]) + "\n")
        }
    }
}
