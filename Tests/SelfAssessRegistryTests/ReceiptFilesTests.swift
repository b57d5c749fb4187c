import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// Where `registry intake` and `submit` write a bundle's receipt: one rule for both.
@Suite(.tags(.small))
struct ReceiptFilesTests {
    @Test(
        arguments: [
            ("acme-2025.sabundle", nil, "acme-2025.receipt.json"),
            ("out/acme-2025.sabundle", nil, "out/acme-2025.receipt.json"),
            ("/srv/in/acme.bin", nil, "/srv/in/acme.bin.receipt.json"),
            ("out/acme-2025.sabundle", "receipts", "receipts/acme-2025.receipt.json"),
            ("out/acme-2025.sabundle", "receipts/", "receipts/acme-2025.receipt.json"),
        ] as [(String, String?, String)])
    func theReceiptGoesBesideTheBundleOrInTheFolderGiven(
        bundle: String, folder: String?, receipt: String
    ) {
        let files = SignedReceipt.files(forBundle: bundle, in: folder)
        #expect(files.receipt == receipt)
        #expect(files.signature == receipt + ".minisig")
    }
}
