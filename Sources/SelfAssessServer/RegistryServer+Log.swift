import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import SelfAssessKit
public import SelfAssessRegistry

/// The transparency log over HTTP (docs/transparency.md), public, no token: the signed
/// checkpoint, entries, and both proofs, each read in O(log n) from the store.
extension RegistryServer {
    /// The most entries one `GET /v1/log/entries` answers with.
    static let maxEntries = TransparencyLog.maxEntriesPerRead

    /// What the checkpoint timer does each interval: the latest checkpoint when it covers the
    /// whole log and is younger than the interval (an intake or a request made it), else a new
    /// one, made and kept; so a checkpoint at most one interval old always exists while the
    /// server runs.
    public func scheduledCheckpoint() throws(LogError) -> LogCheckpoint {
        try TransparencyLog(store: intake.store, source: "registry").currentCheckpoint(
            origin: configuration.logOrigin, key: intake.receiptKey, now: intake.clock.now(),
            interval: configuration.checkpointInterval)
    }

    /// Makes a checkpoint every interval until cancelled; a failure is logged, not fatal.
    func checkpointTimer() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: .seconds(configuration.checkpointInterval))
            } catch {
                return
            }
            let outcome: Swift.Result<LogCheckpoint, LogError>
            do {
                outcome = try await NIOThreadPool.singleton.runIfActive {
                    do throws(LogError) {
                        return .success(try scheduledCheckpoint())
                    } catch {
                        return .failure(error)
                    }
                }
            } catch {
                return
            }
            if case .failure(let error) = outcome {
                logger.error("checkpoint: [\(error.code)] \(error.description)")
            }
        }
    }

    func addLogRoutes(to router: Router<RegistryRequestContext>) {
        router.get("/v1/log/checkpoint") { request, _ in
            await logRead(request) { log throws(LogError) in
                let checkpoint = try log.currentCheckpoint(
                    origin: configuration.logOrigin, key: intake.receiptKey,
                    now: intake.clock.now(), interval: configuration.checkpointInterval)
                return .text(checkpoint.bytes)
            }
        }
        router.get("/v1/log/entries") { request, _ in
            let query = Self.parameters(request)
            return await logRead(request) { log throws(LogError) in
                let start = try Self.number("start", in: query)
                let end = try Self.number("end", in: query)
                let entries = try log.entries(from: start, to: end)
                return .json(
                    .object([
                        "start": .integer(start),
                        "entries": .array(
                            entries.map { .string(String(decoding: $0, as: UTF8.self)) }),
                    ]))
            }
        }
        router.get("/v1/log/proof/inclusion") { request, _ in
            let query = Self.parameters(request)
            return await logRead(request) { log throws(LogError) in
                let size = try Self.number("size", in: query)
                let leaf: Int
                if let hash = query["hash"] {
                    guard ReceiptAnswer.isSHA256(hash) else {
                        throw .badParameter(
                            parameter: "hash",
                            reason: "not a bundle SHA-256 (64 lower-case hexadecimal digits)")
                    }
                    let entry: RegistryEntry?
                    do throws(RegistryError) {
                        entry = try log.store.entry(forBundle: hash)
                    } catch {
                        throw .storage(error)
                    }
                    guard let entry else { throw .notLogged(entry: hash) }
                    leaf = try log.leafIndex(entryID: entry.receipt.entryID)
                } else {
                    leaf = try Self.number("leaf", in: query)
                }
                let proof = try log.inclusionProof(leaf: leaf, size: size)
                return .json(
                    .object([
                        "leaf_index": .integer(leaf), "tree_size": .integer(size),
                        "inclusion_path": .array(
                            proof.map { .string(Data($0).base64EncodedString()) }),
                    ]))
            }
        }
        router.get("/v1/log/proof/consistency") { request, _ in
            let query = Self.parameters(request)
            return await logRead(request) { log throws(LogError) in
                let first = try Self.number("first", in: query)
                let second = try Self.number("second", in: query)
                let proof = try log.consistencyProof(first: first, second: second)
                return .json(
                    .object([
                        "first": .integer(first), "second": .integer(second),
                        "consistency_path": .array(
                            proof.map { .string(Data($0).base64EncodedString()) }),
                    ]))
            }
        }
    }

    /// What a log route answers with.
    enum LogAnswer: Sendable {
        case text([UInt8])
        case json(JSONValue)
    }

    static func parameters(_ request: Request) -> [String: String] {
        var found: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { found[String(name)] = String(value) }
        return found
    }

    static func number(_ name: String, in query: [String: String]) throws(LogError) -> Int {
        guard let text = query[name] else {
            throw .badParameter(parameter: name, reason: "missing")
        }
        guard let value = Int(text), value >= 0, String(value) == text else {
            throw .badParameter(
                parameter: name, reason: "`\(text.prefix(40))` is not a whole number of at least 0")
        }
        return value
    }

    /// Runs a read of the log on the thread pool and answers with it, or with a problem document.
    func logRead(
        _ request: Request,
        _ read: @escaping @Sendable (TransparencyLog) throws(LogError) -> LogAnswer
    ) async -> Response {
        let instance = request.uri.path
        let log = TransparencyLog(store: intake.store, source: "registry")
        let outcome: Swift.Result<LogAnswer, LogError>
        do {
            outcome = try await NIOThreadPool.singleton.runIfActive {
                do throws(LogError) {
                    return .success(try read(log))
                } catch {
                    return .failure(error)
                }
            }
        } catch {
            return problem(RegistryHTTPError.serverFailure(code: "SR044"), instance: instance)
        }
        switch outcome {
        case .success(.text(let bytes)):
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case .success(.json(let json)):
            let bytes = (try? CanonicalJSON.encode(json)) ?? []
            return Response(
                status: .ok,
                headers: [.contentType: "application/json", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case .failure(let error):
            let status: Int
            switch error {
            case .badParameter, .outOfRange: status = 400
            case .notLogged: status = 404
            default:
                logger.error("\(instance): \(error) [\(error.code)]")
                status = 500
            }
            let key = error.wording.key
            return problem(
                ProblemDocument(
                    status: status, code: error.code,
                    title: String(key.drop { $0 != "." }.dropFirst()),
                    detail: status == 500 ? "the registry failed; see its log" : error.description,
                    instance: instance))
        }
    }
}
