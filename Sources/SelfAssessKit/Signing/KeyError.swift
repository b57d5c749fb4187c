/// Why a key could not be read, written or used.
///
/// Every message names the file it is about.
public enum KeyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing exists at the path.
    case notFound(file: String)
    /// The system refused to read or stat the file.
    case unreadable(file: String, reason: String)
    /// The path is a folder, pipe, device or socket.
    case notRegularFile(file: String, kind: String)
    /// The file is larger than any key file could be.
    case tooLarge(file: String, size: Int, limit: Int)
    /// A private key file that group or others may access; `mode` is the permission bits.
    case insecurePermissions(file: String, mode: Int)
    /// The file is not PEM text (and not a minisign public key where one is accepted).
    case notPEM(file: String)
    /// The PEM text is damaged: missing or mismatched armour lines, bad base64, headers.
    case malformedPEM(file: String, reason: String)
    /// A key of another algorithm (X25519, RSA, EC, Ed448 …).
    case unsupportedKeyType(file: String, type: String)
    /// An Ed25519 key, or a key file, in a format selfassess does not read (PKCS#8 v2,
    /// encrypted PKCS#8, OpenSSH, minisign secret key …).
    case unsupportedKeyFormat(file: String, format: String)
    /// A public key where a private key is needed, or the other way round.
    case wrongKeyKind(file: String, expected: String, found: String)
    /// The key's bytes are not a usable Ed25519 key.
    case invalidKey(file: String, reason: String)
    /// A public key of small order (SB230) or not canonically encoded (SB231): with a key of
    /// small order anyone can forge a signature, so neither is ever trusted.
    case weakKey(file: String, weakness: Ed25519Point.Weakness)
    /// A minisign public key whose key number is not the one selfassess derives from the key.
    case keynumMismatch(file: String)
    /// The file to write already exists; keys are never overwritten.
    case exists(file: String)
    /// The file could not be written.
    case writeFailed(file: String, reason: String)
    /// The cryptographic library failed to sign.
    case signingFailed(reason: String)

    /// Whether the failure is an input/output failure (exit code 2) rather than a refusal (exit
    /// code 1).
    public var isInputOutputFailure: Bool {
        switch self {
        case .notFound, .unreadable, .notRegularFile, .writeFailed, .signingFailed: true
        default: false
        }
    }

    /// The message, in English (the wordings are in ``KeyErrorMessages``).
    public var description: String { wording.text(in: .english) }

    static func octal(_ mode: Int) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
