public import Foundation

/// A PostgreSQL connection URL as `--database` takes it:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require]`, or
/// `postgres://USER@/DATABASE?host=/run/postgresql` for a unix socket folder (libpq's form).
///
/// The password is best left out of the URL (it shows in `ps`): `PGPASSWORD` is read when the URL
/// has none. Messages show ``displayName``, which never holds the password.
public struct PostgresDatabaseURL: Sendable, Equatable, CustomStringConvertible {
    /// How the connection is encrypted, as libpq's `sslmode` says it.
    public enum TLSMode: String, Sendable, CaseIterable {
        /// Plain TCP (loopback, a unix socket).
        case disable
        /// TLS when the server offers it (libpq's default).
        case prefer
        /// TLS or no connection.
        case require
    }

    /// Where the server listens.
    public enum Endpoint: Sendable, Equatable {
        /// A TCP host and port.
        case tcp(host: String, port: Int)
        /// The folder that holds the server's unix socket (`.s.PGSQL.PORT`).
        case socket(folder: String, port: Int)
    }

    /// The server.
    public var endpoint: Endpoint
    /// The role to connect as.
    public var user: String
    /// The password, from the URL or `PGPASSWORD`.
    public var password: String?
    /// The database.
    public var database: String
    /// Whether and how TLS is used.
    public var tls: TLSMode

    /// Parses a URL.
    ///
    /// - Parameters:
    ///   - text: The URL as given.
    ///   - environment: Where `PGPASSWORD` is read when the URL holds no password.
    /// - Throws: ``RegistryError/databaseURL(url:reason:)``, naming the URL without its password.
    public init(
        _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(RegistryError) {
        guard let components = URLComponents(string: text) else {
            throw .databaseURL(url: Self.redacted(text), reason: "not a URL")
        }
        let shown = Self.redacted(text)
        guard let scheme = components.scheme?.lowercased(),
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw .databaseURL(url: shown, reason: "the scheme must be postgres://")
        }
        guard let user = components.user, !user.isEmpty else {
            throw .databaseURL(url: shown, reason: "no user (postgres://USER@HOST/DATABASE)")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw .databaseURL(url: shown, reason: "no database name after the host")
        }
        var socketFolder: String?
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "host":
                guard let value = item.value, value.hasPrefix("/") else {
                    throw .databaseURL(url: shown, reason: "host= must name a socket folder")
                }
                socketFolder = value
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw .databaseURL(
                        url: shown, reason: "sslmode must be disable, prefer or require")
                }
                tls = mode
            default:
                throw .databaseURL(url: shown, reason: "unknown parameter \(item.name)")
            }
        }
        let port = components.port ?? 5432
        guard (1...65535).contains(port) else {
            throw .databaseURL(url: shown, reason: "the port must be 1 to 65535")
        }
        if let socketFolder {
            endpoint = .socket(folder: socketFolder, port: port)
        } else {
            guard let host = components.host, !host.isEmpty else {
                throw .databaseURL(url: shown, reason: "no host (or ?host=/socket/folder)")
            }
            endpoint = .tcp(host: host, port: port)
        }
        self.user = user
        password = components.password ?? environment["PGPASSWORD"]
        self.database = database
        self.tls = tls
    }

    /// The URL without its password, for messages.
    public var displayName: String {
        switch endpoint {
        case .tcp(let host, let port):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            return "postgres://\(user)@\(shownHost):\(port)/\(database)"
        case .socket(let folder, let port):
            return "postgres://\(user)@:\(port)/\(database)?host=\(folder)"
        }
    }

    public var description: String { displayName }

    /// A URL as given, with any password replaced by `***`.
    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"),
            let schemeEnd = text.range(of: "://")?.upperBound, schemeEnd < at,
            let colon = text[schemeEnd..<at].firstIndex(of: ":")
        else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
}
