import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct BundleManifestTests {
    static let hash = String(repeating: "ab", count: 32)
    static let key = BundleFixtures.signer.publicKey.keyID

    static let manifest = BundleManifest(
        tool: .init(name: "selfassess", version: "0.1.0"),
        signatory: .init(id: "acme", name: "北京艾克米科技有限公司"),
        year: 2025, sequence: 2,
        createdAt: BundleTimestamp(secondsSince1970: 1_769_904_000) ?? .earliest,
        framework: .init(id: "bj-app-2014", version: "1.0", sha256: hash), signerKeyID: key,
        files: [
            .init(path: "results/scores.json", role: .results, size: 10, sha256: hash),
            .init(path: "assessment/assessment.yaml", role: .assessment, size: 3, sha256: hash),
            .init(
                path: "evidence/policy-1a2b3c4d.pdf", role: .evidence, size: 0, sha256: hash,
                originalName: "evidence/Policy.PDF"),
        ],
        summary: .init(
            overall: "83.50", rating: "partially-compliant",
            articles: [
                .init(number: 1, score: "90.00", rating: "compliant"),
                .init(number: 2, score: nil, rating: nil),
            ],
            criticalFailures: ["A2.5"]),
        previous: .init(manifestSHA256: hash, sequence: 1))

    @Test func encodesCanonicallyAndDecodesBack() throws {
        let bytes = try Self.manifest.encoded()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(
            text.hasPrefix(
                #"{"created_at":"2026-02-01T00:00:00Z","files":[{"path":"assessment/assessment.yaml","role":"assessment","sha256":""#
            ))
        #expect(
            text.contains(
                #"{"original_name":"evidence/Policy.PDF","path":"evidence/policy-1a2b3c4d.pdf","role":"evidence""#
            ))
        #expect(
            text.contains(
                #""previous":{"manifest_sha256":"\#(Self.hash)","sequence":1},"schema":"selfassess.bundle/v1","sequence":2"#
            ))
        #expect(text.contains(#""signatory":{"id":"acme","name":"北京艾克米科技有限公司"}"#))
        #expect(
            text.contains(
                #""summary":{"articles":[{"number":1,"rating":"compliant","score":"90.00"},{"number":2,"rating":null,"score":null}],"critical_failures":["A2.5"],"overall":"83.50","rating":"partially-compliant"}"#
            ))
        #expect(text.hasSuffix(#""tool":{"name":"selfassess","version":"0.1.0"},"year":2025}"#))
        #expect(try BundleManifest.decode(bytes, file: "m") == Self.manifest)
        #expect(
            Self.manifest.files.map(\.path) == [
                "assessment/assessment.yaml", "evidence/policy-1a2b3c4d.pdf", "results/scores.json",
            ])
        #expect(Self.manifest.files[1].citedPath == "evidence/Policy.PDF")
    }

    @Test func trustedCommentIsDerivedFromTheManifest() {
        #expect(
            Self.manifest.trustedComment(manifestSHA256: Self.hash)
                == "selfassess.bundle/v1 signatory=acme year=2025 seq=2 manifest-sha256=\(Self.hash)"
        )
    }

    /// A manifest that lists unreviewed indicators is schema v2, with the list after `tool`,
    /// signed under a v2 trusted comment; it decodes back to the same value.
    @Test func unreviewedIndicatorsMakeAV2Manifest() throws {
        var manifest = Self.manifest
        manifest.unreviewed = ["A2.1", "A2.3"]
        let text = String(decoding: try manifest.encoded(), as: UTF8.self)
        #expect(text.contains(#""schema":"selfassess.bundle/v2""#))
        #expect(text.hasSuffix(#""unreviewed":["A2.1","A2.3"],"year":2025}"#))
        #expect(try BundleManifest.decode(try manifest.encoded(), file: "m") == manifest)
        #expect(
            manifest.trustedComment(manifestSHA256: Self.hash)
                == "selfassess.bundle/v2 signatory=acme year=2025 seq=2 manifest-sha256=\(Self.hash)"
        )
        // Without the list the manifest is the v1 manifest of before.
        manifest.unreviewed = []
        #expect(try manifest.encoded() == (try Self.manifest.encoded()))
    }

    /// A change to the manifest's value, the code it gives and the field the message names.
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        var code: String
        var field: String
        var edit: @Sendable (inout [String: JSONValue]) -> Void
        var testDescription: String { name }
    }

    private static func file(
        _ index: Int, _ edit: @escaping @Sendable (inout [String: JSONValue]) -> Void
    ) -> @Sendable (inout [String: JSONValue]) -> Void {
        { members in
            guard case .array(var files) = members["files"], case .object(var file) = files[index]
            else { return }
            edit(&file)
            files[index] = .object(file)
            members["files"] = .array(files)
        }
    }

    static let edits: [Edit] = [
        Edit(name: "unknown field", code: "SB310", field: "extra") { $0["extra"] = 1 },
        Edit(name: "unknown nested field", code: "SB310", field: "tool.url") {
            $0["tool"] = ["name": "selfassess", "version": "1", "url": "x"]
        },
        Edit(
            name: "unknown file field", code: "SB310", field: "files[0].media_type",
            edit: file(0) { $0["media_type"] = "text/yaml" }),
        Edit(name: "missing files", code: "SB311", field: "files") { $0["files"] = nil },
        Edit(
            name: "missing hash", code: "SB311", field: "files[1].sha256",
            edit: file(1) { $0["sha256"] = nil }),
        Edit(name: "missing previous", code: "SB311", field: "previous") { $0["previous"] = nil },
        Edit(name: "missing schema", code: "SB311", field: "schema") { $0["schema"] = nil },
        Edit(name: "year as a string", code: "SB312", field: "year") { $0["year"] = "2025" },
        Edit(name: "previous as a string", code: "SB312", field: "previous") {
            $0["previous"] = "none"
        },
        Edit(name: "files as an object", code: "SB312", field: "files") { $0["files"] = [:] },
        Edit(name: "a score as a number", code: "SB312", field: "summary.overall") {
            $0["summary"] = ["overall": 83, "rating": nil, "articles": [], "critical_failures": []]
        },
        Edit(name: "schema v3", code: "SB313", field: "v3") {
            $0["schema"] = "selfassess.bundle/v3"
        },
        Edit(name: "schema v2 without unreviewed", code: "SB311", field: "unreviewed") {
            $0["schema"] = "selfassess.bundle/v2"
        },
        Edit(name: "unreviewed in a v1 manifest", code: "SB310", field: "unreviewed") {
            $0["unreviewed"] = ["A2.1"]
        },
        Edit(name: "an empty unreviewed list", code: "SB314", field: "unreviewed") {
            $0["schema"] = "selfassess.bundle/v2"
            $0["unreviewed"] = []
        },
        Edit(name: "an unreviewed id that is not one", code: "SB314", field: "unreviewed[1]") {
            $0["schema"] = "selfassess.bundle/v2"
            $0["unreviewed"] = ["A2.1", "a2.3"]
        },
        Edit(name: "an unreviewed id twice", code: "SB314", field: "unreviewed[1]") {
            $0["schema"] = "selfassess.bundle/v2"
            $0["unreviewed"] = ["A2.1", "A2.1"]
        },
        Edit(name: "unreviewed not a list", code: "SB312", field: "unreviewed") {
            $0["schema"] = "selfassess.bundle/v2"
            $0["unreviewed"] = "A2.1"
        },
        Edit(name: "schema not a string", code: "SB312", field: "schema") { $0["schema"] = 1 },
        Edit(name: "upper-case signatory", code: "SB314", field: "signatory.id") {
            $0["signatory"] = ["id": "ACME", "name": "A"]
        },
        Edit(name: "empty signatory name", code: "SB314", field: "signatory.name") {
            $0["signatory"] = ["id": "acme", "name": ""]
        },
        Edit(name: "year 1999", code: "SB314", field: "year") { $0["year"] = 1999 },
        Edit(name: "sequence 0", code: "SB314", field: "sequence") { $0["sequence"] = 0 },
        Edit(name: "created_at with a space", code: "SB314", field: "created_at") {
            $0["created_at"] = "2026-02-01 00:00:00Z"
        },
        Edit(name: "created_at on 30 February", code: "SB314", field: "created_at") {
            $0["created_at"] = "2026-02-30T00:00:00Z"
        },
        Edit(name: "a short framework hash", code: "SB314", field: "framework.sha256") {
            $0["framework"] = ["id": "bj-app-2014", "version": "1.0", "sha256": "abc"]
        },
        Edit(name: "an upper-case key id", code: "SB314", field: "signer_key_id") {
            $0["signer_key_id"] = .string(key.description.uppercased())
        },
        Edit(
            name: "a path with ..", code: "SB314", field: "files[0].path",
            edit: file(0) { $0["path"] = "assessment/../x.yaml" }),
        Edit(
            name: "a root path", code: "SB314", field: "files[0].path",
            edit: file(0) { $0["path"] = "notes.txt" }),
        Edit(
            name: "a path outside its role's folder", code: "SB314", field: "files[0].path",
            edit: file(0) { $0["path"] = "evidence/a.yaml" }),
        Edit(
            name: "a nested assessment file", code: "SB314", field: "files[0].path",
            edit: file(0) { $0["path"] = "assessment/x/a.yaml" }),
        Edit(
            name: "an unknown role", code: "SB314", field: "files[0].role",
            edit: file(0) { $0["role"] = "other" }),
        Edit(
            name: "original_name on an assessment file", code: "SB314",
            field: "files[0].original_name", edit: file(0) { $0["original_name"] = "x.yaml" }),
        Edit(
            name: "original_name leaving the folder", code: "SB314",
            field: "files[1].original_name", edit: file(1) { $0["original_name"] = "../x.pdf" }),
        Edit(
            name: "original_name absolute", code: "SB314", field: "files[1].original_name",
            edit: file(1) { $0["original_name"] = "/etc/passwd" }),
        Edit(
            name: "original_name equal to the path", code: "SB314", field: "files[1].original_name",
            edit: file(1) { $0["original_name"] = "evidence/policy-1a2b3c4d.pdf" }),
        Edit(name: "a score with one decimal", code: "SB314", field: "summary.overall") {
            $0["summary"] = [
                "overall": "83.5", "rating": nil, "articles": [], "critical_failures": [],
            ]
        },
        Edit(name: "previous not before", code: "SB314", field: "previous.sequence") {
            $0["previous"] = ["manifest_sha256": .string(hash), "sequence": 2]
        },
        Edit(name: "no previous for a second bundle", code: "SB314", field: "previous") {
            $0["previous"] = nil as JSONValue
        },
        Edit(name: "files out of order", code: "SB315", field: "files[1].path") { members in
            guard case .array(let files) = members["files"] else { return }
            members["files"] = .array([files[2], files[0], files[1]])
        },
        Edit(name: "a file listed twice", code: "SB315", field: "files[1].path") { members in
            guard case .array(let files) = members["files"] else { return }
            members["files"] = .array([files[0], files[0], files[1], files[2]])
        },
        Edit(name: "two evidence files for one cited path", code: "SB315", field: "files[2]") {
            members in
            guard case .array(var files) = members["files"] else { return }
            files.insert(
                [
                    "path": "evidence/policy.pdf", "role": "evidence", "size": 0,
                    "sha256": .string(hash), "original_name": "evidence/Policy.PDF",
                ], at: 2)
            members["files"] = .array(files)
        },
    ]

    @Test(arguments: edits) func decodingRefuses(_ edit: Edit) throws {
        guard case .object(var members) = Self.manifest.jsonValue else { return }
        edit.edit(&members)
        let bytes = try CanonicalJSON.encode(.object(members))
        let error = #expect(throws: ManifestError.self) {
            try BundleManifest.decode(bytes, file: "b/manifest.json")
        }
        #expect(error?.code == edit.code, "\(error.map(String.init(describing:)) ?? "")")
        #expect(error?.description.hasPrefix("b/manifest.json: ") == true)
        #expect(
            error?.description.contains(edit.field) == true,
            "\(error.map(String.init(describing:)) ?? "")")
    }

    /// A change to the manifest's bytes and the code it gives.
    struct ByteEdit: Sendable, CustomTestStringConvertible {
        var name: String
        var code: String
        var change: @Sendable ([UInt8]) -> [UInt8]
        var testDescription: String { name }
    }

    private static func replacing(_ old: String, _ new: String) -> @Sendable ([UInt8]) -> [UInt8] {
        { bytes in
            Array(
                String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8
            )
        }
    }

    static let byteEdits: [ByteEdit] = [
        ByteEdit(name: "whitespace", code: "SB305") { [UInt8(ascii: " ")] + $0 },
        ByteEdit(name: "a final newline", code: "SB305") { $0 + [0x0A] },
        ByteEdit(
            name: "an escaped slash", code: "SB305", change: replacing("results/", #"results\/"#)),
        ByteEdit(name: "a duplicate key", code: "SB304") {
            Array(#"{"year":2024,"#.utf8) + $0.dropFirst()
        },
        ByteEdit(
            name: "a float", code: "SB303", change: replacing(#""year":2025"#, #""year":2025.0"#)),
        ByteEdit(
            name: "a negative number", code: "SB303",
            change: replacing(#""year":2025"#, #""year":-2025"#)),
        ByteEdit(name: "not JSON", code: "SB302") { _ in Array("selfassess".utf8) },
        ByteEdit(name: "over 1 MiB", code: "SB301") {
            $0 + [UInt8](repeating: 0x20, count: 1 << 20)
        },
    ]

    @Test(arguments: byteEdits) func bytesThatAreNotTheCanonicalForm(_ edit: ByteEdit) throws {
        let bytes = edit.change(try Self.manifest.encoded())
        let error = #expect(throws: ManifestError.self) {
            try BundleManifest.decode(bytes, file: "m")
        }
        #expect(error?.code == edit.code, "\(error.map(String.init(describing:)) ?? "")")
    }
}
