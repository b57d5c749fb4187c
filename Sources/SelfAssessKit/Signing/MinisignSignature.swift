/// A detached signature in minisign's legacy format (algorithm `Ed`).
///
/// Minisign and OpenBSD signify verify it, and OpenSSL too, one line at a time:
///
/// ```
/// untrusted comment: <text>
/// base64("Ed" ‖ keynum[8] ‖ Ed25519(message)[64])
/// trusted comment: <text>
/// base64(Ed25519(signature[64] ‖ trusted comment bytes)[64])
/// ```
///
/// The file is exactly those four lines, each ended by a line feed, at most ``maxSize`` bytes.
/// The untrusted comment can be changed by anyone; the trusted comment is covered by the global
/// signature on line 4.
public struct MinisignSignature: Sendable, Equatable {
    /// The largest signature file read.
    public static let maxSize = 4096
    /// The longest line 1 (with its line feed) that minisign reads whole (its buffer is 1024).
    public static let maxUntrustedLineLength = 1023

    /// The untrusted comment, without the `untrusted comment: ` prefix.
    public var untrustedComment: String
    /// The signer's key number (8 bytes).
    public var keynum: [UInt8]
    /// The Ed25519 signature over the message (64 bytes).
    public var signature: [UInt8]
    /// The trusted comment, without the `trusted comment: ` prefix.
    public var trustedComment: String
    /// The Ed25519 signature over ``signature`` followed by the trusted comment's bytes (64 bytes).
    public var globalSignature: [UInt8]

    /// The untrusted comment selfassess writes: `selfassess signature key sha256:<hex>`.
    public static func defaultUntrustedComment(for keyID: KeyID) -> String {
        "selfassess signature key \(keyID)"
    }

    /// Signs a message and its trusted comment.
    ///
    /// - Parameters:
    ///   - message: The exact bytes to sign.
    ///   - key: The signing key; its key id gives the key number.
    ///   - trustedComment: One line of UTF-8 without control characters other than tab.
    ///   - untrustedComment: One such line; ``defaultUntrustedComment(for:)`` when nil.
    ///   - file: The signature file's name, for error messages.
    /// - Returns: The signature.
    /// - Throws: ``MinisignError/invalidComment(file:line:reason:)`` for an unusable comment,
    ///   ``MinisignError/signingFailed(file:reason:)`` if the library fails.
    public static func sign(
        _ message: [UInt8], with key: SigningKey, trustedComment: String,
        untrustedComment: String? = nil, file: String
    ) throws(MinisignError) -> MinisignSignature {
        let publicKey = key.publicKey
        let untrusted = untrustedComment ?? defaultUntrustedComment(for: publicKey.keyID)
        if let reason = commentProblem(
            Array(untrusted.utf8), prefixLength: untrustedPrefix.count, line: 1)
        {
            throw .invalidComment(file: file, line: 1, reason: reason)
        }
        if let reason = commentProblem(
            Array(trustedComment.utf8), prefixLength: trustedPrefix.count, line: 3)
        {
            throw .invalidComment(file: file, line: 3, reason: reason)
        }
        let signature: [UInt8]
        let global: [UInt8]
        do {
            signature = try key.signature(for: message)
            global = try key.signature(for: signature + Array(trustedComment.utf8))
        } catch {
            throw .signingFailed(file: file, reason: error.description)
        }
        let result = MinisignSignature(
            untrustedComment: untrusted, keynum: publicKey.keyID.keynum, signature: signature,
            trustedComment: trustedComment, globalSignature: global)
        guard result.encoded.count <= maxSize else {
            throw .invalidComment(
                file: file, line: 3, reason: "the signature file would exceed \(maxSize) bytes")
        }
        return result
    }

    /// The file's bytes: four lines, each ended by a line feed.
    public var encoded: [UInt8] {
        let lines = [
            "untrusted comment: \(untrustedComment)",
            StrictBase64.encode(Self.algorithm + keynum + signature),
            "trusted comment: \(trustedComment)",
            StrictBase64.encode(globalSignature),
        ]
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Parses a signature file strictly; every departure from the format has its own error.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - file: The file name for error messages.
    /// - Returns: The parsed signature (not yet verified).
    /// - Throws: ``MinisignError``, one of its shape cases, checked in declaration order.
    public static func parse(
        _ bytes: [UInt8], file: String
    ) throws(MinisignError) -> MinisignSignature {
        guard bytes.count <= maxSize else {
            throw .tooLarge(file: file, size: bytes.count, limit: maxSize)
        }
        guard !bytes.contains(0x0D) else { throw .carriageReturn(file: file) }
        guard bytes.last == 0x0A else { throw .missingFinalNewline(file: file) }
        let lines = bytes.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false).map {
            Array($0)
        }
        guard lines.count == 4 else { throw .lineCount(file: file, found: lines.count) }

        guard lines[0].starts(with: untrustedPrefix) else {
            throw .untrustedCommentPrefix(file: file)
        }
        if let reason = commentProblem(
            lines[0].dropFirst(untrustedPrefix.count), prefixLength: untrustedPrefix.count, line: 1)
        {
            throw .invalidComment(file: file, line: 1, reason: reason)
        }
        guard let blob = StrictBase64.decode(lines[1]) else {
            throw .invalidBase64(file: file, line: 2)
        }
        guard blob.count == 74 else { throw .signatureLength(file: file, found: blob.count) }
        guard Array(blob.prefix(2)) == algorithm else {
            throw .unsupportedAlgorithm(file: file, algorithm: printable(blob.prefix(2)))
        }
        guard lines[2].starts(with: trustedPrefix) else { throw .trustedCommentPrefix(file: file) }
        let trusted = Array(lines[2].dropFirst(trustedPrefix.count))
        if let reason = commentProblem(trusted, prefixLength: trustedPrefix.count, line: 3) {
            throw .invalidComment(file: file, line: 3, reason: reason)
        }
        guard let global = StrictBase64.decode(lines[3]) else {
            throw .invalidBase64(file: file, line: 4)
        }
        guard global.count == 64 else {
            throw .globalSignatureLength(file: file, found: global.count)
        }
        return MinisignSignature(
            untrustedComment: String(
                decoding: lines[0].dropFirst(untrustedPrefix.count), as: UTF8.self),
            keynum: Array(blob[2..<10]), signature: Array(blob[10...]),
            trustedComment: String(decoding: trusted, as: UTF8.self), globalSignature: global)
    }

    /// Verifies both signatures with a key, as `minisign -V` does: the key number, then the R of
    /// both signatures (``checkR(file:)``), then the signature over the message, then the global
    /// signature over the trusted comment.
    ///
    /// - Parameters:
    ///   - message: The exact bytes that were signed.
    ///   - key: The key to trust; never one taken from the signed material.
    ///   - file: The signature file's name, for error messages.
    /// - Throws: ``MinisignError/keyMismatch(file:signatureKeynum:keyKeynum:)``,
    ///   ``MinisignError/weakSignature(file:line:weakness:)``,
    ///   ``MinisignError/invalidSignature(file:)`` or ``MinisignError/invalidTrustedComment(file:)``.
    public func verify(_ message: [UInt8], with key: PublicKey, file: String) throws(MinisignError)
    {
        let expected = key.keyID.keynum
        guard keynum == expected else {
            throw .keyMismatch(
                file: file, signatureKeynum: keynum.hexString, keyKeynum: expected.hexString)
        }
        try checkR(file: file)
        guard key.isValidSignature(signature, for: message) else {
            throw .invalidSignature(file: file)
        }
        guard key.isValidSignature(globalSignature, for: signature + Array(trustedComment.utf8))
        else {
            throw .invalidTrustedComment(file: file)
        }
    }

    /// Refuses a signature whose R, the first 32 bytes of the signature (line 2) or of the global
    /// signature (line 4), is a point of small order or not canonically encoded, as libsodium
    /// does: a key holder never makes one, and R of small order with S = 0 is how a signature is
    /// forged for a key of small order. (S < L is checked with the signature itself.)
    ///
    /// - Parameter file: The signature file's name, for error messages.
    /// - Throws: ``MinisignError/weakSignature(file:line:weakness:)``.
    public func checkR(file: String) throws(MinisignError) {
        for (line, bytes) in [(2, signature), (4, globalSignature)] {
            if let weakness = Ed25519Point.weakness(of: bytes.prefix(32)) {
                throw .weakSignature(file: file, line: line, weakness: weakness)
            }
        }
    }

    static let algorithm: [UInt8] = Array("Ed".utf8)
    static let untrustedPrefix: [UInt8] = Array("untrusted comment: ".utf8)
    static let trustedPrefix: [UInt8] = Array("trusted comment: ".utf8)

    /// Why a comment cannot stand on its line, or nil: it must be UTF-8 without control
    /// characters other than tab, and line 1 must fit minisign's buffer.
    private static func commentProblem(
        _ text: some Collection<UInt8>, prefixLength: Int, line: Int
    ) -> String? {
        guard String(validating: text, as: UTF8.self) != nil else {
            return "the comment is not valid UTF-8"
        }
        if text.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) {
            return "the comment holds a control character"
        }
        if line == 1, prefixLength + text.count + 1 > maxUntrustedLineLength {
            return "the untrusted comment line is longer than \(maxUntrustedLineLength) bytes"
        }
        return nil
    }

    private static func printable(_ bytes: some Collection<UInt8>) -> String {
        bytes.allSatisfy({ (0x20..<0x7F).contains($0) })
            ? String(decoding: bytes, as: UTF8.self) : "0x" + bytes.hexString
    }
}
