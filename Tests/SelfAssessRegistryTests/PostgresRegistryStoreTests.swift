import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// What only the PostgreSQL store has to show: migrations under the advisory lock, several
/// instances on one database, a server restart, the `--database` URL and the commands.
@Suite("PostgreSQL registry store")
struct PostgresRegistryStoreTests {
    @Test func migratesOnceAndAgainOnRestartNothing() async throws {
        let (store, folder, cleanup) = try await RegistryFixtures.postgresStore()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        #expect(try store.appliedMigrations() == PostgresRegistryStore.migrations)
        #expect(PostgresRegistryStore.migrations == SQLiteRegistryStore.migrations)
        #expect(try store.submissionCount() == 0)
        store.close()

        for _ in 0..<2 {
            let reopened = try PostgresRegistryStore.open(database: store.database, folder: folder)
            #expect(try reopened.appliedMigrations() == PostgresRegistryStore.migrations)
            #expect(try reopened.entries().isEmpty)
            reopened.close()
        }

        let again = #expect(throws: RegistryError.self) {
            try PostgresRegistryStore.create(database: store.database, folder: folder)
        }
        #expect(
            again
                == .databaseAlreadyInitialized(
                    database: store.database.displayName, table: "registry_migrations"))
        #expect(again?.code == "SR038")
        #expect(again?.isInputOutputFailure == false)
    }

    /// Eight instances creating the same registry at once: the advisory lock lets one apply the
    /// migrations; the others find them applied and are refused, none fails halfway.
    @Test func instancesStartingAtOnceApplyTheMigrationsOnce() async throws {
        let server = try await PostgresServer.sharedOrSkip()
        let database = try PostgresDatabaseURL(try server.createDatabase())
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("registry")

        let outcomes = try await onThreads(8) { _ -> String in
            do throws(RegistryError) {
                let store = try PostgresRegistryStore.create(database: database, folder: folder)
                store.close()
                return "created"
            } catch {
                return error.code
            }
        }
        #expect(outcomes.filter { $0 == "created" }.count == 1)
        #expect(outcomes.filter { $0 == "SR038" }.count == 7)
        let store = try PostgresRegistryStore.open(database: database, folder: folder)
        defer { store.close() }
        #expect(try store.appliedMigrations() == PostgresRegistryStore.migrations)
    }

    @Test func refusesADatabaseWithoutARegistry() async throws {
        let server = try await PostgresServer.sharedOrSkip()
        let database = try PostgresDatabaseURL(try server.createDatabase())
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("bundles"), withIntermediateDirectories: true)
        let opened = #expect(throws: RegistryError.self) {
            try PostgresRegistryStore.open(database: database, folder: root)
        }
        #expect(
            opened
                == .databaseNotInitialized(
                    database: database.displayName, table: "registry_migrations"))
        #expect(opened?.code == "SR037")
        #expect(opened?.isInputOutputFailure == true)
    }

    @Test func aServerThatIsNotThereIsAConnectionFailure() throws {
        // A port nothing listens on: the connection is refused at once.
        let database = try PostgresDatabaseURL("postgres://nobody@127.0.0.1:1/none?sslmode=disable")
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let failure = #expect(throws: RegistryError.self) {
            try PostgresRegistryStore.create(database: database, folder: root)
        }
        #expect(failure?.code == "SR039")
        #expect(
            failure?.description.hasPrefix(
                "postgres://nobody@127.0.0.1:1/none: cannot connect to PostgreSQL: ") == true)
    }

    /// Two instances (two pools of connections) take the same 50 records at once, from 16
    /// threads, each instance with its own entry ids: 50 rows, and both instances return, for
    /// each bundle, the one entry recorded, byte for byte.
    @Test func twoInstancesRecordingTheSameFiftyAtOnceGiveOneRowEach() async throws {
        let sector = try await RegistryFixtures.sector()
        let (first, folder, cleanup) = try await RegistryFixtures.postgresStore()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let second = try PostgresRegistryStore.open(database: first.database, folder: folder)
        defer {
            first.close()
            second.close()
        }
        let entries = try (0..<50).map { index in
            try (0..<2).map { instance in
                let receipt = RegistryReceipt(
                    entryID: "instance-\(instance)-\(index)",
                    bundleSHA256: BundleManifest.sha256(Array("bundle \(index)".utf8)),
                    manifestSHA256: nil, signatory: "acme", year: 2025, sequence: index,
                    receivedAt: RegistryFixtures.receivedAt, outcome: .accepted, code: nil,
                    reason: nil, onTime: nil, keyringSHA256: sector.keyringSHA256)
                return RegistryEntry(
                    signed: try SignedReceipt.sign(receipt, with: sector.societyKey),
                    bodyStored: true)
            }
        }
        let stores = [first, second]
        let recorded = try await onThreads(16) { thread -> [RegistryEntry] in
            let instance = thread % 2
            // Each thread runs through the records from its own starting point.
            return try (0..<50).map { step in
                let index = (step + thread * 7) % 50
                return try stores[instance].record(entries[index][instance])
            }
        }
        #expect(recorded.count == 16)
        #expect(try first.submissionCount() == 50)
        let stored = try first.entries()
        #expect(stored.count == 50)
        #expect(try second.entries() == stored)
        for index in 0..<50 {
            let bundle = entries[index][0].receipt.bundleSHA256
            let winner = try #require(try first.entry(forBundle: bundle))
            #expect(entries[index].contains(winner))
            #expect(try second.entry(forBundle: bundle) == winner)
            for (thread, results) in recorded.enumerated() {
                let step = (index - thread * 7 % 50 + 50) % 50
                #expect(results[step] == winner, "thread \(thread), bundle \(index)")
            }
        }
    }

    /// The sector's every bundle submitted through two intakes on two instances at once, twice
    /// each: one row per bundle, every receipt the same from both, every accepted body stored.
    @Test func twoIntakesOnOneDatabaseTakeEachBundleOnce() async throws {
        let sector = try await RegistryFixtures.sector()
        let (first, folder, cleanup) = try await RegistryFixtures.postgresStore()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let second = try PostgresRegistryStore.open(database: first.database, folder: folder)
        defer {
            first.close()
            second.close()
        }
        let files = sector.plan.bundles.map { sector.folder.appendingPathComponent($0.file) }
        let bundles = try files.map { Array(try Data(contentsOf: $0)) }
        // Entry ids as a real instance makes them (random), so they never collide.
        let intakes = [first, second].map { store in
            RegistryIntake(
                store: store, keyring: sector.keyring, keyringSHA256: sector.keyringSHA256,
                framework: sector.framework, receiptKey: sector.societyKey,
                clock: FixedClock(RegistryFixtures.receivedAt))
        }
        let results = try await onThreads(4) { thread -> [[UInt8]] in
            try bundles.indices.map { index in
                let bundle = bundles[(index + thread * 5) % bundles.count]
                do throws(RegistryError) {
                    return try intakes[thread % 2].submit(bundle, name: "b.sabundle").entry.signed
                        .bytes
                } catch {
                    if case .notABundle = error { return [] }
                    throw error
                }
            }
        }
        let stored = try first.entries()
        #expect(try first.submissionCount() == stored.count)
        #expect(try second.entries() == stored)
        var expected: [[UInt8]] = []
        for bundle in bundles {
            let sha256 = BundleManifest.sha256(bundle)
            let entry = try first.entry(forBundle: sha256)
            // A truncated file is not a bundle at all: no row, no receipt, from either instance.
            expected.append(entry?.signed.bytes ?? [])
            if let entry, entry.bodyStored {
                #expect(try second.bundle(sha256: sha256) == bundle)
            }
        }
        #expect(stored.count == expected.filter { !$0.isEmpty }.count)
        #expect(stored.count > bundles.count / 2)
        for (thread, receipts) in results.enumerated() {
            for (step, receipt) in receipts.enumerated() {
                let index = (step + thread * 5) % bundles.count
                #expect(
                    receipt == expected[index],
                    "thread \(thread), \(files[index].lastPathComponent)")
            }
        }
    }

    /// A crash of the server (`pg_ctl stop -m immediate`: no checkpoint) and a start: every
    /// receipt given before is there, the store that was open carries on over new connections,
    /// and the migrations are not applied again.
    @Test func aServerRestartLosesNothingAcknowledged() async throws {
        let sector = try await RegistryFixtures.sector()
        let server = try PostgresServer.startOrSkip()
        defer { server.remove() }
        let database = try PostgresDatabaseURL(try server.createDatabase())
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("registry")
        let store = try PostgresRegistryStore.create(database: database, folder: folder)
        defer { store.close() }
        let intake = RegistryFixtures.intake(store, sector: sector)
        var given: [RegistryEntry] = []
        for entry in sector.plan.bundles.filter({ $0.outcome == "accepted" }).prefix(6) {
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(entry.file)))
            given.append(try intake.submit(bytes, name: entry.file).entry)
        }

        try server.stop(immediately: true)
        try server.startAgain()

        #expect(try store.entries() == given.sorted { $0.receipt.entryID < $1.receipt.entryID })
        let reopened = try PostgresRegistryStore.open(database: database, folder: folder)
        defer { reopened.close() }
        #expect(try reopened.appliedMigrations() == PostgresRegistryStore.migrations)
        #expect(try reopened.entries() == given.sorted { $0.receipt.entryID < $1.receipt.entryID })
        let first = try #require(sector.plan.bundles.first { $0.outcome == "accepted" })
        let again = try RegistryFixtures.intake(reopened, sector: sector).submit(
            Array(try Data(contentsOf: sector.folder.appendingPathComponent(first.file))),
            name: first.file)
        #expect(!again.isNew)
        #expect(again.entry == given[0])
    }
}

/// `registry init` and `registry intake` with `--database`, through the built binary.
@Suite("registry commands on PostgreSQL", .tags(.large))
struct PostgresRegistryCommandTests {
    @Test func initAndIntakeKeepTheRowsInPostgreSQLAndTheBundlesInTheFolder() async throws {
        let sector = try await RegistryFixtures.sector()
        let server = try await PostgresServer.sharedOrSkip()
        let url = try server.createDatabase()
        let database = try PostgresDatabaseURL(url)
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }

        let created = try await RegistryCLI.run(
            ["registry", "init", "--data", "reg", "--database", url], in: work)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(
            created.stdout
                == "Created a registry in \(database.displayName) (PostgreSQL, migrations \(PostgresRegistryStore.migrations.joined(separator: ", "))) with reg/bundles/ for the bundles.\n"
        )
        #expect(!FileManager.default.fileExists(atPath: work.path + "/reg/registry.sqlite"))
        let again = try await RegistryCLI.run(
            ["registry", "init", "--data", "reg", "--database", url], in: work)
        #expect(again.status == 1)
        #expect(
            again.stderr.contains(
                "\(database.displayName): a registry already exists in this database (registry_migrations) [SR038]"
            ), "\(again.stderr)")

        let bundle = try sector.bundle(nil).path
        let arguments =
            RegistryCommandTests.intake([bundle], sector: sector) + ["--database", url]
        let taken = try await RegistryCLI.run(arguments, in: work)
        #expect(taken.status == 0, "\(taken.stderr)")
        let store = try PostgresRegistryStore.open(
            database: database, folder: work.appendingPathComponent("reg"))
        defer { store.close() }
        let entries = try store.entries()
        #expect(entries.count == 1)
        let receipt = try Data(
            contentsOf: work.appendingPathComponent(RegistryCommandTests.receiptName(bundle)))
        #expect(entries.first.map { Data($0.signed.bytes) } == receipt)
        let sha256 = try #require(entries.first?.receipt.bundleSHA256)
        #expect(
            FileManager.default.fileExists(
                atPath: work.path + "/reg/bundles/\(sha256.prefix(2))/\(sha256).sabundle"))

        let recordedBefore = try await RegistryCLI.run(arguments, in: work)
        #expect(recordedBefore.status == 0)
        #expect(recordedBefore.stdout.contains(": recorded before (accepted, entry "))
        #expect(try store.submissionCount() == 1)
    }

    /// Two `registry intake` processes on one database and one data folder at once, each with
    /// the whole sector: one row per bundle, and each bundle's receipt the same from both.
    @Test func twoIntakeProcessesAtOnceGiveTheSameReceipts() async throws {
        let sector = try await RegistryFixtures.sector()
        let server = try await PostgresServer.sharedOrSkip()
        let url = try server.createDatabase()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let created = try await RegistryCLI.run(
            ["registry", "init", "--data", "reg", "--database", url], in: work)
        #expect(created.status == 0, "\(created.stderr)")

        let bundles = sector.plan.bundles.map { sector.folder.appendingPathComponent($0.file).path }
        let arguments = RegistryCommandTests.intake(bundles, sector: sector).dropLast(2)
        async let first = RegistryCLI.run(
            Array(arguments) + ["--database", url, "--receipts", "first"], in: work)
        async let second = RegistryCLI.run(
            Array(arguments) + ["--database", url, "--receipts", "second"], in: work)
        let results = try await [first, second]
        for result in results { #expect(result.status == 1, "one bundle is not a bundle") }

        let store = try PostgresRegistryStore.open(
            database: try PostgresDatabaseURL(url), folder: work.appendingPathComponent("reg"))
        defer { store.close() }
        let entries = try store.entries()
        #expect(entries.count == bundles.count - 1)
        var compared = 0
        for bundle in bundles {
            var name = URL(fileURLWithPath: bundle).deletingPathExtension().lastPathComponent
            name += ".receipt.json"
            let one = work.appendingPathComponent("first/" + name)
            let other = work.appendingPathComponent("second/" + name)
            guard FileManager.default.fileExists(atPath: one.path) else { continue }
            compared += 1
            #expect(try Data(contentsOf: one) == Data(contentsOf: other), "\(name)")
            #expect(
                entries.contains { Data($0.signed.bytes) == (try? Data(contentsOf: one)) },
                "\(name)")
        }
        #expect(compared == entries.count)
    }

    @Test(
        arguments: [
            ("mysql://a@h/d", "the scheme must be postgres://"),
            ("postgres://a:hunter2@h", "no database name after the host"),
        ])
    func aBadURLIsAUsageError(url: String, reason: String) async throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try await RegistryCLI.run(
            ["registry", "init", "--data", "reg", "--database", url], in: work)
        #expect(result.status == 64)
        #expect(result.stderr.contains(reason), "\(result.stderr)")
        #expect(result.stderr.contains("[SR036]"))
        #expect(!result.stderr.contains("hunter2"))
        #expect(!FileManager.default.fileExists(atPath: work.path + "/reg"))
    }

    @Test func noServerIsAnIOFailureNamingTheDatabase() async throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try await RegistryCLI.run(
            [
                "registry", "init", "--data", "reg", "--database",
                "postgres://nobody@127.0.0.1:1/none?sslmode=disable",
            ], in: work)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "postgres://nobody@127.0.0.1:1/none: cannot connect to PostgreSQL: "),
            "\(result.stderr)")
        #expect(result.stderr.contains("[SR039]"))
    }
}

/// The `--database` URL.
@Suite("PostgreSQL database URL")
struct PostgresDatabaseURLTests {
    @Test(
        arguments: [
            ("postgres://reg@db.example:5433/registry", "postgres://reg@db.example:5433/registry"),
            ("postgresql://reg@localhost/registry", "postgres://reg@localhost:5432/registry"),
            (
                "postgres://reg:secret@127.0.0.1:5432/r?sslmode=require",
                "postgres://reg@127.0.0.1:5432/r"
            ),
            (
                "postgres://reg@/registry?host=/run/postgresql",
                "postgres://reg@:5432/registry?host=/run/postgresql"
            ),
        ])
    func parses(text: String, shown: String) throws {
        let url = try PostgresDatabaseURL(text, environment: [:])
        #expect(url.displayName == shown)
        #expect(!url.displayName.contains("secret"))
    }

    @Test func thePasswordComesFromTheURLOrPGPASSWORD() throws {
        #expect(
            try PostgresDatabaseURL("postgres://a:b@h/d", environment: ["PGPASSWORD": "c"]).password
                == "b")
        #expect(
            try PostgresDatabaseURL("postgres://a@h/d", environment: ["PGPASSWORD": "c"]).password
                == "c")
        #expect(try PostgresDatabaseURL("postgres://a@h/d", environment: [:]).password == nil)
        let url = try PostgresDatabaseURL("postgres://a@h:6000/d?sslmode=disable", environment: [:])
        #expect(url.endpoint == .tcp(host: "h", port: 6000))
        #expect(url.tls == .disable)
        #expect(url.user == "a" && url.database == "d")
    }

    @Test(
        arguments: [
            ("mysql://a@h/d", "the scheme must be postgres://"),
            ("postgres://h/d", "no user (postgres://USER@HOST/DATABASE)"),
            ("postgres://a@h", "no database name after the host"),
            ("postgres://a@h/d?sslmode=maybe", "sslmode must be disable, prefer or require"),
            ("postgres://a@h/d?pool=9", "unknown parameter pool"),
            ("postgres://a@/d", "no host (or ?host=/socket/folder)"),
        ])
    func refuses(text: String, reason: String) {
        let error = #expect(throws: RegistryError.self) {
            try PostgresDatabaseURL(text, environment: [:])
        }
        #expect(error == .databaseURL(url: text, reason: reason))
        #expect(error?.code == "SR036")
    }

    @Test func aRefusedURLNeverShowsItsPassword() {
        let error = #expect(throws: RegistryError.self) {
            try PostgresDatabaseURL("mysql://a:hunter2@h/d", environment: [:])
        }
        #expect(error?.description.contains("hunter2") == false)
        #expect(error?.description.hasPrefix("mysql://a:***@h/d: ") == true)
    }
}

/// Runs `work` on `count` threads of its own at once (real parallelism, whatever the test
/// runner's pool) and returns the results in thread order; rethrows the first failure.
func onThreads<T: Sendable>(
    _ count: Int, _ work: @escaping @Sendable (Int) throws -> T
) async throws -> [T] {
    let results = ThreadResults<T>(count: count)
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            results.set(index, Result { try work(index) })
            group.leave()
        }
        thread.start()
    }
    await withCheckedContinuation { continuation in
        group.notify(queue: .global()) { continuation.resume() }
    }
    return try results.all()
}

private final class ThreadResults<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<T, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<T, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func all() throws -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return try results.map { result in
            guard let result else { throw CancellationError() }
            return try result.get()
        }
    }
}
