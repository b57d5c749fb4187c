import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// Receipts v3: every receipt the intake gives states its leaf index, a checkpoint of the tree
/// that ends with its leaf (kept by the store in the same transaction) and the inclusion proof,
/// on SQLite and PostgreSQL.
@Suite("transparency log: v3 receipts")
struct ReceiptInclusionTests {
    @Test(arguments: StoreBackend.allCases)
    func everyReceiptProvesItsEntryIsInItsCheckpoint(backend: StoreBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let recorded = try TransparencyLogStoreTests.submitAll(made.store, sector: sector)
        let log = TransparencyLog(store: made.store, source: "registry")
        let key = sector.societyKey.publicKey
        var checkpoints: [LogCheckpoint] = []
        for (leaf, entry) in recorded.enumerated() {
            let receipt = entry.receipt
            #expect(receipt.version == RegistryReceipt.schemaV3)
            let inclusion = try #require(receipt.log)
            #expect(inclusion.leafIndex == leaf)
            #expect(try log.leafIndex(entryID: receipt.entryID) == leaf)
            // The checkpoint is the society's, of the tree that ends with the receipt's leaf, at
            // the time the registry received the bundle.
            let checkpoint = try LogCheckpoint.verify(
                inclusion.checkpoint, key: key, origin: LogCheckpoint.defaultOrigin, file: "r")
            #expect(checkpoint.size == leaf + 1)
            #expect(checkpoint.time == receipt.receivedAt)
            #expect(checkpoint.rootHash == (try log.root(size: leaf + 1)))
            try LogVerifier.verifyInclusion(
                entry: try LogEntry(receipt: receipt).canonicalBytes(), leaf: leaf,
                proof: inclusion.inclusionProof, checkpoint: checkpoint, file: "r")
            // The receipt verifies as signed, and the store gives the very same bytes back.
            _ = try SignedReceipt.verify(
                entry.signed.bytes, signature: entry.signed.signature, with: key, file: "r")
            #expect(try made.store.entry(forBundle: receipt.bundleSHA256) == entry)
            checkpoints.append(checkpoint)
        }
        // The store kept the last receipt's checkpoint, and each later one extends each earlier.
        #expect(try log.latestCheckpoint(key: key) == checkpoints.last)
        for (earlier, later) in zip(checkpoints, checkpoints.dropFirst(3)) {
            try LogVerifier.verifyConsistency(
                from: earlier, to: later,
                proof: try log.consistencyProof(first: earlier.size, second: later.size),
                file: "log")
        }
        // The same bundle again: the same receipt, no new leaf, no new checkpoint.
        let first = try #require(recorded.first)
        let planned = try #require(sector.plan.bundles.first { $0.plant != .truncated })
        let again = try RegistryFixtures.intake(made.store, sector: sector).submit(
            Array(try Data(contentsOf: sector.folder.appendingPathComponent(planned.file))),
            name: planned.file)
        #expect(!again.isNew && again.entry == first)
        #expect(try log.size() == recorded.count)
        #expect(try log.latestCheckpoint(key: key) == checkpoints.last)
        (made.store as? PostgresRegistryStore)?.close()
    }

    @Test(arguments: StoreBackend.allCases)
    func aLogThatNoLongerExtendsItsLatestCheckpointSignsNoReceipt(
        backend: StoreBackend
    ) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let intake = RegistryFixtures.intake(made.store, sector: sector)
        let bundles = sector.plan.bundles.filter { $0.plant != .truncated }
        for planned in bundles.prefix(2) {
            _ = try intake.submit(
                Array(try Data(contentsOf: sector.folder.appendingPathComponent(planned.file))),
                name: planned.file)
        }
        // A checkpoint of the next size with another root, as if the tables had been changed
        // since it was signed.
        let forged = try LogCheckpoint.sign(
            origin: LogCheckpoint.defaultOrigin, size: 3, root: MerkleTree.leafHash([7]),
            time: RegistryFixtures.receivedAt, key: sector.societyKey)
        try made.store.saveLogCheckpoint(
            size: 3, root: forged.rootHash, bytes: forged.bytes, madeAt: forged.time)
        let next = try #require(bundles.dropFirst(2).first)
        let refused = #expect(throws: RegistryError.self) {
            try intake.submit(
                Array(try Data(contentsOf: sector.folder.appendingPathComponent(next.file))),
                name: next.file)
        }
        #expect(
            refused?.description.contains(
                "the log of 3 entries does not extend the checkpoint of 3") == true,
            "\(String(describing: refused))")
        // Nothing was recorded: no row, no leaf, no receipt.
        let bytes = Array(try Data(contentsOf: sector.folder.appendingPathComponent(next.file)))
        #expect(try made.store.entry(forBundle: BundleManifest.sha256(bytes)) == nil)
        #expect(try made.store.logSize() == 2)
        (made.store as? PostgresRegistryStore)?.close()
    }

    @Test func aV3ReceiptReadsBackAsWritten() throws {
        let society = try #require(SigningKey(seed: Array(repeating: 0x5A, count: 32)))
        let checkpoint = try LogCheckpoint.sign(
            origin: LogCheckpoint.defaultOrigin, size: 3, root: MerkleTree.leafHash([1]),
            time: RegistryFixtures.receivedAt, key: society)
        var receipt = SignedReceiptTests.refused
        receipt.keyringSerial = 2
        receipt.log = RegistryReceipt.LogInclusion(
            leafIndex: 2, checkpoint: checkpoint.bytes,
            inclusionProof: [MerkleTree.leafHash([2]), MerkleTree.leafHash([3])])
        let bytes = try receipt.canonicalBytes(file: "r")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""schema":"selfassess.receipt/v3""#))
        #expect(text.contains(#""leaf_index":2,"#))
        #expect(text.contains(#""checkpoint":"selfassess-registry\n3\n"#))
        #expect(try RegistryReceipt.parse(bytes, file: "r") == receipt)

        // A proof element that is not the base64 of 32 bytes, a missing leaf index.
        let hash = Data(MerkleTree.leafHash([2])).base64EncodedString()
        for (from, to) in [
            (hash, String(hash.dropLast(4))), (#""leaf_index":2,"#, ""),
        ] {
            let broken = Array(text.replacingOccurrences(of: from, with: to).utf8)
            let error = #expect(throws: RegistryError.self) {
                try RegistryReceipt.parse(broken, file: "r")
            }
            #expect(error?.code == "SR031")
        }
    }
}

/// `selfassess receipt verify` on v3 receipts: the proof and the checkpoint checked offline, and
/// each way a receipt's proof can be wrong (signed by the society all the same) with its own code.
@Suite("transparency log: receipt verify")
struct ReceiptVerifyCommandTests {
    /// How a dishonest or broken registry could sign a receipt whose proof is wrong.
    enum Tamper: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case honest, proof, leaf, checkpointKey, checkpointLayout
        var testDescription: String { rawValue }

        /// The code `receipt verify` must report; nil when the receipt verifies.
        var code: String? {
            switch self {
            case .honest: nil
            case .proof, .leaf: "SR108"
            case .checkpointKey: "SR107"
            case .checkpointLayout: "SR106"
            }
        }

        func apply(
            to receipt: RegistryReceipt, society: SigningKey
        ) throws -> RegistryReceipt {
            var changed = receipt
            var log = try #require(receipt.log)
            switch self {
            case .honest: break
            case .proof:
                log.inclusionProof[0][0] ^= 0x01
            case .leaf:
                log.leafIndex -= 1
            case .checkpointKey:
                let other = try #require(SigningKey(seed: Array(repeating: 0x11, count: 32)))
                let checkpoint = try LogCheckpoint.verify(
                    log.checkpoint, key: society.publicKey, file: "cp")
                log.checkpoint =
                    try LogCheckpoint.sign(
                        origin: checkpoint.origin, size: checkpoint.size,
                        root: checkpoint.rootHash, time: checkpoint.time, key: other
                    ).bytes
            case .checkpointLayout:
                log.checkpoint = Array(
                    String(decoding: log.checkpoint, as: UTF8.self)
                        .replacingOccurrences(of: "\n2\n", with: "\ntwo\n").utf8)
            }
            changed.log = log
            return changed
        }
    }

    @Test(arguments: Tamper.allCases)
    func receiptVerifyChecksTheProofOffline(tamper: Tamper) async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let intake = RegistryFixtures.intake(store, sector: sector)
        var last: RegistryEntry?
        for planned in sector.plan.bundles.filter({ $0.plant != .truncated }).prefix(2) {
            last = try intake.submit(
                Array(try Data(contentsOf: sector.folder.appendingPathComponent(planned.file))),
                name: planned.file
            ).entry
        }
        // Leaf 1 of a checkpoint of 2 entries: a proof of one hash.
        let honest = try #require(last).receipt
        #expect(honest.log?.leafIndex == 1 && honest.log?.inclusionProof.count == 1)
        let signed = try SignedReceipt.sign(
            try tamper.apply(to: honest, society: sector.societyKey), with: sector.societyKey)
        try Data(signed.bytes).write(to: cleanup.appendingPathComponent("r.receipt.json"))
        try Data(signed.signature).write(
            to: cleanup.appendingPathComponent("r.receipt.json.minisig"))

        let result = try await RegistryCLI.run(
            [
                "receipt", "verify", "r.receipt.json", "--society-key",
                "\(sector.folder.path)/society.pub",
            ], in: cleanup)
        if let code = tamper.code {
            #expect(result.status == 1, "\(result.stdout)")
            #expect(result.stderr.contains("[\(code)]"), "\(result.stderr)")
            #expect(result.stderr.contains("r.receipt.json: the receipt's "), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        } else {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stdout.contains(
                    "\n  in the log selfassess-registry: leaf 1 of the checkpoint of 2 entries made 2026-03-15T09:30:00Z, signed by the society key; the inclusion proof leads to its root\n"
                ), "\(result.stdout)")
        }
    }
}
