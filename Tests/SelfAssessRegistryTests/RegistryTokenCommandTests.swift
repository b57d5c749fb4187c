import Foundation
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

/// `selfassess registry token add|list|revoke`, the built binary on a new registry.
@Suite("registry token commands", .tags(.large))
struct RegistryTokenCommandTests {
    @Test func addPrintsTheTokenOnceListNeverShowsItRevokeEndsIt() async throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(
            try await RegistryCLI.run(["registry", "init", "--data", "reg"], in: work).status == 0)

        let added = try await RegistryCLI.run(
            ["registry", "token", "add", "alice", "--data", "reg"], in: work)
        #expect(added.status == 0, "\(added.stderr)")
        let token = added.stdout.trimmingCharacters(in: .newlines)
        #expect(token.hasPrefix("sat_") && token.count == 47 && !token.contains("\n"))
        #expect(added.stderr.contains("shown once"))

        let store = try SQLiteRegistryStore.open(at: work.appendingPathComponent("reg"))
        #expect(try store.authenticate(token: token, at: RegistryFixtures.receivedAt) == "alice")

        let again = try await RegistryCLI.run(
            ["registry", "token", "add", "alice", "--data", "reg"], in: work)
        #expect(again.status == 1)
        #expect(again.stderr.contains("[SR074]"))
        #expect(again.stdout.isEmpty)

        let listed = try await RegistryCLI.run(
            ["registry", "token", "list", "--data", "reg"], in: work)
        #expect(listed.status == 0)
        #expect(listed.stdout.hasPrefix("NAME "))
        #expect(listed.stdout.contains("alice"))
        #expect(listed.stdout.contains(" active"))
        #expect(!listed.stdout.contains(token))
        #expect(!listed.stdout.contains(AnalystToken.sha256(of: token)))

        let revoked = try await RegistryCLI.run(
            ["registry", "token", "revoke", "alice", "--data", "reg"], in: work)
        #expect(revoked.status == 0, "\(revoked.stderr)")
        #expect(revoked.stdout == "Revoked the token alice in reg.\n")
        #expect(try store.authenticate(token: token, at: RegistryFixtures.receivedAt) == nil)
        let twice = try await RegistryCLI.run(
            ["registry", "token", "revoke", "alice", "--data", "reg"], in: work)
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("[SR075]"))
        let afterwards = try await RegistryCLI.run(
            ["registry", "token", "list", "--data", "reg"], in: work)
        #expect(afterwards.stdout.contains("revoked "))
    }

    @Test(arguments: ["", "a b", "../x", String(repeating: "n", count: 65)])
    func aBadNameIsAUsageError(name: String) async throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try await RegistryCLI.run(
            ["registry", "token", "add", name, "--data", "reg"], in: work)
        #expect(result.status == 64)
        #expect(result.stderr.contains("[SR076]"))
        #expect(result.stdout.isEmpty)
    }

    @Test func withoutARegistryNothingIsMade() async throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try await RegistryCLI.run(
            ["registry", "token", "add", "alice", "--data", "reg"], in: work)
        #expect(result.status == 2)
        #expect(result.stderr.contains("[SR010]"))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("reg").path))
    }
}
