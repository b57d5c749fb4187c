/// Why a key could not be read, written or used. Every message names the file it is about.
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

    /// The message, naming the file.
    public var description: String {
        switch self {
        case .notFound(let file):
            "\(file): no such file"
        case .unreadable(let file, let reason):
            "\(file): cannot be read: \(reason)"
        case .notRegularFile(let file, let kind):
            "\(file): not a regular file (it is \(kind))"
        case .tooLarge(let file, let size, let limit):
            "\(file): \(ByteCount.describe(size)) is too large for a key file (limit \(ByteCount.describe(limit)))"
        case .insecurePermissions(let file, let mode):
            "\(file): permissions \(Self.octal(mode)) are too open: a private key must not be accessible "
                + "by group or others; run `chmod 600 \(file)`"
        case .notPEM(let file):
            "\(file): not a PEM key file (expected a line -----BEGIN PRIVATE KEY----- or -----BEGIN PUBLIC KEY-----)"
        case .malformedPEM(let file, let reason):
            "\(file): malformed PEM: \(reason)"
        case .unsupportedKeyType(let file, let type):
            "\(file): unsupported key type \(type): selfassess signs with Ed25519 keys only "
                + "(create one with `selfassess keygen NAME`)"
        case .unsupportedKeyFormat(let file, let format):
            "\(file): unsupported key format: \(format); selfassess reads Ed25519 keys as PKCS#8 v1 "
                + "(RFC 8410) and SubjectPublicKeyInfo PEM, as `selfassess keygen` and "
                + "`openssl genpkey -algorithm ed25519` write them"
        case .wrongKeyKind(let file, let expected, let found):
            "\(file): this is a \(found) key; a \(expected) key is needed here"
        case .invalidKey(let file, let reason):
            "\(file): not a valid Ed25519 key: \(reason)"
        case .weakKey(let file, let weakness):
            "\(file): \(weakness.keyProblem): \(weakness.keyExplanation) [\(weakness.keyCode)]"
        case .keynumMismatch(let file):
            "\(file): the minisign key number does not match the key (expected the first 8 bytes of "
                + "its key id); export the key with `selfassess key export`"
        case .exists(let file):
            "\(file): already exists; keys are never overwritten (move it away or choose another name)"
        case .writeFailed(let file, let reason):
            "\(file): cannot be written: \(reason)"
        case .signingFailed(let reason):
            "signing failed: \(reason)"
        }
    }

    private static func octal(_ mode: Int) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
