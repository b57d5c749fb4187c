import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// On time or late: the registry's decision, from its own clock and the policy's deadlines,
/// recorded in the row and stated in the receipt, on both backends.
@Suite("registry deadlines")
struct RegistryDeadlineTests {
    static func time(_ text: String) -> BundleTimestamp {
        BundleTimestamp(text) ?? .earliest
    }

    @Test(arguments: StoreBackend.allCases)
    func theRegistrysClockDecidesOnTimeOrLate(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let year = try #require(sector.plan.bundles.first?.year)
        let accepted = sector.plan.bundles.filter { $0.outcome == "accepted" }.prefix(3)
        try #require(accepted.count == 3)
        let deadlines = Policy.Deadlines(
            overrides: [year: try #require(CalendarDate(year: year + 1, month: 4, day: 30))])
        let cases: [(received: String, deadlines: Policy.Deadlines?, onTime: Bool?)] = [
            ("\(year + 1)-04-30T23:59:59Z", deadlines, true),
            ("\(year + 1)-05-01T00:00:00Z", deadlines, false),
            ("\(year + 1)-05-01T00:00:00Z", nil, nil),
        ]
        for (index, (planned, example)) in zip(accepted, cases).enumerated() {
            var intake = RegistryFixtures.intake(made.store, sector: sector)
            intake.clock = FixedClock(Self.time(example.received))
            intake.deadlines = example.deadlines
            intake.makeEntryID = { "entry-\(index)" }
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(planned.file)))
            let receipt = try intake.submit(bytes, name: planned.file).entry.receipt
            #expect(receipt.outcome == .accepted)
            #expect(receipt.onTime == example.onTime, "\(example.received)")
            #expect(
                receipt.due
                    == (example.deadlines == nil
                        ? nil : CalendarDate(year: year + 1, month: 4, day: 30)))
            #expect(try made.store.entry(forBundle: receipt.bundleSHA256)?.receipt == receipt)
        }
        // The receipts read back from the store, as recorded.
        #expect(try made.reopen().entries().map(\.receipt.onTime) == [true, false, nil])
    }
}
