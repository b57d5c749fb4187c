import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// Which store a decision test runs on, with what the test needs to reach the table behind the
/// store's back (to check that the schema itself refuses rewriting it).
enum DecisionBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    struct Opened {
        var store: any RegistryDecisionStore
        var cleanup: URL
        /// Runs SQL on the store's database directly: exit status and output.
        var raw: (String) throws -> (status: Int32, output: String)
    }

    func open() async throws -> Opened {
        switch self {
        case .sqlite:
            let (store, folder, cleanup) = try RegistryFixtures.store()
            let database = folder.appendingPathComponent("registry.sqlite").path
            return Opened(store: store, cleanup: cleanup) { sql in
                let python = try #require(ExternalTool.python)
                let script = """
                    import sqlite3, sys
                    connection = sqlite3.connect(sys.argv[1])
                    connection.execute(sys.argv[2])
                    connection.commit()
                    """
                let result = try ExternalTool.run(python, ["-c", script, database, sql])
                return (result.status, result.stdout + result.stderr)
            }
        case .postgres:
            let server = try await PostgresServer.sharedOrSkip()
            let url = try server.createDatabase()
            let root = try TestSupport.temporaryFolder()
            let store = try PostgresRegistryStore.create(
                database: try PostgresDatabaseURL(url),
                folder: root.appendingPathComponent("registry"))
            return Opened(store: store, cleanup: root) { sql in
                let result = try server.psql(database: url, sql)
                return (result.status, result.stdout + result.stderr)
            }
        }
    }
}

@Suite("registry: analysts' decisions")
struct RegistryDecisionTests {
    static func time(_ text: String) -> BundleTimestamp { BundleTimestamp(text) ?? .earliest }

    static func decision(
        _ signatory: String, _ year: Int, _ action: String, by: String = "alice",
        at time: String = "2026-04-01T08:00:00Z", reason: String = "accepted: A2.5 failed"
    ) -> AnalystDecision {
        AnalystDecision(
            signatory: signatory, year: year, action: action, reason: reason, decidedBy: by,
            decidedAt: Self.time(time))
    }

    @Test(.needs(.python3), arguments: DecisionBackend.allCases)
    func decisionsAreAppendedListedAndSuperseded(backend: DecisionBackend) async throws {
        let opened = try await backend.open()
        defer {
            (opened.store as? PostgresRegistryStore)?.close()
            try? FileManager.default.removeItem(at: opened.cleanup)
        }
        let store = opened.store
        #expect(try store.decisions(year: nil, signatory: nil).isEmpty)
        let first = try store.recordDecision(Self.decision("acme", 2025, "censure"))
        let other = try store.recordDecision(Self.decision("huabei-news", 2025, "none"))
        let earlier = try store.recordDecision(Self.decision("acme", 2024, "warning"))
        let second = try store.recordDecision(
            Self.decision(
                "acme", 2025, "warning", by: "bob", at: "2026-04-02T09:30:00Z",
                reason: "remedied in March; 董事会决定"))
        let ids: [Int] = [first.id, other.id, earlier.id, second.id]
        #expect(ids == Array(1...4))

        let all = try store.decisions(year: nil, signatory: nil)
        #expect(all == [first, other, earlier, second])
        #expect(all.last?.reason == "remedied in March; 董事会决定")
        #expect(all.last?.decidedAt == Self.time("2026-04-02T09:30:00Z"))
        #expect(try store.decisions(year: 2025, signatory: nil) == [first, other, second])
        #expect(try store.decisions(year: 2025, signatory: "acme") == [first, second])
        #expect(try store.decisions(year: nil, signatory: "nobody").isEmpty)
        // The later decision supersedes; the earlier stays recorded.
        #expect(AnalystDecision.current(all) == [earlier, second, other])
    }

    @Test(
        .needs(.python3),
        arguments: DecisionBackend.allCases.flatMap { backend in
            [
                (backend, "UPDATE decisions SET action = 'none'"),
                (backend, "DELETE FROM decisions"),
            ]
        })
    func theTableRefusesUpdateAndDelete(backend: DecisionBackend, sql: String) async throws {
        let opened = try await backend.open()
        defer {
            (opened.store as? PostgresRegistryStore)?.close()
            try? FileManager.default.removeItem(at: opened.cleanup)
        }
        let recorded = try opened.store.recordDecision(Self.decision("acme", 2025, "censure"))
        // The raw access itself works: an insert goes through.
        let insert = try opened.raw(
            """
            INSERT INTO decisions (signatory, year, action, reason, decided_by, decided_at)
            VALUES ('acme', 2025, 'blacklist', 'raw', 'mallory', '2026-04-03T00:00:00Z')
            """)
        #expect(insert.status == 0, "\(insert.output)")
        let refused = try opened.raw(sql)
        #expect(refused.status != 0)
        #expect(refused.output.contains("decisions are append-only"), "\(refused.output)")
        let after = try opened.store.decisions(year: nil, signatory: nil)
        #expect(after.count == 2)
        #expect(after.first == recorded)
    }

    @Test(
        arguments: [
            (decision("acme", 2025, "bogus"), "SR055"),
            (decision("acme", 2025, "Censure"), "SR055"),
            (decision("acme", 2025, "censure", reason: "  \n"), "SR056"),
            (
                decision("acme", 2025, "censure", reason: String(repeating: "x", count: 2001)),
                "SR056"
            ),
            (decision("", 2025, "censure"), "SR057"),
            (decision("acme\u{7}", 2025, "censure"), "SR057"),
            (decision("acme", 25, "censure"), "SR058"),
            (decision("acme", 2025, "censure", by: " "), "SR059"),
        ])
    func aDecisionThatCannotBeRecordedSaysWhy(decision: AnalystDecision, code: String) {
        #expect(decision.problem?.code == code)
        #expect(decision.problem.map { !"\($0)".isEmpty } == true)
    }

    @Test(arguments: AnalystDecision.actions)
    func everyStepCanBeDecided(action: String) {
        #expect(Self.decision("acme", 2025, action).problem == nil)
    }

    @Test func theMigrationIsAppendedOnBothBackends() {
        // After every earlier migration (v4-log, and v5-receipts once there is one).
        let names = SQLiteRegistryStore.migrations
        #expect(names.last == "v6-decisions")
        #expect(names.firstIndex(of: "v6-decisions") ?? 0 > names.firstIndex(of: "v4-log") ?? 0)
        #expect(SQLiteRegistryStore.migrations == PostgresRegistryStore.migrations)
    }
}

@Suite("registry: decide and decisions commands", .tags(.large))
struct RegistryDecisionCommandTests {
    @Test(.needsSchemaValidator)
    func decideThenListAsTextJSONAndCSV() async throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(
            try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: root).status == 0)
        let decide = { (action: String, reason: String, by: String) in
            try await RegistryCLI.run(
                [
                    "registry", "decide", "--data", "reg", "--signatory", "acme", "--year",
                    "2025", "--action", action, "--reason", reason, "--by", by,
                ], in: root)
        }
        let first = try await decide("censure", "accepted: A2.5 failed two years", "alice")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Recorded decision 1 in reg: acme 2025, censure"))
        let second = try await decide("warning", "remedied, \"board\" agreed", "bob")
        #expect(second.status == 0)

        let text = try await RegistryCLI.run(["registry", "decisions", "--data", "reg"], in: root)
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("censure (superseded)"))
        #expect(lines[2].contains("warning") && !lines[2].contains("superseded"))

        let json = try await RegistryCLI.run(
            ["registry", "decisions", "--data", "reg", "--format", "json"], in: root)
        let checked = try OutputSchemas.check("decisions", texts: [json.stdout])
        #expect(checked.status == 0, "\(checked.output)")
        let parsed = try CanonicalJSON.parse(Array(json.stdout.utf8), file: "decisions")
        let decisions = parsed["decisions"]?.arrayValue ?? []
        #expect(decisions.map { $0["superseded"]?.boolValue } == [true, false])
        #expect(decisions.map { $0["decidedBy"]?.stringValue } == ["alice", "bob"])
        for broken in try SchemaBreaker.broken(json.stdout, schema: "decisions") {
            #expect(try OutputSchemas.check("decisions", texts: [broken.text]).status == 1)
        }

        let csv = try await RegistryCLI.run(
            ["registry", "decisions", "--data", "reg", "--format", "csv", "--current"], in: root)
        let rows = csv.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 2)
        #expect(rows.first == "id,signatory,year,action,decided_by,decided_at,reason,superseded")
        #expect(rows.last?.hasPrefix("2,acme,2025,warning,bob,") == true)
        #expect(rows.last?.hasSuffix(",\"remedied, \"\"board\"\" agreed\",false") == true)
    }

    @Test(
        arguments: [
            (["--action", "bogus", "--reason", "x"], "SR055"),
            (["--action", "censure", "--reason", ""], "SR056"),
            (["--action", "censure", "--reason", "x", "--by", ""], "SR059"),
        ])
    func decideRefusesWhatCannotBeRecorded(extra: [String], code: String) async throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(
            try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: root).status == 0)
        let result = try await RegistryCLI.run(
            ["registry", "decide", "--data", "reg", "--signatory", "acme", "--year", "2025"]
                + extra, in: root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("[\(code)]"), "\(result.stderr)")
        let listed = try await RegistryCLI.run(
            ["registry", "decisions", "--data", "reg"], in: root)
        #expect(listed.stdout == "reg: no decisions.\n")
    }
}

@Suite("registry: decisions in the aggregate", .tags(.large))
struct RegistryDecisionAggregateTests {
    @Test(arguments: StoreBackend.allCases)
    func aggregateShowsTheDecidedStepBesideTheRecommendedOne(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, work, database) = try await RegistryAggregateTests.commandRegistry(backend)
        defer { try? FileManager.default.removeItem(at: work) }
        defer { (store as? PostgresRegistryStore)?.close() }
        _ = try RegistryAggregateTests.submitAll(sector, into: store)
        let keyring = [
            "--keyring", sector.folder.appendingPathComponent("keyring.yaml").path,
            "--society-key", sector.folder.appendingPathComponent("society.pub").path,
        ]
        let aggregate = { (out: String) in
            try await RegistryCLI.run(
                ["aggregate", "--registry", "registry", "--out", out] + keyring + database,
                in: work)
        }
        let rows = { (out: String) throws -> [String] in
            try String(
                contentsOf: work.appendingPathComponent("\(out)/recommendations.csv"),
                encoding: .utf8
            ).split(separator: "\r\n").map(String.init)
        }
        // Without decisions the file is as it always was.
        #expect(try await aggregate("before").status == 0)
        let before = try rows("before")
        #expect(before.first?.hasSuffix(",details_en") == true)
        let first = try #require(before.dropFirst().first)
        let fields = first.split(separator: ",")
        let signatory = String(fields[0])
        let year = try #require(Int(fields[1]))

        let decisions = try #require(store as? any RegistryDecisionStore)
        for (action, by) in [("exclusion", "alice"), ("warning", "bob")] {
            _ = try decisions.recordDecision(
                AnalystDecision(
                    signatory: signatory, year: year, action: action,
                    reason: "decided by \(by), board minute 7", decidedBy: by,
                    decidedAt: BundleTimestamp("2026-04-02T09:30:00Z") ?? .earliest))
        }
        #expect(try await aggregate("after").status == 0)
        let after = try rows("after")
        #expect(
            after.first
                == (before.first ?? "") + ",decided_action,decided_by,decided_at,decision_reason")
        #expect(after.count == before.count)
        for (old, new) in zip(before.dropFirst(), after.dropFirst()) {
            if old.hasPrefix("\(signatory),\(year),") {
                #expect(
                    new == old
                        + ",warning,bob,2026-04-02T09:30:00Z,\"decided by bob, board minute 7\"")
            } else {
                #expect(new == old + ",,,,")
            }
        }
        let report = try String(
            contentsOf: work.appendingPathComponent("after/report.html"), encoding: .utf8)
        #expect(report.contains("decided by bob, board minute 7"))
        #expect(!report.contains("decided by alice"))
        let plain = try String(
            contentsOf: work.appendingPathComponent("before/report.html"), encoding: .utf8)
        #expect(!plain.contains("Analyst&#39;s decision") && !plain.contains("Analyst's decision"))
    }
}
