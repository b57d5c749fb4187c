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
    ///
    /// The intake signs its checkpoints with the origin of the registry's log: the one its
    /// latest checkpoint names, whoever made it (`registry intake` or `serve`), or `logOrigin`
    /// for a log without one. A `logOrigin` other than the default that differs from the kept
    /// one is refused (SR096): every checkpoint of a log names that one log.
    func intake(
        framework: Framework, terminal: Terminal,
        maxBundleSize: Int = RegistryIntake.defaultMaxBundleSize,
        logOrigin: String = LogCheckpoint.defaultOrigin
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
        var intake = RegistryIntake(
            store: store, keyring: chosen.keyring, keyringSHA256: chosen.sha256,
            framework: framework, receiptKey: signingKey, keyringSerial: chosen.serial,
            deadlines: deadlines, maxBundleSize: maxBundleSize)
        intake.logOrigin = try keptLogOrigin(store: store, requested: logOrigin, terminal: terminal)
        return intake
    }

    /// The origin named by the registry's latest checkpoint (its note's first line, read
    /// without its signature: the receipt key may have changed since), else `requested`.
    private func keptLogOrigin(
        store: any RegistryStore, requested: String, terminal: Terminal
    ) throws -> String {
        let latest: (bytes: [UInt8], madeAt: BundleTimestamp)?
        do throws(RegistryError) {
            latest = try store.latestLogCheckpoint()
        } catch {
            throw registryFailure(error, terminal: terminal)
        }
        guard let latest, let line = latest.bytes.split(separator: 0x0A).first else {
            return requested
        }
        let kept = String(decoding: line, as: UTF8.self)
        guard requested == kept || requested == LogCheckpoint.defaultOrigin else {
            throw logFailure(
                .checkpointOrigin(
                    file: storeOptions.source + " (latest checkpoint)", expected: requested,
                    found: kept),
                terminal: terminal, code: 1)
        }
        return kept
    }
}
