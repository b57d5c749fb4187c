public import SelfAssessKit
public import SelfAssessRegistry

/// An RFC 9457 problem document (`application/problem+json`): what the registry answers when it
/// refuses a request without a receipt.
///
/// Besides the standard members it carries `code`, the stable registry code (`SR…`), and, for input
/// that is not a bundle, `bundle_code`, the kit's code (`SB…`) of the check that failed;
/// `retry_after` repeats the Retry-After header.
public struct ProblemDocument: Sendable, Equatable {
    /// The media type.
    public static let mediaType = "application/problem+json"

    /// The HTTP status.
    public var status: Int
    /// The registry code, such as `SR001`.
    public var code: String
    /// A short title: the code's message key (`not-a-bundle`).
    public var title: String
    /// The message in English.
    public var detail: String
    /// The request path the problem is about.
    public var instance: String
    /// The kit's code when the input is not a bundle.
    public var bundleCode: String?
    /// Seconds to wait before trying again (429, 503).
    public var retryAfter: Int?

    /// A problem document.
    public init(
        status: Int, code: String, title: String, detail: String, instance: String,
        bundleCode: String? = nil, retryAfter: Int? = nil
    ) {
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.instance = instance
        self.bundleCode = bundleCode
        self.retryAfter = retryAfter
    }

    /// The `type` member: a URN naming the code, documented in docs/registry.md.
    public var type: String { "urn:selfassess:registry:\(code)" }

    /// The document as JSON.
    public var json: JSONValue {
        var fields: [String: JSONValue] = [
            "type": .string(type), "title": .string(title), "status": .integer(status),
            "detail": .string(detail), "instance": .string(instance), "code": .string(code),
        ]
        if let bundleCode { fields["bundle_code"] = .string(bundleCode) }
        if let retryAfter { fields["retry_after"] = .integer(retryAfter) }
        return .object(fields)
    }

    /// The document's bytes (compact JSON, keys sorted).
    public var bytes: [UInt8] {
        (try? CanonicalJSON.encode(json)) ?? Array(#"{"status":500}"#.utf8)
    }

    /// Reads a problem document a registry sent; nil when the bytes are not one.
    public static func parse(_ bytes: [UInt8]) -> ProblemDocument? {
        guard case .object(let fields)? = try? CanonicalJSON.parse(bytes, file: "problem"),
            let status = fields["status"]?.integerValue,
            let code = fields["code"]?.stringValue
        else { return nil }
        return ProblemDocument(
            status: status, code: code, title: fields["title"]?.stringValue ?? "",
            detail: fields["detail"]?.stringValue ?? "",
            instance: fields["instance"]?.stringValue ?? "",
            bundleCode: fields["bundle_code"]?.stringValue,
            retryAfter: fields["retry_after"]?.integerValue)
    }

    /// The problem for a registry message and a status.
    public init(
        _ message: RegistryMessage, status: Int, instance: String,
        bundleCode: String? = nil, retryAfter: Int? = nil
    ) {
        let key = message.key.rawValue
        self.init(
            status: status, code: message.code,
            title: String(key.drop { $0 != "." }.dropFirst()),
            detail: message.description, instance: instance, bundleCode: bundleCode,
            retryAfter: retryAfter)
    }
}
