import Foundation
import SelfAssessKit
import SelfAssessTestSupport
import Testing

/// `bundle --allow-unreviewed`: a bundle signed with answers still carried forward records them
/// in a v2 manifest, and `verify`, `inspect`, the bundle's reports and `aggregate` show them;
/// without unreviewed answers the bundle is the v1 bundle of before, byte for byte.
@Suite(.tags(.large))
struct UnreviewedBundleTests {
    let folder: URL
    static let epoch = ["SOURCE_DATE_EPOCH": "1769904000"]
    static let fixture = "Tests/SelfAssessCLITests/Fixtures/unreviewed"

    init() throws {
        folder = try TestSupport.temporaryFolder()
        try KeyFile.writeKeyPair(SigningKey.generate(), name: "acme", in: folder)
    }

    /// A copy of acme-2025 with A2.1 and A2.3 carried forward from 2024 and not reviewed.
    private func carriedForward() throws -> URL {
        let copy = try CLI.copySample("acme-2025", into: folder)
        let article = copy.appendingPathComponent("article-2.yaml")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "  A2.1:\n", with: "  A2.1:\n    carried-forward: 2024\n")
            .replacingOccurrences(of: "  A2.3:\n", with: "  A2.3:\n    carried-forward: 2024\n")
            .write(to: article, atomically: true, encoding: .utf8)
        return copy
    }

    private func run(_ arguments: [String]) async throws -> CLI.Result {
        try await CLI.run(arguments, in: folder, environment: Self.epoch)
    }

    private func manifest(_ bundle: String) throws -> BundleManifest {
        let archive = try BundleArchive(url: folder.appendingPathComponent(bundle))
        return try archive.manifest(from: try archive.manifestBytes())
    }

    @Test func signsWithTheOptionAndListsTheAnswersInAV2Manifest() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try carriedForward()
        let bundled = try await run([
            "bundle", "acme-2025", "--key", "acme.key", "--allow-unreviewed",
        ])
        #expect(bundled.status == 0, "\(bundled.stderr)")
        #expect(
            bundled.stdout.contains(
                "Signed with 2 answers carried forward and unreviewed, listed in the manifest: "
                    + "A2.1 and A2.3\n"))
        let manifest = try manifest("acme-2025.sabundle")
        #expect(manifest.unreviewed == ["A2.1", "A2.3"])
        #expect(manifest.schemaName == "selfassess.bundle/v2")
        let archive = try BundleArchive(url: folder.appendingPathComponent("acme-2025.sabundle"))
        let bytes = try #require(try archive.read(path: BundleManifest.path))
        #expect(
            String(decoding: bytes, as: UTF8.self).contains("\"schema\":\"selfassess.bundle/v2\""))
        #expect(
            try archive.signature().trustedComment.hasPrefix("selfassess.bundle/v2 signatory=acme"))

        let verified = try await run(["verify", "acme-2025.sabundle", "--key", "acme.pub"])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(
            verified.stdout.hasSuffix(
                "\n     2 answers were carried forward and signed unreviewed: A2.1 and A2.3\n"))
        let json = try await run([
            "verify", "acme-2025.sabundle", "--key", "acme.pub", "--format", "json",
        ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entry = try #require((object["bundles"] as? [[String: Any]])?.first)
        #expect(entry["unreviewed"] as? [String] == ["A2.1", "A2.3"])

        let inspected = try await run(["inspect", "acme-2025.sabundle"])
        #expect(
            inspected.stdout.contains(
                "Signed unreviewed:     2 carried-forward answers: A2.1, A2.3\n"))

        let markdown = String(
            decoding: try #require(try archive.read(path: BundleLayout.reportMarkdownPath)),
            as: UTF8.self)
        #expect(markdown.contains("- **沿用未复核 · Carried forward, unreviewed:** **2**\n"))
        #expect(markdown.contains("signed unreviewed: A2.1, A2.3."))
        let html = String(
            decoding: try #require(try archive.read(path: BundleLayout.reportHTMLPath)),
            as: UTF8.self)
        #expect(html.contains("<p class=\"unreviewed\">"))
    }

    @Test func theVerifierSaysItInChinese() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try carriedForward()
        _ = try await run(["bundle", "acme-2025", "--key", "acme.key", "--allow-unreviewed"])
        let verified = try await run([
            "verify", "acme-2025.sabundle", "--key", "acme.pub", "--lang", "zh",
        ])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("有 2 个答案沿用自往年，签署时尚未复核：A2.1 和 A2.3\n"))
    }

    /// With nothing unreviewed the option changes nothing: the same bytes as without it, and a
    /// v1 manifest.
    @Test func withoutUnreviewedAnswersTheBundleIsTheOneOfBefore() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.copySample("acme-2025", into: folder)
        let plain = try await run([
            "bundle", "acme-2025", "--key", "acme.key", "--out", "a.sabundle",
        ])
        let allowed = try await run([
            "bundle", "acme-2025", "--key", "acme.key", "--out", "b.sabundle", "--allow-unreviewed",
        ])
        #expect(plain.status == 0 && allowed.status == 0, "\(plain.stderr)\(allowed.stderr)")
        let first = try Data(contentsOf: folder.appendingPathComponent("a.sabundle"))
        let second = try Data(contentsOf: folder.appendingPathComponent("b.sabundle"))
        #expect(first == second)
        #expect(try manifest("a.sabundle").schemaName == BundleManifest.schema)
        #expect(!allowed.stdout.contains("unreviewed"))
    }

    /// The archived v2 bundle (made by the release that added the option) verifies, and
    /// `aggregate` names its unreviewed answers in the summary, sector.json and signatories.csv.
    @Test func theArchivedBundleVerifiesAndAggregates() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = TestSupport.packageRoot.appendingPathComponent(Self.fixture).path
        let verified = try await CLI.run([
            "verify", "\(root)/acme-2025-unreviewed.sabundle", "--key", "\(root)/acme.pub",
        ])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.hasPrefix("OK "))
        #expect(verified.stdout.contains("signed unreviewed: A2.1 and A2.3\n"))

        let out = folder.appendingPathComponent("out")
        let aggregated = try await CLI.run([
            "aggregate", "\(root)/acme-2025-unreviewed.sabundle", "--keyring",
            "\(root)/keyring.yaml", "--out", out.path,
        ])
        #expect(aggregated.status == 0, "\(aggregated.stderr)")
        #expect(
            aggregated.stdout.contains(
                "Signed with carried-forward answers unreviewed: 1 signatories, acme (A2.1, A2.3)\n"
            ))
        let sector = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("sector.json"))) as? [String: Any]
        )
        let unreviewed = try #require(sector["unreviewed"] as? [String: Any])
        #expect(unreviewed["count"] as? Int == 1)
        #expect(unreviewed["indicators"] as? Int == 2)
        let csv = try String(
            contentsOf: out.appendingPathComponent("signatories.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first?.hasSuffix(",critical_not_applicable,unreviewed") == true)
        #expect(lines.dropFirst().first?.hasSuffix(",A2.1;A2.3") == true)
    }
}
