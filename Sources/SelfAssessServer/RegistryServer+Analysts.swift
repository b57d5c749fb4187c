import Foundation
public import HTTPTypes
public import Hummingbird
import NIOCore
import NIOPosix
public import SelfAssessKit
public import SelfAssessRegistry

/// The analysts' read API (docs/registry.md): `GET /v1/submissions` and
/// `GET /v1/submissions/{id}`, behind `Authorization: Bearer TOKEN` (a token made by
/// `selfassess registry token add`). Without a token, or with one the registry does not hold or
/// revoked, the answer is 401 with a problem document (SR070, SR071) and `WWW-Authenticate`.
extension RegistryServer {
    /// The query parameters `GET /v1/submissions` reads.
    static let submissionParameters: Set<String> = [
        "year", "signatory", "outcome", "after", "limit",
    ]

    /// Reads `GET /v1/submissions`' query parameters.
    ///
    /// - Parameter parameters: The parameters, percent-decoded, in order.
    /// - Returns: The query; or the first parameter that cannot be used (unknown, repeated, or
    ///   outside its values).
    package static func submissionQuery(
        _ parameters: [(name: String, value: String)]
    ) -> Swift.Result<SubmissionQuery, RegistryAccessError> {
        var query = SubmissionQuery()
        var seen: Set<String> = []
        for (name, value) in parameters {
            let shown = String(value.prefix(80))
            func bad(_ reason: String) -> Swift.Result<SubmissionQuery, RegistryAccessError> {
                .failure(
                    .badQuery(parameter: String(name.prefix(40)), value: shown, reason: reason))
            }
            guard submissionParameters.contains(name) else {
                return bad(
                    "unknown parameter (known: after, limit, outcome, signatory, year)")
            }
            guard seen.insert(name).inserted else { return bad("given more than once") }
            switch name {
            case "year":
                guard let year = Int(value), (1000...9999).contains(year) else {
                    return bad("expected a year, such as 2025")
                }
                query.year = year
            case "signatory":
                guard !value.isEmpty, value.utf8.count <= 200 else {
                    return bad("expected a signatory's id, 1 to 200 bytes")
                }
                query.signatory = value
            case "outcome":
                guard let outcome = RegistryReceipt.Outcome(rawValue: value) else {
                    return bad("expected accepted or refused")
                }
                query.outcome = outcome
            case "after":
                guard !value.isEmpty, value.utf8.count <= 200 else {
                    return bad("expected the entry id that ended the previous page")
                }
                query.after = value
            default:
                guard let limit = Int(value), (1...SubmissionQuery.maxLimit).contains(limit)
                else {
                    return bad("expected a number from 1 to \(SubmissionQuery.maxLimit)")
                }
                query.limit = limit
            }
        }
        return .success(query)
    }

    /// An entry as the read API shows it: the receipt's fields (without `schema`), whether the
    /// body is stored, and where its signed receipt is.
    package static func json(of entry: RegistryEntry) -> JSONValue {
        guard case .object(var fields) = entry.receipt.json else { return .null }
        fields["schema"] = nil
        fields["body_stored"] = .bool(entry.bodyStored)
        fields["receipt_url"] = .string(
            ReceiptAnswer.path(forBundle: entry.receipt.bundleSHA256))
        return .object(fields)
    }

    /// The bearer token of an `Authorization` header, or nil.
    package static func bearerToken(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    // MARK: Routes

    func listSubmissions(_ request: Request, context: RegistryRequestContext) async -> Response {
        let instance = request.uri.path
        let parameters = request.uri.queryParameters.map {
            (name: String($0.key), value: String($0.value))
        }
        let query: SubmissionQuery
        switch Self.submissionQuery(parameters) {
        case .success(let value): query = value
        case .failure(let error):
            // Who may ask comes before what is asked: a bad query without a token is a 401.
            if let refusal = await authorize(request) { return refusal }
            return problem(error, instance: instance)
        }
        return await analystRead(request) { store throws(RegistryError) in
            if let after = query.after, try store.entry(id: after) == nil {
                return .failure(
                    .badQuery(
                        parameter: "after", value: String(after.prefix(80)),
                        reason: "no entry has this id"))
            }
            var asked = query
            asked.limit = query.limit + 1
            let found = try store.submissions(asked)
            let page = Array(found.prefix(query.limit))
            let next: JSONValue =
                found.count > query.limit
                ? page.last.map { .string($0.receipt.entryID) } ?? .null
                : .null
            return .success(
                .object([
                    "submissions": .array(page.map(Self.json(of:))), "next": next,
                    "limit": .integer(query.limit),
                ]))
        }
    }

    func showSubmission(_ request: Request, context: RegistryRequestContext) async -> Response {
        let id = context.parameters.get("id") ?? ""
        return await analystRead(request) { store throws(RegistryError) in
            guard let entry = try store.entry(id: id) else {
                return .failure(.submissionNotFound(entry: String(id.prefix(80))))
            }
            return .success(Self.json(of: entry))
        }
    }

    /// Nil when the request carries an active token (noted as used), or the 401 to answer.
    private func authorize(_ request: Request) async -> Response? {
        let instance = request.uri.path
        guard let token = Self.bearerToken(request.headers[.authorization]) else {
            return problem(RegistryAccessError.tokenMissing(path: instance), instance: instance)
        }
        guard let store = intake.store as? any RegistryAccessStore else {
            return problem(RegistryHTTPError.serverFailure(code: "SR044"), instance: instance)
        }
        let time = intake.clock.now()
        let found: Swift.Result<String?, RegistryError>
        do {
            found = try await NIOThreadPool.singleton.runIfActive {
                do throws(RegistryError) {
                    return .success(try store.authenticate(token: token, at: time))
                } catch {
                    return .failure(error)
                }
            }
        } catch {
            return problem(RegistryHTTPError.serverFailure(code: "SR044"), instance: instance)
        }
        switch found {
        case .success(.some): return nil
        case .success(.none):
            return problem(RegistryAccessError.tokenRefused(path: instance), instance: instance)
        case .failure(let error): return problem(error, instance: instance)
        }
    }

    /// Authorizes the request, then answers with the JSON `read` makes on the thread pool.
    private func analystRead(
        _ request: Request,
        _ read:
            @escaping @Sendable (any RegistryAccessStore) throws(RegistryError) ->
            Swift.Result<
                JSONValue, RegistryAccessError
            >
    ) async -> Response {
        if let refusal = await authorize(request) { return refusal }
        let instance = request.uri.path
        guard let store = intake.store as? any RegistryAccessStore else {
            return problem(RegistryHTTPError.serverFailure(code: "SR044"), instance: instance)
        }
        let outcome: Swift.Result<Swift.Result<JSONValue, RegistryAccessError>, RegistryError>
        do {
            outcome = try await NIOThreadPool.singleton.runIfActive {
                do throws(RegistryError) {
                    return .success(try read(store))
                } catch {
                    return .failure(error)
                }
            }
        } catch {
            return problem(RegistryHTTPError.serverFailure(code: "SR044"), instance: instance)
        }
        switch outcome {
        case .success(.success(let json)):
            let bytes = (try? CanonicalJSON.encode(json)) ?? []
            return Response(
                status: .ok,
                headers: [.contentType: "application/json", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case .success(.failure(let refusal)): return problem(refusal, instance: instance)
        case .failure(let error): return problem(error, instance: instance)
        }
    }

    func problem(_ error: RegistryAccessError, instance: String) -> Response {
        var response = problem(
            ProblemDocument(error.message, status: error.status, instance: instance))
        if error.status == 401 {
            response.headers[.wwwAuthenticate] = #"Bearer realm="selfassess-registry""#
        }
        return response
    }
}
