import Foundation
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// `selfassess log audit`: every log entry against its submission and the stored bundle, on
/// SQLite and PostgreSQL, each kind of damage with its own code.
@Suite("transparency log: audit")
struct LogAuditTests {
    static func audit(
        _ store: any RegistryStore, sector: RegistryFixtures.Sector
    ) throws -> LogAudit.Report {
        try LogAudit(
            store: store, source: "registry", keyring: (sector.keyring, 0),
            framework: sector.framework
        ).run()
    }

    @Test(arguments: StoreBackend.allCases)
    func anHonestRegistryAuditsCleanAndEachDamageHasItsCode(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let recorded = try TransparencyLogStoreTests.submitAll(made.store, sector: sector)
        let accepted = recorded.filter { $0.receipt.outcome == .accepted }

        let clean = try Self.audit(made.store, sector: sector)
        #expect(clean.findings.isEmpty, "\(clean.findings.map(\.description))")
        #expect(clean.entries == recorded.count)
        #expect(clean.reverified == accepted.count)
        #expect(clean.bundlesHashed == recorded.filter(\.bodyStored).count)

        // Checked against another keyring: counted, not verified again.
        let other = try LogAudit(
            store: made.store, source: "registry", keyring: (sector.keyring, 9),
            framework: sector.framework
        ).run()
        #expect(other.findings.isEmpty && other.reverified == 0)
        #expect(other.otherKeyring == accepted.count)

        // A rewritten entry (a refusal turned into an acceptance) and a dropped one.
        let refused = try #require(recorded.firstIndex { $0.receipt.outcome == .refused })
        let rewritten = try Self.audit(
            LogCheckpointTests.TamperedStore(base: made.store, tamper: .rewrite(refused)),
            sector: sector)
        #expect(
            rewritten.findings
                == [.receiptNotInEntry(file: "registry", leaf: refused, field: "outcome")])
        #expect(rewritten.findings.first?.code == "SR102")
        let dropped = try Self.audit(
            LogCheckpointTests.TamperedStore(base: made.store, tamper: .drop(1)), sector: sector)
        #expect(dropped.findings == [.notLogged(entry: recorded[1].receipt.entryID)])

        // An accepted bundle removed from storage, another one's bytes changed.
        let removed = try #require(accepted.first).receipt.bundleSHA256
        let changed = try #require(accepted.dropFirst().first).receipt.bundleSHA256
        try FileManager.default.removeItem(at: made.store.bundleFile(sha256: removed))
        let changedFile = made.store.bundleFile(sha256: changed)
        var bytes = Array(try Data(contentsOf: changedFile))
        bytes[bytes.count / 2] ^= 0x01
        try FileManager.default.removeItem(at: changedFile)
        try Data(bytes).write(to: changedFile)
        let damaged = try Self.audit(made.store, sector: sector)
        let leaf = { (sha256: String) in
            recorded.firstIndex { $0.receipt.bundleSHA256 == sha256 } ?? -1
        }
        #expect(damaged.findings.count == 2, "\(damaged.findings.map(\.description))")
        #expect(
            damaged.findings.contains(
                .bundleNotStored(source: "registry", leaf: leaf(removed), bundle: removed)))
        #expect(
            damaged.findings.contains {
                $0.code == "SR104" && $0.description.contains("entry \(leaf(changed)) ")
            })
        (made.store as? PostgresRegistryStore)?.close()
    }

    @Test func logAuditRunsOnADataFolder() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: work)
        let bundles = try [nil, SamplePlant.tampered].map { try sector.bundle($0).path }
        _ = try await RegistryCLI.run(
            RegistryCommandTests.intake(bundles, sector: sector), in: work)
        let audit = [
            "log", "audit", "reg", "--keyring", "\(sector.folder.path)/keyring.yaml",
            "--society-key", "\(sector.folder.path)/society.pub",
        ]
        let clean = try await RegistryCLI.run(audit, in: work)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(
            clean.stdout
                == "reg: 2 log entries checked against their submissions, 2 stored bundles hashed, 1 accepted bundles verified again (0 checked against another keyring were not): 0 findings\n"
        )

        let store = try SQLiteRegistryStore.open(at: work.appendingPathComponent("reg"))
        let accepted = try #require(store.entries().first { $0.receipt.outcome == .accepted })
        try FileManager.default.removeItem(
            at: store.bundleFile(sha256: accepted.receipt.bundleSHA256))
        let damaged = try await RegistryCLI.run(audit, in: work)
        #expect(damaged.status == 1, "\(damaged.stderr)")
        #expect(damaged.stdout.hasPrefix("reg: entry "), "\(damaged.stdout)")
        #expect(damaged.stdout.contains(" [SR103]\n"))
        #expect(damaged.stdout.hasSuffix(": 1 findings\n"))

        let missing = try await RegistryCLI.run(["log", "audit", "nowhere"], in: work)
        #expect(missing.status == 2, "\(missing.stderr)")
    }
}
