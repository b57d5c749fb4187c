import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// `selfassess log verify --from CHECKPOINT --to DIR`: an honest log passes; a forged checkpoint,
/// a checkpoint signed by another key, a rewritten and a dropped entry (the SQLite file changed
/// with the sqlite3 tool) each fail with their own code.
@Suite("transparency log: log verify")
struct LogVerifyCommandTests {
    static let sqlite3 = ExternalTool.find("sqlite3")

    /// A registry with the sector submitted and a checkpoint kept after the first two entries
    /// and at the end; the caller removes `cleanup`.
    static func registry() async throws -> (
        folder: URL, root: URL, early: LogCheckpoint, late: LogCheckpoint,
        sector: RegistryFixtures.Sector
    ) {
        let sector = try await RegistryFixtures.sector()
        let (store, folder, root) = try RegistryFixtures.store()
        let intake = RegistryFixtures.intake(store, sector: sector)
        let log = TransparencyLog(store: store, source: "registry")
        var early: LogCheckpoint?
        for (index, planned) in sector.plan.bundles.filter({ $0.plant != .truncated }).enumerated()
        {
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(planned.file)))
            _ = try intake.submit(bytes, name: planned.file)
            if index == 1 {
                early = try log.makeCheckpoint(
                    origin: LogCheckpoint.defaultOrigin, key: sector.societyKey,
                    time: RegistryFixtures.receivedAt)
            }
        }
        let late = try log.makeCheckpoint(
            origin: LogCheckpoint.defaultOrigin, key: sector.societyKey,
            time: RegistryFixtures.receivedAt)
        try Data(sector.societyKey.publicKey.pemRepresentation.utf8).write(
            to: root.appendingPathComponent("society.pub"))
        return (folder, root, try #require(early), late, sector)
    }

    static func verify(_ checkpoint: [UInt8], in root: URL) async throws -> RegistryCLI.Result {
        try Data(checkpoint).write(to: root.appendingPathComponent("kept.checkpoint"))
        return try await RegistryCLI.run(
            [
                "log", "verify", "--from", "kept.checkpoint", "--to", "registry", "--society-key",
                "society.pub",
            ],
            in: root)
    }

    @Test func anHonestLogExtendsEveryCheckpointKept() async throws {
        let made = try await Self.registry()
        defer { try? FileManager.default.removeItem(at: made.root) }
        for checkpoint in [made.early, made.late] {
            let result = try await Self.verify(checkpoint.bytes, in: made.root)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stdout.hasPrefix(
                    "registry: the log of \(made.late.size) entries extends the checkpoint kept.checkpoint of \(checkpoint.size) entries"
                ))
        }
    }

    @Test func aForgedCheckpointOrAnotherKeyIsFound() async throws {
        let made = try await Self.registry()
        defer { try? FileManager.default.removeItem(at: made.root) }
        let forged = try LogCheckpoint.sign(
            origin: LogCheckpoint.defaultOrigin, size: made.late.size,
            root: MerkleTree.leafHash([1]),
            time: RegistryFixtures.receivedAt, key: made.sector.societyKey)
        let other = try LogCheckpoint.sign(
            origin: LogCheckpoint.defaultOrigin, size: made.late.size, root: made.late.rootHash,
            time: RegistryFixtures.receivedAt,
            key: try #require(SigningKey(seed: Array(repeating: 7, count: 32))))
        for (bytes, code) in [(forged.bytes, "SR101"), (other.bytes, "SR095")] {
            let result = try await Self.verify(bytes, in: made.root)
            #expect(result.status == 1)
            #expect(result.stderr.contains("[\(code)]"), "\(result.stderr)")
        }
    }

    @Test(.enabled(if: sqlite3 != nil, "needs sqlite3, not installed"))
    func aRewrittenOrDroppedEntryIsFound() async throws {
        let sqlite3 = try #require(Self.sqlite3)
        for (statement, code) in [
            (
                "UPDATE log_entries SET entry = CAST(replace(CAST(entry AS TEXT), '\"refused\"', '\"accepted\"') AS BLOB) WHERE leaf_index = (SELECT MIN(l.leaf_index) FROM log_entries l JOIN submissions s ON s.entry_id = l.entry_id WHERE s.outcome = 'refused')",
                "SR099"
            ),
            (
                "DELETE FROM log_entries WHERE leaf_index = (SELECT MAX(leaf_index) FROM log_entries)",
                "SR100"
            ),
            ("DELETE FROM log_entries WHERE leaf_index = 1", "SR100"),
        ] {
            let made = try await Self.registry()
            defer { try? FileManager.default.removeItem(at: made.root) }
            let database = made.folder.appendingPathComponent(SQLiteRegistryStore.databaseName)
            let changed = try ExternalTool.run(sqlite3, [database.path, statement])
            #expect(changed.status == 0, "\(changed.stderr)")
            let result = try await Self.verify(made.late.bytes, in: made.root)
            #expect(result.status == 1, "\(statement)")
            #expect(result.stderr.contains("[\(code)]"), "\(statement): \(result.stderr)")
        }
    }
}
