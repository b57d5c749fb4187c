import ArgumentParser
import Foundation
import SelfAssessKit

/// `--keyring FILE [--society-key PUB]`: the society's keyring, for the commands that check
/// bundles against it (`aggregate`, `registry intake`).
struct SocietyKeyringOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            CLIHelp.societyKeyringOptionsKeyringHelp.text, valueName: "file"))
    var keyring: String

    @Option(
        help: ArgumentHelp(
            CLIHelp.societyKeyringOptionsSocietyKeyHelp.text,
            valueName: "file"))
    var societyKey: String?

    /// Loads the keyring, trusted only when `--society-key` verifies its signature; prints its
    /// warnings and, without `--society-key`, the note that its signature was not checked.
    func load(framework: Framework, terminal: Terminal) throws -> KeyringFile.Loaded {
        try KeyringReport.loadTrusted(
            keyring: keyring, societyKey: societyKey, framework: framework, terminal: terminal)
    }
}
