import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

#if canImport(Glibc)
    import Glibc
#endif

/// What `aggregate` makes of its inputs (issue 9, finding 5): bundles under any name or folder
/// are read, every other file is listed with its reason, only the years covered are held, an
/// identical copy is a duplicate, and the keyring's category is the one used.
@Suite(.tags(.medium))
struct AggregateInputsTests {
    /// acme (registered as `social`, as its assessments declare), huabei-news (`news`), and quiet,
    /// registered since 2024, which never sends anything.
    static func keyring(acmeCategory: String = "social") -> Keyring {
        BundleFixtures.keyring(
            acmeCategory: acmeCategory,
            adding: [
                Keyring.Signatory(
                    id: "quiet", name: "静默公司", category: "tools",
                    keys: [
                        Keyring.Key(
                            publicKey: BundleFixtures.other.publicKey, validFrom: .startOfYear(2024)
                        )
                    ])
            ])
    }

    static func copy(_ url: URL, to target: URL) throws {
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: url, to: target)
    }

    /// The 2025 bundles, and last year's acme bundle among them (a stray replay): 2024 is not held.
    ///
    /// It was: 2024 showed "accepted 1, missing 2", and quiet was blacklisted for no acceptable
    /// self-assessment two years running.
    @Test func aStrayBundleOfAnotherYearDoesNotHoldItsYear() async throws {
        let chain = try BundleFixtures.chain.get()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.copy(chain.acme2025, to: folder.appendingPathComponent("2025/acme-2025.sabundle"))
        try Self.copy(
            chain.huabei2025, to: folder.appendingPathComponent("2025/huabei-news-2025.sabundle"))
        try Self.copy(chain.acme2024, to: folder.appendingPathComponent("2025/acme-2024.sabundle"))
        let aggregator = try SectorFixtures.aggregator(Self.keyring())
        let aggregate = try await aggregator.aggregate(
            InputDiscovery.find([folder.appendingPathComponent("2025").path]))
        #expect(aggregate.year == 2025)
        #expect(aggregate.years == [2025])
        #expect(aggregate.history.map(\.year) == [2025])
        let rules = Set(aggregate.recommendations.flatMap { $0.findings.map(\.ruleID) })
        #expect(!rules.contains("no-valid-submission-repeated"), "\(rules)")
        #expect(aggregate.statistics.participation.accepted == 2)
        #expect(aggregate.rejections.isEmpty)
    }

    /// The bundle out of range is listed, and the summary and sector.json say which years are
    /// covered and held, and why; with --since the earlier year is held.
    @Test func theYearsCoveredAreExplicit() async throws {
        let chain = try BundleFixtures.chain.get()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stray = folder.appendingPathComponent("2025/acme-2024.sabundle")
        try Self.copy(chain.acme2025, to: folder.appendingPathComponent("2025/acme-2025.sabundle"))
        try Self.copy(chain.acme2024, to: stray)
        let aggregator = try SectorFixtures.aggregator(Self.keyring())
        let found = InputDiscovery.find([folder.appendingPathComponent("2025").path])
        let aggregate = try await aggregator.aggregate(found)
        #expect(aggregate.skipped.map(\.reason) == [.outOfRange])
        #expect(aggregate.skipped.first?.file == stray.path)
        #expect(
            aggregate.skipped.first?.message
                == "\(stray.path): a valid bundle of acme for 2024, outside the years covered "
                + "(2025); not used (give --since 2024 to cover it)")
        #expect(aggregate.counts.outOfRange == 1 && aggregate.counts.accepted == 1)
        #expect(
            aggregate.coverage
                == SectorAggregate.Coverage(
                    since: 2025, sinceGiven: false, yearGiven: false,
                    years: [
                        .init(
                            year: 2025, held: true, bundles: 1,
                            reason: "the reporting year (the latest year with an accepted "
                                + "bundle); held: bundles of 1 signatory read",
                            rules: ["1.1"])
                    ]))
        let summary = SectorSummaryRenderer.text(aggregate, folder: "out")
        #expect(
            summary.contains(
                "Years held: 2025 (the reporting year, the latest with an accepted bundle)\n"),
            "\(summary)")
        #expect(summary.contains("Scoring rules: 2025 1.1 (docs/scoring.md)\n"), "\(summary)")
        #expect(summary.contains("Skipped: 1 file (1 out-of-range), listed in skipped.csv"))
        #expect(aggregate.jsonValue.rendered().contains("\"outOfRange\": 1"))
        let csv = SectorTables.skippedCSV(aggregate)
        #expect(csv.hasPrefix("file,reason,code,signatory,year,message\r\n"))
        #expect(csv.contains("\(stray.path),out-of-range,SB716,acme,2024,"))

        let history = try await aggregator.aggregate(found, since: 2023)
        #expect(history.years == [2024, 2025])
        #expect(history.coverage.years.map(\.held) == [false, true, true])
        #expect(
            history.coverage.years.first?.reason
                == "covered by --since 2023; not held: no bundle of 2023 was given")
        #expect(history.skipped.isEmpty && history.counts.accepted == 2)
        #expect(
            SectorSummaryRenderer.text(history, folder: "out").contains(
                "Years held: 2024 (--since 2023), 2025 (the reporting year, the latest with an "
                    + "accepted bundle)\nYears not held: 2023 (--since 2023, but no bundle of it "
                    + "was given)\n"))
        let error = await #expect(throws: AggregateError.self) {
            _ = try await aggregator.aggregate(found, year: 2025, since: 2026)
        }
        #expect(error == .sinceAfterYear(since: 2026, year: 2025))
    }

    /// A bundle sent early for next year makes next year the default reporting year: the
    /// run warns that the bundles of more signatories are for another year, not used.
    @Test func aDefaultYearWithFewerBundlesThanAnotherIsWarnedOf() async throws {
        let chain = try BundleFixtures.chain.get()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.copy(chain.acme2025, to: folder.appendingPathComponent("acme-2025.sabundle"))
        try Self.copy(chain.acme2026, to: folder.appendingPathComponent("acme-2026.sabundle"))
        try Self.copy(
            chain.huabei2025, to: folder.appendingPathComponent("huabei-news-2025.sabundle"))
        let aggregator = try SectorFixtures.aggregator(Self.keyring())
        let found = InputDiscovery.find([folder.path])
        let aggregate = try await aggregator.aggregate(found)
        #expect(aggregate.year == 2026 && aggregate.counts.outOfRange == 2)
        #expect(
            SectorSummaryRenderer.yearWarning(aggregate)
                == "the reporting year 2026 is the latest year with an accepted bundle (bundles "
                + "of 1 signatory), but valid bundles of 2 signatories are for 2025 and were not "
                + "used; give --year (and --since) to choose the years covered")
        let chosen = try await aggregator.aggregate(found, year: 2025)
        #expect(SectorSummaryRenderer.yearWarning(chosen) == nil)
        #expect(chosen.statistics.participation.accepted == 2)
    }

    /// The same file in two folders is a duplicate, counted once; it was refused as a replay
    /// (broken-chain, SB703).
    @Test func anIdenticalCopyIsADuplicateNotAReplay() async throws {
        let chain = try BundleFixtures.chain.get()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a/acme-2025.sabundle")
        let again = folder.appendingPathComponent("b/acme-2025.sabundle")
        try Self.copy(chain.acme2025, to: first)
        try Self.copy(chain.acme2025, to: again)
        let aggregator = try SectorFixtures.aggregator(Self.keyring())
        let aggregate = try await aggregator.aggregate(
            InputDiscovery.find([
                folder.appendingPathComponent("b").path, folder.appendingPathComponent("a").path,
            ]))
        #expect(aggregate.rejections.isEmpty)
        #expect(aggregate.chainFindings.isEmpty)
        #expect(aggregate.counts.accepted == 1 && aggregate.counts.refused == 0)
        #expect(aggregate.statistics.participation.accepted == 1)
        #expect(
            aggregate.skipped == [
                SkippedFile(
                    file: again.path, reason: .duplicate, signatory: "acme", year: 2025,
                    message:
                        "\(again.path): a copy of \(first.path) (the same bytes: acme 2025, "
                        + "sequence 2); counted once")
            ])
        #expect(aggregate.counts.duplicates == 1)
    }

    /// The keyring's category is used for the statistics, and the disagreement listed (the
    /// assessment's category won, silently).
    @Test func theKeyringsCategoryIsAuthoritative() async throws {
        let chain = try BundleFixtures.chain.get()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("acme-2025.sabundle")
        try Self.copy(chain.acme2025, to: file)
        let aggregator = try SectorFixtures.aggregator(Self.keyring(acmeCategory: "news"))
        let aggregate = try await aggregator.aggregate(InputDiscovery.find([folder.path]))
        let row = try #require(
            aggregate.statistics.signatories.first { $0.record.signatory == "acme" })
        #expect(row.record.category == "news")
        #expect(
            aggregate.categoryDisagreements == [
                CategoryDisagreement(
                    signatory: "acme", year: 2025, file: file.path, keyring: "news",
                    assessment: "social")
            ])
        #expect(
            SectorSummaryRenderer.text(aggregate, folder: "out").contains(
                "Categories: 1 assessment declares another category than the keyring's (the "
                    + "keyring's is used): acme 2025 social → news\n"))
        #expect(aggregate.jsonValue.rendered().contains("\"assessment\": \"social\""))
    }

    /// A bundle saved as `.zip`, as `.SABUNDLE`, in a hidden folder and in a linked folder is
    /// read (each was ignored without a word, and its signatory counted missing).
    @Test func bundlesAreFoundUnderAnyNameAndFolder() throws {
        let chain = try BundleFixtures.chain.get()
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try Self.copy(chain.acme2025, to: input.appendingPathComponent("acme.zip"))
        try Self.copy(chain.huabei2025, to: input.appendingPathComponent("HUABEI.SABUNDLE"))
        try Self.copy(
            chain.acme2024, to: input.appendingPathComponent(".incoming/acme-2024.sabundle"))
        try Self.copy(
            chain.acme2026, to: root.appendingPathComponent("elsewhere/acme-2026.sabundle"))
        try FileManager.default.createSymbolicLink(
            atPath: input.appendingPathComponent("linked").path,
            withDestinationPath: root.appendingPathComponent("elsewhere").path)
        let found = InputDiscovery.find([input.path])
        #expect(
            found.bundles.map { String($0.displayName.dropFirst(input.path.count + 1)) } == [
                ".incoming/acme-2024.sabundle", "HUABEI.SABUNDLE", "acme.zip",
                "linked/acme-2026.sabundle",
            ])
    }

    /// Every other file walked past is listed with its reason: not a bundle (a ZIP without a
    /// manifest too), a pipe, a temporary file, a link that loops, a file reached twice.
    @Test func everyFileWalkedPastIsListed() throws {
        let chain = try BundleFixtures.chain.get()
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try Self.copy(chain.acme2025, to: input.appendingPathComponent("acme-2025.sabundle"))
        try Data("notes".utf8).write(to: input.appendingPathComponent("notes.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: input.appendingPathComponent("x.zip"))
        try Data("x".utf8).write(
            to: input.appendingPathComponent(".acme-2025.sabundle.unverified-1a2b3c4d"))
        #expect(mkfifo(input.appendingPathComponent("pipe").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: input.appendingPathComponent("loop").path, withDestinationPath: input.path)
        try FileManager.default.createSymbolicLink(
            atPath: input.appendingPathComponent("same.sabundle").path,
            withDestinationPath: input.appendingPathComponent("acme-2025.sabundle").path)
        try FileManager.default.createSymbolicLink(
            atPath: input.appendingPathComponent("gone").path, withDestinationPath: "/nonexistent")
        let found = InputDiscovery.find([input.path])
        #expect(found.bundles.map(\.displayName) == [input.path + "/acme-2025.sabundle"])
        let skipped = found.skipped.map {
            "\($0.file.dropFirst(input.path.count + 1)) \($0.reason.rawValue) \($0.reason.code)"
        }
        #expect(
            skipped == [
                ".acme-2025.sabundle.unverified-1a2b3c4d temporary-file SB712",
                "gone not-a-regular-file SB711", "loop link-loop SB714",
                "notes.txt not-a-bundle SB710", "pipe not-a-regular-file SB711",
                "same.sabundle same-file SB713", "x.zip not-a-bundle SB710",
            ])
        #expect(
            found.skipped.first { $0.reason == .notARegularFile && $0.file.hasSuffix("pipe") }?
                .message == input.path + "/pipe: not a regular file (it is a named pipe)")
    }
}
