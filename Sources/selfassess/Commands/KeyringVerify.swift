import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that the keyring is the one the society signed.",
            discussion: """
                Reads the keyring once and checks KEYRING.minisig over those exact bytes with the \
                society's public key (given out of band, never taken from the keyring): the \
                signature file's shape, the key number, the signature, the trusted comment's \
                signature, and that the trusted comment names this file's SHA-256. Only then is the \
                keyring read and validated.

                Examples:
                  selfassess keyring verify keyring.yaml --society-key society.pub

                Exit codes: 0 verified, 1 not signed, signature invalid or keyring invalid, 2 I/O \
                failure (the keyring or the key cannot be read), 64 usage.
                """)

        @Argument(help: ArgumentHelp("The keyring file.", valueName: "keyring"))
        var keyring: String

        @Option(
            help: ArgumentHelp("The society's public key (PEM or minisign).", valueName: "file"))
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
                """
                OK: \(keyring) is signed by the society key \(loaded.signer.map(\.description) ?? "?")
                (\(signatories) signator\(signatories == 1 ? "y" : "ies"), \(loaded.keyring.keyCount) \
                key\(loaded.keyring.keyCount == 1 ? "" : "s"); \(loaded.signature?.trustedComment ?? "")).

                """)
        }
    }
}
