import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import SampleSector
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessServer
import SelfAssessTestSupport
import Synchronization
import Testing

/// The registry's routes in process (Hummingbird's router test framework): receipts, every
/// refusal with its status and code, and the request log.
@Suite("registry over HTTP: routes")
struct RegistryServerTests {
    /// A server over a new store, its rate-limit clock stopped at 0; the caller removes
    /// `cleanup`.
    static func server(
        maxBundleSize: Int = 64 << 20, maxVerifications: Int = 2, maxQueued: Int = 8,
        rate: SubmissionRate? = nil, log: LogLines? = nil
    ) async throws -> (server: RegistryServer, store: SQLiteRegistryStore, cleanup: URL) {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        let logger = Logger(label: "registry-test") { _ in
            log.map { LineCollector(lines: $0) as any LogHandler } ?? SwiftLogNoOpLogHandler()
        }
        let server = RegistryServer(
            intake: RegistryFixtures.intake(store, sector: sector, maxBundleSize: maxBundleSize),
            configuration: .init(
                host: "127.0.0.1", port: 0, maxVerifications: maxVerifications,
                maxQueued: maxQueued, rate: rate),
            logger: logger, monotonicSeconds: { 0 })
        return (server, store, cleanup)
    }

    static func post(
        _ client: some TestClientProtocol, _ bytes: [UInt8], name: String = "acme.sabundle"
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/v1/submissions?name=\(name)", method: .post,
            headers: [.contentLength: String(bytes.count)], body: ByteBuffer(bytes: bytes))
    }

    static func problem(_ response: TestResponse) throws -> ProblemDocument {
        #expect(response.headers[.contentType] == "application/problem+json")
        return try #require(ProblemDocument.parse(Array(response.body.readableBytesView)))
    }

    /// A header's value by name.
    static func header(_ response: TestResponse, _ name: String) -> String? {
        response.headers.first { $0.name.canonicalName == name.lowercased() }?.value
    }

    @Test func answersASubmissionWithItsSignedReceiptAndTheSameReceiptAgain() async throws {
        let sector = try await RegistryFixtures.sector()
        let (server, store, cleanup) = try await Self.server()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes = try sector.bytes(nil)
        let sha256 = BundleManifest.sha256(bytes)

        try await server.application().test(.router) { client in
            let first = try await Self.post(client, bytes)
            #expect(first.status == .created)
            #expect(first.headers[.contentType] == "application/json")
            #expect(first.headers[.location] == "/v1/receipts/\(sha256)")
            let signature = try #require(
                Self.header(first, "Receipt-Signature").flatMap { Data(base64Encoded: $0) })
            let receiptBytes = Array(first.body.readableBytesView)
            let signed = try SignedReceipt.verify(
                receiptBytes, signature: Array(signature), with: sector.societyKey.publicKey,
                file: "acme.receipt.json")
            #expect(signed.receipt.outcome == .accepted)
            #expect(signed.receipt.bundleSHA256 == sha256)
            #expect(try store.entry(forBundle: sha256)?.signed.bytes == receiptBytes)

            let again = try await Self.post(client, bytes)
            #expect(again.status == .ok)
            #expect(Array(again.body.readableBytesView) == receiptBytes)

            let fetched = try await client.execute(uri: "/v1/receipts/\(sha256)", method: .get)
            #expect(fetched.status == .ok)
            #expect(Array(fetched.body.readableBytesView) == receiptBytes)
            #expect(
                Self.header(fetched, "Receipt-Signature") == Self.header(first, "Receipt-Signature")
            )
        }
        #expect(try store.submissionCount() == 1)
    }

    @Test(
        "a bundle that fails a check is recorded and answered with a refused receipt",
        arguments: [(SamplePlant.tampered, "SB504", true), (.unknownKey, "SB220", false)])
    func refusedBundleGetsAReceipt(plant: SamplePlant, code: String, stored: Bool) async throws {
        let sector = try await RegistryFixtures.sector()
        let (server, store, cleanup) = try await Self.server()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes = try sector.bytes(plant)
        try await server.application().test(.router) { client in
            let response = try await Self.post(client, bytes)
            #expect(response.status == .created)
            #expect(Self.header(response, "Selfassess-Code") == code)
            let receipt = try RegistryReceipt.parse(
                Array(response.body.readableBytesView), file: "receipt")
            #expect(receipt.outcome == .refused)
            #expect(receipt.code == code)
        }
        let sha256 = BundleManifest.sha256(bytes)
        #expect(try store.entry(forBundle: sha256)?.bodyStored == stored)
        #expect((try store.bundle(sha256: sha256) != nil) == stored)
    }

    @Test func inputThatIsNotABundleIsAProblemAndNothingIsStored() async throws {
        let sector = try await RegistryFixtures.sector()
        let (server, store, cleanup) = try await Self.server()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        try await server.application().test(.router) { client in
            for (bytes, bundleCode) in [
                (Array("not a zip at all".utf8), "SB101"),
                (try sector.bytes(.truncated), "SB101"),
            ] {
                let response = try await Self.post(client, bytes, name: "../etc/junk.sabundle")
                #expect(response.status == .unprocessableContent)
                let problem = try Self.problem(response)
                #expect(problem.code == "SR001")
                #expect(problem.status == 422)
                #expect(problem.title == "not-a-bundle")
                #expect(problem.bundleCode == bundleCode)
                #expect(problem.instance == "/v1/submissions")
                #expect(problem.detail.hasPrefix("junk.sabundle: not a selfassess bundle ([SB"))
            }
        }
        #expect(try store.submissionCount() == 0)
        #expect(
            RegistryFixtures.files(under: store.folder.appendingPathComponent("bundles")).isEmpty)
    }

    @Test func aBodyOverTheLimitIsRefusedWith413() async throws {
        let sector = try await RegistryFixtures.sector()
        let (server, store, cleanup) = try await Self.server(maxBundleSize: 1000)
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let bytes = try sector.bytes(nil)
        try await server.application().test(.router) { client in
            // Declared too large: refused before the body is read.
            let declared = try await Self.post(client, bytes)
            #expect(declared.status == .contentTooLarge)
            let problem = try Self.problem(declared)
            #expect(problem.code == "SR002")
            #expect(
                problem.detail
                    == "acme.sabundle: \(bytes.count) bytes, more than the registry's limit of 1000 bytes"
            )
            // Undeclared (chunked): refused once the body passes the limit.
            let streamed = try await client.execute(
                uri: "/v1/submissions", method: .post, body: ByteBuffer(bytes: bytes))
            #expect(streamed.status == .contentTooLarge)
            #expect(try Self.problem(streamed).code == "SR002")
        }
        #expect(try store.submissionCount() == 0)
    }

    @Test func anAddressOverItsRateIsRefusedWith429AndRetryAfter() async throws {
        let (server, store, cleanup) = try await Self.server(
            rate: SubmissionRate(count: 2, seconds: 3600))
        defer { try? FileManager.default.removeItem(at: cleanup) }
        try await server.application().test(.router) { client in
            for _ in 0..<2 {
                let response = try await Self.post(client, Array("junk".utf8))
                #expect(response.status == .unprocessableContent)
            }
            let limited = try await Self.post(client, Array("junk".utf8))
            #expect(limited.status == .tooManyRequests)
            let problem = try Self.problem(limited)
            #expect(problem.code == "SR040")
            #expect(problem.retryAfter == 1800)
            #expect(limited.headers[.retryAfter] == "1800")
            #expect(problem.detail.contains("(2/h); try again in 1800 s"))
        }
        #expect(try store.submissionCount() == 0)
    }

    @Test func aFullQueueIsRefusedWith503() async throws {
        let sector = try await RegistryFixtures.sector()
        let (server, store, cleanup) = try await Self.server(maxVerifications: 1, maxQueued: 0)
        defer { try? FileManager.default.removeItem(at: cleanup) }
        // The only slot is taken, as by a verification in progress.
        #expect(await server.gate.enter())
        try await server.application().test(.router) { client in
            let busy = try await Self.post(client, try sector.bytes(nil))
            #expect(busy.status == .serviceUnavailable)
            let problem = try Self.problem(busy)
            #expect(problem.code == "SR041")
            #expect(busy.headers[.retryAfter] == "1")
            server.gate.leave()
            let taken = try await Self.post(client, try sector.bytes(nil))
            #expect(taken.status == .created)
        }
        #expect(try store.submissionCount() == 1)
    }

    @Test(
        "a receipt asked for by something else than a recorded SHA-256",
        arguments: [
            ("not-a-hash", 400, "SR042"), (String(repeating: "A", count: 64), 400, "SR042"),
            (String(repeating: "0", count: 64), 404, "SR043"),
        ])
    func receiptNotFound(path: String, status: Int, code: String) async throws {
        let (server, _, cleanup) = try await Self.server()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        try await server.application().test(.router) { client in
            let response = try await client.execute(uri: "/v1/receipts/\(path)", method: .get)
            #expect(response.status.code == status)
            #expect(try Self.problem(response).code == code)
        }
    }

    @Test func healthAndOneLogLinePerRequest() async throws {
        let lines = LogLines()
        let (server, _, cleanup) = try await Self.server(log: lines)
        defer { try? FileManager.default.removeItem(at: cleanup) }
        try await server.application().test(.router) { client in
            let health = try await client.execute(uri: "/v1/health", method: .get)
            #expect(health.status == .ok)
            let json = try CanonicalJSON.parse(Array(health.body.readableBytesView), file: "health")
            #expect(json["status"] == .string("ok"))
            #expect(json["submissions_in_flight"] == .integer(0))
            _ = try await Self.post(client, Array("junk".utf8))
            _ = try await client.execute(uri: "/v1/nothing", method: .get)
        }
        let logged = lines.all
        #expect(logged.count == 3, "\(logged)")
        #expect(logged[0].hasPrefix("GET /v1/health 200 "))
        #expect(logged[0].hasSuffix(" code=- from=-"))
        #expect(logged[1].hasPrefix("POST /v1/submissions 422 "))
        #expect(logged[1].contains(" code=SR001 "))
        #expect(logged[2].hasPrefix("GET /v1/nothing 404 "))
    }
}

/// The limits themselves, with the time given.
@Suite("registry over HTTP: limits")
struct SubmissionLimitTests {
    @Test(
        "rates are read as N/s, N/min, N/h",
        arguments: [
            ("60/min", SubmissionRate(count: 60, seconds: 60)),
            ("10/s", SubmissionRate(count: 10, seconds: 1)),
            ("1000/h", SubmissionRate(count: 1000, seconds: 3600)),
            ("0/min", nil), ("60", nil), ("60/day", nil), ("x/s", nil),
        ])
    func parsesRates(text: String, rate: SubmissionRate?) {
        #expect(SubmissionRate(text) == rate)
        if let rate { #expect(rate.description == text) }
    }

    @Test func theBucketRefillsSteadilyPerAddress() {
        let limiter = RateLimiter(rate: SubmissionRate(count: 2, seconds: 60))
        #expect(limiter.take(for: "a", at: 0) == nil)
        #expect(limiter.take(for: "a", at: 0) == nil)
        #expect(limiter.take(for: "a", at: 0) == 30)
        #expect(limiter.take(for: "b", at: 0) == nil, "another address has its own bucket")
        #expect(limiter.take(for: "a", at: 20) == 10)
        #expect(limiter.take(for: "a", at: 30) == nil)
        #expect(limiter.take(for: "a", at: 30) == 30)
    }

    @Test func theGateQueuesThenRefuses() async {
        let gate = VerificationGate(limit: 1, queue: 1)
        #expect(await gate.enter())
        let waiter = Task { await gate.enter() }
        while gate.waiting == 0 { await Task.yield() }
        #expect(await gate.enter() == false, "the slot and the queue are full")
        gate.leave()
        #expect(await waiter.value, "the slot passed to the waiting submission")
        #expect(gate.running == 1 && gate.waiting == 0)
        gate.leave()
        #expect(gate.running == 0)
    }

    @Test(
        "a submission's name is its last path component, printable",
        arguments: [
            ("acme-2025.sabundle", "acme-2025.sabundle"), ("../../etc/passwd", "passwd"),
            ("a b\u{1b}[31m.sabundle", "ab[31m.sabundle"), ("", "submission"),
            ("..", "submission"),
        ])
    func sanitizesNames(given: String, name: String) {
        #expect(RegistryServer.submissionName(given) == name)
    }
}

/// Log lines collected in memory.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

/// A log handler that keeps each message.
struct LineCollector: LogHandler {
    let lines: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.append("\(event.message)")
    }
}
