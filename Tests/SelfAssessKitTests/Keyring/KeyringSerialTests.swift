import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The keyring's `serial:`: optional (0 without it), a whole number from 1, kept by every edit and
/// written by the writer, and covered by the society's signature like the rest of the file.
@Suite(.tags(.small))
struct KeyringSerialTests {
    typealias F = KeyringFixtures

    static func text(serial: String?) -> String {
        var lines = ["schema: selfassess.keyring/v1"]
        if let serial { lines.append("serial: \(serial)") }
        lines += [
            "signatories:", "  acme:", "    name: ACME", "    keys:",
            "      - key: \(F.raw(F.publicKey(1)))",
            "        fingerprint: \(F.publicKey(1).keyID)", "        valid-from: 2025-01-01",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func load(_ text: String) -> KeyringLoader.Result {
        KeyringLoader.parse(Array(text.utf8), file: "keyring.yaml")
    }

    @Test(arguments: [(String?.none, 0), ("1", 1), ("42", 42), ("2147483647", 2_147_483_647)])
    func aSerialIsReadAndAKeyringWithoutOneIsSerialZero(serial: String?, expected: Int) throws {
        let result = Self.load(Self.text(serial: serial))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(try #require(result.keyring).serial == expected)
    }

    @Test(arguments: ["0", "-3", "seven", "1.5", "2147483648"])
    func aSerialMustBeAPositiveWholeNumber(serial: String) throws {
        let result = Self.load(Self.text(serial: serial))
        #expect(result.keyring == nil)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.location.line == 2)
        #expect(error.path == "serial")
    }

    @Test func editsKeepTheSerialAndTheWriterWritesIt() throws {
        let original = Self.load(Self.text(serial: "7"))
        let added = try KeyringEditor.add(
            Keyring.Key(publicKey: F.publicKey(2), validFrom: F.date("2025-06-01")),
            signatory: "acme", name: nil, to: original, file: "keyring.yaml")
        #expect(added.keyring.serial == 7)
        #expect(String(decoding: added.bytes, as: UTF8.self).contains("\nserial: 7\n"))
        let revoked = try KeyringEditor.revoke(
            F.publicKey(1).keyID,
            revocation: TrustedKey.Revocation(date: F.date("2025-03-01"), reason: "lost"),
            in: Self.load(String(decoding: added.bytes, as: UTF8.self)), file: "keyring.yaml")
        #expect(revoked.keyring.serial == 7)

        let rendered = KeyringWriter.render(try #require(original.keyring))
        #expect(rendered.contains("schema: selfassess.keyring/v1\nserial: 7\n"))
        #expect(Self.load(rendered).keyring == original.keyring)
        let unnumbered = KeyringWriter.render(
            try #require(Self.load(Self.text(serial: nil)).keyring))
        #expect(!unnumbered.contains("serial:"))
        #expect(
            Keyring(signatories: try #require(original.keyring).signatories, serial: 7)
                != Keyring(signatories: try #require(original.keyring).signatories, serial: 8))
    }

    @Test func theSignatureCoversTheSerial() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("keyring.yaml")
        try Data(Self.text(serial: "3").utf8).write(to: file)
        let society = F.signingKey(9)
        _ = try KeyringFile.sign(file, key: society)
        #expect(
            try KeyringFile.loadTrusted(file, societyKey: society.publicKey).keyring.serial == 3)

        try Data(Self.text(serial: "4").utf8).write(to: file)
        #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(file, societyKey: society.publicKey)
        }
    }
}
