import ArgumentParser
import Foundation
import SelfAssessKit

/// `--key FILE | --keyring FILE`: the keys `verify` trusts.
///
/// Exactly one is given; nothing inside a bundle is ever trusted.
struct TrustedKeyOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            CLIHelp.trustedKeyOptionsKeyHelp.text,
            valueName: "file"))
    var key: String?

    @Option(
        help: ArgumentHelp(CLIHelp.trustedKeyOptionsKeyringHelp.text, valueName: "file")
    )
    var keyring: String?

    @Option(
        help: ArgumentHelp(
            CLIHelp.trustedKeyOptionsSocietyKeyHelp.text,
            valueName: "file"))
    var societyKey: String?

    func validate() throws {
        guard (key == nil) != (keyring == nil) else {
            throw ValidationError(
                CLIMessages.trustedKeyOneOf.text())
        }
        if societyKey != nil, keyring == nil {
            throw ValidationError(
                CLIMessages.trustedKeySocietyKey.text())
        }
    }

    /// The trusted keys, and the keyring they came from (nil with `--key`); prints the failure and
    /// throws `ExitCode` (2 unreadable, 1 refused).
    ///
    /// Without `--society-key` a note on standard error says that the keyring's signature was not
    /// checked, as `aggregate`'s does.
    func load(
        framework: Framework? = nil, terminal: Terminal
    ) throws -> (keys: any TrustedKeys, keyring: VerificationRenderer.KeyringProvenance?) {
        if let key {
            do throws(KeyError) {
                let trusted = SingleTrustedKey(
                    try KeyFile.readPublicKey(
                        fromEither: URL(fileURLWithPath: key), displayName: key))
                return (trusted, nil)
            } catch {
                // A key file's failure has always been printed without colour.
                throw Terminal.plain.fail(
                    CLILanguage.text(of: error), code: error.isInputOutputFailure ? 2 : 1)
            }
        }
        let file = keyring ?? ""
        let loaded = try KeyringReport.loadTrusted(
            keyring: file, societyKey: societyKey, framework: framework, terminal: terminal)
        let provenance = VerificationRenderer.KeyringProvenance(
            file: file, sha256: loaded.keyring.sha256 ?? "", signedBy: loaded.signer)
        return (loaded.keyring, provenance)
    }
}
