import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct Sign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.keyringSignAbstract.text,
            discussion: CLIHelp.keyringSignDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.keyringSignKeyringHelp.text, valueName: "keyring"))
        var keyring: String

        @Option(
            help: ArgumentHelp(
                CLIHelp.keyringSignKeyHelp.text, valueName: "file"))
        var key: String

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let loaded: KeyringFile.Loaded
            let signingKey: SigningKey
            do throws(KeyringError) {
                do throws(KeyError) {
                    signingKey = try KeyFile.readPrivateKey(
                        at: URL(fileURLWithPath: key), displayName: key)
                } catch {
                    throw .key(error)
                }
                loaded = try KeyringFile.sign(
                    URL(fileURLWithPath: keyring), displayName: keyring, key: signingKey)
            } catch {
                throw KeyringReport.failure(error, terminal: terminal)
            }
            KeyringReport.warnings(loaded.warnings, sources: loaded.sources, terminal: terminal)
            let signatories = loaded.keyring.signatories.count
            terminal.out(
                CLIMessages.keyringSigned.text([
                    "keyring": .text(keyring),
                    "signatories": CLIMessages.count(
                        signatories, one: .signatoryCountOne, many: .signatoryCount),
                    "keys": CLIMessages.count(
                        loaded.keyring.keyCount, one: .keyCountOne, many: .keyCount),
                    "key": .text("\(signingKey.publicKey.keyID)"),
                    "signature": .text(KeyringFile.signatureName(for: keyring)),
                    "comment": .text(loaded.signature?.trustedComment ?? ""),
                ]) + "\n")
        }
    }
}
