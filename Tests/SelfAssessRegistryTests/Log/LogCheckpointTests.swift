import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// Signed checkpoints (C2SP tlog-checkpoint in a signed note) and the offline checks of the log,
/// each kind of tampering with its own code.
@Suite("transparency log: checkpoints and tampering")
struct LogCheckpointTests {
    static let society = SigningKey(seed: Array(repeating: 0x5A, count: 32))
    static let other = SigningKey(seed: Array(repeating: 0x11, count: 32))
    static let time = BundleTimestamp("2026-03-31T23:59:00Z") ?? .earliest
    static let root = MerkleTree.leafHash(Array("root".utf8))

    @Test func theCheckpointIsATlogCheckpointInASignedNote() throws {
        let society = try #require(Self.society)
        let checkpoint = try LogCheckpoint.sign(
            origin: "example.org/registry", size: 42, root: Self.root, time: Self.time, key: society
        )
        let text = String(decoding: checkpoint.bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 7)
        #expect(lines[0] == "example.org/registry")
        #expect(lines[1] == "42")
        #expect(lines[2] == Data(Self.root).base64EncodedString())
        #expect(lines[3] == "time 2026-03-31T23:59:00Z")
        #expect(lines[4] == "" && lines[6] == "")
        #expect(lines[5].hasPrefix("\u{2014} example.org/registry "))
        let blob = try #require(Data(base64Encoded: String(lines[5].split(separator: " ")[2])))
        #expect(blob.count == 68)
        #expect(
            Array(blob.prefix(4))
                == LogCheckpoint.keyID(name: "example.org/registry", key: society.publicKey))
        // The signature is pure Ed25519 over the note's text, last newline included.
        let signed = Array(lines[0...3].joined(separator: "\n").utf8) + [0x0A]
        #expect(society.publicKey.isValidSignature(Array(blob.dropFirst(4)), for: signed))

        let verified = try LogCheckpoint.verify(
            checkpoint.bytes, key: society.publicKey, origin: "example.org/registry", file: "cp")
        #expect(verified == checkpoint)
    }

    @Test func aCheckpointThatDoesNotVerifyIsRefusedWithItsCode() throws {
        let society = try #require(Self.society)
        let other = try #require(Self.other)
        let checkpoint = try LogCheckpoint.sign(
            origin: "registry", size: 7, root: Self.root, time: Self.time, key: society)
        let text = String(decoding: checkpoint.bytes, as: UTF8.self)
        let changedSize = Array(text.replacingOccurrences(of: "\n7\n", with: "\n8\n").utf8)
        let cases: [([UInt8], PublicKey, String?, String)] = [
            (checkpoint.bytes, other.publicKey, nil, "SR095"),
            (changedSize, society.publicKey, nil, "SR095"),
            (checkpoint.bytes, society.publicKey, "another", "SR096"),
            (Array("registry\n7\n".utf8), society.publicKey, nil, "SR094"),
            (
                Array(text.replacingOccurrences(of: "\n7\n", with: "\n07\n").utf8),
                society.publicKey, nil, "SR094"
            ),
            (
                Array(text.replacingOccurrences(of: "\u{2014}", with: "-").utf8), society.publicKey,
                nil, "SR094"
            ),
        ]
        for (bytes, key, origin, code) in cases {
            let thrown = #expect(throws: LogError.self) {
                try LogCheckpoint.verify(bytes, key: key, origin: origin, file: "cp")
            }
            #expect(thrown?.code == code, "\(String(decoding: bytes, as: UTF8.self))")
            #expect(thrown?.description.hasPrefix("cp: ") == true)
        }
    }

    /// A store whose log a dishonest registry changed after the fact, as a client sees it.
    struct TamperedStore: RegistryStore {
        enum Tamper { case rewrite(Int), drop(Int) }
        var base: any RegistryStore
        var tamper: Tamper

        func entry(forBundle bundleSHA256: String) throws(RegistryError) -> RegistryEntry? {
            try base.entry(forBundle: bundleSHA256)
        }
        func record(_ entry: RegistryEntry) throws(RegistryError) -> RegistryEntry {
            try base.record(entry)
        }
        func record(
            _ receipt: RegistryReceipt, bodyStored: Bool, createdAt: BundleTimestamp?,
            signer: ReceiptSigner
        ) throws(RegistryError) -> RegistryEntry {
            try base.record(receipt, bodyStored: bodyStored, createdAt: createdAt, signer: signer)
        }
        func entries() throws(RegistryError) -> [RegistryEntry] { try base.entries() }
        func bundleFile(sha256: String) -> URL { base.bundleFile(sha256: sha256) }
        func storeBundle(_ bytes: [UInt8], sha256: String) throws(RegistryError) {
            try base.storeBundle(bytes, sha256: sha256)
        }
        func bundle(sha256: String) throws(RegistryError) -> [UInt8]? {
            try base.bundle(sha256: sha256)
        }
        func currentKeyring() throws(RegistryError) -> RegistryKeyring? {
            try base.currentKeyring()
        }
        func importKeyring(
            _ keyring: RegistryKeyring, file: String
        ) throws(RegistryError) -> RegistryKeyring.ImportOutcome {
            try base.importKeyring(keyring, file: file)
        }
        func logSize() throws(RegistryError) -> Int {
            if case .drop = tamper { return try base.logSize() - 1 }
            return try base.logSize()
        }
        func logNodes(
            _ nodes: Set<MerkleTree.Node>
        ) throws(RegistryError) -> [MerkleTree.Node: MerkleTree.Hash] {
            try base.logNodes(nodes)
        }
        func logEntries(from start: Int, to end: Int) throws(RegistryError) -> [[UInt8]] {
            var all = try base.logEntries(from: 0, to: Int.max)
            switch tamper {
            case .rewrite(let leaf):
                all[leaf] = Array(
                    String(decoding: all[leaf], as: UTF8.self)
                        .replacingOccurrences(of: "\"refused\"", with: "\"accepted\"").utf8)
            case .drop(let leaf): all.remove(at: leaf)
            }
            return Array(all[min(start, all.count)..<min(end, all.count)])
        }
        func logLeafIndex(entryID: String) throws(RegistryError) -> Int? {
            try base.logLeafIndex(entryID: entryID)
        }
        func saveLogCheckpoint(
            size: Int, root: MerkleTree.Hash, bytes: [UInt8], madeAt: BundleTimestamp
        ) throws(RegistryError) {
            try base.saveLogCheckpoint(size: size, root: root, bytes: bytes, madeAt: madeAt)
        }
        func latestLogCheckpoint() throws(RegistryError) -> (
            bytes: [UInt8], madeAt: BundleTimestamp
        )? {
            try base.latestLogCheckpoint()
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func theLogVerifiesAndEachTamperingIsDetectedWithItsOwnCode(
        backend: StoreBackend
    ) async throws {
        let sector = try await RegistryFixtures.sector()
        let made = try await backend.make()
        defer { try? FileManager.default.removeItem(at: made.cleanup) }
        let key = sector.societyKey
        let log = TransparencyLog(store: made.store, source: "registry")
        let intake = RegistryFixtures.intake(made.store, sector: sector)
        let bundles = sector.plan.bundles.filter { $0.plant != .truncated }
        var recorded: [RegistryEntry] = []
        var checkpoints: [LogCheckpoint] = []
        for (index, planned) in bundles.enumerated() {
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(planned.file)))
            recorded.append(try intake.submit(bytes, name: planned.file).entry)
            if index == 1 || index == bundles.count - 1 {
                let time = BundleTimestamp(secondsSince1970: Self.time.secondsSince1970 + index)
                checkpoints.append(
                    try log.makeCheckpoint(
                        origin: LogCheckpoint.defaultOrigin, key: key, time: try #require(time)))
            }
        }
        let (early, late) = (checkpoints[0], checkpoints[1])
        #expect(early.size == 2 && late.size == recorded.count)
        #expect(try log.latestCheckpoint(key: key.publicKey) == late)

        // Honest: every entry is included, the late log extends the early one, the entries
        // re-derive the root.
        try LogVerifier.verifyConsistency(
            from: early, to: late,
            proof: try log.consistencyProof(first: early.size, second: late.size), file: "log")
        let entries = try LogVerifier.verifyEntries(of: log, against: late)
        for (leaf, entry) in entries.enumerated() {
            try LogVerifier.verifyInclusion(
                entry: entry, leaf: leaf,
                proof: try log.inclusionProof(leaf: leaf, size: late.size),
                checkpoint: late, file: "receipt")
        }

        // A bad proof.
        let badInclusion = #expect(throws: LogError.self) {
            try LogVerifier.verifyInclusion(
                entry: entries[1], leaf: 0, proof: try log.inclusionProof(leaf: 0, size: late.size),
                checkpoint: late, file: "receipt")
        }
        #expect(badInclusion?.code == "SR097")
        let badConsistency = #expect(throws: LogError.self) {
            try LogVerifier.verifyConsistency(
                from: early, to: late,
                proof: try log.consistencyProof(first: 1, second: late.size), file: "log")
        }
        #expect(badConsistency?.code == "SR098")

        // A forked log: a second checkpoint of the early size with another root.
        let fork = try LogCheckpoint.sign(
            origin: LogCheckpoint.defaultOrigin, size: early.size, root: Self.root, time: Self.time,
            key: key)
        let forked = #expect(throws: LogError.self) {
            try LogVerifier.verifyConsistency(from: early, to: fork, proof: [], file: "log")
        }
        #expect(forked?.code == "SR101")

        // A rewritten entry (a refusal turned into an acceptance) and a dropped one.
        let refused = try #require(recorded.firstIndex { $0.receipt.outcome == .refused })
        let rewritten = #expect(throws: LogError.self) {
            try LogVerifier.verifyEntries(
                of: TransparencyLog(
                    store: TamperedStore(base: made.store, tamper: .rewrite(refused)),
                    source: "registry"),
                against: late)
        }
        #expect(rewritten == .entryRewritten(source: "registry", leaf: refused, size: late.size))
        #expect(rewritten?.code == "SR099")
        for store in [
            TamperedStore(base: made.store, tamper: .drop(1)),
            TamperedStore(base: made.store, tamper: .drop(late.size - 1)),
        ] {
            let dropped = #expect(throws: LogError.self) {
                try LogVerifier.verifyEntries(
                    of: TransparencyLog(store: store, source: "registry"), against: late)
            }
            #expect(dropped?.code == "SR100")
        }
        (made.store as? PostgresRegistryStore)?.close()
    }

    @Test func aCheckpointIsMadeWhenTheLogGrewOrTheIntervalPassed() async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let log = TransparencyLog(store: store, source: "registry")
        let key = sector.societyKey
        let at = { (seconds: Int) in
            BundleTimestamp(secondsSince1970: Self.time.secondsSince1970 + seconds) ?? .earliest
        }
        let first = try log.currentCheckpoint(
            origin: LogCheckpoint.defaultOrigin, key: key, now: at(0), interval: 300)
        #expect(first.size == 0 && first.rootHash == MerkleTree.emptyRoot)
        #expect(
            try log.currentCheckpoint(
                origin: LogCheckpoint.defaultOrigin, key: key, now: at(299), interval: 300)
                == first)
        let fresh = try log.currentCheckpoint(
            origin: LogCheckpoint.defaultOrigin, key: key, now: at(300), interval: 300)
        #expect(fresh.size == 0 && fresh.time == at(300))
        _ = try RegistryFixtures.intake(store, sector: sector).submit(
            try sector.bytes(nil), name: "a.sabundle")
        let grown = try log.currentCheckpoint(
            origin: LogCheckpoint.defaultOrigin, key: key, now: at(301), interval: 300)
        #expect(grown.size == 1 && grown.time == at(301))
        #expect(
            try log.latestCheckpoint(key: key.publicKey, origin: LogCheckpoint.defaultOrigin)
                == grown)
    }
}
