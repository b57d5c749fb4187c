import Foundation
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// `aggregate --registry` and `registry export`: the registry's stored bundles handed to the
/// kit's aggregator, with the registry's years and its on time or late decision; on both
/// backends.
@Suite("registry aggregate and export")
struct RegistryAggregateTests {
    /// The deadlines and the late rules of the policy used here: due 30 April, very late after
    /// 30 days.
    static let ladder = """
        schema: selfassess.policy/v1
        deadlines:
          due: 04-30
          very-late-days: 30
        rules:
          - id: late
            action: warning
            when: { lateness: late }
            reason: { zh: 逾期提交。, en: Submitted late. }
          - id: very-late
            action: censure
            when: { lateness: very-late }
            reason: { zh: 严重逾期提交。, en: Submitted very late. }
        """

    static func policy(_ sector: RegistryFixtures.Sector, _ text: String?) throws -> Policy {
        guard let text else { return try #require(PolicyLoader.builtin.policy) }
        let file = try TestSupport.temporaryFolder().appendingPathComponent("policy.yaml")
        try Data(text.utf8).write(to: file)
        return try #require(
            PolicyLoader.load(file, displayName: "policy.yaml", framework: sector.framework).policy)
    }

    static func aggregator(_ sector: RegistryFixtures.Sector, policy: Policy) -> SectorAggregator {
        SectorAggregator(
            keyring: sector.keyring, policy: policy, framework: sector.framework,
            today: CalendarDate(year: 2026, month: 3, day: 20) ?? .startOfYear(2026),
            concurrency: 2,
            provenance: SectorAggregate.Provenance(
                keyringSHA256: sector.keyringSHA256, keyringSignedBy: nil, policyIsBuiltin: true))
    }

    /// Submits every file of the sector's submissions folder (bundles or not) at the fixed time.
    static func submitAll(
        _ sector: RegistryFixtures.Sector, into store: any RegistryStore,
        deadlines: Policy.Deadlines = Policy.Deadlines()
    ) throws -> Int {
        var intake = RegistryFixtures.intake(store, sector: sector)
        intake.deadlines = deadlines
        var recorded = 0
        for bundle in sector.plan.bundles {
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(bundle.file)))
            do throws(RegistryError) {
                _ = try intake.submit(bytes, name: bundle.file)
                recorded += 1
            } catch {
                // Not a bundle at all: refused before anything is stored, as over HTTP.
                guard case .notABundle = error else { throw error }
            }
        }
        return recorded
    }

    @Test(arguments: StoreBackend.allCases)
    func theRegistryRunIsTheFolderRunOverItsBundlesByteForByte(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let recorded = try Self.submitAll(sector, into: made.store)
        #expect(recorded > 10)

        let data = made.folder.path
        let source = try RegistryAggregateSource.read(
            made.store, displayName: data, deadlines: Policy.Deadlines())
        #expect(source.openedYears == Set(sector.plan.years))
        // Only paths are held: every stored body, none read yet.
        #expect(source.found.bundles.count == source.entries.count { $0.bodyStored })
        #expect(source.found.bundles.allSatisfy { $0.lateness == nil || $0.lateness == .onTime })

        let aggregator = Self.aggregator(sector, policy: try Self.policy(sector, nil))
        let fromRegistry = try await aggregator.aggregate(
            source.found, openedYears: source.openedYears)
        let fromFolder = try await aggregator.aggregate(InputDiscovery.find([data + "/bundles"]))
        #expect(fromRegistry.counts.accepted > 0)
        #expect(fromRegistry.year == fromFolder.year)
        let registryFiles = SectorOutput.files(of: fromRegistry)
        let folderFiles = SectorOutput.files(of: fromFolder)
        #expect(registryFiles.map(\.name) == folderFiles.map(\.name))
        for (lhs, rhs) in zip(registryFiles, folderFiles) {
            #expect(lhs.content == rhs.content, "\(lhs.name) differs")
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func theRegistrysLateDecisionFeedsTheLatenessRules(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let policy = try Self.policy(sector, Self.ladder)
        let accepted = sector.plan.bundles.filter { $0.outcome == "accepted" && $0.plant == nil }
        let late = try #require(accepted.first)
        let veryLate = try #require(accepted.first { $0.signatory != late.signatory })
        let onTime = try #require(
            accepted.first { $0.signatory != late.signatory && $0.signatory != veryLate.signatory })
        for (bundle, time) in [
            (late, "2026-05-15T08:00:00Z"), (veryLate, "2026-06-15T08:00:00Z"),
            (onTime, "2026-04-30T23:59:59Z"),
        ] {
            var intake = RegistryFixtures.intake(made.store, sector: sector)
            intake.deadlines = policy.deadlines
            intake.clock = FixedClock(try #require(BundleTimestamp(time)))
            intake.makeEntryID = { UUID().uuidString.lowercased() }
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(bundle.file)))
            #expect(try intake.submit(bytes, name: bundle.file).entry.receipt.outcome == .accepted)
        }

        let source = try RegistryAggregateSource.read(
            made.store, displayName: made.folder.path, deadlines: policy.deadlines)
        let aggregate = try await Self.aggregator(sector, policy: policy).aggregate(
            source.found, openedYears: source.openedYears)
        let standings = Dictionary(
            uniqueKeysWithValues: aggregate.standings.map { ($0.signatory, $0) })
        #expect(standings[late.signatory]?.action == "warning")
        #expect(standings[late.signatory]?.reason?.hasPrefix("Submitted late.") == true)
        #expect(standings[veryLate.signatory]?.action == "censure")
        #expect(standings[onTime.signatory]?.status == "accepted")
        #expect(standings[onTime.signatory]?.action == nil)

        // The same bundles from a folder carry no arrival: no lateness rule can fire.
        let folder = try await Self.aggregator(sector, policy: policy).aggregate(
            InputDiscovery.find([made.folder.path + "/bundles"]))
        #expect(folder.standings.allSatisfy { $0.action == nil })
    }

    @Test
    func aYearTheRegistryNeverReceivedIsNotReportedOn() async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await StoreBackend.sqlite.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        _ = try Self.submitAll(sector, into: made.store)
        let source = try RegistryAggregateSource.read(
            made.store, displayName: made.folder.path, deadlines: Policy.Deadlines())
        let year = try #require(sector.plan.years.max()) + 1
        await #expect(throws: AggregateError.self) {
            try await Self.aggregator(sector, policy: try Self.policy(sector, nil)).aggregate(
                source.found, year: year, openedYears: source.openedYears)
        }
    }

    @Test(arguments: [
        ("87.5", "87.50"), ("100", "100.00"), ("0", "0.00"), ("3.14159", "3.14"),
        ("66.666", "66.67"), ("0.05", "0.05"),
    ])
    func scoresAreWrittenWithTwoPlaces(value: String, expected: String) throws {
        let standing = SectorAggregate.Standing(
            signatory: "acme", category: "x", year: 2025, status: "accepted",
            score: try #require(Decimal(string: value) as Decimal?), rating: nil, action: nil,
            reason: nil)
        let csv = RegistryExport.csv(standings: [standing], entries: [])
        #expect(
            csv == RegistryExport.header.joined(separator: ",") + "\r\n"
                + "acme,x,2025,accepted,,,\(expected),,,,\r\n")
    }

    /// `registry export` through the built binary, read back with Python's csv module (and
    /// DuckDB when it is installed): every column has the type it should.
    @Test
    func theExportReadsBackWithTheRightTypes() async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await StoreBackend.sqlite.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        _ = try Self.submitAll(sector, into: made.store)
        let out = made.cleanup.appendingPathComponent("history.csv")
        let result = try await RegistryCLI.run(
            [
                "registry", "export", "--data", made.folder.path, "--keyring",
                sector.folder.appendingPathComponent("keyring.yaml").path, "--society-key",
                sector.folder.appendingPathComponent("society.pub").path, "--out", out.path,
            ], in: made.cleanup)
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try String(contentsOf: out, encoding: .utf8)
        #expect(csv.hasPrefix(RegistryExport.header.joined(separator: ",") + "\r\n"))
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 1 + sector.plan.signatories.count * sector.plan.years.count)

        let check = """
            import csv, re, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            assert rows, 'no rows'
            statuses = {'accepted', 'rejected', 'missing'}
            for row in rows:
                assert row['signatory'], row
                int(row['year'])
                assert row['status'] in statuses, row
                if row['status'] == 'missing':
                    assert row['received_at'] == '' and row['bundle_sha256'] == '', row
                else:
                    assert re.fullmatch(r'\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ', row['received_at']), row
                    assert re.fullmatch(r'[0-9a-f]{64}', row['bundle_sha256']), row
                assert row['on_time'] in ('true', 'false', ''), row
                if row['status'] == 'accepted':
                    assert re.fullmatch(r'\\d{1,3}\\.\\d\\d', row['score']), row
                    float(row['score'])
                else:
                    assert row['score'] == '', row
                assert row['action'] in ('', 'note', 'warning', 'censure', 'expulsion', 'blacklist', 'review'), row
            try:
                import duckdb
            except ImportError:
                print('duckdb: not installed')
                sys.exit(0)
            types = dict(duckdb.sql(f"DESCRIBE SELECT * FROM read_csv('{sys.argv[1]}')").fetchall()[i][:2] for i in range(11))
            assert types['year'] == 'BIGINT', types
            assert types['on_time'] == 'BOOLEAN', types
            assert types['score'] == 'DOUBLE', types
            assert types['received_at'] == 'TIMESTAMP WITH TIME ZONE', types
            print('duckdb: ok')
            """
        let script = made.cleanup.appendingPathComponent("check.py")
        try Data(check.utf8).write(to: script)
        let python = try await RegistryCLI.runTool(
            "/usr/bin/python3", [script.path, out.path], in: made.cleanup)
        #expect(python.status == 0, "\(python.stdout)\(python.stderr)")
        // Says visibly whether DuckDB read it too.
        #expect(
            python.stdout.contains("duckdb: ok") || python.stdout.contains("duckdb: not installed"))
    }

    /// A registry for the commands: the data folder `registry` in a work folder, and the
    /// `--database` arguments on PostgreSQL.
    static func commandRegistry(
        _ backend: StoreBackend
    ) async throws -> (store: any RegistryStore, work: URL, database: [String]) {
        let work = try TestSupport.temporaryFolder()
        let folder = work.appendingPathComponent("registry")
        switch backend {
        case .sqlite:
            return (try SQLiteRegistryStore.create(at: folder), work, [])
        case .postgres:
            let url = try await PostgresServer.sharedOrSkip().createDatabase()
            let store = try PostgresRegistryStore.create(
                database: try PostgresDatabaseURL(url), folder: folder)
            return (store, work, ["--database", url])
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func theAggregateAndExportCommandsReadTheRegistry(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, work, database) = try await Self.commandRegistry(backend)
        defer { try? FileManager.default.removeItem(at: work) }
        defer { (store as? PostgresRegistryStore)?.close() }
        _ = try Self.submitAll(sector, into: store)
        let made = (cleanup: work, folder: work.appendingPathComponent("registry"))
        let keyring = [
            "--keyring", sector.folder.appendingPathComponent("keyring.yaml").path,
            "--society-key", sector.folder.appendingPathComponent("society.pub").path,
        ]
        let registry = try await RegistryCLI.run(
            ["aggregate", "--registry", "registry", "--out", "from-registry"] + keyring + database,
            in: made.cleanup)
        #expect(registry.status == 0, "\(registry.stderr)")
        let folder = try await RegistryCLI.run(
            ["aggregate", "registry/bundles", "--out", "from-folder"] + keyring,
            in: made.cleanup)
        #expect(folder.status == 0, "\(folder.stderr)")
        let names = RegistryFixtures.files(
            under: made.cleanup.appendingPathComponent("from-folder"))
        #expect(
            names
                == RegistryFixtures.files(
                    under: made.cleanup.appendingPathComponent("from-registry")))
        for name in names {
            let lhs = try Data(
                contentsOf: made.cleanup.appendingPathComponent("from-registry/\(name)"))
            let rhs = try Data(
                contentsOf: made.cleanup.appendingPathComponent("from-folder/\(name)"))
            #expect(lhs == rhs, "\(name) differs")
        }

        let both = try await RegistryCLI.run(
            ["aggregate", "registry/bundles", "--registry", "registry", "--out", "x"] + keyring,
            in: made.cleanup)
        #expect(both.status == 64)
        let databaseAlone = try await RegistryCLI.run(
            ["aggregate", "--database", "postgres://u@localhost/db", "--out", "x"] + keyring,
            in: made.cleanup)
        #expect(databaseAlone.status == 64)

        let export = try await RegistryCLI.run(
            ["registry", "export", "--data", "registry"] + keyring + database, in: made.cleanup)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(
            export.stdout.split(separator: "\r\n").count
                == 1 + sector.plan.signatories.count * sector.plan.years.count)
    }
}
