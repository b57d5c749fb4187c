import Foundation
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

@Suite("Registry intake")
struct RegistryIntakeTests {
    @Test func acceptsAVerifiedBundleAndStoresItsBodyAndRow() async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes = try sector.bytes(nil)
        let verified = try BundleVerifier(
            trustedKeys: sector.keyring, framework: sector.framework,
            today: RegistryFixtures.receivedAt.date
        ).verify(try sector.bundle(nil))

        let result = try RegistryFixtures.intake(store, sector: sector).submit(
            bytes, name: "submitted.sabundle")
        let receipt = result.entry.receipt
        #expect(result.isNew)
        #expect(result.entry.bodyStored)
        #expect(receipt.outcome == .accepted)
        #expect(receipt.code == nil && receipt.reason == nil)
        #expect(receipt.entryID == "entry-1")
        #expect(receipt.bundleSHA256 == BundleManifest.sha256(bytes))
        #expect(receipt.manifestSHA256 == verified.manifestSHA256)
        #expect(receipt.signatory == verified.manifest.signatory.id)
        #expect(receipt.year == verified.manifest.year)
        #expect(receipt.sequence == verified.manifest.sequence)
        #expect(receipt.receivedAt == RegistryFixtures.receivedAt)
        // Received 15 March, due 31 March of the year after the reporting year by default.
        #expect(receipt.onTime == true)
        #expect(receipt.due == CalendarDate(year: verified.manifest.year + 1, month: 3, day: 31))
        #expect(receipt.keyringSHA256 == sector.keyringSHA256)
        #expect(try store.bundle(sha256: receipt.bundleSHA256) == bytes)
        #expect(try store.entries() == [result.entry])
    }

    @Test(
        "refuses a bundle that fails a check, with the code, and keeps it",
        arguments: [
            (SamplePlant.tampered, "SB504", true),
            (.badSignature, "SB221", false),
            (.revokedKey, "SB405", true),
            (.inflatedScores, "SB605", true),
        ])
    func refusesWithTheCode(plant: SamplePlant, code: String, signatoryKnown: Bool) async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes = try sector.bytes(plant)

        let result = try RegistryFixtures.intake(store, sector: sector).submit(
            bytes, name: "planted.sabundle")
        let receipt = result.entry.receipt
        #expect(receipt.outcome == .refused)
        #expect(receipt.code == code)
        #expect(receipt.reason?.hasPrefix("planted.sabundle") == true)
        #expect(result.entry.bodyStored)
        #expect(try store.bundle(sha256: receipt.bundleSHA256) == bytes)
        #expect(try store.submissionCount() == 1)
        // The manifest's claims are recorded only once its signature verified.
        #expect((receipt.signatory != nil) == signatoryKnown)
        #expect((receipt.year != nil) == signatoryKnown)
        #expect((receipt.manifestSHA256 != nil) == signatoryKnown)
    }

    @Test func refusesAnUnregisteredSignerWithoutStoringTheBody() async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, folder, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes = try sector.bytes(.unknownKey)

        let result = try RegistryFixtures.intake(store, sector: sector).submit(
            bytes, name: "stranger.sabundle")
        #expect(result.entry.receipt.outcome == .refused)
        #expect(result.entry.receipt.code == "SB220")
        #expect(result.entry.receipt.signatory == nil)
        #expect(!result.entry.bodyStored)
        #expect(try store.bundle(sha256: result.entry.receipt.bundleSHA256) == nil)
        #expect(!RegistryFixtures.files(under: folder).contains { $0.hasPrefix("bundles/") })
        #expect(try store.submissionCount() == 1)
    }

    @Test(
        "refuses input that is not a bundle before storing anything",
        arguments: ["truncated", "text", "zip without a manifest"])
    func refusesWhatIsNotABundle(kind: String) async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, folder, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes: [UInt8]
        let code: String
        switch kind {
        case "truncated":
            bytes = try sector.bytes(.truncated)
            code = "SB101"
        case "text":
            bytes = Array("hello, registry\n".utf8)
            code = "SB101"
        default:
            bytes = try RegistryFixtures.zip(["readme.txt": Array("hello".utf8)])
            code = "SB200"
        }

        let error = #expect(throws: RegistryError.self) {
            try RegistryFixtures.intake(store, sector: sector).submit(bytes, name: "input.bin")
        }
        #expect(error?.code == "SR001")
        guard case .notABundle(let file, let underlying, _) = error else {
            Issue.record("expected notABundle, got \(String(describing: error))")
            return
        }
        #expect(file == "input.bin")
        #expect(underlying == code)
        #expect(error?.isInputOutputFailure == false)
        #expect(try store.submissionCount() == 0)
        #expect(!RegistryFixtures.files(under: folder).contains { $0.hasPrefix("bundles/") })
    }

    @Test func refusesABundleOverTheSizeLimit() async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes = try sector.bytes(nil)
        let error = #expect(throws: RegistryError.self) {
            try RegistryFixtures.intake(store, sector: sector, maxBundleSize: 1024).submit(
                bytes, name: "big.sabundle")
        }
        #expect(error == .tooLarge(file: "big.sabundle", size: bytes.count, limit: 1024))
        #expect(error?.code == "SR002")
        #expect(try store.submissionCount() == 0)
    }

    @Test(arguments: [SamplePlant?.none, .tampered, .unknownKey])
    func theSameBundleAgainGetsTheSameReceiptAndNoSecondRow(plant: SamplePlant?) async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes = try sector.bytes(plant)
        let intake = RegistryFixtures.intake(store, sector: sector)

        let first = try intake.submit(bytes, name: "first.sabundle")
        var later = intake
        later.clock = FixedClock(BundleTimestamp("2026-04-01T00:00:00Z") ?? .latest)
        let second = try later.submit(bytes, name: "renamed.sabundle")
        #expect(first.isNew)
        #expect(!second.isNew)
        #expect(second.entry == first.entry)
        #expect(second.entry.signed.bytes == first.entry.signed.bytes)
        #expect(second.entry.signed.signature == first.entry.signed.signature)
        #expect(try store.submissionCount() == 1)
    }

    @Test func concurrentSubmissionsOfOneBundleRecordOneEntry() async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes = try sector.bytes(nil)
        let intake = RegistryFixtures.intake(store, sector: sector)
        let results = try await withThrowingTaskGroup(of: RegistryIntake.Result.self) { group in
            for index in 0..<4 {
                group.addTask { try intake.submit(bytes, name: "copy-\(index).sabundle") }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results.map(\.entry.receipt.entryID)).count == 1)
        #expect(results.filter(\.isNew).count == 1)
        #expect(try store.submissionCount() == 1)
    }
}
