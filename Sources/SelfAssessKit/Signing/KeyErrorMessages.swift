/// The wordings of ``KeyError``: why a key file could not be read, used or written.
///
/// Key errors have no code of their own, so the keys start with the concern (`key.not-found`).
enum KeyErrorMessages: String, MessageCatalog {
    case notFound = "key.not-found"
    case unreadable = "key.unreadable"
    case notRegularFile = "key.not-regular"
    case tooLarge = "key.too-large"
    case insecurePermissions = "key.insecure-permissions"
    case notPEM = "key.not-pem"
    case malformedPEM = "key.malformed-pem"
    case unsupportedKeyType = "key.unsupported-type"
    case unsupportedKeyFormat = "key.unsupported-format"
    case wrongKeyKind = "key.wrong-kind"
    case invalidKey = "key.invalid"
    case weakKey = "key.weak"
    case keynumMismatch = "key.keynum-mismatch"
    case exists = "key.exists"
    case writeFailed = "key.write-failed"
    case signingFailed = "key.signing-failed"

    var english: String {
        switch self {
        case .notFound: "{file}: no such file"
        case .unreadable: "{file}: cannot be read: {reason}"
        case .notRegularFile: "{file}: not a regular file (it is {kind})"
        case .tooLarge: "{file}: {size} is too large for a key file (limit {limit})"
        case .insecurePermissions:
            "{file}: permissions {mode} are too open: a private key must not be accessible by "
                + "group or others; run `chmod 600 {file}`"
        case .notPEM:
            "{file}: not a PEM key file (expected a line -----BEGIN PRIVATE KEY----- or -----BEGIN "
                + "PUBLIC KEY-----)"
        case .malformedPEM: "{file}: malformed PEM: {reason}"
        case .unsupportedKeyType:
            "{file}: unsupported key type {type}: selfassess signs with Ed25519 keys only (create "
                + "one with `selfassess keygen NAME`)"
        case .unsupportedKeyFormat:
            "{file}: unsupported key format: {format}; selfassess reads Ed25519 keys as PKCS#8 v1 "
                + "(RFC 8410) and SubjectPublicKeyInfo PEM, as `selfassess keygen` and "
                + "`openssl genpkey -algorithm ed25519` write them"
        case .wrongKeyKind: "{file}: this is a {found} key; a {expected} key is needed here"
        case .invalidKey: "{file}: not a valid Ed25519 key: {reason}"
        case .weakKey: "{file}: {problem}: {explanation} [{code}]"
        case .keynumMismatch:
            "{file}: the minisign key number does not match the key (expected the first 8 bytes "
                + "of its key id); export the key with `selfassess key export`"
        case .exists:
            "{file}: already exists; keys are never overwritten (move it away or choose another "
                + "name)"
        case .writeFailed: "{file}: cannot be written: {reason}"
        case .signingFailed: "signing failed: {reason}"
        }
    }
}

extension KeyError {
    /// The message as a catalog wording.
    public var wording: Diagnostic.Message {
        typealias Key = KeyErrorMessages
        func message(
            _ key: Key, _ file: String, _ arguments: [String: String] = [:]
        )
            -> Diagnostic.Message
        {
            Diagnostic.Message(
                key, arguments.merging(["file": file]) { $1 }.mapValues { .text($0) })
        }
        switch self {
        case .notFound(let file):
            return message(.notFound, file)
        case .unreadable(let file, let reason):
            return message(.unreadable, file, ["reason": reason])
        case .notRegularFile(let file, let kind):
            return message(.notRegularFile, file, ["kind": kind])
        case .tooLarge(let file, let size, let limit):
            return message(
                .tooLarge, file,
                ["size": ByteCount.describe(size), "limit": ByteCount.describe(limit)])
        case .insecurePermissions(let file, let mode):
            return message(.insecurePermissions, file, ["mode": Self.octal(mode)])
        case .notPEM(let file):
            return message(.notPEM, file)
        case .malformedPEM(let file, let reason):
            return message(.malformedPEM, file, ["reason": reason])
        case .unsupportedKeyType(let file, let type):
            return message(.unsupportedKeyType, file, ["type": type])
        case .unsupportedKeyFormat(let file, let format):
            return message(.unsupportedKeyFormat, file, ["format": format])
        case .wrongKeyKind(let file, let expected, let found):
            return message(.wrongKeyKind, file, ["expected": expected, "found": found])
        case .invalidKey(let file, let reason):
            return message(.invalidKey, file, ["reason": reason])
        case .weakKey(let file, let weakness):
            return Diagnostic.Message(
                Key.weakKey,
                [
                    "file": .text(file), "problem": .wording(weakness.keyProblemWording),
                    "explanation": .wording(weakness.keyExplanationWording),
                    "code": .text(weakness.keyCode),
                ])
        case .keynumMismatch(let file):
            return message(.keynumMismatch, file)
        case .exists(let file):
            return message(.exists, file)
        case .writeFailed(let file, let reason):
            return message(.writeFailed, file, ["reason": reason])
        case .signingFailed(let reason):
            return Diagnostic.Message(Key.signingFailed, ["reason": .text(reason)])
        }
    }
}
