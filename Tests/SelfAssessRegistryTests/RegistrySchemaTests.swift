import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessServer
import SelfAssessTestSupport
import Testing

/// The registry's JSON (receipts, the read API's pages and entries, health, problem documents)
/// follows the schemas in `schemas/`, checked by an independent validator (check-jsonschema);
/// each schema refuses a broken document.
@Suite("registry: output schemas", .tags(.large))
struct RegistrySchemaTests {
    static func body(_ response: TestResponse) -> String {
        String(decoding: response.body.readableBytesView, as: UTF8.self)
    }

    @Test(.needsSchemaValidator)
    func theHTTPBodiesAndReceiptsFollowTheirSchemas() async throws {
        let (server, store, token, cleanup) = try await RegistryAccessRouteTests.server()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let all = try store.submissions(SubmissionQuery(limit: 1000))
        #expect(all.contains { $0.receipt.outcome == .refused })
        let bodies = try await server.application().test(.router) { client in
            var bodies: [String: [String]] = [:]
            let get = { (uri: String, token: String?) in
                try await RegistryAccessRouteTests.get(client, uri, token: token)
            }
            bodies["registry-health", default: []].append(
                Self.body(try await get("/v1/health", nil)))
            for uri in ["/v1/submissions?limit=3", "/v1/submissions?outcome=refused"] {
                bodies["registry-submissions", default: []].append(
                    Self.body(try await get(uri, token)))
            }
            for entry in all {
                bodies["registry-entry", default: []].append(
                    Self.body(try await get("/v1/submissions/\(entry.receipt.entryID)", token)))
                bodies["receipt", default: []].append(
                    Self.body(try await get("/v1/receipts/\(entry.receipt.bundleSHA256)", nil)))
            }
            for (uri, token) in [
                ("/v1/submissions", nil), ("/v1/submissions?color=red", token),
                ("/v1/submissions/no-such-entry", token), ("/v1/receipts/xyz", nil),
            ] as [(String, String?)] {
                bodies["problem", default: []].append(Self.body(try await get(uri, token)))
            }
            let junk = try await client.execute(
                uri: "/v1/submissions?name=junk.sabundle", method: .post,
                body: ByteBuffer(string: "not a bundle"))
            bodies["problem", default: []].append(Self.body(junk))
            return bodies
        }
        #expect(
            bodies.keys.sorted() == [
                "problem", "receipt", "registry-entry", "registry-health", "registry-submissions",
            ])
        for (schema, texts) in bodies {
            let (status, output) = try OutputSchemas.check(schema, texts: texts)
            #expect(status == 0, "\(schema): \(output)")
            for broken in try SchemaBreaker.broken(try #require(texts.first), schema: schema) {
                let refused = try OutputSchemas.check(schema, texts: [broken.text])
                #expect(refused.status == 1, "\(schema) accepted \(broken.change)")
            }
        }
    }

    /// A receipt of version 1 (made before `keyring_serial` and `due`) still follows the schema;
    /// version 2 without them does not.
    @Test(.needsSchemaValidator)
    func receiptsOfBothVersions() throws {
        let version1 = """
            {"bundle_sha256":"\(String(repeating: "a", count: 64))","code":null,\
            "entry_id":"entry-1","keyring_sha256":"\(String(repeating: "b", count: 64))",\
            "manifest_sha256":null,"on_time":null,"outcome":"accepted",\
            "reason":null,"received_at":"2026-03-15T09:00:00Z",\
            "schema":"selfassess.receipt/v1","sequence":1,"signatory":"acme","year":2025}
            """
        #expect(try OutputSchemas.check("receipt", texts: [version1]).status == 0)
        let version2Short = version1.replacingOccurrences(
            of: "receipt/v1", with: "receipt/v2")
        #expect(try OutputSchemas.check("receipt", texts: [version2Short]).status == 1)
    }
}
