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
}

extension MinisignError {
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
