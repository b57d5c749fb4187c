import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Every output format of score and diff on the samples, pinned in Golden/score and Golden/diff
/// (`RECORD_GOLDEN=1 swift test --filter ScoreGoldenTests` rewrites them).
@Suite(.tags(.medium))
struct ScoreGoldenTests {
    static let samples = ["acme-2024", "acme-2025", "huabei-news-2025"]

    /// Every format and the `--explain` variants, with their golden file extensions.
    static let variants: [(format: ScoreRenderer.Format, explain: Bool, suffix: String)] = [
        (.text, false, "txt"), (.text, true, "explain.txt"), (.json, false, "json"),
        (.csv, false, "csv"),
        (.csv, true, "explain.csv"), (.markdown, false, "md"), (.markdown, true, "explain.md"),
    ]

    static func input(_ sample: String) throws -> (assessment: Assessment, source: FolderSource) {
        let source = FolderSource(folder: TestSupport.sample(sample), displayRoot: sample)
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
            source)
        let assessment = try #require(
            report.assessments.first, "\(sample) does not validate: \(report.diagnostics)")
        return (assessment, source)
    }

    @Test(arguments: samples)
    func scoreOutputs(sample: String) throws {
        let score = Scorer.score(try Self.input(sample).assessment, using: TestSupport.framework)
        for variant in Self.variants {
            let output = ScoreRenderer.render(score, as: variant.format, explain: variant.explain)
            Golden.check(output, named: "score/\(sample).\(variant.suffix)")
        }
    }

    @Test(arguments: DiffRenderer.Format.allCases)
    func diffOutputs(format: DiffRenderer.Format) throws {
        let old = try Self.input("acme-2024")
        let new = try Self.input("acme-2025")
        let diff = Differ.diff(
            from: DiffInput(
                snapshot: try AssessmentSnapshot.load(old.assessment, from: old.source),
                framework: TestSupport.framework),
            to: DiffInput(
                snapshot: try AssessmentSnapshot.load(new.assessment, from: new.source),
                framework: TestSupport.framework))
        let suffix =
            ["text": "txt", "json": "json", "markdown": "md"][format.rawValue] ?? format.rawValue
        Golden.check(
            DiffRenderer.render(diff, as: format), named: "diff/acme-2024-acme-2025.\(suffix)")
    }

    /// The sample scores quoted in docs and reports, under the rules 1.1 (the built-in
    /// framework) and 1.0 (the archived framework 1.0, unchanged since it was current).
    @Test(arguments: ["1.1", "1.0"])
    func sampleScores(rules: String) throws {
        let expected: [(String, String, String, [String])] =
            rules == "1.1"
            ? [
                ("acme-2024", "83.79", "partially-compliant", ["A2.5"]),
                ("acme-2025", "93.38", "compliant", []),
                (
                    "huabei-news-2025", "66.77", "partially-compliant",
                    ["A1.1", "A1.6", "A5.1", "A5.2"]
                ),
            ]
            : [
                ("acme-2024", "80.51", "partially-compliant", ["A2.5"]),
                ("acme-2025", "93.38", "compliant", []),
                ("huabei-news-2025", "66.77", "partially-compliant", ["A1.6", "A5.2"]),
            ]
        let framework =
            rules == "1.1" ? TestSupport.framework : try #require(FrameworkLoader.archived.first)
        for (sample, overall, rating, failures) in expected {
            let score = Scorer.score(try Self.input(sample).assessment, using: framework)
            #expect(score.rules == rules)
            #expect(score.overall == ScoringFixtures.dec(overall), "\(sample)")
            #expect(score.rating?.id == rating, "\(sample)")
            #expect(score.criticalFailures.map(\.indicatorID) == failures, "\(sample)")
        }
    }

    /// JSON parses, and its scores are the decimal strings the model computed.
    @Test func jsonIsValidAndUsesDecimalStrings() throws {
        let current = Scorer.score(
            try Self.input("acme-2024").assessment, using: TestSupport.framework)
        let new = try #require(
            try JSONSerialization.jsonObject(with: Data(current.json.utf8)) as? [String: Any])
        #expect(new["schemaVersion"] as? Int == 2 && new["rules"] as? String == "1.1")
        let newOverall = try #require(new["overall"] as? [String: Any])
        #expect(newOverall["score"] as? String == "83.79")
        #expect(newOverall["criticalFailures"] as? [String] == ["A2.5"])
        #expect(newOverall["cap"] is NSNull, "83.79 is below the overall ceiling 84.99")
        let newArticles = try #require(new["articles"] as? [[String: Any]])
        #expect(newArticles[1]["cap"] is NSNull && newArticles[1]["score"] as? String == "82.95")

        // Under the rules 1.0 the document is the one 1.0 bundles carry.
        let score = Scorer.score(
            try Self.input("acme-2024").assessment,
            using: try #require(FrameworkLoader.archived.first))
        let data = Data(score.json.utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["rules"] == nil)
        let overall = try #require(object["overall"] as? [String: Any])
        #expect(overall["score"] as? String == "80.51")
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count == 7)
        let cap = try #require(articles[1]["cap"] as? [String: Any])
        #expect(cap["original"] as? String == "82.95" && cap["capped"] as? String == "59.99")
        #expect(articles[1]["score"] as? String == "59.99")
    }
}
