import Foundation
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// A corrected bundle (the same signatory and year, later in the chain) supersedes the earlier
/// accepted one, as `aggregate` decides, whichever arrives first; both rows stay, on both
/// backends.
@Suite("registry supersession")
struct RegistrySupersessionTests {
    @Test(arguments: StoreBackend.allCases, [false, true])
    func theLaterBundleOfASignatoryYearCounts(backend: StoreBackend, laterFirst: Bool) async throws
    {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let pair = sector.plan.bundles.filter { $0.plant == .duplicate }
        let earlier = try #require(pair.first { $0.outcome == "superseded" })
        let later = try #require(pair.first { $0.outcome == "accepted" })
        let other = try sector.bytes(nil)
        let intake = RegistryFixtures.intake(made.store, sector: sector)

        func submit(_ file: String) throws -> RegistryEntry {
            let bytes = Array(try Data(contentsOf: sector.folder.appendingPathComponent(file)))
            return try intake.submit(bytes, name: file).entry
        }
        let unrelated = try intake.submit(other, name: "other.sabundle").entry
        let order = laterFirst ? [later, earlier] : [earlier, later]
        let first = try submit(order[0].file)
        let second = try submit(order[1].file)
        #expect(first.receipt.outcome == .accepted && second.receipt.outcome == .accepted)
        #expect(first.supersededBy == nil)
        let (earlierID, laterID) =
            laterFirst
            ? (second.receipt.entryID, first.receipt.entryID)
            : (first.receipt.entryID, second.receipt.entryID)
        // The entry returned says at once when the bundle just taken is the superseded one.
        #expect(second.supersededBy == (laterFirst ? laterID : nil))

        let entries = try made.reopen().entries()
        #expect(entries.count == 3)
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.receipt.entryID, $0) })
        #expect(byID[earlierID]?.supersededBy == laterID)
        #expect(byID[laterID]?.supersededBy == nil)
        #expect(byID[unrelated.receipt.entryID]?.supersededBy == nil)

        // The same bytes again: the same receipt, no second row, nothing changes.
        let again = try submit(earlier.file)
        #expect(again.receipt == byID[earlierID]?.receipt)
        #expect(try made.store.entries().count == 3)
        #expect(
            try made.store.entry(forBundle: again.receipt.bundleSHA256)?.supersededBy == laterID)
    }
}
