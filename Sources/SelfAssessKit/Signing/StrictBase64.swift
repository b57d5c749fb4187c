internal import Foundation

/// Standard base64 (RFC 4648 §4, with padding), decoded strictly: only the canonical encoding of
/// some bytes is accepted, so no whitespace, no missing padding and no stray bits.
enum StrictBase64 {
    /// Encodes bytes with padding and no line breaks.
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// Decodes the canonical encoding of some bytes; nil for anything else.
    static func decode(_ text: some Collection<UInt8>) -> [UInt8]? {
        let ascii = Array(text)
        guard ascii.count % 4 == 0, ascii.allSatisfy({ $0 < 0x80 }) else { return nil }
        let string = String(decoding: ascii, as: UTF8.self)
        guard let data = Data(base64Encoded: string), data.base64EncodedString() == string else {
            return nil
        }
        return Array(data)
    }
}
