import Foundation
import Logging
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessServer
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

/// `selfassess log verify --to URL`: the same checks as on a data folder, over the public log
/// API of the built binary's `serve`.
@Suite("transparency log: log verify over HTTP")
struct LogVerifyOverHTTPTests {
    @Test func aKeptCheckpointIsCheckedAgainstARunningRegistry() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let server = try await ServeProcess.start(in: work, sector: sector)
        defer { server.kill() }
        let url = "http://\(server.address)"
        let societyKey = "\(sector.folder.path)/society.pub"
        let bundles = sector.plan.bundles.filter { $0.plant != .truncated }.map {
            sector.folder.appendingPathComponent($0.file).path
        }
        let submit = ["submit", "--to", url, "--society-key", societyKey, "--receipts", "r"]
        _ = try await RegistryCLI.run(submit + Array(bundles.prefix(3)), in: work)
        let kept = try await RegistryClient.using(base: url) { try await $0.logCheckpoint() }
        try Data(kept).write(to: work.appendingPathComponent("kept.checkpoint"))
        _ = try await RegistryCLI.run(submit + Array(bundles.dropFirst(3).prefix(4)), in: work)

        let verify = ["log", "verify", "--to", url, "--society-key", societyKey, "--from"]
        let honest = try await RegistryCLI.run(verify + ["kept.checkpoint"], in: work)
        #expect(honest.status == 0, "\(honest.stderr)")
        #expect(
            honest.stdout.hasPrefix(
                "\(url): the log of 7 entries extends the checkpoint kept.checkpoint of 3 entries"),
            "\(honest.stdout)")

        // A fork (the registry's latest size, another root, signed by the society), another
        // key's checkpoint, and one whose root the entries do not re-derive.
        let latest = try await RegistryClient.using(base: url) { try await $0.logCheckpoint() }
        let checkpoint = try LogCheckpoint.verify(
            latest, key: sector.societyKey.publicKey, file: "latest")
        #expect(checkpoint.size == 7)
        let other = try #require(SigningKey(seed: Array(repeating: 0x11, count: 32)))
        for (name, key, root, size, code) in [
            ("fork", sector.societyKey, MerkleTree.leafHash([9]), 7, "SR101"),
            ("other", other, checkpoint.rootHash, 7, "SR095"),
            ("rewritten", sector.societyKey, MerkleTree.leafHash([9]), 3, "SR099"),
        ] {
            let forged = try LogCheckpoint.sign(
                origin: checkpoint.origin, size: size, root: root,
                time: checkpoint.time, key: key)
            try Data(forged.bytes).write(to: work.appendingPathComponent(name))
            let found = try await RegistryCLI.run(verify + [name], in: work)
            #expect(found.status == 1, "\(name): \(found.stdout)")
            #expect(found.stderr.contains("[\(code)]"), "\(name): \(found.stderr)")
        }

        _ = try await server.stop()
        let gone = try await RegistryCLI.run(verify + ["kept.checkpoint"], in: work)
        #expect(gone.status == 2, "\(gone.stdout)\(gone.stderr)")
    }
}

/// `serve`'s checkpoint timer: what each tick does, on the registry's clock.
@Suite("transparency log: scheduled checkpoints")
struct ScheduledCheckpointTests {
    static func server(_ intake: RegistryIntake, at seconds: Int) -> RegistryServer {
        var intake = intake
        intake.clock = FixedClock(
            BundleTimestamp(
                secondsSince1970: RegistryFixtures.receivedAt.secondsSince1970 + seconds)
                ?? .earliest)
        return RegistryServer(
            intake: intake,
            configuration: .init(
                host: "127.0.0.1", port: 0, maxVerifications: 1, rate: nil,
                checkpointInterval: 300),
            logger: Logger(label: "timer-test") { _ in SwiftLogNoOpLogHandler() })
    }

    @Test func aTickKeepsAFreshCheckpointAndReplacesAnOldOne() async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let intake = RegistryFixtures.intake(store, sector: sector)
        let submitted = try intake.submit(try sector.bytes(nil), name: "a.sabundle").entry
        let made = try LogCheckpoint.verify(
            try #require(submitted.receipt.log).checkpoint, key: sector.societyKey.publicKey,
            file: "receipt")

        // Within the interval: the intake's checkpoint is the current one.
        #expect(try Self.server(intake, at: 299).scheduledCheckpoint() == made)
        // An interval later: a new one, of the same tree, at the registry's time, kept.
        let fresh = try Self.server(intake, at: 300).scheduledCheckpoint()
        #expect(fresh.size == 1 && fresh.rootHash == made.rootHash)
        #expect(fresh.time.secondsSince1970 == made.time.secondsSince1970 + 300)
        let log = TransparencyLog(store: store, source: "registry")
        #expect(try log.latestCheckpoint(key: sector.societyKey.publicKey) == fresh)
    }
}
