public import Foundation
public import HTTPTypes
public import Hummingbird
public import Logging
public import NIOCore
import NIOPosix
public import SelfAssessKit
public import SelfAssessRegistry
import Synchronization

/// The registry over HTTP (docs/registry.md): `POST /v1/submissions`, `GET /v1/receipts/{sha256}`
/// and `GET /v1/health`, over one ``RegistryIntake``.
///
/// A submission is refused as early and as cheaply as possible, in this order: the address's
/// rate (429, before the body is read), the declared size (413, before the body is read), the
/// body read up to the limit (413), a verification slot (503 when the slots and the queue are
/// full), and then the intake itself: input that is not a bundle gets a problem document (422)
/// and nothing is stored; anything else is recorded and answered with its signed receipt, sent
/// only once the row and the body are durable (``RegistryIntake``).
public struct RegistryServer: Sendable {
    /// What `serve` is configured with.
    public struct Configuration: Sendable {
        /// The address to bind (loopback by default).
        public var host: String
        /// The port; 0 asks the system for a free one.
        public var port: Int
        /// At most this many verifications at once.
        public var maxVerifications: Int
        /// At most this many submissions waiting for a verification slot.
        public var maxQueued: Int
        /// Submissions per address, or nil for no limit.
        public var rate: SubmissionRate?
        /// The transparency log's origin: the first line of its checkpoints.
        public var logOrigin: String
        /// A new checkpoint at least this often, in seconds (docs/transparency.md).
        public var checkpointInterval: Int

        /// A configuration.
        public init(
            host: String = "127.0.0.1", port: Int = 8400,
            maxVerifications: Int = ProcessInfo.processInfo.activeProcessorCount,
            maxQueued: Int = 64, rate: SubmissionRate? = .standard,
            logOrigin: String = LogCheckpoint.defaultOrigin, checkpointInterval: Int = 300
        ) {
            self.logOrigin = logOrigin
            self.checkpointInterval = checkpointInterval
            self.host = host
            self.port = port
            self.maxVerifications = maxVerifications
            self.maxQueued = maxQueued
            self.rate = rate
        }
    }

    /// The intake every submission goes through.
    public let intake: RegistryIntake
    /// The configuration.
    public let configuration: Configuration
    /// Where the request lines go.
    public let logger: Logger
    package let limiter: RateLimiter?
    package let gate: VerificationGate
    private let inFlight = InFlight()
    private let monotonicSeconds: @Sendable () -> Double

    /// A server over an intake (its `maxBundleSize` is the body limit).
    ///
    /// - Parameters:
    ///   - intake: The intake every submission goes through.
    ///   - configuration: The address and the limits.
    ///   - logger: Where the request lines go.
    ///   - monotonicSeconds: The rate limit's clock, in seconds; the process's monotonic clock by
    ///     default (the tests fix it).
    public init(
        intake: RegistryIntake, configuration: Configuration, logger: Logger,
        monotonicSeconds: (@Sendable () -> Double)? = nil
    ) {
        let started = ContinuousClock.now
        self.monotonicSeconds =
            monotonicSeconds ?? {
                let elapsed = (ContinuousClock.now - started).components
                return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            }
        // The receipts' checkpoints name the log the server publishes.
        var intake = intake
        intake.logOrigin = configuration.logOrigin
        self.intake = intake
        self.configuration = configuration
        self.logger = logger
        limiter = configuration.rate.map { RateLimiter(rate: $0) }
        gate = VerificationGate(
            limit: configuration.maxVerifications, queue: configuration.maxQueued)
    }

    /// The submissions being handled now (body read, waiting or verifying).
    public var submissionsInFlight: Int { inFlight.count }

    // MARK: Application

    /// The routes, with the request log.
    public func router() -> Router<RegistryRequestContext> {
        let router = Router(context: RegistryRequestContext.self)
        router.middlewares.add(RequestLogMiddleware(logger: logger))
        router.post("/v1/submissions") { request, context in
            await submit(request, context: context)
        }
        router.get("/v1/receipts/:sha256") { request, context in
            await receipt(request, context: context)
        }
        router.get("/v1/health") { _, _ in health() }
        router.get("/v1/submissions") { request, context in
            await listSubmissions(request, context: context)
        }
        router.get("/v1/submissions/:id") { request, context in
            await showSubmission(request, context: context)
        }
        addLogRoutes(to: router)
        return router
    }

    /// The application `serve` runs; `onRunning` gets the bound host and port once it listens.
    public func application(
        onRunning: @escaping @Sendable (String, Int) async -> Void = { _, _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "selfassess-registry"),
            onServerRunning: { channel in
                let address = channel.localAddress
                await onRunning(
                    address?.ipAddress ?? configuration.host, address?.port ?? configuration.port)
            },
            logger: logger)
    }

    /// Serves until SIGTERM or SIGINT (Hummingbird's `runService`, a ServiceGroup that stops
    /// gracefully on both, swift-service-lifecycle): the
    /// listening socket closes at once, requests in flight finish, and this returns.
    ///
    /// Meanwhile a timer makes a checkpoint every ``Configuration/checkpointInterval`` seconds
    /// (``scheduledCheckpoint()``), requests or not.
    ///
    /// - Parameter onRunning: Called with the bound host and port once the server listens.
    public func run(
        onRunning: @escaping @Sendable (String, Int) async -> Void = { _, _ in }
    ) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await checkpointTimer() }
            do {
                try await application(onRunning: onRunning).runService()
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    // MARK: Routes

    private func submit(_ request: Request, context: RegistryRequestContext) async -> Response {
        let instance = request.uri.path
        let address = context.remoteAddress?.ipAddress ?? "local"
        if let limiter,
            let wait = limiter.take(for: address, at: monotonicSeconds())
        {
            let refusal = RegistryHTTPError.rateLimited(
                address: address, rate: limiter.rate.description, retryAfter: wait)
            return problem(refusal, instance: instance, retryAfter: wait)
        }
        let name = Self.submissionName(request.uri.queryParameters.get("name"))
        let limit = intake.maxBundleSize
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            return problem(
                RegistryError.tooLarge(file: name, size: declared, limit: limit),
                instance: instance)
        }
        inFlight.add(1)
        defer { inFlight.add(-1) }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            return problem(
                RegistryError.tooLarge(file: name, size: limit + 1, limit: limit),
                instance: instance)
        } catch {
            return problem(
                RegistryError.submissionUnreadable(file: name, reason: "\(error)"),
                instance: instance)
        }
        guard await gate.enter() else {
            return problem(
                RegistryHTTPError.busy(limit: gate.limit, retryAfter: 1), instance: instance,
                retryAfter: 1)
        }
        defer { gate.leave() }
        let bytes = Array(body.readableBytesView)
        let intake = self.intake
        let outcome: Swift.Result<RegistryIntake.Result, RegistryError>
        do {
            outcome = try await NIOThreadPool.singleton.runIfActive {
                do throws(RegistryError) {
                    return .success(try intake.submit(bytes, name: name))
                } catch {
                    return .failure(error)
                }
            }
        } catch {
            logger.error("\(instance): the thread pool refused the verification: \(error)")
            return problem(RegistryHTTPError.serverFailure(code: "SR044"), instance: instance)
        }
        switch outcome {
        case .success(let result):
            return receiptResponse(
                result.entry, status: result.isNew ? .created : .ok)
        case .failure(let error):
            return problem(error, instance: instance)
        }
    }

    private func receipt(_ request: Request, context: RegistryRequestContext) async -> Response {
        let instance = request.uri.path
        let text = context.parameters.get("sha256") ?? ""
        guard ReceiptAnswer.isSHA256(text) else {
            return problem(
                RegistryHTTPError.notAHash(text: String(text.prefix(80))), instance: instance)
        }
        let store = intake.store
        let found: Swift.Result<RegistryEntry?, RegistryError>
        do {
            found = try await NIOThreadPool.singleton.runIfActive {
                do throws(RegistryError) {
                    return .success(try store.entry(forBundle: text))
                } catch {
                    return .failure(error)
                }
            }
        } catch {
            return problem(RegistryHTTPError.serverFailure(code: "SR044"), instance: instance)
        }
        switch found {
        case .success(let entry?): return receiptResponse(entry, status: .ok)
        case .success(nil):
            return problem(
                RegistryHTTPError.receiptNotFound(bundleSHA256: text), instance: instance)
        case .failure(let error): return problem(error, instance: instance)
        }
    }

    private func health() -> Response {
        let json: JSONValue = .object([
            "status": .string("ok"),
            "submissions_in_flight": .integer(inFlight.count),
            "verifications_running": .integer(gate.running),
            "max_verifications": .integer(gate.limit),
            "max_body": .integer(intake.maxBundleSize),
        ])
        let bytes = (try? CanonicalJSON.encode(json)) ?? []
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    // MARK: Answers

    private func receiptResponse(_ entry: RegistryEntry, status: HTTPResponse.Status) -> Response {
        var headers: HTTPFields = [.contentType: ReceiptAnswer.mediaType]
        headers[Self.signatureHeader] = ReceiptAnswer.encode(signature: entry.signed.signature)
        headers[Self.codeHeader] = ReceiptAnswer.code(of: entry.receipt)
        headers[.location] = ReceiptAnswer.path(forBundle: entry.receipt.bundleSHA256)
        return Response(
            status: status, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: entry.signed.bytes)))
    }

    func problem(
        _ error: RegistryError, instance: String
    ) -> Response {
        switch error {
        case .notABundle(_, let code, _):
            return problem(
                ProblemDocument(error.message, status: 422, instance: instance, bundleCode: code))
        case .tooLarge:
            return problem(ProblemDocument(error.message, status: 413, instance: instance))
        default:
            // The registry's own failure: logged in full, answered without its paths.
            logger.error("\(instance): \(error) [\(error.code)]")
            return problem(
                RegistryHTTPError.serverFailure(code: error.code), instance: instance)
        }
    }

    func problem(
        _ error: RegistryHTTPError, instance: String, retryAfter: Int? = nil
    ) -> Response {
        problem(
            ProblemDocument(
                error.message, status: error.status, instance: instance, retryAfter: retryAfter))
    }

    func problem(_ document: ProblemDocument) -> Response {
        var headers: HTTPFields = [.contentType: ProblemDocument.mediaType]
        headers[Self.codeHeader] = document.code
        if let retryAfter = document.retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(
            status: HTTPResponse.Status(code: document.status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: document.bytes)))
    }

    // Both names are valid tokens; the fallbacks are never used.
    static let signatureHeader = HTTPField.Name(ReceiptAnswer.signatureHeader) ?? .contentLocation
    static let codeHeader = HTTPField.Name(ReceiptAnswer.codeHeader) ?? .contentLocation

    /// The submission's name in messages: the `name` query parameter's last path component,
    /// printable ASCII, at most 100 characters; `submission` without one.
    package static func submissionName(_ given: String?) -> String {
        let last = given?.split(separator: "/").last.map(String.init) ?? ""
        let kept = String(
            last.unicodeScalars.filter { $0.isASCII && $0.value >= 0x21 && $0.value < 0x7f }
                .prefix(100).map(Character.init))
        return kept.isEmpty || kept == "." || kept == ".." ? "submission" : kept
    }
}

/// The request context: Hummingbird's, plus the client's address for the rate limit and logs.
public struct RegistryRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The connected client's address.
    public let remoteAddress: SocketAddress?

    /// A context for a request on a channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// The submissions in flight, for health and the graceful-stop test.
private final class InFlight: Sendable {
    private let value = Atomic<Int>(0)
    var count: Int { value.load(ordering: .relaxed) }
    func add(_ delta: Int) { value.add(delta, ordering: .relaxed) }
}

/// One log line per request: method, path, status, duration, code and address.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = RegistryRequestContext
    let logger: Logger

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(
                request, context, status: response.status.code, start: start,
                code: response.headers[RegistryServer.codeHeader] ?? "-")
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            log(request, context, status: status, start: start, code: "-")
            throw error
        }
    }

    private func log(
        _ request: Request, _ context: Context, status: Int, start: ContinuousClock.Instant,
        code: String
    ) {
        let elapsed = ContinuousClock.now - start
        let milliseconds =
            Double(elapsed.components.attoseconds) / 1e15
            + Double(elapsed.components.seconds) * 1000
        let address = context.remoteAddress?.ipAddress ?? "-"
        logger.info(
            "\(request.method.rawValue) \(request.uri.path) \(status) \(String(format: "%.1f", milliseconds))ms code=\(code) from=\(address)"
        )
    }
}
