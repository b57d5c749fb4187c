import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// Signed receipts outlive versions: receipts the registry gave out (kept in
/// `Fixtures/receipts/<version>/` with the society key that signed them) verify with today's
/// code and binary, byte for byte.
@Suite("Archived receipts")
struct ReceiptArchiveTests {
    /// An archived receipt: its folder, its file name and its format name.
    struct Archived: Sendable, CustomTestStringConvertible {
        var version: String
        var name: String
        var schema: String
        var testDescription: String { "\(version)/\(name)" }

        var folder: URL {
            TestSupport.packageRoot.appendingPathComponent(
                "Tests/SelfAssessRegistryTests/Fixtures/receipts/\(version)")
        }
    }

    /// v2: made by the registry of 2026-12-03 (intake of a generated sector's accepted bundle).
    static let archived = [
        Archived(
            version: "v2", name: "haidian-social-2025.receipt.json",
            schema: "selfassess.receipt/v2")
    ]

    @Test(arguments: archived)
    func anArchivedReceiptVerifiesWithItsSocietyKey(receipt: Archived) throws {
        let key = try KeyFile.readPublicKey(
            at: receipt.folder.appendingPathComponent("society.pub"))
        let bytes = Array(try Data(contentsOf: receipt.folder.appendingPathComponent(receipt.name)))
        let signature = Array(
            try Data(contentsOf: receipt.folder.appendingPathComponent(receipt.name + ".minisig")))
        let verified = try SignedReceipt.verify(
            bytes, signature: signature, with: key, file: receipt.name)
        #expect(verified.receipt.version == receipt.schema)
        // Read and written again, the receipt is the same bytes: nothing was lost or added.
        #expect(try verified.receipt.canonicalBytes(file: receipt.name) == bytes)
    }

    @Test(arguments: archived)
    func receiptVerifyAcceptsAnArchivedReceipt(receipt: Archived) async throws {
        let result = try await RegistryCLI.run(
            ["receipt", "verify", receipt.name, "--society-key", "society.pub"],
            in: receipt.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(receipt.name): receipt OK, signed by the society key "))
        #expect(
            result.stdout.contains(
                "\n  a \(receipt.schema) receipt carries no proof that it is in the log: "))
    }
}
