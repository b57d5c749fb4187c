import Foundation
public import SelfAssessRegistry

/// How a receipt travels over HTTP: the body is the receipt file itself (`NAME.receipt.json`,
/// canonical JSON, byte for byte as signed) and the `Receipt-Signature` header holds its minisign
/// signature file (`NAME.receipt.json.minisig`), base64-encoded, so that `curl -o` gives the
/// receipt and the header the signature, and nothing is re-encoded on the way.
public enum ReceiptAnswer {
    /// The header that carries the signature file, base64.
    public static let signatureHeader = "Receipt-Signature"
    /// The header that carries the receipt's outcome code (SB…) or the problem's code (SR…),
    /// for logs and scripts.
    public static let codeHeader = "Selfassess-Code"
    /// The body's media type.
    public static let mediaType = "application/json"

    /// The header value for a signature file.
    public static func encode(signature: [UInt8]) -> String {
        Data(signature).base64EncodedString()
    }

    /// The signature file from its header value; nil when it is not base64.
    public static func decode(signature: String) -> [UInt8]? {
        Data(base64Encoded: signature).map { Array($0) }
    }

    /// The path a receipt is fetched from: `/v1/receipts/{sha256}`.
    public static func path(forBundle sha256: String) -> String {
        "/v1/receipts/\(sha256)"
    }

    /// Whether a text is a bundle SHA-256: 64 lower-case hexadecimal digits.
    public static func isSHA256(_ text: some StringProtocol) -> Bool {
        text.utf8.count == 64
            && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The code a receipt is logged with: its refusal code, or `accepted`.
    static func code(of receipt: RegistryReceipt) -> String {
        receipt.code ?? receipt.outcome.rawValue
    }
}
