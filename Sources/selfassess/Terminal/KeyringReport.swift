import ArgumentParser
import Foundation
import SelfAssessKit

/// How the `keyring` commands print failures, warnings and the state of the signature.
enum KeyringReport {
    /// Prints a keyring failure to standard error (diagnostics with caret lines for an invalid
    /// file) and returns the exit code: 2 for I/O, 1 otherwise.
    static func failure(_ error: KeyringError, terminal: Terminal) -> ExitCode {
        let code: Int32 = error.isInputOutputFailure ? 2 : 1
        guard case .invalid(let file, let diagnostics, let sources) = error else {
            return terminal.fail(CLILanguage.text(of: error), code: code)
        }
        terminal.err(
            diagnostics.map {
                DiagnosticRenderer.text(
                    $0, sources: sources, style: terminal.errorStyle,
                    language: CLILanguage.current) + "\n\n"
            }.joined())
        let count = diagnostics.errorCount
        return terminal.fail(
            CLIMessages.keyringInvalid.text([
                "file": .text(file),
                "errors": CLIMessages.count(count, one: .errorCountOne, many: .errorCount),
            ]),
            code: code)
    }

    /// Prints a key file failure and returns the exit code: 2 for I/O, 1 otherwise.
    static func failure(_ error: KeyError, terminal: Terminal) -> ExitCode {
        failure(KeyringError.key(error), terminal: terminal)
    }

    /// Reads a public key file (a minisign `.pub` file or its key line alone); a failure is
    /// printed and becomes the exit code.
    static func publicKey(_ path: String, terminal: Terminal) throws(ExitCode) -> PublicKey {
        do throws(KeyError) {
            return try KeyFile.readPublicKey(
                fromEither: URL(fileURLWithPath: path), displayName: path)
        } catch {
            throw failure(error, terminal: terminal)
        }
    }

    /// Prints the note that a keyring's signature was not checked (no `--society-key`) to
    /// standard error; `verify` and `aggregate` print it.
    static func uncheckedSignature(keyring: String, terminal: Terminal) {
        terminal.note(
            CLIMessages.keyringUncheckedSignature.text(["keyring": keyring]))
    }

    /// Loads a keyring, trusted only when `societyKey` verifies its signature; prints its warnings
    /// and, without a society key, the note that its signature was not checked; a failure is
    /// printed and becomes the exit code.
    static func loadTrusted(
        keyring: String, societyKey: String?, framework: Framework?, terminal: Terminal
    ) throws -> KeyringFile.Loaded {
        do throws(KeyringError) {
            let loaded = try KeyringFile.loadTrusted(
                URL(fileURLWithPath: keyring), displayName: keyring,
                societyKeyFile: societyKey.map { URL(fileURLWithPath: $0) },
                societyKeyDisplayName: societyKey,
                framework: framework)
            warnings(loaded.warnings, sources: loaded.sources, terminal: terminal)
            if societyKey == nil {
                uncheckedSignature(keyring: keyring, terminal: terminal)
            }
            return loaded
        } catch {
            throw failure(error, terminal: terminal)
        }
    }

    /// Prints warnings found in a keyring to standard error.
    static func warnings(
        _ diagnostics: [Diagnostic], sources: [String: SourceText], terminal: Terminal
    ) {
        guard !diagnostics.isEmpty else { return }
        terminal.err(
            diagnostics.map {
                DiagnosticRenderer.text(
                    $0, sources: sources, style: terminal.errorStyle,
                    language: CLILanguage.current) + "\n\n"
            }.joined())
    }

    /// What an edit did to the signature and the file's layout, and what to do next.
    static func afterEdit(
        _ update: KeyringFile.Update, keyring: String, terminal: Terminal
    ) -> String {
        warnings(
            update.edit.warnings, sources: update.edit.source.map { [keyring: $0] } ?? [:],
            terminal: terminal)
        var lines: [String] = []
        if let removed = update.removedSignature {
            lines.append(CLIMessages.keyringSignatureRemoved.text(["signature": "\(removed)"]))
            lines.append(CLIMessages.keyringSignAgain.text(["keyring": keyring]))
        } else if let failure = update.signatureRemovalFailure {
            lines.append(
                CLIMessages.keyringSignatureNotRemoved.text([
                    "signature": KeyringFile.signatureName(for: keyring), "reason": "\(failure)",
                ]))
            lines.append(CLIMessages.keyringSignAgain.text(["keyring": keyring]))
        } else {
            lines.append(CLIMessages.keyringSign.text(["keyring": keyring]))
        }
        if update.edit.rewritten {
            terminal.note(
                CLIMessages.keyringRewritten.text(["keyring": keyring]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
