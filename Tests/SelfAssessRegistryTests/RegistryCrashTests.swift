import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Subprocess
import SystemPackage
import Testing

/// `kill -9` during an intake: every receipt written before the kill names a row that survived,
/// with the same bytes, and running the intake again completes it with no second row.
@Suite("registry intake killed", .tags(.large))
struct RegistryCrashTests {
    @Test(.needs(.sh), arguments: [1, 5])
    func aKilledIntakeLosesNothingAcknowledged(afterReceipts: Int) async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: work)
        let bundles = sector.plan.bundles.filter { $0.plant != .truncated }.map {
            sector.folder.appendingPathComponent($0.file).path
        }
        let arguments = RegistryCommandTests.intake(bundles, sector: sector)

        // The intake in the background; a watcher kills it with SIGKILL once N receipts exist.
        let script = """
            "$0" "$@" > .stdout 2> .stderr &
            pid=$!
            while kill -0 $pid 2> /dev/null; do
              count=$(ls receipts 2> /dev/null | grep -c '\\.receipt\\.json$')
              if [ "$count" -ge "$AFTER" ]; then kill -9 $pid; break; fi
            done
            wait $pid
            echo "status $?"
            """
        let killed = try await Subprocess.run(
            .path("/bin/sh"),
            arguments: Arguments(["-c", script, RegistryCLI.binary.path] + arguments),
            environment: .inherit.updating(["NO_COLOR": "1", "AFTER": String(afterReceipts)]),
            workingDirectory: FilePath(work.path), output: .string(limit: 1 << 20),
            error: .string(limit: 1 << 20))
        #expect(
            killed.standardOutput == "status 137\n", "killed by SIGKILL: \(killed.standardError)")

        // Every receipt on disk is acknowledged: its entry exists with the same bytes.
        let store = try SQLiteRegistryStore.open(at: work.appendingPathComponent("reg"))
        let receipts = work.appendingPathComponent("receipts")
        let written = RegistryFixtures.files(under: receipts).filter {
            $0.hasSuffix(".receipt.json")
        }
        #expect(written.count >= afterReceipts)
        var acknowledged: [String: Data] = [:]
        for name in written {
            let bytes = try Data(contentsOf: receipts.appendingPathComponent(name))
            let receipt = try RegistryReceipt.parse(Array(bytes), file: name)
            let entry = try #require(try store.entry(forBundle: receipt.bundleSHA256), "\(name)")
            #expect(entry.signed.bytes == Array(bytes), "\(name)")
            if entry.bodyStored {
                #expect(try store.bundle(sha256: receipt.bundleSHA256) != nil, "\(name)")
            }
            acknowledged[name] = bytes
        }

        // The intake run again completes the rest, one row per bundle, the same receipts.
        let again = try await RegistryCLI.run(arguments, in: work)
        #expect(again.status == 1, "refused bundles among them: \(again.stderr)")
        #expect(try store.submissionCount() == bundles.count)
        for (name, bytes) in acknowledged {
            #expect(try Data(contentsOf: receipts.appendingPathComponent(name)) == bytes)
        }
    }
}
