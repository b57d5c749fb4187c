public import SelfAssessKit

/// An analyst's bearer token for the registry's read API (`GET /v1/submissions…`,
/// docs/registry.md): `sat_` and 32 bytes from the system's CSPRNG in base64url, shown once when
/// made; the registry keeps only its SHA-256.
public enum AnalystToken {
    /// The prefix every token starts with, so that one found in a log or a repository is
    /// recognised for what it is.
    public static let prefix = "sat_"
    /// The random bytes in a token.
    public static let randomBytes = 32

    /// A new token: ``prefix`` and ``randomBytes`` bytes from `SystemRandomNumberGenerator`
    /// (getrandom on Linux, the system's CSPRNG), base64url without padding.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(randomBytes)
        while bytes.count < randomBytes {
            var word = generator.next()
            for _ in 0..<8 where bytes.count < randomBytes {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return prefix + base64URL(bytes)
    }

    /// The SHA-256 of a token's UTF-8 bytes, lower-case hex: what the registry stores.
    public static func sha256(of token: String) -> String {
        BundleManifest.sha256(Array(token.utf8))
    }

    /// Whether two hashes are equal, in a time that depends only on their lengths: every byte is
    /// compared, whatever differs first.
    public static func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    /// Whether a name can name a token: 1 to 64 ASCII letters, digits, `.`, `_` or `-`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.utf8.allSatisfy {
                (0x30...0x39).contains($0) || (0x41...0x5a).contains($0)
                    || (0x61...0x7a).contains($0) || $0 == 0x2e || $0 == 0x5f || $0 == 0x2d
            }
    }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value = 0
            for byte in chunk { value = value << 8 | Int(byte) }
            value <<= 8 * (3 - chunk.count)
            for position in 0...chunk.count {
                output.append(alphabet[(value >> (18 - 6 * position)) & 0x3f])
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// A token the registry holds, as `registry token list` shows it: never the token itself.
public struct RegistryToken: Sendable, Equatable {
    /// The name it was made under.
    public var name: String
    /// When it was made.
    public var createdAt: BundleTimestamp
    /// When it last opened a request, or nil.
    public var lastUsedAt: BundleTimestamp?
    /// When it was revoked, or nil while it is active.
    public var revokedAt: BundleTimestamp?

    /// A token's record.
    public init(
        name: String, createdAt: BundleTimestamp, lastUsedAt: BundleTimestamp?,
        revokedAt: BundleTimestamp?
    ) {
        self.name = name
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }
}

/// Which submissions `GET /v1/submissions` lists: newest first (by time received, then entry id),
/// filtered, from after a cursor, at most ``limit``.
public struct SubmissionQuery: Sendable, Equatable {
    /// The largest page.
    public static let maxLimit = 1000
    /// The page when no limit is asked for.
    public static let defaultLimit = 100

    /// Only this reporting year.
    public var year: Int?
    /// Only this signatory.
    public var signatory: String?
    /// Only this outcome.
    public var outcome: RegistryReceipt.Outcome?
    /// Only entries older than this entry (the previous page's last entry id).
    public var after: String?
    /// At most this many entries.
    public var limit: Int

    /// A query.
    public init(
        year: Int? = nil, signatory: String? = nil, outcome: RegistryReceipt.Outcome? = nil,
        after: String? = nil, limit: Int = defaultLimit
    ) {
        self.year = year
        self.signatory = signatory
        self.outcome = outcome
        self.after = after
        self.limit = limit
    }
}

/// A store the read API and its tokens work on: both backends (``SQLiteRegistryStore``,
/// ``PostgresRegistryStore``), over the `v3-analyst-tokens` migration.
public protocol RegistryAccessStore: RegistryStore {
    /// Records a new token's hash under a name.
    ///
    /// - Returns: false, and nothing written, when an active token has that name.
    func addToken(
        name: String, sha256: String, at time: BundleTimestamp
    ) throws(RegistryError)
        -> Bool

    /// Every token made, active and revoked, by name then time made.
    func tokens() throws(RegistryError) -> [RegistryToken]

    /// Revokes the active token of a name.
    ///
    /// - Returns: false when no active token has that name.
    func revokeToken(name: String, at time: BundleTimestamp) throws(RegistryError) -> Bool

    /// The active tokens' names and hashes.
    func activeTokenHashes() throws(RegistryError) -> [(name: String, sha256: String)]

    /// Notes that a token opened a request at a time.
    func markTokenUsed(sha256: String, at time: BundleTimestamp) throws(RegistryError)

    /// The entries a query selects, newest first.
    func submissions(_ query: SubmissionQuery) throws(RegistryError) -> [RegistryEntry]

    /// The entry with an id, or nil.
    func entry(id: String) throws(RegistryError) -> RegistryEntry?
}

extension RegistryAccessStore {
    /// The name of the active token a bearer presented, or nil: its SHA-256 is compared with every
    /// active token's in constant time (no early exit, no lookup by the hash), and a match is
    /// noted as used.
    public func authenticate(
        token: String, at time: BundleTimestamp
    ) throws(RegistryError) -> String? {
        let presented = AnalystToken.sha256(of: token)
        var found: (name: String, sha256: String)?
        for candidate in try activeTokenHashes()
        where AnalystToken.constantTimeEqual(candidate.sha256, presented) {
            found = candidate
        }
        guard let found else { return nil }
        try markTokenUsed(sha256: found.sha256, at: time)
        return found.name
    }
}
