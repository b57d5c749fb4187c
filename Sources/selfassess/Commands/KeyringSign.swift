import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct Sign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign the keyring with the society's key, writing KEYRING.minisig.",
            discussion: """
                The signature is minisign's legacy Ed25519 format, the same as a bundle's, over the \
                exact bytes of the keyring file, with the trusted comment \
                `selfassess.keyring/v1 sha256=<SHA-256 of the file>`. An invalid keyring is not \
                signed. An existing signature is replaced. `aggregate --society-key` and \
                `keyring verify` refuse a keyring whose signature does not verify; minisign checks it \
                too: minisign -V -p society.minisign.pub -m keyring.yaml

                Examples:
                  selfassess keygen society
                  selfassess keyring sign keyring.yaml --key society.key

                Exit codes: 0 signed, 1 refused (invalid keyring, unusable key), 2 I/O failure, 64 usage.
                """)

        @Argument(help: ArgumentHelp("The keyring file.", valueName: "keyring"))
        var keyring: String

        @Option(
            help: ArgumentHelp(
                "The society's private key (PKCS#8 PEM, mode 0600).", valueName: "file"))
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
                """
                Signed \(keyring) (\(signatories) signator\(signatories == 1 ? "y" : "ies"), \(loaded.keyring.keyCount) \
                key\(loaded.keyring.keyCount == 1 ? "" : "s")) with the society key \(signingKey.publicKey.keyID).
                Wrote \(KeyringFile.signatureName(for: keyring)); trusted comment: \(loaded.signature?.trustedComment ?? "")

                """)
        }
    }
}
