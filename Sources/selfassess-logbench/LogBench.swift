import Foundation
import SelfAssessKit
import SelfAssessRegistry

/// `make bench`'s transparency log part (Scripts/bench.sh, last section): appends generated
/// entries to a new SQLite registry and times each append and each proof.
///
/// `selfassess-logbench DIR [ENTRIES] [PROOFS]`: ENTRIES 1,000,000 and PROOFS 1,000 by default.
/// Appends go in transactions of 10,000 (one fsync each), so the time per append is the tree's
/// and the rows' work, not the disk's flush; proofs are read from the store (one query each),
/// at the full size, for leaves spread over the log, and verified.
///
/// Then what a v3 receipt costs the intake at that size: PROOFS submissions recorded as the
/// intake records them (one durable transaction each), alternately with a v2 receipt signed
/// before (``RegistryStore/record(_:)``) and a v3 receipt signed in the transaction with its
/// checkpoint and inclusion proof (``RegistryStore/record(_:bodyStored:createdAt:signer:)``).
extension Optional {
    /// The value, or a failure naming what was missing.
    func orThrow() throws -> Wrapped {
        guard let self else { throw BenchFailure.missing("\(Wrapped.self)") }
        return self
    }
}

enum BenchFailure: Error { case missing(String) }

@main
struct LogBench {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(
                Data("usage: selfassess-logbench DIR [ENTRIES] [PROOFS]\n".utf8))
            exit(64)
        }
        let folder = URL(fileURLWithPath: arguments[1]).appendingPathComponent("registry")
        let total = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000
        let proofs = arguments.count > 3 ? Int(arguments[3]) ?? 1000 : 1000
        let store = try SQLiteRegistryStore.create(at: folder)
        let batch = 10_000
        var first = 0.0
        var last = 0.0
        let started = Date()
        var done = 0
        while done < total {
            let count = min(batch, total - done)
            let clock = Date()
            try store.appendGeneratedLogEntries(from: done, count: count)
            let seconds = Date().timeIntervalSince(clock) / Double(count)
            if done == 0 { first = seconds }
            last = seconds
            done += count
        }
        let appendSeconds = Date().timeIntervalSince(started)
        let log = TransparencyLog(store: store, source: folder.path)
        let size = try log.size()
        let root = try log.root(size: size)
        var random: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(max(bound, 1)))
        }
        let entries = (0..<proofs).map { _ in next(size) }
        var clock = Date()
        var verified = 0
        for leaf in entries {
            let proof = try log.inclusionProof(leaf: leaf, size: size)
            let entry = try log.entries(from: leaf, to: leaf + 1)[0]
            if MerkleTree.verifyInclusion(
                leafHash: MerkleTree.leafHash(entry), index: leaf, size: size, proof: proof,
                root: root)
            {
                verified += 1
            }
        }
        let inclusion = Date().timeIntervalSince(clock) / Double(max(proofs, 1))
        clock = Date()
        for _ in 0..<proofs {
            let first = next(size) + 1
            let proof = try log.consistencyProof(first: first, second: size)
            if MerkleTree.verifyConsistency(
                first: first, second: size, firstRoot: try log.root(size: first), secondRoot: root,
                proof: proof)
            {
                verified += 1
            }
        }
        let consistency = Date().timeIntervalSince(clock) / Double(max(proofs, 1))
        let bytes =
            (try? FileManager.default.attributesOfItem(
                atPath: folder.appendingPathComponent(SQLiteRegistryStore.databaseName).path)[.size]
                as? Int) ?? 0
        let micro = { (seconds: Double) in String(format: "%.1f µs", seconds * 1e6) }
        print(
            "log append (SQLite): \(size) entries in \(String(format: "%.1f", appendSeconds)) s,"
                + " \(micro(appendSeconds / Double(max(size, 1)))) per append"
                + " (first \(batch): \(micro(first)), last: \(micro(last)))")
        print(
            "log proofs at \(size): inclusion \(micro(inclusion)) per proof (read, entry, verify),"
                + " consistency \(micro(consistency)) per proof (with the older root);"
                + " \(verified) of \(2 * proofs) verified")
        print("log database: \(bytes / 1_048_576) MiB")

        // v2 (signed before) and v3 (signed in the transaction) receipts, alternately.
        let key = try SigningKey(seed: Array(repeating: 0x5A, count: 32)).orThrow()
        var v2 = 0.0
        var v3 = 0.0
        for index in 0..<(2 * proofs) {
            let hex = String(size + index, radix: 16)
            let receipt = RegistryReceipt(
                entryID: "receipt-\(index)",
                bundleSHA256: String(repeating: "0", count: 64 - hex.count) + hex,
                manifestSHA256: nil, signatory: nil, year: nil, sequence: nil,
                receivedAt: BundleTimestamp("2026-03-31T12:00:00Z") ?? .earliest,
                outcome: .refused, code: "SB504", reason: "bench", onTime: nil,
                keyringSHA256: String(repeating: "0", count: 64), keyringSerial: 1)
            let clock = Date()
            if index % 2 == 0 {
                let signed = try SignedReceipt.sign(receipt, with: key)
                _ = try store.record(RegistryEntry(signed: signed, bodyStored: false))
                v2 += Date().timeIntervalSince(clock)
            } else {
                _ = try store.record(
                    receipt, bodyStored: false, createdAt: nil, signer: ReceiptSigner(key: key))
                v3 += Date().timeIntervalSince(clock)
            }
        }
        print(
            "receipts at \(size): v2 (signed before) \(micro(v2 / Double(max(proofs, 1))))"
                + " per recorded submission, v3 (checkpoint and inclusion proof signed in the"
                + " transaction) \(micro(v3 / Double(max(proofs, 1)))); each one durable transaction"
        )
        guard verified == 2 * proofs else { exit(1) }
    }
}
