import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// The log both stores keep: one leaf per recorded submission, appended in the submission's own
/// transaction, with roots and proofs that verify; the same suite on SQLite and PostgreSQL.
@Suite("transparency log: stores")
struct TransparencyLogStoreTests {
    /// The sector's bundles submitted one after the other (the one that is not a bundle at all is
    /// refused before anything is stored, so it is not logged).
    static func submitAll(
        _ store: any RegistryStore, sector: RegistryFixtures.Sector
    ) throws -> [RegistryEntry] {
        let intake = RegistryFixtures.intake(store, sector: sector)
        var recorded: [RegistryEntry] = []
        for planned in sector.plan.bundles where planned.plant != .truncated {
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(planned.file)))
            recorded.append(try intake.submit(bytes, name: planned.file).entry)
        }
        return recorded
    }

    @Test(arguments: StoreBackend.allCases)
    func everyIntakeOutcomeIsALeafAndEveryProofVerifies(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let recorded = try Self.submitAll(made.store, sector: sector)
        #expect(recorded.contains { $0.receipt.outcome == .refused })
        #expect(recorded.contains { $0.receipt.outcome == .accepted })

        let log = TransparencyLog(store: made.store, source: "registry")
        let size = try log.size()
        #expect(size == recorded.count)
        let entries = try log.entries(from: 0, to: size)
        #expect(entries.count == size)
        for (index, entry) in recorded.enumerated() {
            #expect(try log.leafIndex(entryID: entry.receipt.entryID) == index)
            let logged = try LogEntry(receipt: entry.receipt).canonicalBytes()
            #expect(entries[index] == logged)
            let text = String(decoding: logged, as: UTF8.self)
            #expect(text.hasPrefix(#"{"bundle_sha256":""# + entry.receipt.bundleSHA256))
            #expect(text.contains(#""schema":"selfassess.log-entry/v1""#))
        }
        let leaves = entries.map(MerkleTree.leafHash)
        for treeSize in 0...size {
            let root = try log.root(size: treeSize)
            #expect(root == MerkleTree.root(ofLeafHashes: Array(leaves.prefix(treeSize))))
            for leaf in 0..<treeSize {
                let proof = try log.inclusionProof(leaf: leaf, size: treeSize)
                #expect(
                    MerkleTree.verifyInclusion(
                        leafHash: leaves[leaf], index: leaf, size: treeSize, proof: proof,
                        root: root))
            }
            let proof = try log.consistencyProof(first: treeSize, second: size)
            #expect(
                MerkleTree.verifyConsistency(
                    first: treeSize, second: size, firstRoot: root,
                    secondRoot: try log.root(size: size), proof: proof))
        }

        // The same bundle again: the same receipt, no second leaf.
        let again = try Self.submitAll(made.store, sector: sector)
        #expect(again == recorded)
        let reopened = TransparencyLog(store: try made.reopen(), source: "registry")
        #expect(try reopened.size() == size)
        #expect(try reopened.root(size: size) == MerkleTree.root(ofLeafHashes: leaves))
        (made.store as? PostgresRegistryStore)?.close()
    }

    @Test(arguments: StoreBackend.allCases)
    func requestsBeyondTheLogAreRefusedWithTheirCode(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let log = TransparencyLog(store: made.store, source: "registry")
        #expect(try log.size() == 0)
        #expect(try log.root(size: 0) == MerkleTree.emptyRoot)
        _ = try RegistryFixtures.intake(made.store, sector: sector).submit(
            try sector.bytes(nil), name: "a.sabundle")
        let cases: [(() throws(LogError) -> Void, LogError)] = [
            (
                { () throws(LogError) in _ = try log.root(size: 2) },
                .outOfRange(what: "tree size 2", size: 1)
            ),
            (
                { () throws(LogError) in _ = try log.inclusionProof(leaf: 1, size: 1) },
                .outOfRange(what: "leaf 1", size: 1)
            ),
            (
                { () throws(LogError) in _ = try log.consistencyProof(first: 1, second: 3) },
                .outOfRange(what: "tree size 3", size: 1)
            ),
            (
                { () throws(LogError) in _ = try log.entries(from: 0, to: 2) },
                .outOfRange(what: "entries 0..<2", size: 1)
            ),
            (
                { () throws(LogError) in _ = try log.leafIndex(entryID: "nope") },
                .notLogged(entry: "nope")
            ),
        ]
        for (call, expected) in cases {
            let thrown = #expect(throws: LogError.self) { try call() }
            #expect(thrown == expected)
        }
        #expect(LogError.outOfRange(what: "leaf 1", size: 1).code == "SR090")
        #expect(LogError.notLogged(entry: "x").code == "SR091")
        (made.store as? PostgresRegistryStore)?.close()
    }

    @Test func theMigrationIsAppendedOnBothBackends() {
        // Later migrations (v6-decisions) follow it; it stays right after v3-analyst-tokens.
        #expect(SQLiteRegistryStore.migrations[5] == "v4-log")
        #expect(PostgresRegistryStore.migrations == SQLiteRegistryStore.migrations)
    }
}

/// The log's catalog: codes SR090-SR119, English and Chinese for every key.
@Suite("transparency log: messages")
struct LogMessagesTests {
    @Test func everyKeyReadsInEveryLanguageWithTheSamePlaceholders() {
        let problems = MessageCatalogs.translationProblems([MessageCatalogs.entry(LogMessages.self)]
        )
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func codesAreTheLogsAndUnique() {
        let codes = LogMessages.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            let number = Int(code.dropFirst(2)) ?? 0
            #expect(code.hasPrefix("SR") && (90...119).contains(number), "\(code)")
        }
    }
}
