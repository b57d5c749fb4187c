extension PublicKey {
    /// The signature algorithm tag of minisign's legacy (non-prehashed) Ed25519: `Ed`.
    static let minisignAlgorithm: [UInt8] = Array("Ed".utf8)

    /// The two-line minisign/signify public key, with a final newline:
    /// `untrusted comment: …` and base64 of `Ed` ‖ keynum (8 bytes) ‖ key (32 bytes).
    ///
    /// The key number is the first 8 bytes of the ``keyID``, so the same number appears in the
    /// key and in every signature selfassess makes with it.
    public var minisignRepresentation: String {
        let blob = Self.minisignAlgorithm + keyID.keynum + rawRepresentation
        return "untrusted comment: selfassess public key \(keyID)\n\(StrictBase64.encode(blob))\n"
    }

    /// Reads a minisign/signify public key: an `untrusted comment:` line and the base64 key line,
    /// LF or CRLF, with or without a final line end.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - file: The file name for error messages.
    /// - Returns: The key.
    /// - Throws: ``KeyError`` when the text is not a minisign `Ed` public key, when the key is
    ///   weak (``KeyError/weakKey(file:weakness:)``), or when its key number is not the one
    ///   selfassess derives from the key.
    public static func parseMinisign(_ bytes: [UInt8], file: String) throws(KeyError) -> PublicKey {
        // Split bytes, not Characters: "\r\n" is one Character in Swift.
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self) }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard lines.count == 2, lines[0].hasPrefix("untrusted comment: ") else {
            throw .invalidKey(
                file: file,
                reason: KeyReasonMessages.minisignLines.text())
        }
        guard let blob = StrictBase64.decode(Array(lines[1].utf8)), blob.count == 42 else {
            throw .invalidKey(file: file, reason: KeyReasonMessages.minisignBase64.text())
        }
        guard Array(blob.prefix(2)) == minisignAlgorithm else {
            throw .unsupportedKeyFormat(
                file: file, format: KeyReasonMessages.minisignAlgorithm.text())
        }
        let key = try PublicKey.parse(raw: Array(blob.suffix(32)), file: file)
        guard Array(blob[2..<10]) == key.keyID.keynum else { throw .keynumMismatch(file: file) }
        return key
    }
}
