import AsyncHTTPClient
import Foundation
import NIOCore
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessServer
import SelfAssessTestSupport
import Testing

/// Several `serve` processes on one PostgreSQL database and one shared data folder.
@Suite("registry at scale: two instances on PostgreSQL", .tags(.large))
struct RegistryScaleTests {
    /// Distinct small bundles, made cheaply.
    ///
    /// The fixtures' sector made again with its assessment
    /// folders kept; three accepted ones are validated and drafted once, and each draft signed
    /// again and again with a creation time one second later each time (same files, a new manifest, so new
    /// bytes). Tiny reports keep the bundles small.
    static func bundles(
        count: Int
    ) async throws -> (sector: RegistryFixtures.Sector, bundles: [[UInt8]]) {
        let sector = try await RegistryFixtures.sector()
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("small")
        let today = CalendarDate(year: 2026, month: 3, day: 1) ?? .startOfYear(2026)
        // The registry's fixtures' sector: the same seed, so the same keys and keyring.
        let plan = try await SectorGenerator(
            framework: sector.framework,
            options: SectorGenerator.Options(
                seed: 2026, signatories: 18, years: 1, keepAssessments: true),
            today: today
        ).generate(into: folder)
        let accepted = plan.bundles.filter { $0.outcome == "accepted" && $0.plant == nil }
            .prefix(3)
        var drafts: [(BundleBuilder, BundleDraft)] = []
        for planned in accepted {
            let source = FolderSource(
                folder: folder.appendingPathComponent(
                    "assessments/\(planned.year)/\(planned.signatory)"),
                displayRoot: planned.signatory)
            let report = Validator(framework: sector.framework, today: today).validate(source)
            let assessment = try #require(report.assessments.first)
            let key = try KeyFile.readPrivateKey(
                at: folder.appendingPathComponent("keys/\(planned.signatory).key"))
            let builder = BundleBuilder(
                framework: sector.framework, key: key,
                createdAt: BundleTimestamp("2026-02-01T00:00:00Z") ?? .earliest, today: today)
            drafts.append(
                (
                    builder,
                    try builder.draft(
                        assessment, from: source, prior: nil, bundleName: planned.file)
                ))
        }
        let reports = BundleReports(html: "<p>scale test</p>\n", markdown: "scale test\n")
        var bundles: [[UInt8]] = []
        let file = root.appendingPathComponent("bundle.sabundle")
        for index in 0..<count {
            var builder = drafts[index % drafts.count].0
            let draft = drafts[index % drafts.count].1
            builder.createdAt =
                BundleTimestamp(secondsSince1970: builder.createdAt.secondsSince1970 + index)
                ?? builder.createdAt
            let prepared = try builder.sign(draft, reports: reports)
            try ZIPContainerWriter.write(prepared.entries, to: file)
            bundles.append(Array(try Data(contentsOf: file)))
        }
        return (sector, bundles)
    }

    /// 500 submissions at once to two `serve` processes: none lost, none doubled.
    ///
    /// Two `selfassess serve` on one database and one --data folder; 500 submissions at once over
    /// loopback: 450 distinct bundles split between the two, and 25 more each sent to both at
    /// the same moment. None lost, none doubled: one row per bundle, one 201 per bundle, every
    /// answer is its row's receipt and verifies with the society's key.
    @Test func twoServersOnOnePostgreSQLTake500SubmissionsOnceEach() async throws {
        let server = try await PostgresServer.sharedOrSkip()
        let url = try server.createDatabase()
        let (sector, bundles) = try await Self.bundles(count: 475)
        #expect(Set(bundles.map(BundleManifest.sha256)).count == 475)
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let options = [
            "--database", url, "--rate", "off", "--max-queued", "600", "--max-verifications", "2",
        ]
        let first = try await ServeProcess.start(
            in: work, sector: sector, options: options, name: "first")
        defer { first.kill() }
        let second = try await ServeProcess.start(
            in: work, sector: sector, options: options, initialize: false, name: "second")
        defer { second.kill() }
        // A client of the test's own: a submission may wait for a connection as long as the whole
        // run takes (the shared client gives up after 10 s in its pool, which a loaded machine
        // reaches with 500 requests queued on two hosts).
        var configuration = HTTPClient.Configuration()
        configuration.timeout.connect = .seconds(1800)
        configuration.connectionPool = .init(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 32)
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let clients = [first, second].map {
            RegistryClient(base: "http://\($0.address)", client: http, timeout: .seconds(1800))
        }

        // (bundle, instance): 0..<450 alternate; 450..<475 go to both.
        var sends: [(Int, Int)] = (0..<450).map { ($0, $0 % 2) }
        for bundle in 450..<475 { sends += [(bundle, 0), (bundle, 1)] }
        #expect(sends.count == 500)
        let sent: Result<[(Int, RegistryClient.Answer)], any Error>
        do {
            sent = .success(
                try await withThrowingTaskGroup(of: (Int, RegistryClient.Answer).self) { group in
                    for (bundle, instance) in sends {
                        let bytes = bundles[bundle]
                        let client = clients[instance]
                        group.addTask {
                            (bundle, try await client.submit(bytes, name: "b\(bundle)"))
                        }
                    }
                    var answers: [(Int, RegistryClient.Answer)] = []
                    for try await answer in group { answers.append(answer) }
                    return answers
                })
        } catch {
            sent = .failure(error)
        }
        // Shut down whatever happened: a client dropped without it stops the test process.
        try await http.shutdown()
        let answers = try sent.get()
        let stopped = [try await first.stop(), try await second.stop()]
        #expect(stopped.map(\.status) == [0, 0], "\(stopped.map(\.stderr))")

        let store = try PostgresRegistryStore.open(
            database: try PostgresDatabaseURL(url), folder: work.appendingPathComponent("reg"))
        defer { store.close() }
        #expect(try store.submissionCount() == bundles.count)
        var created = [Int](repeating: 0, count: bundles.count)
        for (bundle, answer) in answers {
            guard case .receipt(let receiptBytes, let signature, let isNew) = answer else {
                Issue.record("bundle \(bundle): \(answer)")
                continue
            }
            if isNew { created[bundle] += 1 }
            let sha256 = BundleManifest.sha256(bundles[bundle])
            let signed = try SignedReceipt.verify(
                receiptBytes, signature: signature, with: sector.societyKey.publicKey,
                file: "b\(bundle).receipt.json")
            #expect(signed.receipt.bundleSHA256 == sha256)
            #expect(signed.receipt.outcome == .accepted, "\(signed.receipt.reason ?? "")")
            let entry = try #require(try store.entry(forBundle: sha256))
            #expect(entry.signed.bytes == receiptBytes)
            #expect(try store.bundle(sha256: sha256) == bundles[bundle])
        }
        #expect(created == [Int](repeating: 1, count: bundles.count))
        #expect(answers.count == 500)
    }
}
