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
import Testing

/// The analysts' tokens and the read API: the token's form, both stores' tokens and queries, and
/// the routes' authorization.
@Suite("registry access: tokens")
struct AnalystTokenTests {
    @Test func aTokenIsPrefixedBase64URLOf32RandomBytesAndNeverRepeats() {
        let tokens = (0..<50).map { _ in AnalystToken.generate() }
        let alphabet = Set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for token in tokens {
            #expect(token.hasPrefix("sat_"))
            #expect(token.count == 4 + 43)
            #expect(token.dropFirst(4).allSatisfy { alphabet.contains($0) }, "\(token)")
        }
        #expect(Set(tokens).count == tokens.count)
    }

    @Test func theHashIsTheSHA256OfTheTokensBytes() {
        #expect(
            AnalystToken.sha256(of: "abc")
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test(
        arguments: [
            ("abc", "abc", true), ("abc", "abd", false), ("abc", "ab", false), ("", "", true),
            ("xbc", "abc", false),
        ])
    func constantTimeEqualityIsEquality(left: String, right: String, equal: Bool) {
        #expect(AnalystToken.constantTimeEqual(left, right) == equal)
    }

    @Test(
        arguments: [
            ("alice", true), ("ci.dashboard_2-b", true), (String(repeating: "a", count: 64), true),
            ("", false), (String(repeating: "a", count: 65), false), ("a b", false),
            ("zoë", false), ("a/b", false),
        ])
    func tokenNames(name: String, valid: Bool) {
        #expect(AnalystToken.isValidName(name) == valid)
    }
}

/// Which store a contract test runs on.
enum AccessBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A new store of this kind; the caller removes `cleanup`.
    func store() async throws -> (store: any RegistryAccessStore, cleanup: URL) {
        switch self {
        case .sqlite:
            let (store, _, cleanup) = try RegistryFixtures.store()
            return (store, cleanup)
        case .postgres:
            let (store, _, cleanup) = try await RegistryFixtures.postgresStore()
            return (store, cleanup)
        }
    }
}

/// A clock that moves one minute on at each reading, from 2026-03-15T09:00:00Z.
final class SteppingClock: RegistryClock, @unchecked Sendable {
    private let lock = NSLock()
    private var seconds = (BundleTimestamp("2026-03-15T09:00:00Z") ?? .earliest).secondsSince1970

    func now() -> BundleTimestamp {
        lock.lock()
        defer { lock.unlock() }
        seconds += 60
        return BundleTimestamp(secondsSince1970: seconds) ?? .earliest
    }
}

@Suite("registry access: stores")
struct RegistryAccessStoreTests {
    static func time(_ text: String) -> BundleTimestamp { BundleTimestamp(text) ?? .earliest }

    @Test(arguments: AccessBackend.allCases)
    func tokensAreAddedListedAuthenticatedAndRevoked(backend: AccessBackend) async throws {
        let (store, cleanup) = try await backend.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let alice = AnalystToken.generate()
        let bob = AnalystToken.generate()
        let made = Self.time("2026-04-01T08:00:00Z")
        #expect(try store.addToken(name: "alice", sha256: AnalystToken.sha256(of: alice), at: made))
        #expect(try store.addToken(name: "bob", sha256: AnalystToken.sha256(of: bob), at: made))
        // An active name is not given twice.
        #expect(
            try !store.addToken(
                name: "alice", sha256: AnalystToken.sha256(of: AnalystToken.generate()), at: made))

        let used = Self.time("2026-04-02T10:00:00Z")
        #expect(try store.authenticate(token: alice, at: used) == "alice")
        #expect(try store.authenticate(token: "sat_wrong", at: used) == nil)
        #expect(try store.authenticate(token: "", at: used) == nil)
        #expect(
            try store.tokens() == [
                RegistryToken(name: "alice", createdAt: made, lastUsedAt: used, revokedAt: nil),
                RegistryToken(name: "bob", createdAt: made, lastUsedAt: nil, revokedAt: nil),
            ])

        let revoked = Self.time("2026-04-03T12:00:00Z")
        #expect(try store.revokeToken(name: "alice", at: revoked))
        #expect(try !store.revokeToken(name: "alice", at: revoked))
        #expect(try !store.revokeToken(name: "carol", at: revoked))
        #expect(try store.authenticate(token: alice, at: revoked) == nil)
        #expect(try store.authenticate(token: bob, at: revoked) == "bob")

        // The name is free again once revoked; the revoked record stays listed.
        let again = AnalystToken.generate()
        #expect(
            try store.addToken(name: "alice", sha256: AnalystToken.sha256(of: again), at: revoked))
        #expect(try store.authenticate(token: again, at: revoked) == "alice")
        let listed = try store.tokens()
        #expect(listed.map(\.name) == ["alice", "alice", "bob"])
        #expect(listed.filter { $0.revokedAt != nil }.map(\.createdAt) == [made])
        (store as? PostgresRegistryStore)?.close()
    }

    @Test(arguments: AccessBackend.allCases)
    func submissionsAreListedNewestFirstFilteredAndPaged(backend: AccessBackend) async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, cleanup) = try await backend.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let intake = RegistryIntake(
            store: store, keyring: sector.keyring, keyringSHA256: sector.keyringSHA256,
            framework: sector.framework, receiptKey: sector.societyKey, clock: SteppingClock())
        var recorded: [RegistryEntry] = []
        for planned in sector.plan.bundles where planned.plant != .truncated {
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(planned.file)))
            recorded.append(try intake.submit(bytes, name: planned.file).entry)
        }
        let newestFirst = Array(recorded.reversed())
        #expect(try store.submissions(SubmissionQuery(limit: 1000)) == newestFirst)

        // Pages of 5, each after the last entry of the one before, give every entry once.
        var paged: [RegistryEntry] = []
        var after: String?
        repeat {
            let page = try store.submissions(SubmissionQuery(after: after, limit: 5))
            paged += page
            after = page.count == 5 ? page.last?.receipt.entryID : nil
        } while after != nil
        #expect(paged == newestFirst)

        let refused = try store.submissions(SubmissionQuery(outcome: .refused, limit: 1000))
        #expect(!refused.isEmpty)
        #expect(refused == newestFirst.filter { $0.receipt.outcome == .refused })
        let signatory = try #require(recorded.first?.receipt.signatory)
        let year = try #require(recorded.first?.receipt.year)
        #expect(
            try store.submissions(
                SubmissionQuery(year: year, signatory: signatory, outcome: .accepted, limit: 10))
                == newestFirst.filter {
                    $0.receipt.signatory == signatory && $0.receipt.year == year
                        && $0.receipt.outcome == .accepted
                })
        #expect(try store.submissions(SubmissionQuery(year: year + 1)).isEmpty)

        let first = try #require(recorded.first)
        #expect(try store.entry(id: first.receipt.entryID) == first)
        #expect(try store.entry(id: "no-such-entry") == nil)
        (store as? PostgresRegistryStore)?.close()
    }

    @Test func theMigrationIsAppendedOnBothBackends() {
        #expect(SQLiteRegistryStore.migrations[4] == "v3-analyst-tokens")
        #expect(PostgresRegistryStore.migrations[4] == "v3-analyst-tokens")
        #expect(SQLiteRegistryStore.migrations == PostgresRegistryStore.migrations)
    }
}

@Suite("registry access: routes")
struct RegistryAccessRouteTests {
    /// A server over a new store with the sector's bundles submitted (one a minute) and a token
    /// `analyst`; the caller removes `cleanup`.
    static func server() async throws -> (
        server: RegistryServer, store: SQLiteRegistryStore, token: String, cleanup: URL
    ) {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        let intake = RegistryIntake(
            store: store, keyring: sector.keyring, keyringSHA256: sector.keyringSHA256,
            framework: sector.framework, receiptKey: sector.societyKey, clock: SteppingClock())
        for planned in sector.plan.bundles where planned.plant != .truncated {
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(planned.file)))
            _ = try intake.submit(bytes, name: planned.file)
        }
        let token = AnalystToken.generate()
        _ = try store.addToken(
            name: "analyst", sha256: AnalystToken.sha256(of: token),
            at: RegistryFixtures.receivedAt)
        let server = RegistryServer(
            intake: intake,
            configuration: .init(host: "127.0.0.1", port: 0, maxVerifications: 2, rate: nil),
            logger: Logger(label: "access-test") { _ in SwiftLogNoOpLogHandler() },
            monotonicSeconds: { 0 })
        return (server, store, token, cleanup)
    }

    static func get(
        _ client: some TestClientProtocol, _ uri: String, token: String?
    ) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: uri, method: .get, headers: headers)
    }

    static func json(_ response: TestResponse) throws -> JSONValue {
        #expect(response.headers[.contentType] == "application/json")
        return try CanonicalJSON.parse(Array(response.body.readableBytesView), file: "answer")
    }

    @Test(
        "the read endpoints refuse a request without an active token",
        arguments: [
            "/v1/submissions", "/v1/submissions?year=2026", "/v1/submissions/entry-1",
            "/v1/submissions?bogus=1",
        ])
    func refusesWithoutAToken(uri: String) async throws {
        let (server, store, _, cleanup) = try await Self.server()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let revoked = AnalystToken.generate()
        _ = try store.addToken(
            name: "gone", sha256: AnalystToken.sha256(of: revoked), at: RegistryFixtures.receivedAt)
        _ = try store.revokeToken(name: "gone", at: RegistryFixtures.receivedAt)
        try await server.application().test(.router) { client in
            for (token, code) in [
                (nil, "SR070"), ("sat_" + String(repeating: "A", count: 43), "SR071"),
                (revoked, "SR071"),
            ] as [(String?, String)] {
                let response = try await Self.get(client, uri, token: token)
                #expect(response.status == .unauthorized, "\(uri) \(code)")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer ") == true)
                #expect(try RegistryServerTests.problem(response).code == code)
            }
            // Another scheme is no token at all.
            let basic = try await client.execute(
                uri: uri, method: .get, headers: [.authorization: "Basic YWxpY2U6c2VjcmV0"])
            #expect(try RegistryServerTests.problem(basic).code == "SR070")
        }
    }

    @Test func listsPagesAndShowsSubmissionsWithAToken() async throws {
        let (server, store, token, cleanup) = try await Self.server()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let all = try store.submissions(SubmissionQuery(limit: 1000))
        try await server.application().test(.router) { client in
            var ids: [String] = []
            var uri = "/v1/submissions?limit=4"
            while true {
                let response = try await Self.get(client, uri, token: token)
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "no-store")
                let json = try Self.json(response)
                let page = json["submissions"]?.arrayValue ?? []
                ids += page.compactMap { $0["entry_id"]?.stringValue }
                guard let next = json["next"]?.stringValue else { break }
                uri = "/v1/submissions?limit=4&after=\(next)"
            }
            #expect(ids == all.map(\.receipt.entryID))

            let refused = try Self.json(
                try await Self.get(client, "/v1/submissions?outcome=refused", token: token))
            let outcomes = (refused["submissions"]?.arrayValue ?? []).map {
                $0["outcome"]?.stringValue
            }
            #expect(!outcomes.isEmpty)
            #expect(outcomes.allSatisfy { $0 == "refused" })
            #expect(refused["next"] == .null)

            let first = try #require(all.first)
            let shown = try Self.json(
                try await Self.get(client, "/v1/submissions/\(first.receipt.entryID)", token: token)
            )
            #expect(shown["bundle_sha256"] == .string(first.receipt.bundleSHA256))
            #expect(shown["body_stored"] == .bool(first.bodyStored))
            #expect(shown["receipt_url"] == .string("/v1/receipts/\(first.receipt.bundleSHA256)"))
            #expect(shown["schema"] == nil)

            let missing = try await Self.get(client, "/v1/submissions/no-such-entry", token: token)
            #expect(missing.status == .notFound)
            #expect(try RegistryServerTests.problem(missing).code == "SR073")

            // The receipt stays public: a signatory fetches its own by the bundle's hash.
            let receipt = try await client.execute(
                uri: "/v1/receipts/\(first.receipt.bundleSHA256)", method: .get)
            #expect(receipt.status == .ok)
        }
        #expect(try store.tokens().first?.lastUsedAt != nil)
    }

    @Test(
        "a query the read API cannot use is a 400 naming the parameter",
        arguments: [
            ("year=twenty", "year"), ("year=2026&year=2025", "year"), ("outcome=late", "outcome"),
            ("limit=0", "limit"), ("limit=1001", "limit"), ("after=no-such-entry", "after"),
            ("color=red", "color"),
        ])
    func badQueries(query: String, parameter: String) async throws {
        let (server, _, token, cleanup) = try await Self.server()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        try await server.application().test(.router) { client in
            let response = try await Self.get(client, "/v1/submissions?\(query)", token: token)
            #expect(response.status == .badRequest)
            let problem = try RegistryServerTests.problem(response)
            #expect(problem.code == "SR072")
            #expect(problem.detail.hasPrefix("\(parameter)="), "\(problem.detail)")
        }
    }
}
