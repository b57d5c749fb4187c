import AsyncHTTPClient
import Foundation
import NIOCore
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessServer
import SelfAssessTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// End to end: the built binary's `serve` on a free loopback port, `submit` against it, and its
/// graceful stop.
@Suite("registry over HTTP: serve and submit", .tags(.large))
struct RegistryServeCommandTests {
    /// A log keeps the origin of its first checkpoint.
    ///
    /// After `serve --log-origin` made it, `registry intake` (which has no such option) signs
    /// with it too, and a serve asking for yet another origin is refused (SR096) before it
    /// listens. Before, intake signed with the default origin and the server's next checkpoint
    /// failed.
    @Test func theLogKeepsTheOriginOfItsFirstCheckpoint() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let server = try await ServeProcess.start(
            in: work, sector: sector, options: ["--log-origin", "beijing-apps"])
        defer { server.kill() }
        let societyKey = "\(sector.folder.path)/society.pub"
        let submitted = try await RegistryCLI.run(
            [
                "submit", "--to", "http://\(server.address)", "--society-key", societyKey,
                "--receipts", "receipts", try sector.bundle(nil).path,
            ], in: work)
        #expect(submitted.status == 0, "\(submitted.stderr)")
        let stopped = try await server.stop()
        #expect(stopped.status == 0, "\(stopped.stderr)")

        let tampered = try sector.bundle(.tampered).path
        let intake = try await RegistryCLI.run(
            RegistryCommandTests.intake([tampered], sector: sector), in: work)
        #expect(intake.status == 1, "\(intake.stderr)")
        let verified = try await RegistryCLI.run(
            [
                "receipt", "verify", RegistryCommandTests.receiptName(tampered),
                "--society-key", societyKey,
            ], in: work)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("beijing-apps"), "\(verified.stdout)")

        let folder = sector.folder.path
        let refused = try await RegistryCLI.run(
            [
                "serve", "--data", "reg", "--receipt-key", "\(folder)/society.key", "--keyring",
                "\(folder)/keyring.yaml", "--society-key", societyKey, "--listen", "127.0.0.1:0",
                "--log-origin", "another-log",
            ], in: work)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "reg (latest checkpoint): the checkpoint is for the log beijing-apps, not another-log [SR096]"
            ), "\(refused.stderr)")
    }

    @Test func submitSendsBundlesAndKeepsVerifiedReceipts() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let server = try await ServeProcess.start(in: work, sector: sector)
        defer { server.kill() }
        let url = "http://\(server.address)"

        let accepted = try sector.bundle(nil).path
        let tampered = try sector.bundle(.tampered).path
        let truncated = try sector.bundle(.truncated).path
        let societyKey = "\(sector.folder.path)/society.pub"
        let submit = ["submit", "--to", url, "--society-key", societyKey, "--receipts", "receipts"]
        let first = try await RegistryCLI.run(submit + [accepted, tampered, truncated], in: work)
        #expect(first.status == 1, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(first.stdout)")
        #expect(lines[0].hasPrefix("\(accepted): accepted: "))
        #expect(lines[0].hasSuffix("; receipt \(RegistryCommandTests.receiptName(accepted))"))
        #expect(lines[1].hasPrefix("\(tampered): refused [SB504] "))
        #expect(lines[2] == "3 bundle(s): 1 accepted, 2 refused, 0 not taken")
        #expect(
            first.stderr.hasPrefix(
                "error: \(truncated): refused by \(url) (HTTP 422) [SR001] "), "\(first.stderr)")

        for bundle in [accepted, tampered] {
            let receipt = RegistryCommandTests.receiptName(bundle)
            let verified = try await RegistryCLI.run(
                ["receipt", "verify", receipt, "--society-key", societyKey, "--bundle", bundle],
                in: work)
            #expect(verified.status == 0, "\(verified.stderr)")
        }
        #expect(
            !FileManager.default.fileExists(
                atPath: work.appendingPathComponent(RegistryCommandTests.receiptName(truncated))
                    .path))

        let receiptFile = work.appendingPathComponent(RegistryCommandTests.receiptName(accepted))
        let before = try Data(contentsOf: receiptFile)
        let again = try await RegistryCLI.run(submit + [accepted], in: work)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("\(accepted): recorded before (accepted, entry "))
        #expect(try Data(contentsOf: receiptFile) == before)

        let stopped = try await server.stop()
        #expect(stopped.status == 0, "\(stopped.stderr)")
        #expect(stopped.stdout.hasPrefix("The registry listens on \(url) (data reg)"))
        #expect(
            stopped.stdout.hasSuffix(
                "The registry stopped: in-flight submissions finished, new ones refused.\n"))
        let log = stopped.stderr
        #expect(log.contains("POST /v1/submissions 201 "), "\(log)")
        #expect(log.contains("POST /v1/submissions 200 "))
        #expect(log.contains(" code=SB504 "))
        #expect(log.contains("POST /v1/submissions 422 "))
        #expect(log.contains(" code=SR001 "))

        let store = try SQLiteRegistryStore.open(at: work.appendingPathComponent("reg"))
        #expect(try store.submissionCount() == 2)

        let down = try await RegistryCLI.run(submit + [accepted], in: work)
        #expect(down.status == 2)
        #expect(down.stderr.contains(": cannot reach the registry: "), "\(down.stderr)")
        #expect(down.stderr.contains(url + "/v1/submissions?name="))
        #expect(down.stderr.hasSuffix(" [SR046]\n"))
    }

    @Test(.needs(.minisign))
    func minisignVerifiesAReceiptSubmitSaved() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let server = try await ServeProcess.start(in: work, sector: sector)
        defer { server.kill() }
        let bundle = try sector.bundle(nil).path
        let submitted = try await RegistryCLI.run(
            [
                "submit", bundle, "--to", "http://\(server.address)", "--society-key",
                "\(sector.folder.path)/society.pub", "--receipts", "receipts",
            ], in: work)
        #expect(submitted.status == 0, "\(submitted.stderr)")
        let exported = try await RegistryCLI.run(
            [
                "key", "export", "\(sector.folder.path)/society.pub", "--format", "minisign",
                "--out", "society.minisign.pub",
            ], in: work)
        #expect(exported.status == 0, "\(exported.stderr)")
        let tool = try #require(ExternalTool.minisign)
        let checked = try ExternalTool.run(
            tool,
            ["-Vm", RegistryCommandTests.receiptName(bundle), "-p", "society.minisign.pub"],
            in: work)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("selfassess.receipt/v3 outcome=accepted "))
    }

    /// SIGTERM while a submission's body is still arriving: the listener closes at once, the
    /// submission finishes, its receipt is sent, and its row is there after the process ended.
    @Test func sigtermLetsTheSubmissionInFlightFinish() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let server = try await ServeProcess.start(in: work, sector: sector)
        defer { server.kill() }
        let base = "http://\(server.address)"
        let bytes = try sector.bytes(nil)
        let half = bytes.count / 2

        let (body, feed) = AsyncStream<ByteBuffer>.makeStream()
        var request = HTTPClientRequest(url: base + "/v1/submissions?name=acme.sabundle")
        request.method = .POST
        request.body = .stream(body, length: .known(Int64(bytes.count)))
        let submission = Task {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(600))
            let signature = response.headers.first(name: "Receipt-Signature") ?? ""
            let received = try await response.body.collect(upTo: 1 << 20)
            return (Int(response.status.code), Array(received.readableBytesView), signature)
        }
        feed.yield(ByteBuffer(bytes: bytes[..<half]))
        try await RegistryClient.using(base: base) { client in
            // In flight: the server has the request and half its body.
            while (try? await client.health())?["submissions_in_flight"] != .integer(1) {
                try await Task.sleep(for: .milliseconds(20))
            }
            server.signal(SIGTERM)
            // New connections are refused once the listener closed.
            while (try? await client.health()) != nil {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        feed.yield(ByteBuffer(bytes: bytes[half...]))
        feed.finish()
        let (status, receiptBytes, signature) = try await submission.value
        #expect(status == 201)
        let signed = try SignedReceipt.verify(
            receiptBytes, signature: Array(try #require(Data(base64Encoded: signature))),
            with: sector.societyKey.publicKey, file: "acme.receipt.json")

        let stopped = try await server.stop()
        #expect(stopped.status == 0, "\(stopped.stderr)")
        let store = try SQLiteRegistryStore.open(at: work.appendingPathComponent("reg"))
        let entry = try #require(try store.entry(forBundle: signed.receipt.bundleSHA256))
        #expect(entry.signed.bytes == receiptBytes)
        #expect(try store.bundle(sha256: signed.receipt.bundleSHA256) == bytes)
    }

    /// 200 submissions at once over loopback, each bundle of the sector several times: one row
    /// per bundle, one 201 per bundle, and every answer is the row's own receipt.
    @Test func twoHundredParallelSubmissionsLoseAndDoubleNothing() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let server = try await ServeProcess.start(
            in: work, sector: sector, options: ["--rate", "off", "--max-queued", "256"])
        defer { server.kill() }
        let bundles = try sector.plan.bundles.filter { $0.plant != .truncated }.map {
            Array(try Data(contentsOf: sector.folder.appendingPathComponent($0.file)))
        }
        let client = RegistryClient(base: "http://\(server.address)", timeout: .seconds(1800))
        let answers = try await withThrowingTaskGroup(
            of: (Int, RegistryClient.Answer).self
        ) { group in
            for index in 0..<200 {
                let bytes = bundles[index % bundles.count]
                group.addTask {
                    (index % bundles.count, try await client.submit(bytes, name: "b\(index)"))
                }
            }
            var answers: [(Int, RegistryClient.Answer)] = []
            for try await answer in group { answers.append(answer) }
            return answers
        }
        _ = try await server.stop()

        let store = try SQLiteRegistryStore.open(at: work.appendingPathComponent("reg"))
        #expect(try store.submissionCount() == bundles.count)
        var created = [Int](repeating: 0, count: bundles.count)
        for (bundle, answer) in answers {
            guard case .receipt(let receiptBytes, _, let isNew) = answer else {
                Issue.record("bundle \(bundle): \(answer)")
                continue
            }
            if isNew { created[bundle] += 1 }
            let entry = try #require(
                try store.entry(forBundle: BundleManifest.sha256(bundles[bundle])))
            #expect(entry.signed.bytes == receiptBytes)
        }
        #expect(created == [Int](repeating: 1, count: bundles.count))
        #expect(answers.count == 200)
    }
}

extension RegistryServeCommandTests {
    /// `kill -9` while submissions are under way: every receipt a client received names a row
    /// that survived, with the same bytes, and its body when the body is kept.
    @Test func aKilledServerLosesNothingAcknowledged() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let server = try await ServeProcess.start(
            in: work, sector: sector, options: ["--rate", "off", "--max-queued", "256"])
        defer { server.kill() }
        let bundles = try sector.plan.bundles.filter { $0.plant != .truncated }.map {
            Array(try Data(contentsOf: sector.folder.appendingPathComponent($0.file)))
        }
        let receipts = try await RegistryClient.using(base: "http://\(server.address)") {
            client in
            try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
                for bytes in bundles {
                    group.addTask {
                        guard
                            case .receipt(let receipt, _, _) = try? await client.submit(
                                bytes, name: "b", attempts: 1)
                        else { return nil }
                        return receipt
                    }
                }
                var receipts: [[UInt8]] = []
                for try await receipt in group {
                    guard let receipt else { continue }
                    receipts.append(receipt)
                    // Killed once a few receipts were acknowledged, the rest still in flight.
                    if receipts.count == 3 { server.signal(SIGKILL) }
                }
                return receipts
            }
        }
        let stopped = try await server.stop()
        #expect(stopped.status == 9, "killed by SIGKILL")
        #expect(receipts.count >= 3)

        let store = try SQLiteRegistryStore.open(at: work.appendingPathComponent("reg"))
        for bytes in receipts {
            let receipt = try RegistryReceipt.parse(bytes, file: "receipt")
            let entry = try #require(try store.entry(forBundle: receipt.bundleSHA256))
            #expect(entry.signed.bytes == bytes)
            if entry.bodyStored {
                #expect(try store.bundle(sha256: receipt.bundleSHA256) != nil)
            }
        }
    }
}

extension RegistryServeCommandTests {
    @Test func anAddressInUseAndBadArgumentsAreRefused() async throws {
        let sector = try await RegistryFixtures.sector()
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let server = try await ServeProcess.start(in: work, sector: sector)
        defer { server.kill() }
        let folder = sector.folder.path
        let serve = [
            "serve", "--data", "reg", "--receipt-key", "\(folder)/society.key", "--keyring",
            "\(folder)/keyring.yaml", "--society-key", "\(folder)/society.pub",
        ]
        let taken = try await RegistryCLI.run(serve + ["--listen", server.address], in: work)
        #expect(taken.status == 2)
        #expect(taken.stderr.contains("error: cannot listen on \(server.address): "))
        #expect(taken.stderr.hasSuffix(" [SR045]\n"), "\(taken.stderr)")

        for options in [
            ["--listen", "nowhere"], ["--listen", "127.0.0.1:70000"], ["--max-body", "64MB"],
            ["--rate", "60/day"], ["--max-verifications", "0"], ["--log-level", "loud"],
        ] {
            let refused = try await RegistryCLI.run(serve + options, in: work)
            #expect(refused.status == 64, "\(options)")
            #expect(refused.stderr.contains(options[1]), "\(refused.stderr)")
        }
        let submit = try await RegistryCLI.run(
            ["submit", "a.sabundle", "--to", "ftp://x", "--society-key", "\(folder)/society.pub"],
            in: work)
        #expect(submit.status == 64)
        #expect(submit.stderr.contains("--to ftp://x: expected an http:// or https:// URL."))
    }
}

/// `selfassess serve` in the background on a free loopback port, in a registry made for it.
final class ServeProcess: @unchecked Sendable {
    let process: Process
    let work: URL
    let address: String
    let name: String

    struct Stopped {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private init(process: Process, work: URL, address: String, name: String) {
        self.process = process
        self.work = work
        self.address = address
        self.name = name
    }

    /// Creates `reg` in `work` (unless `initialize` is false: a second instance) and serves it;
    /// returns once the bound address is written to `name` (its output goes to `name.out` and
    /// `name.err`).
    static func start(
        in work: URL, sector: RegistryFixtures.Sector, options: [String] = [],
        initialize: Bool = true, name: String = "serve"
    ) async throws -> ServeProcess {
        if initialize {
            let created = try await RegistryCLI.run(
                ["registry", "init", "--data", "reg"] + options.databaseOption, in: work)
            #expect(created.status == 0, "\(created.stderr)")
        }
        let folder = sector.folder.path
        let process = Process()
        process.executableURL = RegistryCLI.binary
        process.arguments =
            [
                "serve", "--data", "reg", "--receipt-key", "\(folder)/society.key",
                "--keyring", "\(folder)/keyring.yaml", "--society-key", "\(folder)/society.pub",
                "--listen", "127.0.0.1:0", "--port-file", name + ".address",
            ] + options
        process.currentDirectoryURL = work
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["NO_COLOR": "1"], uniquingKeysWith: { $1 })
        for file in [name + ".out", name + ".err"] {
            FileManager.default.createFile(
                atPath: work.appendingPathComponent(file).path, contents: nil)
        }
        process.standardOutput = try FileHandle(
            forWritingTo: work.appendingPathComponent(name + ".out"))
        process.standardError = try FileHandle(
            forWritingTo: work.appendingPathComponent(name + ".err"))
        try process.run()
        let file = work.appendingPathComponent(name + ".address")
        while !FileManager.default.fileExists(atPath: file.path) {
            guard process.isRunning else {
                let stderr = try String(
                    contentsOf: work.appendingPathComponent(name + ".err"), encoding: .utf8)
                throw ServeFailure(message: "serve ended: \(stderr)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        let address = try String(contentsOf: file, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return ServeProcess(process: process, work: work, address: address, name: name)
    }

    func signal(_ number: Int32) {
        Glibc.kill(process.processIdentifier, number)
    }

    /// SIGTERM, then waits for the end; the status and what it printed.
    func stop() async throws -> Stopped {
        if process.isRunning { signal(SIGTERM) }
        while process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        return Stopped(
            status: process.terminationStatus,
            stdout: try String(
                contentsOf: work.appendingPathComponent(name + ".out"), encoding: .utf8),
            stderr: try String(
                contentsOf: work.appendingPathComponent(name + ".err"), encoding: .utf8))
    }

    /// Ends the process if a test left it running.
    func kill() {
        if process.isRunning { signal(SIGKILL) }
    }
}

extension [String] {
    /// `--database URL` when the options hold it, for `registry init`.
    var databaseOption: [String] {
        guard let index = firstIndex(of: "--database"), index + 1 < count else { return [] }
        return ["--database", self[index + 1]]
    }
}

struct ServeFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
