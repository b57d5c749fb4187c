import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

/// What both ways in take (`registry intake` and `serve`): the registry (`--data`,
/// `--database`), the key that signs the receipts, the keyring bundles are checked against and
/// the policy whose deadlines say on time or late.
struct RegistryIntakeOptions: ParsableArguments {
    @OptionGroup var storeOptions: RegistryStoreOptions

    @Option(help: ArgumentHelp(CLIHelp.registryIntakeReceiptKeyHelp.text, valueName: "file"))
    var receiptKey: String

    @OptionGroup var keyringOptions: RegistryKeyringOptions
    @OptionGroup var policyOptions: RegistryPolicyOptions

    /// Reads the receipt key, opens the registry, chooses the keyring and the deadlines, and
    /// makes the intake; failures are printed and become the exit code.
    func intake(
        framework: Framework, terminal: Terminal,
        maxBundleSize: Int = RegistryIntake.defaultMaxBundleSize
    ) throws -> RegistryIntake {
        let signingKey: SigningKey
        do throws(KeyError) {
            signingKey = try KeyFile.readPrivateKey(
                at: URL(fileURLWithPath: receiptKey), displayName: receiptKey)
        } catch {
            throw KeyringReport.failure(error, terminal: terminal)
        }
        let deadlines = try policyOptions.deadlines(framework: framework, terminal: terminal)
        let store: any RegistryStore
        do throws(RegistryError) {
            store = try storeOptions.open()
        } catch {
            throw registryFailure(error, terminal: terminal)
        }
        let chosen = try keyringOptions.load(
            store: store, source: storeOptions.source, framework: framework, terminal: terminal)
        return RegistryIntake(
            store: store, keyring: chosen.keyring, keyringSHA256: chosen.sha256,
            framework: framework, receiptKey: signingKey, keyringSerial: chosen.serial,
            deadlines: deadlines, maxBundleSize: maxBundleSize)
    }
}
