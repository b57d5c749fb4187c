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
}

extension PEMDocument.Problem {
    /// A damaged block, for a reason of the catalog.
    static func malformed(_ key: PEMMessages, _ arguments: [String: String] = [:]) -> Self {
        .malformed(Diagnostic.Message(key, arguments.mapValues { .text($0) }))
    }
}
