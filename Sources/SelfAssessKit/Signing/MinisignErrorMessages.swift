/// The wordings of ``MinisignError``: why a minisign signature file is refused, does not verify, or
/// could not be made.
///
/// Keys start with the error's code (`SB204`).
enum MinisignErrorMessages: String, MessageCatalog {
    case tooLarge = "SB201"
    case carriageReturn = "SB202"
    case missingFinalNewline = "SB203"
    case lineCountOne = "SB204.one"
    case lineCount = "SB204"
    case untrustedCommentPrefix = "SB205"
    case trustedCommentPrefix = "SB206"
    case invalidComment = "SB207"
    case invalidBase64 = "SB208"
    case signatureLength = "SB209"
    case globalSignatureLength = "SB210"
    case unsupportedAlgorithm = "SB211"
    case keyMismatch = "SB220.key-mismatch"
    case weakSignature = "SB23x.weak-signature"
    case invalidSignature = "SB221"
    case invalidTrustedComment = "SB222"
    case signingFailed = "SB229"

    var english: String {
        switch self {
        case .tooLarge: "{file}: {size} is over the {limit} limit for a signature file"
        case .carriageReturn:
            "{file}: carriage return found; a signature file has LF line ends only"
        case .missingFinalNewline:
            "{file}: the last line does not end with a line feed (truncated?)"
        case .lineCountOne: "{file}: 1 line; a minisign signature has exactly 4"
        case .lineCount: "{file}: {found} lines; a minisign signature has exactly 4"
        case .untrustedCommentPrefix:
            "{file}: line 1 does not start with \"untrusted comment: \""
        case .trustedCommentPrefix: "{file}: line 3 does not start with \"trusted comment: \""
        case .invalidComment: "{file}: line {line}: {reason}"
        case .invalidBase64: "{file}: line {line} is not valid base64"
        case .signatureLength:
            "{file}: line 2 decodes to {found} bytes; a signature line holds 74 (algorithm, key "
                + "number, signature)"
        case .globalSignatureLength:
            "{file}: line 4 decodes to {found} bytes; the global signature is 64"
        case .unsupportedAlgorithm:
            "{file}: signature algorithm \"{algorithm}\" is not supported; only minisign's legacy "
                + "\"Ed\" (sign with `minisign -S -l`)"
        case .keyMismatch:
            "{file}: signed by key number {signatureKeynum}, not by this key ({keyKeynum})"
        case .weakSignature: "{file}: line {line}: {problem}"
        case .invalidSignature:
            "{file}: the signature does not verify: the signed file was changed or another key "
                + "signed it"
        case .invalidTrustedComment:
            "{file}: the trusted comment's signature does not verify: the trusted comment was "
                + "changed"
        case .signingFailed: "{file}: signing failed: {reason}"
        }
    }

    var chinese: String? {
        switch self {
        case .tooLarge: "{file}：{size} 超过签名文件 {limit} 的上限"
        case .carriageReturn: "{file}：发现回车符；签名文件只能用 LF 换行"
        case .missingFinalNewline: "{file}：最后一行没有以换行符结束（文件被截断？）"
        case .lineCountOne: "{file}：1 行；minisign 签名恰好有 4 行"
        case .lineCount: "{file}：{found} 行；minisign 签名恰好有 4 行"
        case .untrustedCommentPrefix: "{file}：第 1 行不是以“untrusted comment: ”开头"
        case .trustedCommentPrefix: "{file}：第 3 行不是以“trusted comment: ”开头"
        case .invalidComment: "{file}：第 {line} 行：{reason}"
        case .invalidBase64: "{file}：第 {line} 行不是有效的 base64"
        case .signatureLength: "{file}：第 2 行解码为 {found} 字节；签名行应为 74 字节（算法、密钥编号、签名）"
        case .globalSignatureLength: "{file}：第 4 行解码为 {found} 字节；全局签名应为 64 字节"
        case .unsupportedAlgorithm:
            "{file}：不支持签名算法“{algorithm}”；只支持 minisign 的旧式“Ed”（用 `minisign -S -l` 签名）"
        case .keyMismatch: "{file}：由密钥编号 {signatureKeynum} 签名，不是由此密钥（{keyKeynum}）签名"
        case .weakSignature: "{file}：第 {line} 行：{problem}"
        case .invalidSignature: "{file}：签名验证未通过：被签名的文件已被改动，或由其他密钥签名"
        case .invalidTrustedComment: "{file}：受信注释的签名验证未通过：受信注释已被改动"
        case .signingFailed: "{file}：签名失败：{reason}"
        }
    }
}

extension MinisignError: WordedError {
    /// The message as a catalog wording.
    public var wording: Diagnostic.Message {
        typealias Key = MinisignErrorMessages
        typealias Argument = Diagnostic.Message.Argument
        func message(
            _ key: Key, _ file: String, _ arguments: [String: Argument] = [:]
        )
            -> Diagnostic.Message
        {
            Diagnostic.Message(key, arguments.merging(["file": .text(file)]) { $1 })
        }
        switch self {
        case .tooLarge(let file, let size, let limit):
            return message(
                .tooLarge, file,
                [
                    "size": .text(ByteCount.describe(size)),
                    "limit": .text(ByteCount.describe(limit)),
                ])
        case .carriageReturn(let file):
            return message(.carriageReturn, file)
        case .missingFinalNewline(let file):
            return message(.missingFinalNewline, file)
        case .lineCount(let file, let found):
            return found == 1
                ? message(.lineCountOne, file)
                : message(.lineCount, file, ["found": .integer(found)])
        case .untrustedCommentPrefix(let file):
            return message(.untrustedCommentPrefix, file)
        case .trustedCommentPrefix(let file):
            return message(.trustedCommentPrefix, file)
        case .invalidComment(let file, let line, let reason):
            return message(
                .invalidComment, file, ["line": .integer(line), "reason": .text(reason)])
        case .invalidBase64(let file, let line):
            return message(.invalidBase64, file, ["line": .integer(line)])
        case .signatureLength(let file, let found):
            return message(.signatureLength, file, ["found": .integer(found)])
        case .globalSignatureLength(let file, let found):
            return message(.globalSignatureLength, file, ["found": .integer(found)])
        case .unsupportedAlgorithm(let file, let algorithm):
            return message(.unsupportedAlgorithm, file, ["algorithm": .text(algorithm)])
        case .keyMismatch(let file, let signatureKeynum, let keyKeynum):
            return message(
                .keyMismatch, file,
                ["signatureKeynum": .text(signatureKeynum), "keyKeynum": .text(keyKeynum)])
        case .weakSignature(let file, let line, let weakness):
            return message(
                .weakSignature, file,
                ["line": .integer(line), "problem": .wording(weakness.signatureProblemWording)])
        case .invalidSignature(let file):
            return message(.invalidSignature, file)
        case .invalidTrustedComment(let file):
            return message(.invalidTrustedComment, file)
        case .signingFailed(let file, let reason):
            return message(.signingFailed, file, ["reason": .text(reason)])
        }
    }
}
