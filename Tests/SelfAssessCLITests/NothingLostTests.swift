import Foundation
import SelfAssessKit
import SelfAssessTestSupport
import Testing

/// Nothing an officer filled in is lost, and nothing unreviewed is signed, by mistake: `init
/// --force` over answers and `bundle` of answers carried forward and not reviewed.
@Suite(.tags(.large))
struct NothingLostTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
    }

    private func contents(_ relative: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(relative))
    }

    private let initArguments = ["init", "acme-2025", "--signatory", "acme", "--year", "2025"]

    @Test func initForceNeverReplacesAnswersWithoutABackup() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.copySample("acme-2025", into: folder)
        let before = try (1...7).map { try contents("acme-2025/article-\($0).yaml") }
        let info = try contents("acme-2025/assessment.yaml")

        let refused = try await CLI.run(initArguments + ["--force"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(
            refused.stderr.contains(
                "acme-2025: --force would replace assessment.yaml, article-1.yaml"))
        #expect(refused.stderr.contains("nothing was written"))
        #expect(try (1...7).map { try contents("acme-2025/article-\($0).yaml") } == before)
        #expect(try contents("acme-2025/assessment.yaml") == info)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["acme-2025"])
    }

    @Test func initForceWithBackupKeepsACopyBesideAndSaysWhere() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.copySample("acme-2025", into: folder)
        let before = try (1...7).map { try contents("acme-2025/article-\($0).yaml") }

        let result = try await CLI.run(initArguments + ["--force", "--backup"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("acme-2025.backup-") }
        let backup = try #require(backups.first)
        #expect(backups.count == 1)
        #expect(result.stdout.contains("Kept a copy of assessment.yaml, article-1.yaml"))
        #expect(result.stdout.contains(backup))
        #expect(try (1...7).map { try contents("\(backup)/article-\($0).yaml") } == before)
        let fresh = try String(
            contentsOf: folder.appendingPathComponent("acme-2025/article-1.yaml"), encoding: .utf8)
        #expect(!fresh.contains("answer: yes"), "the folder holds fresh templates now")
    }

    @Test func initForceOverItsOwnUnfilledTemplatesNeedsNoBackup() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try await CLI.run(initArguments, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let again = try await CLI.run(initArguments + ["--force"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["acme-2025"])
    }

    @Test func bundleRefusesAnswersCarriedForwardAndNotReviewed() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try CLI.copySample("acme-2025", into: folder)
        let article = copy.appendingPathComponent("article-2.yaml")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "  A2.1:\n", with: "  A2.1:\n    carried-forward: 2024\n")
            .replacingOccurrences(of: "  A2.3:\n", with: "  A2.3:\n    carried-forward: 2024\n")
            .write(to: article, atomically: true, encoding: .utf8)
        try KeyFile.writeKeyPair(SigningKey.generate(), name: "acme", in: folder)

        let result = try await CLI.run(["bundle", "acme-2025", "--key", "acme.key"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "acme-2025: 2 answers were carried forward and not reviewed (A2.1 and A2.3); "
                    + "nothing was signed"))
        let bundles = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sabundle") }
        #expect(bundles.isEmpty)
    }
}
