import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// `policy.yaml`: the default loads cleanly, and every mistake is reported with file, line,
/// column and code, like every other input.
@Suite(.tags(.small))
struct PolicyLoaderTests {
    @Test func builtinPolicyLoadsCleanlyAgainstTheBuiltinFramework() throws {
        let result = PolicyLoader.builtin
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let policy = try #require(result.policy)
        #expect(policy.rules.count == 13)
        #expect(policy.escalations.count == 4)
        #expect(policy.sha256.count == 64)
        #expect(Set(policy.rules.map(\.action)) == [.warning, .censure, .blacklist])
        #expect(Set(policy.escalations.map(\.raiseTo)) == [.censure, .mediaExposure, .exclusion])
    }

    @Test func templateIsTheBuiltinPolicy() throws {
        let onDisk = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/policy.yaml"),
            encoding: .utf8)
        #expect(onDisk == BuiltinPolicy.text, "run Scripts/embed.sh (or `make templates`)")
    }

    @Test func templateLoadsFromDiskWithTheSameHash() throws {
        let file = TestSupport.packageRoot.appendingPathComponent("Templates/policy.yaml")
        let result = PolicyLoader.load(
            file, displayName: "Templates/policy.yaml", framework: TestSupport.framework)
        #expect(result.diagnostics.isEmpty)
        #expect(result.policy?.rules == PolicyLoader.builtin.policy?.rules)
        #expect(result.policy?.sha256 == PolicyLoader.builtin.policy?.sha256)
    }

    @Test func brokenPolicyReportsEveryMistake() {
        let file = TestSupport.fixture("policy/broken.yaml")
        let result = PolicyLoader.load(
            file, displayName: "policy/broken.yaml", framework: TestSupport.framework)
        #expect(result.policy == nil)
        let sources = result.document.source.map { ["policy/broken.yaml": $0] } ?? [:]
        let text =
            result.diagnostics.map {
                DiagnosticRenderer.text($0, sources: sources, style: TextStyle(color: false))
            }
            .joined(separator: "\n\n") + "\n"
        Golden.check(text, named: "policy/broken.txt")
    }

    /// A policy text with `↓` before the value a diagnostic must point at.
    struct Marked: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let code: Diagnostic.Code
        let message: String
        let withFramework: Bool

        init(
            _ name: String, _ text: String, _ code: Diagnostic.Code, _ message: String,
            framework: Bool = true
        ) {
            self.name = name
            self.text = text
            self.code = code
            self.message = message
            self.withFramework = framework
        }

        var testDescription: String { name }

        /// The text without the marker, and the marker's 1-based line and column (in scalars).
        var stripped: (text: String, line: Int, column: Int) { MarkedText.strip(text) }
    }

    static let head = "schema: selfassess.policy/v1\n"
    static let reason = "    reason: {zh: 理由, en: Reason}\n"

    static let marked: [Marked] = [
        Marked(
            "unknown top-level key", head + "↓min-categroy-size: 3\nrules: []\n", .unknownKey,
            "unknown key `min-categroy-size`"),
        Marked(
            "wrong schema", "schema: ↓selfassess.policy/v2\nrules: []\n", .invalidPolicy,
            "unsupported policy schema"),
        Marked("rules not a list", head + "rules: ↓yes\n", .wrongNodeType, "expected a list"),
        Marked("no rules", head + "rules: ↓[]\n", .invalidPolicy, "the policy has no rules"),
        Marked(
            "category size not a number", head + "min-category-size: ↓five\nrules: []\n",
            .invalidValue,
            "expected a whole number"),
        Marked(
            "unknown action",
            head + "rules:\n  - id: a\n    action: ↓censor\n    when: {rating: compliant}\n"
                + reason,
            .invalidValue, "`censor` is not one of the allowed values"),
        Marked(
            "unknown condition",
            head + "rules:\n  - id: a\n    action: warning\n    when:\n      ↓ratings: compliant\n"
                + reason,
            .unknownKey, "unknown key `ratings`"),
        Marked(
            "unknown rating",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      rating: [compliant, ↓complaint]\n"
                + reason, .invalidValue, "`complaint` is not one of the allowed values"),
        Marked(
            "unknown indicator",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      indicator: {id: ↓A1.66, above: 0}\n"
                + reason, .invalidPolicy, "the framework has no indicator `A1.66`"),
        Marked(
            "indicator shape without a framework",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      critical-failed: ↓anything\n"
                + reason,
            .invalidPolicy, "`anything` is not an indicator id", framework: false),
        Marked(
            "number test on a yes/no indicator",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      indicator:\n        id: A2.1\n        ↓above: 0\n"
                + reason,
            .invalidPolicy, "`above` compares numbers, but A2.1 takes"),
        Marked(
            "answer not allowed",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      indicator: {id: A1.1, answer: [↓maybe]}\n"
                + reason,
            .invalidValue, "`maybe` is not one of the allowed values"),
        Marked(
            "two tests",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      indicator: {id: A1.6, above: 0, ↓below: 3}\n"
                + reason, .invalidPolicy, "the indicator condition has more than one test"),
        Marked(
            "non-critical indicator",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      critical-failed: [↓A1.2]\n"
                + reason, .invalidPolicy,
            "A1.2 is not a critical indicator"),
        Marked(
            "empty when", head + "rules:\n  - id: a\n    action: warning\n    ↓when: {}\n" + reason,
            .invalidPolicy,
            "`when` sets no condition"),
        Marked(
            "missing when", head + "rules:\n  - ↓id: a\n    action: warning\n" + reason,
            .missingKey,
            "required key `when` is missing"),
        Marked(
            "scores of a missing submission",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      ↓submission: missing\n      rating: compliant\n"
                + reason,
            .invalidPolicy, "hold only for accepted submissions"),
        Marked(
            "rejected-for with missing",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      ↓submission: [missing]\n      rejected-for: tampered\n"
                + reason, .invalidPolicy, "`rejected-for` holds only for rejected submissions"),
        Marked(
            "unknown rejection reason",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      rejected-for: [tampered, ↓forged]\n"
                + reason,
            .invalidValue, "`forged` is not one of the allowed values"),
        Marked(
            "years out of range",
            head
                + "rules:\n  - id: a\n    action: warning\n    when:\n      rating: compliant\n      years: ↓11\n"
                + reason, .invalidValue, "11 is out of range (1–10)"),
        Marked(
            "score-below out of range",
            head + "rules:\n  - id: a\n    action: warning\n    when:\n      score-below: ↓120\n"
                + reason, .invalidPolicy,
            "score-below must be above 0 and at most 100"),
        Marked(
            "bad rule id",
            head + "rules:\n  - id: ↓Rule 1\n    action: warning\n    when: {rating: compliant}\n"
                + reason,
            .invalidPolicy, "rule id `Rule 1` is not valid"),
        Marked(
            "duplicate id across rules and escalations",
            head + "rules:\n  - id: a\n    action: warning\n    when: {rating: compliant}\n"
                + reason
                + "escalation:\n  - id: ↓a\n    at-least: warning\n    consecutive-years: 2\n    raise-to: censure\n"
                + reason,
            .invalidPolicy, "rule id `a` is used twice"),
        Marked(
            "reason not bilingual",
            head
                + "rules:\n  - id: a\n    action: warning\n    when: {rating: compliant}\n    reason: ↓Because\n",
            .wrongNodeType, "expected a mapping"),
        Marked(
            "escalation that lowers",
            head + "rules:\n  - id: a\n    action: warning\n    when: {rating: compliant}\n"
                + reason
                + "escalation:\n  - id: b\n    at-least: censure\n    again-within-years: 3\n    ↓raise-to: warning\n"
                + reason,
            .invalidPolicy, "`raise-to: warning` is not above `at-least: censure`"),
        Marked(
            "escalation with two patterns",
            head + "rules:\n  - id: a\n    action: warning\n    when: {rating: compliant}\n"
                + reason
                + "escalation:\n  - id: b\n    at-least: warning\n    consecutive-years: 2\n    ↓again-within-years: 3\n"
                + "    raise-to: censure\n" + reason, .invalidPolicy,
            "either `consecutive-years` or `again-within-years`"),
        Marked(
            "again-within of one year",
            head + "rules:\n  - id: a\n    action: warning\n    when: {rating: compliant}\n"
                + reason
                + "escalation:\n  - id: b\n    at-least: warning\n    again-within-years: ↓1\n    raise-to: censure\n"
                + reason,
            .invalidValue, "1 is out of range (2–10)"),
        Marked(
            "an improvement of no points",
            head + "rules:\n  - id: a\n    action: warning\n    when: {rating: compliant}\n"
                + reason
                + "escalation:\n  - id: b\n    at-least: warning\n    consecutive-years: 2\n    raise-to: censure\n"
                + "    unless-improved-by: ↓0\n" + reason,
            .invalidPolicy, "unless-improved-by must be above 0 and at most 100 points (found 0)"),
        Marked(
            "an improvement that is not a number",
            head + "rules:\n  - id: a\n    action: warning\n    when: {rating: compliant}\n"
                + reason
                + "escalation:\n  - id: b\n    at-least: warning\n    consecutive-years: 2\n    raise-to: censure\n"
                + "    unless-improved-by: ↓five\n" + reason,
            .invalidValue, "five"),
        Marked("YAML syntax", head + "rules: [\n  ↓- a\n", .syntax, "YAML syntax error"),
    ]

    @Test(arguments: marked)
    func diagnosticPosition(_ example: Marked) throws {
        let (text, line, column) = example.stripped
        #expect(line > 0, "the case has no ↓ marker")
        let result = PolicyLoader.parse(
            Array(text.utf8), file: "policy.yaml",
            framework: example.withFramework ? TestSupport.framework : nil)
        #expect(result.policy == nil)
        let diagnostic = try #require(
            result.diagnostics.first { $0.code == example.code }, "\(result.diagnostics)")
        #expect(
            diagnostic.location
                == Diagnostic.Location(file: "policy.yaml", line: line, column: column))
        #expect(diagnostic.message.contains(example.message), "\(diagnostic.message)")
    }

    @Test func unknownKeysSuggestTheClosestKey() throws {
        let text =
            Self.head + "rules:\n  - id: a\n    action: warning\n    whne: {rating: compliant}\n"
            + Self.reason
        let result = PolicyLoader.parse(Array(text.utf8), file: "p.yaml")
        let unknown = try #require(result.diagnostics.first { $0.code == .unknownKey })
        #expect(unknown.hint?.hasPrefix("did you mean `when`?") == true)
        #expect(unknown.path == "rules[0].whne")
    }

    @Test func duplicateIDNotesTheFirstUse() throws {
        let text =
            Self.head + "rules:\n  - id: a\n    action: warning\n    when: {rating: compliant}\n"
            + Self.reason
            + "  - id: a\n    action: censure\n    when: {rating: compliant}\n" + Self.reason
        let duplicate = try #require(
            PolicyLoader.parse(Array(text.utf8), file: "p.yaml").diagnostics.first)
        #expect(duplicate.location.line == 7)
        #expect(
            duplicate.notes == [
                Diagnostic.Note(
                    location: .init(file: "p.yaml", line: 3, column: 9), message: "first used here")
            ])
    }

    @Test func aMinimalPolicyWithoutAFramework() throws {
        let text =
            Self.head + """
                min-category-size: 3
                rules:
                  - id: a
                    action: media-exposure
                    when:
                      critical-failed: A2.5
                      years: 3
                    reason: {zh: 理由, en: Reason}
                """
        let result = PolicyLoader.parse(Array(text.utf8), file: "p.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let policy = try #require(result.policy)
        #expect(policy.minimumCategorySize == 3)
        #expect(
            policy.rules.first?.conditions
                == Policy.Conditions(criticalFailed: .indicators(["A2.5"]), years: 3))
        #expect(policy.rules.first?.action == .mediaExposure)
        #expect(policy.escalations.isEmpty)
    }

    @Test func unreadableFileIsADiagnostic() {
        let result = PolicyLoader.load(
            URL(fileURLWithPath: "/nonexistent/policy.yaml"), displayName: "policy.yaml")
        #expect(result.policy == nil)
        #expect(result.diagnostics.map(\.code) == [.unreadable])
        #expect(result.diagnostics.first?.location == .file("policy.yaml"))
    }
}
