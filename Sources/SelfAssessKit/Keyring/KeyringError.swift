/// Why a keyring could not be read, changed, signed or trusted.
///
/// Every message names the file.
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

    /// The message in English, naming the file; an invalid keyring's diagnostics follow, one a
    /// line.
    public var description: String {
        let text = wording.text(in: .english)
        guard case .invalid(_, let diagnostics, _) = self else { return text }
        return text + diagnostics.map { "\n" + $0.description }.joined()
    }
}
