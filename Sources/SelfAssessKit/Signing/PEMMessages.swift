/// The wordings of ``PEMDocument/Problem/malformed(_:)``: why text that looks like PEM is a damaged
/// block.
///
/// They are the reasons of ``KeyError/malformedPEM(file:reason:)``.
enum PEMMessages: String, MessageCatalog {
    case notASCII = "pem.not-ascii"
    case textBeforeBegin = "pem.text-before-begin"
    case damagedBegin = "pem.damaged-begin"
    case noMatchingEnd = "pem.no-matching-end"
    case headers = "pem.headers"
    case moreThanOneBlock = "pem.more-than-one-block"
    case invalidBase64 = "pem.invalid-base64"

    var english: String {
        switch self {
        case .notASCII: "the text holds bytes that are not ASCII"
        case .textBeforeBegin: "text before the BEGIN line"
        case .damagedBegin: "a damaged BEGIN line"
        case .noMatchingEnd: "no matching -----END {label}----- line at the end"
        case .headers: "RFC 1421 headers (Proc-Type, DEK-Info): a legacy encrypted key"
        case .moreThanOneBlock: "more than one PEM block"
        case .invalidBase64: "the text between the armour lines is not valid base64"
        }
    }

    var chinese: String? {
        switch self {
        case .notASCII: "文本中含有非 ASCII 字节"
        case .textBeforeBegin: "BEGIN 行之前有文字"
        case .damagedBegin: "BEGIN 行已损坏"
        case .noMatchingEnd: "末尾没有对应的 -----END {label}----- 行"
        case .headers: "RFC 1421 头部（Proc-Type、DEK-Info）：旧式加密密钥"
        case .moreThanOneBlock: "多于一个 PEM 块"
        case .invalidBase64: "首尾行之间的文字不是有效的 base64"
        }
    }
}

extension PEMDocument.Problem {
    /// A damaged block, for a reason of the catalog.
    static func malformed(_ key: PEMMessages, _ arguments: [String: String] = [:]) -> Self {
        .malformed(Diagnostic.Message(key, arguments.mapValues { .text($0) }))
    }
}
