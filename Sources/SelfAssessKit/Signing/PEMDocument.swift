/// One PEM block (RFC 7468): a label and the DER bytes between the armour lines.
///
/// Parsing is strict: ASCII only, one block, nothing but blank lines around it, no RFC 1421
/// headers (they mark legacy encrypted keys), and canonical base64. LF or CRLF line ends.
struct PEMDocument: Equatable {
    /// The label, such as `PRIVATE KEY`.
    var label: String
    /// The decoded bytes.
    var der: [UInt8]

    /// Why text is not a PEM block.
    enum Problem: Error, Equatable {
        /// No BEGIN line at all.
        case notPEM
        /// A PEM block that is damaged; the reason is for people (``PEMMessages``).
        case malformed(Diagnostic.Message)
    }

    /// Writes a block with 64-character lines and a final line feed.
    static func encode(label: String, der: [UInt8]) -> String {
        let body = Array(StrictBase64.encode(der))
        var lines = ["-----BEGIN \(label)-----"]
        var start = 0
        while start < body.count {
            lines.append(String(body[start..<min(start + 64, body.count)]))
            start += 64
        }
        lines.append("-----END \(label)-----")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The label of the BEGIN line that opens the text (after blank lines), read without
    /// looking at anything after that line: enough to tell a public key from a private one
    /// before deciding whether the rest may be read.
    ///
    /// - Parameter bytes: The text.
    /// - Returns: The label, such as `PUBLIC KEY`, or nil when the text does not open with a
    ///   BEGIN line.
    static func openingLabel(_ bytes: [UInt8]) -> String? {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = bytes[start..<end]
            let text = String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
            if !text.allSatisfy(\.isWhitespace) {
                guard text.hasPrefix("-----BEGIN "), text.hasSuffix("-----"), text.count > 16
                else { return nil }
                return String(text.dropFirst(11).dropLast(5))
            }
            start = end + 1
        }
        return nil
    }

    /// Parses text holding exactly one PEM block.
    static func parse(_ bytes: [UInt8]) -> Result<PEMDocument, Problem> {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return bytes.contains(UInt8(ascii: "-"))
                && String(decoding: bytes, as: UTF8.self).contains("-----BEGIN ")
                ? .failure(.malformed(.notASCII))
                : .failure(.notPEM)
        }
        // Split bytes, not Characters: "\r\n" is one Character in Swift.
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self) }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        guard let first = lines.first, first.hasPrefix("-----BEGIN ") else {
            return lines.contains(where: { $0.hasPrefix("-----BEGIN ") })
                ? .failure(.malformed(.textBeforeBegin)) : .failure(.notPEM)
        }
        guard first.hasSuffix("-----"), first.count > 16 else {
            return .failure(.malformed(.damagedBegin))
        }
        let label = String(first.dropFirst(11).dropLast(5))
        guard lines.count >= 2, let last = lines.last, last == "-----END \(label)-----" else {
            return .failure(.malformed(.noMatchingEnd, ["label": label]))
        }
        let body = lines[1..<(lines.count - 1)]
        if body.contains(where: { $0.contains(":") }) {
            return .failure(.malformed(.headers))
        }
        if body.contains(where: { $0.hasPrefix("-----") }) {
            return .failure(.malformed(.moreThanOneBlock))
        }
        guard let der = StrictBase64.decode(Array(body.joined().utf8)), !der.isEmpty else {
            return .failure(.malformed(.invalidBase64))
        }
        return .success(PEMDocument(label: label, der: der))
    }
}
