import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct MinisignSignatureTests {
    static let message = Array(#"{"schema":"selfassess.bundle/v1"}"#.utf8)
    static let key = RFC8032.key
    static let trusted = "selfassess.bundle/v1 signatory=acme year=2025 seq=1 manifest-sha256=00ff"

    static func signed() throws -> MinisignSignature {
        try MinisignSignature.sign(message, with: key, trustedComment: trusted, file: "m.minisig")
    }

    static func lines() throws -> [String] {
        String(decoding: try signed().encoded, as: UTF8.self).split(separator: "\n").map(
            String.init)
    }

    static func joined(_ lines: [String]) -> [UInt8] {
        Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Line 2 re-encoded with its decoded bytes changed.
    static func withBlob(_ change: (inout [UInt8]) -> Void) throws -> [UInt8] {
        var lines = try lines()
        var blob = try #require(StrictBase64.decode(Array(lines[1].utf8)))
        change(&blob)
        lines[1] = Data(blob).base64EncodedString()
        return joined(lines)
    }

    @Test func signsParsesAndVerifies() throws {
        let signature = try Self.signed()
        let bytes = signature.encoded
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5 && lines[4].isEmpty)
        #expect(lines[0] == "untrusted comment: selfassess signature key \(RFC8032.keyID)")
        #expect(lines[1].count == 100 && lines[3].count == 88)
        #expect(lines[2] == "trusted comment: \(Self.trusted)")
        let parsed = try MinisignSignature.parse(bytes, file: "m.minisig")
        #expect(parsed == signature)
        #expect(parsed.keynum == Self.key.publicKey.keyID.keynum)
        try parsed.verify(Self.message, with: Self.key.publicKey, file: "m.minisig")
        #if os(Linux)
            #expect(try Self.signed().encoded == bytes)
        #endif
    }

    @Test func tabsAndUnicodeInCommentsAreKept() throws {
        let signature = try MinisignSignature.sign(
            Self.message, with: Self.key, trustedComment: "timestamp:1\tfile:报告.json",
            untrustedComment: "北京 key",
            file: "m")
        let parsed = try MinisignSignature.parse(signature.encoded, file: "m")
        #expect(parsed.trustedComment == "timestamp:1\tfile:报告.json")
        try parsed.verify(Self.message, with: Self.key.publicKey, file: "m")
    }

    @Test(arguments: ["line\nbreak", "carriage\rreturn", "nul\u{0}", "bell\u{7}", "del\u{7F}"])
    func signingRefusesUnsafeComments(_ comment: String) {
        #expect(
            throws: MinisignError.invalidComment(
                file: "m", line: 3, reason: "the comment holds a control character")
        ) {
            try MinisignSignature.sign(
                Self.message, with: Self.key, trustedComment: comment, file: "m")
        }
    }

    @Test func signingRefusesAnUntrustedCommentMinisignWouldSplit() throws {
        // "untrusted comment: " (19) + 1004 + LF = 1024 bytes: more than minisign's fgets reads.
        let long = String(repeating: "x", count: 1004)
        #expect(
            throws: MinisignError.invalidComment(
                file: "m", line: 1, reason: "the untrusted comment line is longer than 1023 bytes")
        ) {
            try MinisignSignature.sign(
                Self.message, with: Self.key, trustedComment: "t", untrustedComment: long, file: "m"
            )
        }
        let longest = try MinisignSignature.sign(
            Self.message, with: Self.key, trustedComment: "t",
            untrustedComment: String(long.dropLast()), file: "m")
        #expect(try MinisignSignature.parse(longest.encoded, file: "m") == longest)
    }

    /// Each malformed file with the error its first broken rule gives.
    static func malformed() throws -> [(String, [UInt8], MinisignError)] {
        let good = try signed().encoded
        let lines = try lines()
        let oversized = joined([
            lines[0], lines[1], "trusted comment: " + String(repeating: "x", count: 4000), lines[3],
        ])
        return [
            ("truncated mid-line", Array(good.prefix(150)), .missingFinalNewline(file: "m")),
            ("truncated to nothing", [], .missingFinalNewline(file: "m")),
            ("missing line 4", joined(Array(lines.prefix(3))), .lineCount(file: "m", found: 3)),
            ("extra line", joined(lines + ["extra"]), .lineCount(file: "m", found: 5)),
            ("extra empty line", good + [0x0A], .lineCount(file: "m", found: 5)),
            (
                "CRLF line ends",
                Array(
                    String(decoding: good, as: UTF8.self).replacingOccurrences(
                        of: "\n", with: "\r\n"
                    ).utf8), .carriageReturn(file: "m")
            ),
            ("over 4 KiB", oversized, .tooLarge(file: "m", size: oversized.count, limit: 4096)),
            (
                "bad base64 on line 2",
                joined([lines[0], "!" + lines[1].dropFirst(), lines[2], lines[3]]),
                .invalidBase64(file: "m", line: 2)
            ),
            (
                "base64 without padding",
                joined([lines[0], String(lines[1].dropLast(1)), lines[2], lines[3]]),
                .invalidBase64(file: "m", line: 2)
            ),
            (
                "bad base64 on line 4",
                joined([lines[0], lines[1], lines[2], "*" + lines[3].dropFirst()]),
                .invalidBase64(file: "m", line: 4)
            ),
            (
                "decoded length 73", try withBlob { $0.removeLast() },
                .signatureLength(file: "m", found: 73)
            ),
            (
                "decoded length 75", try withBlob { $0.append(0) },
                .signatureLength(file: "m", found: 75)
            ),
            (
                "algorithm ED (prehashed)", try withBlob { $0[1] = UInt8(ascii: "D") },
                .unsupportedAlgorithm(file: "m", algorithm: "ED")
            ),
            (
                "algorithm bytes", try withBlob { $0[0] = 0 },
                .unsupportedAlgorithm(file: "m", algorithm: "0x0064")
            ),
            (
                "global signature of 63 bytes",
                joined([
                    lines[0], lines[1], lines[2],
                    Data([UInt8](repeating: 1, count: 63)).base64EncodedString(),
                ]), .globalSignatureLength(file: "m", found: 63)
            ),
            (
                "no untrusted prefix", joined(["untrusted: x"] + lines.dropFirst()),
                .untrustedCommentPrefix(file: "m")
            ),
            (
                "no trusted prefix",
                joined([lines[0], lines[1], "trusted:" + lines[2].dropFirst(16), lines[3]]),
                .trustedCommentPrefix(file: "m")
            ),
            (
                "control character",
                joined([lines[0], lines[1], lines[2] + "\u{1B}[2J", lines[3]]),
                .invalidComment(file: "m", line: 3, reason: "the comment holds a control character")
            ),
            (
                "invalid UTF-8",
                Array(lines[0].utf8) + [0xFF, 0x0A]
                    + Array(lines.dropFirst().joined(separator: "\n").utf8) + [0x0A],
                .invalidComment(file: "m", line: 1, reason: "the comment is not valid UTF-8")
            ),
        ]
    }

    @Test(arguments: try malformed())
    func refusesMalformedFiles(_ name: String, _ bytes: [UInt8], _ expected: MinisignError) {
        let error = #expect(throws: MinisignError.self, "\(name)") {
            try MinisignSignature.parse(bytes, file: "m")
        }
        #expect(error == expected, "\(name)")
        #expect(error?.description.hasPrefix("m: ") == true)
    }

    @Test func truncatedAtEveryLengthFailsCleanly() throws {
        let good = try Self.signed().encoded
        for length in 0..<good.count {
            #expect(throws: MinisignError.self) {
                try MinisignSignature.parse(Array(good.prefix(length)), file: "m")
            }
        }
    }

    @Test func changedKeynumNamesBothKeys() throws {
        let bytes = try Self.withBlob { $0[2] ^= 0xFF }
        let parsed = try MinisignSignature.parse(bytes, file: "m")
        let keynum = Self.key.publicKey.keyID.keynum
        var changed = keynum
        changed[0] ^= 0xFF
        #expect(
            throws: MinisignError.keyMismatch(
                file: "m", signatureKeynum: changed.hexString, keyKeynum: keynum.hexString)
        ) {
            try parsed.verify(Self.message, with: Self.key.publicKey, file: "m")
        }
    }

    @Test func editedTrustedCommentFailsTheGlobalSignature() throws {
        var lines = try Self.lines()
        lines[2] = lines[2].replacingOccurrences(of: "year=2025", with: "year=2026")
        let parsed = try MinisignSignature.parse(Self.joined(lines), file: "m")
        #expect(throws: MinisignError.invalidTrustedComment(file: "m")) {
            try parsed.verify(Self.message, with: Self.key.publicKey, file: "m")
        }
    }

    @Test func editedUntrustedCommentStillVerifies() throws {
        var lines = try Self.lines()
        lines[0] = "untrusted comment: anything at all"
        try MinisignSignature.parse(Self.joined(lines), file: "m").verify(
            Self.message, with: Self.key.publicKey, file: "m")
    }

    @Test func changedMessageOrSignatureFails() throws {
        let parsed = try Self.signed()
        #expect(throws: MinisignError.invalidSignature(file: "m")) {
            try parsed.verify(Self.message + [0x20], with: Self.key.publicKey, file: "m")
        }
        var flipped = parsed
        flipped.signature[10] ^= 1
        #expect(throws: MinisignError.invalidSignature(file: "m")) {
            try flipped.verify(Self.message, with: Self.key.publicKey, file: "m")
        }
    }

    @Test func anotherKeyWithTheSameKeynumFails() throws {
        let other = SigningKey.generate().publicKey
        var signature = try Self.signed()
        signature.keynum = other.keyID.keynum
        #expect(throws: MinisignError.invalidSignature(file: "m")) {
            try signature.verify(Self.message, with: other, file: "m")
        }
    }

    @Test func errorCodesAreDistinct() throws {
        let codes = try Self.malformed().map(\.2.code)
        #expect(Set(codes).count == 11)
    }
}
