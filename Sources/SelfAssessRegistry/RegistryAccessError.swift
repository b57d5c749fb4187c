/// Why an analyst's request or a token command was refused: a missing or refused bearer token, a
/// query the read API cannot answer, a token name taken or unknown.
///
/// Each case has a stable code (`SR070`…`SR076`, docs/registry.md) and a message from
/// ``RegistryMessages``.
public enum RegistryAccessError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A read endpoint was asked without `Authorization: Bearer …`.
    case tokenMissing(path: String)
    /// The bearer token is unknown or revoked (the two are not told apart).
    case tokenRefused(path: String)
    /// A query parameter the read API cannot use.
    case badQuery(parameter: String, value: String, reason: String)
    /// No entry has the id asked for.
    case submissionNotFound(entry: String)
    /// `registry token add` with the name of an active token.
    case tokenExists(registry: String, name: String)
    /// `registry token revoke` with a name no active token has.
    case tokenNotFound(registry: String, name: String)
    /// A token name outside the allowed characters or length.
    case tokenName(name: String)

    /// The wording: a catalog key and its arguments.
    public var message: RegistryMessage {
        switch self {
        case .tokenMissing(let path): RegistryMessage(.tokenMissing, ["path": .text(path)])
        case .tokenRefused(let path): RegistryMessage(.tokenRefused, ["path": .text(path)])
        case .badQuery(let parameter, let value, let reason):
            RegistryMessage(
                .badQuery,
                ["parameter": .text(parameter), "value": .text(value), "reason": .text(reason)])
        case .submissionNotFound(let entry):
            RegistryMessage(.submissionNotFound, ["entry": .text(entry)])
        case .tokenExists(let registry, let name):
            RegistryMessage(.tokenExists, ["registry": .text(registry), "name": .text(name)])
        case .tokenNotFound(let registry, let name):
            RegistryMessage(.tokenNotFound, ["registry": .text(registry), "name": .text(name)])
        case .tokenName(let name): RegistryMessage(.tokenName, ["name": .text(name)])
        }
    }

    /// The stable code, such as `SR070`.
    public var code: String { message.code }

    /// The HTTP status a server answers with.
    public var status: Int {
        switch self {
        case .tokenMissing, .tokenRefused: 401
        case .badQuery, .tokenName: 400
        case .submissionNotFound: 404
        case .tokenExists, .tokenNotFound: 409
        }
    }

    /// The message in English.
    public var description: String { message.description }
}
