/// Why a keyring could not be read, changed, signed or trusted. Every message names the file.
public enum KeyringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The keyring file does not exist.
    case notFound(file: String)
    /// The keyring or its signature cannot be read: not a regular file, too large, or refused by
    /// the system.
    case unreadable(file: String, reason: String)
    /// The keyring file has errors (or, after an edit, would have); render ``diagnostics`` with
    /// ``sources`` for caret lines.
    case invalid(file: String, diagnostics: [Diagnostic], sources: [String: SourceText])
    /// The keyring has no signature file next to it.
    case unsigned(file: String, signatureFile: String)
    /// The signature file is malformed or does not verify with the society's key.
    case badSignature(file: String, MinisignError)
    /// The signature verifies, but its trusted comment is not the one derived from the keyring:
    /// the society's key signed something else.
    case trustedCommentMismatch(
        file: String, signatureFile: String, expected: String, found: String)
    /// The society's key or the signing key could not be used.
    case key(KeyError)
    /// The key to add is already in the keyring.
    case keyAlreadyRegistered(file: String, keyID: KeyID, signatory: String)
    /// No key in the keyring has this key id.
    case unknownKey(file: String, keyID: KeyID)
    /// The key to revoke is revoked already.
    case alreadyRevoked(file: String, keyID: KeyID, date: CalendarDate)
    /// A new signatory needs a name.
    case nameRequired(file: String, signatory: String)
    /// The signatory is registered with another name or category than the one given.
    case signatoryMismatch(
        file: String, signatory: String, field: String, registered: String, given: String)
    /// A value given for an edit is unusable (a bad id, dates out of order, an empty reason).
    case invalidEntry(file: String, reason: String)
    /// The category given for a new signatory is not one of the framework's; `known` lists the
    /// framework's category ids.
    case unknownCategory(file: String, category: String, framework: String, known: [String])
    /// The file changed on disk while it was being edited; nothing was written.
    case changedDuringEdit(file: String)
    /// The file could not be written.
    case writeFailed(file: String, reason: String)
    /// The file to write exists and is not a regular file (a device, a named pipe, or a link to
    /// one): it is never replaced.
    case notRegularTarget(file: String, reason: String)

    /// Whether the failure is an input/output failure (exit code 2) rather than a refusal or a
    /// failed check (exit code 1).
    public var isInputOutputFailure: Bool {
        switch self {
        case .notFound, .unreadable, .writeFailed: true
        case .invalid(_, let diagnostics, _): diagnostics.contains { $0.code.isInputFailure }
        case .key(let error): error.isInputOutputFailure
        default: false
        }
    }

    /// The message, naming the file.
    public var description: String {
        switch self {
        case .notFound(let file):
            "\(file): no such file"
        case .unreadable(let file, let reason):
            "\(file): cannot be read: \(reason)"
        case .invalid(let file, let diagnostics, _):
            "\(file): not a valid keyring (\(diagnostics.errorCount) error\(diagnostics.errorCount == 1 ? "" : "s"))"
                + diagnostics.map { "\n" + $0.description }.joined()
        case .unsigned(let file, let signatureFile):
            "\(file): the keyring is not signed (no \(signatureFile)); the society signs it with "
                + "`selfassess keyring sign \(file) --key SOCIETY.key`"
        case .badSignature(let file, let error):
            "\(file): the keyring's signature is not valid: \(error)"
        case .trustedCommentMismatch(let file, let signatureFile, let expected, let found):
            "\(signatureFile): the trusted comment is \"\(found)\", not \"\(expected)\": this signature is not "
                + "the society's signature of \(file)"
        case .key(let error):
            error.description
        case .keyAlreadyRegistered(let file, let keyID, let signatory):
            "\(file): key \(keyID) is already registered for `\(signatory)`; a key is registered once"
        case .unknownKey(let file, let keyID):
            "\(file): no key \(keyID) in the keyring (`selfassess keyring list \(file)` shows the key ids)"
        case .alreadyRevoked(let file, let keyID, let date):
            "\(file): key \(keyID) was already revoked on \(date); edit its `revoked:` entry to change it"
        case .nameRequired(let file, let signatory):
            "\(file): `\(signatory)` is a new signatory: give its name with --name"
        case .signatoryMismatch(let file, let signatory, let field, let registered, let given):
            "\(file): `\(signatory)` is registered with \(field) \"\(registered)\", not \"\(given)\"; check the "
                + "signatory id, or change the \(field) in the file"
        case .invalidEntry(let file, let reason):
            "\(file): \(reason)"
        case .unknownCategory(let file, let category, let framework, let known):
            "\(file): `\(category)` is not a category of the framework \(framework)"
                + (Suggestions.closest(to: category, in: known).map { "; did you mean `\($0)`?" }
                    ?? "")
                + " (categories: \(Suggestions.list(known)))"
        case .changedDuringEdit(let file):
            "\(file): the file changed while it was being edited; nothing was written, run the command again"
        case .writeFailed(let file, let reason):
            "\(file): cannot be written: \(reason)"
        case .notRegularTarget(let file, let reason):
            "\(file): exists and \(reason); it is not replaced"
        }
    }
}
