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
            return terminal.fail("\(error)", code: code)
        }
        terminal.err(
            diagnostics.map {
                DiagnosticRenderer.text($0, sources: sources, style: terminal.errorStyle) + "\n\n"
            }.joined())
        let count = diagnostics.errorCount
        return terminal.fail(
            "\(file) is not a valid keyring (\(count) error\(count == 1 ? "" : "s")); nothing was done",
            code: code)
    }

    /// Prints a key file failure and returns the exit code: 2 for I/O, 1 otherwise.
    static func failure(_ error: KeyError, terminal: Terminal) -> ExitCode {
        failure(KeyringError.key(error), terminal: terminal)
    }

    /// Prints the note that a keyring's signature was not checked (no `--society-key`) to
    /// standard error; `verify` and `aggregate` print it.
    static func uncheckedSignature(keyring: String, terminal: Terminal) {
        terminal.note(
            "\(keyring): the keyring's signature was not checked; give --society-key "
                + "to refuse a keyring the society did not sign")
    }

    /// Prints warnings found in a keyring to standard error.
    static func warnings(
        _ diagnostics: [Diagnostic], sources: [String: SourceText], terminal: Terminal
    ) {
        guard !diagnostics.isEmpty else { return }
        terminal.err(
            diagnostics.map {
                DiagnosticRenderer.text($0, sources: sources, style: terminal.errorStyle) + "\n\n"
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
            lines.append(
                "The keyring changed, so its signature \(removed) no longer applied and was removed."
            )
            lines.append("Sign it again: selfassess keyring sign \(keyring) --key SOCIETY.key")
        } else if let failure = update.signatureRemovalFailure {
            lines.append(
                "The keyring changed, so \(KeyringFile.signatureName(for: keyring)) no longer applies, but it could "
                    + "not be removed (\(failure)); it will fail verification until you sign again."
            )
            lines.append("Sign it again: selfassess keyring sign \(keyring) --key SOCIETY.key")
        } else {
            lines.append("Sign it: selfassess keyring sign \(keyring) --key SOCIETY.key")
        }
        if update.edit.rewritten {
            terminal.note(
                "\(keyring) could not be changed in place, so it was written again from its "
                    + "content: its comments and layout were not kept (see docs/keyring.md)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
