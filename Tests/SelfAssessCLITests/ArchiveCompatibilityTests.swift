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

    /// Today's scoring of an archived bundle is the scoring of its sample folder.
    @Test(arguments: releases)
    func archivedBundlesScoreAsTheirSamples(release: String) async throws {
        let dir = folder(release)
        for sample in ["acme-2024", "acme-2025", "huabei-news-2025"] {
            let fromBundle = try await CLI.run([
                "score", "\(dir)/\(sample).sabundle", "--format", "json",
            ])
            let fromFolder = try await CLI.run(["score", "Samples/\(sample)", "--format", "json"])
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
        let fromFolders = try await CLI.run([
            "diff", "Samples/acme-2024", "Samples/acme-2025", "--format", "json",
        ])
        #expect(fromBundles.status == 0, "\(fromBundles.stderr)")
        #expect(fromBundles.stdout == fromFolders.stdout)
    }
}
