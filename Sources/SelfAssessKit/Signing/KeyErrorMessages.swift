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

    var chinese: String? {
        switch self {
        case .notFound: "{file}：没有这个文件"
        case .unreadable: "{file}：无法读取：{reason}"
        case .notRegularFile: "{file}：不是普通文件（它是 {kind}）"
        case .tooLarge: "{file}：{size} 对密钥文件来说过大（上限 {limit}）"
        case .insecurePermissions: "{file}：权限 {mode} 过于开放：私钥不得允许同组用户或其他用户访问；请运行 `chmod 600 {file}`"
        case .notPEM:
            "{file}：不是 PEM 密钥文件（应有一行 -----BEGIN PRIVATE KEY----- 或 -----BEGIN PUBLIC KEY-----）"
        case .malformedPEM: "{file}：PEM 格式有误：{reason}"
        case .unsupportedKeyType:
            "{file}：不支持的密钥类型 {type}：selfassess 只用 Ed25519 密钥签名（用 `selfassess keygen NAME` 生成）"
        case .unsupportedKeyFormat:
            "{file}：不支持的密钥格式：{format}；selfassess 读取 PKCS#8 v1（RFC 8410）和 SubjectPublicKeyInfo PEM 格式的 Ed25519 密钥，即 `selfassess keygen` 和 `openssl genpkey -algorithm ed25519` 写出的格式"
        case .wrongKeyKind: "{file}：这是{found}；此处需要的是{expected}"
        case .invalidKey: "{file}：不是有效的 Ed25519 密钥：{reason}"
        case .weakKey: "{file}：{problem}：{explanation} [{code}]"
        case .keynumMismatch:
            "{file}：minisign 密钥编号与密钥不符（应为其密钥标识的前 8 个字节）；请用 `selfassess key export` 导出密钥"
        case .exists: "{file}：已存在；密钥从不覆盖（请把它移走或另选名称）"
        case .writeFailed: "{file}：无法写入：{reason}"
        case .signingFailed: "签名失败：{reason}"
        }
    }
}

extension KeyError: WordedError {
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
            // "private" and "public" come from KeyReasonMessages: worded, they read in any language.
            func kind(_ text: String) -> Diagnostic.Message.Argument {
                [KeyReasonMessages.privateKind, .publicKind].first { $0.english == text }.map {
                    .wording(Diagnostic.Message($0))
                } ?? .text(text)
            }
            return Diagnostic.Message(
                Key.wrongKeyKind,
                ["file": .text(file), "expected": kind(expected), "found": kind(found)])
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
