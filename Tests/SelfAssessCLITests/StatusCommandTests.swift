import Foundation
import SelfAssessTestSupport
import Testing

/// `selfassess status`, `score --draft` and `validate --only`, run as an officer runs them while
/// a folder is still being filled.
@Suite(.tags(.large))
struct StatusCommandTests {
    private static let draft = "Samples/broken/acme-2025-draft"

    @Test(arguments: [
        (["status", draft], "status/acme-2025-draft.txt"),
        (["status", draft, "--lang", "zh"], "status/acme-2025-draft.zh.txt"),
        (["status", draft, "--format", "json"], "status/acme-2025-draft.json"),
        (["status", "Samples/acme-2025"], "status/acme-2025.txt"),
    ])
    func outputs(arguments: [String], golden: String) async throws {
        let result = try await CLI.run(arguments)
        #expect(result.status == (arguments[1] == Self.draft ? 1 : 0), "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        Golden.check(result.stdout, named: golden)
    }

    @Test func theJSONCountsAnsweredAndTotal() async throws {
        let result = try await CLI.run(["status", Self.draft, "--format", "json"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["answered"] as? Int == 30)
        #expect(json["total"] as? Int == 50)
        #expect((json["provisional"] as? [String: Any])?["overall"] as? String == "56.16")
    }

    @Test func aFolderThatDoesNotExistIsAnInputFailure() async throws {
        let result = try await CLI.run(["status", "Samples/no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Samples/no-such-folder"))
    }

    @Test func aFileIsNotAnAssessmentFolder() async throws {
        let result = try await CLI.run(["status", "Samples/acme-2025/assessment.yaml"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: Samples/acme-2025/assessment.yaml: not an assessment folder or bundle\n")
    }

    @Test func scoreRefusesADraftUnlessAskedAndThenMarksItProvisional() async throws {
        let refused = try await CLI.run(["score", Self.draft])
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        let text = try await CLI.run(["score", Self.draft, "--draft"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("PROVISIONAL: a draft with 30 of 50 indicators answered"))
        let json = try await CLI.run(["score", Self.draft, "--draft", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let provisional = try #require(object["provisional"] as? [String: Any])
        #expect(provisional["answered"] as? Int == 30)
        #expect(provisional["unansweredCountAsZero"] as? Bool == true)
        // A complete assessment scores exactly as without --draft: nothing provisional about it.
        let complete = try await CLI.run(["score", "Samples/acme-2025", "--draft"])
        let plain = try await CLI.run(["score", "Samples/acme-2025"])
        #expect(complete.stdout == plain.stdout && complete.status == 0)
    }

    @Test func validateOnlySeparatesUnansweredFromMistakes() async throws {
        let all = try await CLI.run(["validate", Self.draft])
        let unanswered = try await CLI.run(["validate", Self.draft, "--only", "unanswered"])
        let mistakes = try await CLI.run(["validate", Self.draft, "--only", "errors"])
        for code in ["SA110", "SA201"] where all.stdout.contains(code) {
            #expect(unanswered.stdout.contains(code))
            #expect(!mistakes.stdout.contains(code))
        }
        #expect(!unanswered.stdout.contains("SA304"))
        #expect(mistakes.stdout.contains("SA304"))
        #expect(mistakes.status == 1)
        let bad = try await CLI.run(["validate", Self.draft, "--only", "everything"])
        #expect(bad.status == 64)
    }
}
