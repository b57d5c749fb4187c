import Foundation
import SelfAssessTestSupport
import Testing

/// Signed archives outlive versions: bundles made by earlier releases (kept in
/// `Fixtures/archive/<release>/`) verify, score and diff with today's binary.
@Suite(.tags(.large))
struct ArchiveCompatibilityTests {
    /// Every archived release folder.
    static let releases: [String] = {
        let root = TestSupport.packageRoot.appendingPathComponent(
            "Tests/SelfAssessCLITests/Fixtures/archive")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    private func folder(_ release: String) -> String {
        "Tests/SelfAssessCLITests/Fixtures/archive/\(release)"
    }

    @Test func thereIsAnArchive() {
        #expect(!Self.releases.isEmpty)
    }

    @Test(arguments: releases)
    func archivedBundlesVerifyWithTheirKeys(release: String) async throws {
        let dir = folder(release)
        for (bundle, key) in [
            ("acme-2024", "acme"), ("acme-2025", "acme"), ("huabei-news-2025", "huabei-news"),
        ] {
            let result = try await CLI.run([
                "verify", "\(dir)/\(bundle).sabundle", "--key", "\(dir)/\(key).pub",
            ])
            #expect(result.status == 0, "\(bundle): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.hasPrefix("OK "), "\(bundle): \(result.stdout)")
        }
    }

    @Test(arguments: releases)
    func archivedChainVerifies(release: String) async throws {
        let dir = folder(release)
        let result = try await CLI.run([
            "verify", "\(dir)/acme-2025.sabundle", "--key", "\(dir)/acme.pub",
            "--prior", "\(dir)/acme-2024.sabundle",
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test(arguments: releases)
    func archivedBundlesVerifyWithTheSignedKeyring(release: String) async throws {
        let dir = folder(release)
        let result = try await CLI.run(
            ["verify"]
                + ["acme-2024", "acme-2025", "huabei-news-2025"].map { "\(dir)/\($0).sabundle" }
                + ["--keyring", "\(dir)/keyring.yaml", "--society-key", "\(dir)/society.pub"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("OK ") }.count == 3)
    }

    /// A copy of a sample folder that answers framework 1.0, as the samples did when the archived
    /// bundles were made (the samples answer 1.1 since the scoring rules 1.1).
    private func sampleAnswering10(_ sample: String, in folder: URL) throws -> String {
        let copy = try CLI.copySample(sample, into: folder)
        for file in ["assessment.yaml"] + (1...7).map({ "article-\($0).yaml" }) {
            let url = copy.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "version: \"1.1\"", with: "version: \"1.0\"")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        return copy.path
    }

    /// Today's scoring of an archived bundle is the scoring of its sample folder under the
    /// framework and the rules it was signed under (1.0), byte for byte.
    @Test(arguments: releases)
    func archivedBundlesScoreAsTheirSamples(release: String) async throws {
        let dir = folder(release)
        let temporary = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temporary) }
        for sample in ["acme-2024", "acme-2025", "huabei-news-2025"] {
            let fromBundle = try await CLI.run([
                "score", "\(dir)/\(sample).sabundle", "--format", "json",
            ])
            let fromFolder = try await CLI.run([
                "score", try sampleAnswering10(sample, in: temporary), "--format", "json",
            ])
            let object =
                try JSONSerialization.jsonObject(with: Data(fromBundle.stdout.utf8))
                as? [String: Any]
            #expect(object?["schemaVersion"] as? Int == 1, "a 1.0 bundle keeps its 1.0 JSON")
            #expect(fromBundle.status == 0, "\(sample): \(fromBundle.stderr)")
            #expect(fromBundle.stdout == fromFolder.stdout, "\(sample)")
        }
    }

    @Test(arguments: releases)
    func archivedBundlesDiffAsTheirSamples(release: String) async throws {
        let dir = folder(release)
        let fromBundles = try await CLI.run([
            "diff", "\(dir)/acme-2024.sabundle", "\(dir)/acme-2025.sabundle", "--format", "json",
        ])
        let temporary = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let fromFolders = try await CLI.run([
            "diff", try sampleAnswering10("acme-2024", in: temporary),
            try sampleAnswering10("acme-2025", in: temporary), "--format", "json",
        ])
        #expect(fromBundles.status == 0, "\(fromBundles.stderr)")
        #expect(fromBundles.stdout == fromFolders.stdout)
    }

    /// A 1.0 bundle compared with this year's 1.1 folder: the diff says the scoring rules
    /// changed, so a drop caused by the rules is not read as the signatory's regression.
    @Test(arguments: releases)
    func diffAcrossRuleSetsSaysTheRulesChanged(release: String) async throws {
        let result = try await CLI.run([
            "diff", "\(folder(release))/acme-2024.sabundle", "Samples/acme-2025", "--format",
            "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.contains { $0["code"] as? String == "rules-changed" })
        #expect(warnings.contains { $0["code"] as? String == "framework-changed" })
    }
}
