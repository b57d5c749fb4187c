import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

@Suite("Signed receipts")
struct SignedReceiptTests {
    static let society = SigningKey(seed: Array(repeating: 0x5A, count: 32))
    static let other = SigningKey(seed: Array(repeating: 0x11, count: 32))

    static let refused = RegistryReceipt(
        entryID: "entry-7", bundleSHA256: String(repeating: "0f", count: 32),
        manifestSHA256: String(repeating: "1e", count: 32), signatory: "acme", year: 2025,
        sequence: 2, receivedAt: BundleTimestamp("2026-03-15T09:30:00Z") ?? .earliest,
        outcome: .refused, code: "SB504", reason: "acme-2025.sabundle: a file was changed",
        onTime: nil, keyringSHA256: String(repeating: "2d", count: 32))

    @Test func theReceiptIsCanonicalJSONWithEveryField() throws {
        let bytes = try Self.refused.canonicalBytes(file: "r")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(
            text
                == #"{"bundle_sha256":"\#(String(repeating: "0f", count: 32))","code":"SB504","#
                + #""entry_id":"entry-7","keyring_sha256":"\#(String(repeating: "2d", count: 32))","#
                + #""manifest_sha256":"\#(String(repeating: "1e", count: 32))","on_time":null,"#
                + #""outcome":"refused","reason":"acme-2025.sabundle: a file was changed","#
                + #""received_at":"2026-03-15T09:30:00Z","schema":"selfassess.receipt/v1","#
                + #""sequence":2,"signatory":"acme","year":2025}"#)
        #expect(try RegistryReceipt.parse(bytes, file: "r") == Self.refused)
    }

    @Test func signsAndVerifiesWithTheSocietyKey() throws {
        let society = try #require(Self.society)
        let signed = try SignedReceipt.sign(Self.refused, with: society)
        let verified = try SignedReceipt.verify(
            signed.bytes, signature: signed.signature, with: society.publicKey, file: "r.json")
        #expect(verified == signed)
        let comment = String(decoding: signed.signature, as: UTF8.self)
        #expect(
            comment.contains("trusted comment: selfassess.receipt/v1 outcome=refused code=SB504 "))
    }

    @Test func refusesATamperedReceipt() throws {
        let society = try #require(Self.society)
        let signed = try SignedReceipt.sign(Self.refused, with: society)
        var accepted = Self.refused
        accepted.outcome = .accepted
        accepted.code = nil
        accepted.reason = nil
        let forged = try accepted.canonicalBytes(file: "r.json")
        let error = #expect(throws: RegistryError.self) {
            try SignedReceipt.verify(
                forged, signature: signed.signature, with: society.publicKey, file: "r.json")
        }
        #expect(error?.code == "SR032")
        #expect(error?.description.hasPrefix("r.json: ") == true)
    }

    @Test func refusesAReceiptSignedByAnotherKey() throws {
        let society = try #require(Self.society)
        let other = try #require(Self.other)
        let signed = try SignedReceipt.sign(Self.refused, with: other)
        let error = #expect(throws: RegistryError.self) {
            try SignedReceipt.verify(
                signed.bytes, signature: signed.signature, with: society.publicKey, file: "r.json")
        }
        #expect(error?.code == "SR032")
    }

    @Test func refusesASignatureWhoseTrustedCommentIsForAnotherDocument() throws {
        let society = try #require(Self.society)
        let bytes = try Self.refused.canonicalBytes(file: "r.json")
        let signature = try MinisignSignature.sign(
            bytes, with: society, trustedComment: "selfassess.keyring/v1 sha256=00", file: "r.json")
        let error = #expect(throws: RegistryError.self) {
            try SignedReceipt.verify(
                bytes, signature: signature.encoded, with: society.publicKey, file: "r.json")
        }
        #expect(error?.code == "SR033")
    }

    @Test(
        arguments: [
            #"{"schema":"selfassess.receipt/v1"}"#,
            #"{ "schema": "selfassess.receipt/v1" }"#,
            "[]",
        ])
    func refusesWhatIsNotAReceipt(text: String) throws {
        let error = #expect(throws: RegistryError.self) {
            try RegistryReceipt.parse(Array(text.utf8), file: "r.json")
        }
        #expect(error?.code == "SR031")
    }

    @Test(.needs(.minisign))
    func minisignVerifiesTheReceipt() throws {
        let society = try #require(Self.society)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let signed = try SignedReceipt.sign(Self.refused, with: society)
        try Data(signed.bytes).write(to: folder.appendingPathComponent("r.receipt.json"))
        try Data(signed.signature).write(
            to: folder.appendingPathComponent("r.receipt.json.minisig"))
        try Data(society.publicKey.minisignRepresentation.utf8).write(
            to: folder.appendingPathComponent("society.pub"))
        let tool = try #require(ExternalTool.minisign)

        let good = try ExternalTool.run(
            tool, ["-Vm", "r.receipt.json", "-p", "society.pub"], in: folder)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("Trusted comment: selfassess.receipt/v1 outcome=refused"))

        var tampered = signed.bytes
        tampered[tampered.count - 2] ^= 0x01
        try Data(tampered).write(to: folder.appendingPathComponent("r.receipt.json"))
        let bad = try ExternalTool.run(
            tool, ["-Vm", "r.receipt.json", "-p", "society.pub"], in: folder)
        #expect(bad.status != 0)
    }
}
