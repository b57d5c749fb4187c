public import AsyncHTTPClient
import Foundation
public import NIOCore
import NIOHTTP1
public import SelfAssessKit
public import SelfAssessRegistry

/// The registry's HTTP API from the other side: what `selfassess submit` and the tests use.
public struct RegistryClient: Sendable {
    /// What the registry answered.
    public enum Answer: Sendable, Equatable {
        /// A receipt (the file's bytes and its signature file); `isNew` when this request made
        /// the entry (201), false when the bundle was recorded before (200).
        case receipt(bytes: [UInt8], signature: [UInt8], isNew: Bool)
        /// A refusal without a receipt.
        case problem(ProblemDocument)
    }

    /// The registry's base URL, without a trailing slash (`http://127.0.0.1:8400`).
    public let base: String
    /// The longest a request may take.
    public var timeout: TimeAmount
    private let client: HTTPClient

    /// A client for the registry at a URL.
    public init(base: String, client: HTTPClient = .shared, timeout: TimeAmount = .seconds(300)) {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        self.base = base
        self.client = client
        self.timeout = timeout
    }

    /// Runs `body` with a client of its own, made for one command: a refused or unreachable
    /// address fails at once (connections are not tried again in the background until the
    /// request's deadline) and a connection gets `connectTimeout`; shut down afterwards.
    public static func using<Value: Sendable>(
        base: String, connectTimeout: TimeAmount = .seconds(10),
        _ body: (RegistryClient) async throws -> Value
    ) async rethrows -> Value {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: connectTimeout)
        configuration.connectionPool.retryConnectionEstablishment = false
        let http = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            let value = try await body(RegistryClient(base: base, client: http))
            try? await http.shutdown()
            return value
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    /// The registry's health document (`GET /v1/health`).
    public func health() async throws(RegistryHTTPError) -> JSONValue {
        let url = base + "/v1/health"
        let body: [UInt8]
        let status: Int
        do {
            let response = try await client.execute(HTTPClientRequest(url: url), timeout: timeout)
            status = Int(response.status.code)
            body = Array((try await response.body.collect(upTo: 1 << 16)).readableBytesView)
        } catch {
            throw .unreachable(url: url, reason: "\(error)")
        }
        guard status == 200, let json = try? CanonicalJSON.parse(body, file: url) else {
            throw .unexpectedAnswer(
                url: url, status: status, reason: String(decoding: body.prefix(200), as: UTF8.self))
        }
        return json
    }

    /// Submits a bundle's bytes.
    ///
    /// A 429 or 503 is tried again after its Retry-After (at most 30 s each time) while `attempts`
    /// last; the last answer is returned.
    public func submit(
        _ bytes: [UInt8], name: String, attempts: Int = 3
    ) async throws(RegistryHTTPError) -> Answer {
        let query = name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""
        let url = base + "/v1/submissions?name=" + query
        var remaining = max(1, attempts)
        while true {
            remaining -= 1
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/octet-stream")
            request.body = .bytes(bytes)
            let answer = try await execute(request, url: url)
            if remaining > 0, case .problem(let problem) = answer,
                problem.status == 429 || problem.status == 503
            {
                let seconds = min(30, max(1, problem.retryAfter ?? 1))
                do {
                    try await Task.sleep(for: .seconds(seconds))
                } catch {
                    return answer
                }
                continue
            }
            return answer
        }
    }

    /// Fetches the receipt of a bundle by its SHA-256.
    public func receipt(forBundle sha256: String) async throws(RegistryHTTPError) -> Answer {
        let url = base + ReceiptAnswer.path(forBundle: sha256)
        return try await execute(HTTPClientRequest(url: url), url: url)
    }

    // MARK: The transparency log (docs/transparency.md)

    /// The registry's latest checkpoint (`GET /v1/log/checkpoint`): the signed note's bytes.
    public func logCheckpoint() async throws(RegistryHTTPError) -> [UInt8] {
        try await get("/v1/log/checkpoint", limit: LogCheckpoint.maxSize)
    }

    /// The log's entries `start ..< end` (`GET /v1/log/entries`): as many as one answer holds
    /// (at most ``TransparencyLog/maxEntriesPerRead``), each entry's exact bytes.
    public func logEntries(
        from start: Int, to end: Int
    ) async throws(RegistryHTTPError) -> [[UInt8]] {
        let path = "/v1/log/entries?start=\(start)&end=\(end)"
        let fields = try await document(path, limit: 64 << 20)
        guard case .array(let entries)? = fields["entries"] else {
            throw .unexpectedAnswer(url: base + path, status: 200, reason: "no `entries` array")
        }
        var read: [[UInt8]] = []
        for entry in entries {
            guard let text = entry.stringValue else {
                throw .unexpectedAnswer(
                    url: base + path, status: 200, reason: "an entry that is not a string")
            }
            read.append(Array(text.utf8))
        }
        return read
    }

    /// The consistency proof between the trees of `first` and `second` entries.
    public func logConsistencyProof(
        first: Int, second: Int
    ) async throws(RegistryHTTPError) -> [MerkleTree.Hash] {
        let path = "/v1/log/proof/consistency?first=\(first)&second=\(second)"
        return try await hashes("consistency_path", path)
    }

    /// The inclusion proof of leaf `leaf` in the tree of `size` entries.
    public func logInclusionProof(
        leaf: Int, size: Int
    ) async throws(RegistryHTTPError) -> [MerkleTree.Hash] {
        try await hashes("inclusion_path", "/v1/log/proof/inclusion?leaf=\(leaf)&size=\(size)")
    }

    private func hashes(
        _ name: String, _ path: String
    ) async throws(RegistryHTTPError) -> [MerkleTree.Hash] {
        let fields = try await document(path, limit: 1 << 16)
        guard case .array(let items)? = fields[name] else {
            throw .unexpectedAnswer(url: base + path, status: 200, reason: "no `\(name)` array")
        }
        var hashes: [MerkleTree.Hash] = []
        for item in items {
            guard let text = item.stringValue,
                let hash = Data(base64Encoded: text).map(Array.init), hash.count == 32
            else {
                throw .unexpectedAnswer(
                    url: base + path, status: 200,
                    reason: "`\(name)` holds something not the base64 of 32 bytes")
            }
            hashes.append(hash)
        }
        return hashes
    }

    /// A JSON object answered with 200.
    private func document(
        _ path: String, limit: Int
    ) async throws(RegistryHTTPError) -> [String: JSONValue] {
        let body = try await get(path, limit: limit)
        guard case .object(let fields)? = try? CanonicalJSON.parse(body, file: base + path) else {
            throw .unexpectedAnswer(
                url: base + path, status: 200,
                reason: String(decoding: body.prefix(200), as: UTF8.self))
        }
        return fields
    }

    /// The body of a 200 answer to `GET path`.
    private func get(_ path: String, limit: Int) async throws(RegistryHTTPError) -> [UInt8] {
        let url = base + path
        let body: [UInt8]
        let status: Int
        do {
            let response = try await client.execute(HTTPClientRequest(url: url), timeout: timeout)
            status = Int(response.status.code)
            body = Array((try await response.body.collect(upTo: limit)).readableBytesView)
        } catch {
            throw .unreachable(url: url, reason: "\(error)")
        }
        guard status == 200 else {
            throw .unexpectedAnswer(
                url: url, status: status, reason: String(decoding: body.prefix(200), as: UTF8.self))
        }
        return body
    }

    /// Sends a request and reads the answer: a receipt or a problem document.
    private func execute(
        _ request: HTTPClientRequest, url: String
    ) async throws(RegistryHTTPError) -> Answer {
        let status: Int
        let headers: HTTPHeaders
        let body: [UInt8]
        do {
            let response = try await client.execute(request, timeout: timeout)
            status = Int(response.status.code)
            headers = response.headers
            body = Array(
                (try await response.body.collect(upTo: RegistryReceipt.maxSize)).readableBytesView)
        } catch {
            throw .unreachable(url: url, reason: "\(error)")
        }
        let contentType = headers.first(name: "Content-Type") ?? ""
        if status == 200 || status == 201 {
            guard let header = headers.first(name: ReceiptAnswer.signatureHeader),
                let signature = ReceiptAnswer.decode(signature: header)
            else {
                throw .unexpectedAnswer(
                    url: url, status: status,
                    reason: "no \(ReceiptAnswer.signatureHeader) header with the receipt")
            }
            return .receipt(bytes: body, signature: signature, isNew: status == 201)
        }
        guard contentType.hasPrefix(ProblemDocument.mediaType),
            let problem = ProblemDocument.parse(body)
        else {
            let text = String(decoding: body.prefix(200), as: UTF8.self)
            throw .unexpectedAnswer(
                url: url, status: status,
                reason: text.isEmpty ? "an empty body (\(contentType))" : text)
        }
        return .problem(problem)
    }
}
