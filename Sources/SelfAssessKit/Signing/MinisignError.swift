/// Why a minisign signature file was refused, or did not verify.
///
/// Each case is one check, in the order the checks run, and has a stable ``code`` for `verify`'s
/// reports.
public enum MinisignError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is larger than ``MinisignSignature/maxSize``.
    case tooLarge(file: String, size: Int, limit: Int)
    /// The file holds a carriage return (CRLF line ends are refused).
    case carriageReturn(file: String)
    /// The file is empty or its last line has no line feed (a truncated file).
    case missingFinalNewline(file: String)
    /// The file does not have exactly four lines.
    case lineCount(file: String, found: Int)
    /// Line 1 does not start with `untrusted comment: `.
    case untrustedCommentPrefix(file: String)
    /// Line 3 does not start with `trusted comment: `.
    case trustedCommentPrefix(file: String)
    /// A comment (line 1 or 3) is not UTF-8, holds a control character, or is too long.
    case invalidComment(file: String, line: Int, reason: String)
    /// Line 2 or 4 is not canonical standard base64.
    case invalidBase64(file: String, line: Int)
    /// Line 2 does not decode to 74 bytes (algorithm, key number, signature).
    case signatureLength(file: String, found: Int)
    /// Line 4 does not decode to 64 bytes (the global signature).
    case globalSignatureLength(file: String, found: Int)
    /// The algorithm is not legacy `Ed` (for example the prehashed `ED`).
    case unsupportedAlgorithm(file: String, algorithm: String)
    /// The R half of the signature (line 2) or of the global signature (line 4) is a point of
    /// small order (SB232) or not canonically encoded (SB233): no signer makes one, a forger does.
    case weakSignature(file: String, line: Int, weakness: Ed25519Point.Weakness)
    /// The signature's key number is not the key's: another key signed it.
    case keyMismatch(file: String, signatureKeynum: String, keyKeynum: String)
    /// The Ed25519 signature over the message does not verify.
    case invalidSignature(file: String)
    /// The global signature over the signature and the trusted comment does not verify: the
    /// trusted comment was changed.
    case invalidTrustedComment(file: String)
    /// Signing failed in the cryptographic library.
    case signingFailed(file: String, reason: String)

    /// A stable code for reports (`SB2xx`: signature file).
    public var code: String {
        switch self {
        case .tooLarge: "SB201"
        case .carriageReturn: "SB202"
        case .missingFinalNewline: "SB203"
        case .lineCount: "SB204"
        case .untrustedCommentPrefix: "SB205"
        case .trustedCommentPrefix: "SB206"
        case .invalidComment: "SB207"
        case .invalidBase64: "SB208"
        case .signatureLength: "SB209"
        case .globalSignatureLength: "SB210"
        case .unsupportedAlgorithm: "SB211"
        case .keyMismatch: "SB220"
        case .weakSignature(_, _, let weakness): weakness.signatureCode
        case .invalidSignature: "SB221"
        case .invalidTrustedComment: "SB222"
        case .signingFailed: "SB229"
        }
    }

    /// The message, in English (the wordings are in ``MinisignErrorMessages``).
    public var description: String { wording.text(in: .english) }
}
