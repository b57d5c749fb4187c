import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

/// `[--keyring FILE] [--society-key PUB]` for intake (`registry intake`, `serve`): the keyring
/// bundles are checked against; the registry's current keyring (`registry keyring import`) when
/// `--keyring` is not given.
struct RegistryKeyringOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CLIHelp.registryKeyringOptionHelp.text, valueName: "file"))
    var keyring: String?

    @Option(
        help: ArgumentHelp(
            CLIHelp.societyKeyringOptionsSocietyKeyHelp.text,
            valueName: "file"))
    var societyKey: String?

    /// The keyring intake uses, its identity (SHA-256) and its serial.
    struct Chosen {
        var keyring: Keyring
        var sha256: String
        var serial: Int
    }

    /// The keyring from `--keyring` (refused when older than the registry's current one), or
    /// the registry's current keyring; failures are printed and become the exit code.
    func load(
        store: any RegistryStore, source: String, framework: Framework, terminal: Terminal
    ) throws -> Chosen {
        guard let keyring else {
            let current: (stored: RegistryKeyring, keyring: Keyring)
            do throws(RegistryError) {
                current = try RegistryKeyring.current(
                    in: store, framework: framework, source: source)
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            if let societyKey {
                // Checked again with the key given: the database alone is not trusted then.
                let key = try readSocietyKey(societyKey, terminal: terminal)
                let name = "\(source) (keyring serial \(current.stored.serial))"
                do throws(KeyringError) {
                    try KeyringSignature.verify(
                        current.stored.bytes, signature: current.stored.signature, with: key,
                        file: name, signatureFile: KeyringFile.signatureName(for: name))
                } catch {
                    throw KeyringReport.failure(error, terminal: terminal)
                }
            }
            return Chosen(
                keyring: current.keyring, sha256: current.stored.sha256,
                serial: current.stored.serial)
        }
        let loaded = try KeyringReport.loadTrusted(
            keyring: keyring, societyKey: societyKey, framework: framework, terminal: terminal)
        var sha256 = loaded.keyring.sha256 ?? ""
        if loaded.keyring.sha256 == nil {
            do throws(KeyringError) {
                sha256 = BundleManifest.sha256(
                    try KeyringFile.read(URL(fileURLWithPath: keyring), displayName: keyring))
            } catch {
                throw KeyringReport.failure(error, terminal: terminal)
            }
        }
        do throws(RegistryError) {
            if let current = try store.currentKeyring(), loaded.keyring.serial < current.serial {
                throw .keyringOlderThanRegistry(
                    file: keyring, serial: loaded.keyring.serial, current: current.serial)
            }
        } catch {
            throw registryFailure(error, terminal: terminal)
        }
        return Chosen(keyring: loaded.keyring, sha256: sha256, serial: loaded.keyring.serial)
    }

    private func readSocietyKey(_ file: String, terminal: Terminal) throws -> PublicKey {
        do throws(KeyError) {
            return try KeyFile.readPublicKey(at: URL(fileURLWithPath: file), displayName: file)
        } catch {
            throw KeyringReport.failure(error, terminal: terminal)
        }
    }
}
