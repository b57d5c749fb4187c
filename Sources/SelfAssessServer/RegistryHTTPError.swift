public import SelfAssessRegistry

/// Why the registry over HTTP refused a request or could not be reached: the server's abuse limits,
/// a receipt asked for that does not exist, and the client's network failures.
///
/// Each case has a stable code (`SR040`…`SR048`, docs/registry.md) and a message from
/// ``RegistryMessages``.
///
/// A bundle that is not a bundle, or that is too large, keeps its ``RegistryError`` (SR001,
/// SR002): the same refusal whether it came by HTTP or by `registry intake`.
public enum RegistryHTTPError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One address sent more submissions than the rate allows.
    case rateLimited(address: String, rate: String, retryAfter: Int)
    /// Every verification slot and the queue behind them are taken.
    case busy(limit: Int, retryAfter: Int)
    /// `GET /v1/receipts/{sha256}` with something that is not a SHA-256.
    case notAHash(text: String)
    /// No submission of that bundle is recorded.
    case receiptNotFound(bundleSHA256: String)
    /// The registry failed while recording (its own code is logged, not its paths).
    case serverFailure(code: String)
    /// `serve` could not bind its address.
    case listenFailed(address: String, reason: String)
    /// The client could not reach the registry, or the connection broke.
    case unreachable(url: String, reason: String)
    /// The registry answered something that is neither a receipt nor a problem document.
    case unexpectedAnswer(url: String, status: Int, reason: String)
    /// `serve --port-file` could not write the bound address.
    case portFileWriteFailed(file: String, reason: String)

    /// The wording: a catalog key and its arguments.
    public var message: RegistryMessage {
        switch self {
        case .rateLimited(let address, let rate, let retryAfter):
            RegistryMessage(
                .rateLimited,
                [
                    "address": .text(address), "rate": .text(rate),
                    "seconds": .integer(retryAfter),
                ])
        case .busy(let limit, let retryAfter):
            RegistryMessage(.busy, ["limit": .integer(limit), "seconds": .integer(retryAfter)])
        case .notAHash(let text):
            RegistryMessage(.notAHash, ["text": .text(text)])
        case .receiptNotFound(let bundleSHA256):
            RegistryMessage(.receiptNotFound, ["bundle": .text(bundleSHA256)])
        case .serverFailure(let code):
            RegistryMessage(.serverFailure, ["code": .text(code)])
        case .listenFailed(let address, let reason):
            RegistryMessage(.listenFailed, ["address": .text(address), "reason": .text(reason)])
        case .unreachable(let url, let reason):
            RegistryMessage(.unreachable, ["url": .text(url), "reason": .text(reason)])
        case .unexpectedAnswer(let url, let status, let reason):
            RegistryMessage(
                .unexpectedAnswer,
                ["url": .text(url), "status": .integer(status), "reason": .text(reason)])
        case .portFileWriteFailed(let file, let reason):
            RegistryMessage(.portFileWriteFailed, ["file": .text(file), "reason": .text(reason)])
        }
    }

    /// The stable code, such as `SR040`.
    public var code: String { message.code }

    /// The HTTP status a server answers with for this refusal.
    public var status: Int {
        switch self {
        case .rateLimited: 429
        case .busy: 503
        case .notAHash: 400
        case .receiptNotFound: 404
        case .serverFailure, .listenFailed, .unreachable, .unexpectedAnswer,
            .portFileWriteFailed:
            500
        }
    }

    /// The message in English.
    public var description: String { message.description }
}
