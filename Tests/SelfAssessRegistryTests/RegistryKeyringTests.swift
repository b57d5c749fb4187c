import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// The keyring the registry holds: imported only with a higher serial, on both backends, and the
/// serial every submission was checked against, in its row and its (v2) receipt.
@Suite("registry keyring")
struct RegistryKeyringTests {
    /// The sector's keyring with `serial: N` (and an optional society name, to make another
    /// keyring under the same serial), signed by the society, in a folder.
    static func keyring(
        serial: Int, in folder: URL, sector: RegistryFixtures.Sector, society: String? = nil
    ) throws -> URL {
        let source = try String(
            contentsOf: sector.folder.appendingPathComponent("keyring.yaml"), encoding: .utf8)
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let schema = try #require(lines.firstIndex { $0.hasPrefix("schema:") })
        lines.insert("serial: \(serial)", at: schema + 1)
        if let society {
            let name = try #require(lines.firstIndex { $0.hasPrefix("  name:") })
            lines[name] = "  name: \(society)"
        }
        let file = folder.appendingPathComponent("keyring-\(serial)\(society ?? "").yaml")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        _ = try KeyringFile.sign(file, key: sector.societyKey, framework: sector.framework)
        return file
    }

    static func stored(_ file: URL, sector: RegistryFixtures.Sector) throws -> RegistryKeyring {
        let loaded = try KeyringFile.loadTrusted(
            file, societyKey: sector.societyKey.publicKey, framework: sector.framework)
        return try RegistryKeyring(
            verified: loaded, url: file, displayName: file.lastPathComponent,
            importedAt: RegistryFixtures.receivedAt)
    }

    @Test(arguments: StoreBackend.allCases)
    func onlyAHigherSerialIsImported(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let store = made.store
        let two = try Self.stored(
            Self.keyring(serial: 2, in: made.cleanup, sector: sector), sector: sector)
        let one = try Self.stored(
            Self.keyring(serial: 1, in: made.cleanup, sector: sector), sector: sector)
        let otherTwo = try Self.stored(
            Self.keyring(serial: 2, in: made.cleanup, sector: sector, society: "Another"),
            sector: sector)
        let five = try Self.stored(
            Self.keyring(serial: 5, in: made.cleanup, sector: sector), sector: sector)
        #expect(two.serial == 2 && two.signature.count > 0)

        #expect(try store.currentKeyring() == nil)
        #expect(try store.importKeyring(two, file: "k2") == .imported(replacing: nil))
        #expect(try store.currentKeyring() == two)
        #expect(try store.importKeyring(two, file: "k2") == .alreadyCurrent)

        let rollback = #expect(throws: RegistryError.self) {
            try store.importKeyring(one, file: "k1")
        }
        #expect(rollback == .keyringNotNewer(file: "k1", serial: 1, current: 2))
        #expect(rollback?.code == "SR050")
        #expect(rollback?.isInputOutputFailure == false)
        let reused = #expect(throws: RegistryError.self) {
            try store.importKeyring(otherTwo, file: "k2b")
        }
        #expect(reused?.code == "SR050")

        #expect(try store.importKeyring(five, file: "k5") == .imported(replacing: 2))
        let reopened = try made.reopen()
        #expect(try reopened.currentKeyring() == five)
        let current = try RegistryKeyring.current(
            in: reopened, framework: sector.framework, source: "registry")
        #expect(current.keyring.serial == 5)
        #expect(current.keyring.signatories == sector.keyring.signatories)
    }

    @Test(arguments: StoreBackend.allCases)
    func everySubmissionRecordsTheSerialItWasCheckedAgainst(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        var intake = RegistryFixtures.intake(made.store, sector: sector)
        intake.keyringSerial = 4
        let result = try intake.submit(try sector.bytes(nil), name: "a.sabundle")
        let receipt = result.entry.receipt
        #expect(receipt.keyringSerial == 4)
        #expect(receipt.version == "selfassess.receipt/v3")
        let text = String(decoding: result.entry.signed.bytes, as: UTF8.self)
        #expect(text.contains(#""keyring_serial":4,"#))
        #expect(text.contains(#""schema":"selfassess.receipt/v3""#))
        let verified = try SignedReceipt.verify(
            result.entry.signed.bytes, signature: result.entry.signed.signature,
            with: sector.societyKey.publicKey, file: "a.receipt.json")
        #expect(verified.receipt == receipt)
        #expect(try made.reopen().entries() == [result.entry])
    }

    @Test func theRegistryWithoutAKeyringSaysSo() throws {
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let failure = #expect(throws: RegistryError.self) {
            try RegistryKeyring.current(in: store, framework: nil, source: "reg")
        }
        #expect(failure == .noKeyring(source: "reg"))
        #expect(failure?.code == "SR052")
    }

    @Test(arguments: [
        (#""#, "the field `keyring_serial` is missing"),
        (#""keyring_serial":null,"#, "`keyring_serial` must be a whole number of at least 0"),
        (#""keyring_serial":"one","#, "`keyring_serial` must be an integer or null, found string"),
    ])
    func aV2ReceiptNeedsItsSerial(field: String, reason: String) throws {
        let receipt = RegistryReceipt(
            entryID: "e", bundleSHA256: String(repeating: "0f", count: 32), manifestSHA256: nil,
            signatory: "acme", year: 2025, sequence: 1, receivedAt: RegistryFixtures.receivedAt,
            outcome: .accepted, code: nil, reason: nil, onTime: true,
            keyringSHA256: String(repeating: "2d", count: 32), keyringSerial: 3)
        let text = String(decoding: try receipt.canonicalBytes(file: "r"), as: UTF8.self)
        #expect(try RegistryReceipt.parse(Array(text.utf8), file: "r") == receipt)
        let broken = text.replacingOccurrences(of: #""keyring_serial":3,"#, with: field)
        let failure = #expect(throws: RegistryError.self) {
            try RegistryReceipt.parse(Array(broken.utf8), file: "r")
        }
        #expect(failure == .receiptMalformed(file: "r", reason: reason))
    }
}

/// `registry keyring import` and intake with the registry's keyring, through the binary.
@Suite("registry keyring commands", .tags(.large))
struct RegistryKeyringCommandTests {
    @Test func importRefusesARollbackAndIntakeUsesTheRegistrysKeyring() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let society = sector.folder.appendingPathComponent("society.pub").path
        let two = try RegistryKeyringTests.keyring(serial: 2, in: work, sector: sector).path
        let one = try RegistryKeyringTests.keyring(serial: 1, in: work, sector: sector).path
        let bundle = try sector.bundle(nil).path
        let intake = [
            "registry", "intake", bundle, "--data", "reg", "--receipt-key",
            sector.folder.appendingPathComponent("society.key").path, "--receipts", "receipts",
        ]

        #expect(
            try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: work).status == 0)
        let none = try await RegistryCLI.run(intake, in: work)
        #expect(none.status == 1)
        #expect(
            none.stderr.contains("reg: the registry holds no keyring; ")
                && none.stderr.contains("[SR052]"))

        let imported = try await RegistryCLI.run(
            ["registry", "keyring", "import", two, "--society-key", society, "--data", "reg"],
            in: work)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("\(two): imported keyring serial 2 ("))
        let again = try await RegistryCLI.run(
            ["registry", "keyring", "import", two, "--society-key", society, "--data", "reg"],
            in: work)
        #expect(again.status == 0)
        #expect(again.stdout.contains("already the registry's current keyring"))
        let rollback = try await RegistryCLI.run(
            ["registry", "keyring", "import", one, "--society-key", society, "--data", "reg"],
            in: work)
        #expect(rollback.status == 1)
        #expect(
            rollback.stderr.contains(
                "\(one): serial 1 is not higher than the registry's current keyring (serial 2)"))
        #expect(rollback.stderr.contains("[SR050]"))
        let unsigned = work.appendingPathComponent("keyring-2.yaml.minisig")
        try FileManager.default.removeItem(at: unsigned)
        let refused = try await RegistryCLI.run(
            ["registry", "keyring", "import", two, "--society-key", society, "--data", "reg"],
            in: work)
        #expect(refused.status == 1, "an unsigned keyring is never imported")

        let taken = try await RegistryCLI.run(intake + ["--society-key", society], in: work)
        #expect(taken.status == 0, "\(taken.stderr)")
        let name = URL(fileURLWithPath: bundle).deletingPathExtension().lastPathComponent
        let receipt = try String(
            contentsOf: work.appendingPathComponent("receipts/\(name).receipt.json"),
            encoding: .utf8)
        #expect(receipt.contains(#""keyring_serial":2,"#))

        let older = try await RegistryCLI.run(
            intake + ["--keyring", one, "--society-key", society], in: work)
        #expect(older.status == 1)
        #expect(older.stderr.contains("[SR054]"))
    }
}
