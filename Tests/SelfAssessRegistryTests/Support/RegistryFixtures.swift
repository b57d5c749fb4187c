import Foundation
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Subprocess
import SystemPackage
import Testing

/// A generated sector (one year, signatories with every single-year plant), made once per test
/// run in process, and what the registry's tests build on it: the framework, the society's
/// keys, the keyring, stores in temporary folders, and an intake at a fixed time.
enum RegistryFixtures {
    struct Sector: Sendable {
        var folder: URL
        var plan: SamplePlan
        var framework: Framework
        var societyKey: SigningKey
        var keyring: Keyring
        var keyringSHA256: String

        /// The bundle file planted with a problem (or the first accepted one for nil).
        func bundle(_ plant: SamplePlant?) throws -> URL {
            let entry = try #require(
                plan.bundles.first {
                    $0.plant == plant && (plant != nil || $0.outcome == "accepted")
                },
                "no bundle planted with \(plant?.rawValue ?? "nothing")")
            return folder.appendingPathComponent(entry.file)
        }

        /// A bundle's bytes.
        func bytes(_ plant: SamplePlant?) throws -> [UInt8] {
            Array(try Data(contentsOf: try bundle(plant)))
        }
    }

    static let cache = MadeOnce { try await RegistryFixtures.make() }

    /// The sector; its folder must not be changed by a test.
    static func sector() async throws -> Sector { try await cache.value() }

    /// 2026-03-15T09:30:00Z: the registry's clock in the tests.
    static let receivedAt = BundleTimestamp("2026-03-15T09:30:00Z") ?? .earliest

    private static func make() async throws -> Sector {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("sector")
        let framework = try #require(FrameworkLoader.builtin.framework)
        let generator = SectorGenerator(
            framework: framework,
            options: SectorGenerator.Options(
                seed: 2026, signatories: 18, years: 1, keepAssessments: false),
            today: CalendarDate(year: 2026, month: 3, day: 1) ?? .startOfYear(2026))
        let plan = try await generator.generate(into: folder)
        let societyKey = try KeyFile.readPrivateKey(
            at: folder.appendingPathComponent("society.key"))
        let loaded = try KeyringFile.loadTrusted(
            folder.appendingPathComponent("keyring.yaml"),
            societyKey: societyKey.publicKey, framework: framework)
        return Sector(
            folder: folder, plan: plan, framework: framework, societyKey: societyKey,
            keyring: loaded.keyring, keyringSHA256: try #require(loaded.keyring.sha256))
    }

    /// A new SQLite registry in a temporary folder; the caller removes `cleanup`.
    static func store() throws -> (store: SQLiteRegistryStore, folder: URL, cleanup: URL) {
        let root = try TestSupport.temporaryFolder()
        let folder = root.appendingPathComponent("registry")
        return (try SQLiteRegistryStore.create(at: folder), folder, root)
    }

    /// A new PostgreSQL registry: a new database on the tests' shared server and a data folder in a
    /// temporary folder; the caller removes `cleanup`.
    ///
    /// Cancels the test (under `CI=true`: fails it) where PostgreSQL cannot start.
    static func postgresStore() async throws -> (
        store: PostgresRegistryStore, folder: URL, cleanup: URL
    ) {
        let server = try await PostgresServer.sharedOrSkip()
        let database = try PostgresDatabaseURL(try server.createDatabase())
        let root = try TestSupport.temporaryFolder()
        let folder = root.appendingPathComponent("registry")
        return (try PostgresRegistryStore.create(database: database, folder: folder), folder, root)
    }

    /// An intake over a store at the fixed time, with entry ids `entry-1`, `entry-2` ….
    static func intake(
        _ store: any RegistryStore, sector: Sector, maxBundleSize: Int = 64 << 20
    ) -> RegistryIntake {
        let counter = Counter()
        return RegistryIntake(
            store: store, keyring: sector.keyring, keyringSHA256: sector.keyringSHA256,
            framework: sector.framework, receiptKey: sector.societyKey,
            clock: FixedClock(receivedAt), maxBundleSize: maxBundleSize,
            makeEntryID: { "entry-\(counter.next())" })
    }

    /// A ZIP archive of files, as bytes.
    static func zip(_ files: [String: [UInt8]]) throws -> [UInt8] {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("archive.zip")
        try ZIPContainerWriter.write(
            files.map { ZIPContainerWriter.Entry(path: $0.key, content: .bytes($0.value)) }, to: url
        )
        return Array(try Data(contentsOf: url))
    }

    /// The files under a folder, relative paths, sorted.
    static func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }
}

/// A thread-safe counter for entry ids.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// Runs the built `selfassess` binary, which SwiftPM links next to the test bundle.
enum RegistryCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("selfassess")

    /// Runs another program (`/usr/bin/python3`) with arguments in a working folder.
    static func runTool(
        _ path: String, _ arguments: [String], in folder: URL
    ) async throws -> Result {
        let result = try await Subprocess.run(
            .path(FilePath(path)), arguments: Arguments(arguments),
            workingDirectory: FilePath(folder.path), output: .string(limit: 1 << 20),
            error: .string(limit: 1 << 20))
        var status: Int32 = -1
        if case .exited(let code) = result.terminationStatus { status = code }
        return Result(status: status, stdout: result.standardOutput, stderr: result.standardError)
    }

    /// Runs the binary with arguments in a working folder, with NO_COLOR set.
    static func run(_ arguments: [String], in folder: URL) async throws -> Result {
        let result = try await Subprocess.run(
            .path(FilePath(binary.path)), arguments: Arguments(arguments),
            environment: .inherit.updating(["NO_COLOR": "1"]),
            workingDirectory: FilePath(folder.path), output: .string(limit: 1 << 24),
            error: .string(limit: 1 << 24))
        var status: Int32 = -1
        if case .exited(let code) = result.terminationStatus { status = code }
        return Result(status: status, stdout: result.standardOutput, stderr: result.standardError)
    }
}
