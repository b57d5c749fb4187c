import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessServer
import SelfAssessTestSupport
import Testing

/// The log's public HTTP API: what it answers verifies offline against the signed checkpoint.
@Suite("transparency log: routes")
struct LogRouteTests {
    static func base64(_ value: JSONValue?) -> [MerkleTree.Hash] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap {
            $0.stringValue.flatMap { Data(base64Encoded: $0) }.map(Array.init)
        }
    }

    @Test func theCheckpointEntriesAndProofsVerifyOffline() async throws {
        let sector = try await RegistryFixtures.sector()
        let (store, _, cleanup) = try RegistryFixtures.store()
        defer { try? FileManager.default.removeItem(at: cleanup) }
        let intake = RegistryFixtures.intake(store, sector: sector)
        var recorded: [RegistryEntry] = []
        for planned in sector.plan.bundles where planned.plant != .truncated {
            let bytes = Array(
                try Data(contentsOf: sector.folder.appendingPathComponent(planned.file)))
            recorded.append(try intake.submit(bytes, name: planned.file).entry)
        }
        let submitted = recorded
        let server = RegistryServer(
            intake: intake,
            configuration: .init(host: "127.0.0.1", port: 0, maxVerifications: 2, rate: nil),
            logger: Logger(label: "log-test") { _ in SwiftLogNoOpLogHandler() },
            monotonicSeconds: { 0 })
        try await server.application().test(.router) { client in
            let answer = try await client.execute(uri: "/v1/log/checkpoint", method: .get)
            #expect(answer.status == .ok)
            #expect(answer.headers[.contentType] == "text/plain; charset=utf-8")
            let checkpoint = try LogCheckpoint.verify(
                Array(answer.body.readableBytesView), key: sector.societyKey.publicKey,
                origin: LogCheckpoint.defaultOrigin, file: "checkpoint")
            #expect(checkpoint.size == submitted.count)

            let entries = try await client.execute(
                uri: "/v1/log/entries?start=0&end=\(checkpoint.size)", method: .get)
            let listed = try CanonicalJSON.parse(
                Array(entries.body.readableBytesView), file: "entries")
            guard case .array(let items)? = listed["entries"] else {
                Issue.record("no entries")
                return
            }
            let bytes = items.compactMap(\.stringValue).map { Array($0.utf8) }
            #expect(bytes.count == checkpoint.size)
            #expect(
                MerkleTree.root(ofLeafHashes: bytes.map(MerkleTree.leafHash)) == checkpoint.rootHash
            )

            for (leaf, entry) in submitted.enumerated() {
                for uri in [
                    "/v1/log/proof/inclusion?leaf=\(leaf)&size=\(checkpoint.size)",
                    "/v1/log/proof/inclusion?hash=\(entry.receipt.bundleSHA256)&size=\(checkpoint.size)",
                ] {
                    let proof = try CanonicalJSON.parse(
                        Array(
                            try await client.execute(uri: uri, method: .get).body.readableBytesView),
                        file: "proof")
                    #expect(proof["leaf_index"]?.integerValue == leaf)
                    try LogVerifier.verifyInclusion(
                        entry: try LogEntry(receipt: entry.receipt).canonicalBytes(), leaf: leaf,
                        proof: Self.base64(proof["inclusion_path"]), checkpoint: checkpoint,
                        file: uri)
                }
            }
            let consistency = try CanonicalJSON.parse(
                Array(
                    try await client.execute(
                        uri: "/v1/log/proof/consistency?first=3&second=\(checkpoint.size)",
                        method: .get
                    ).body.readableBytesView), file: "proof")
            #expect(
                MerkleTree.verifyConsistency(
                    first: 3, second: checkpoint.size,
                    firstRoot: MerkleTree.root(
                        ofLeafHashes: bytes.prefix(3).map(MerkleTree.leafHash)),
                    secondRoot: checkpoint.rootHash,
                    proof: Self.base64(consistency["consistency_path"])))

            for (uri, status, code) in [
                ("/v1/log/entries?start=0", HTTPResponse.Status.badRequest, "SR105"),
                ("/v1/log/entries?start=0&end=x", .badRequest, "SR105"),
                ("/v1/log/proof/inclusion?leaf=0&size=999", .badRequest, "SR090"),
                (
                    "/v1/log/proof/inclusion?hash=\(String(repeating: "0", count: 64))&size=1",
                    .notFound, "SR091"
                ),
                ("/v1/log/proof/consistency?first=2&second=1", .badRequest, "SR090"),
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == status, "\(uri)")
                #expect(try RegistryServerTests.problem(response).code == code, "\(uri)")
            }
        }
    }
}
