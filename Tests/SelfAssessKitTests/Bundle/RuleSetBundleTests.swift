import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Bundles under the two rule sets (docs/scoring.md): a bundle made under framework 1.0 verifies
/// and re-scores under 1.0 with today's built-in 1.1; a chain may cross from 1.0 to 1.1, and its
/// diff says the rules changed; a sector year never mixes the two silently.
@Suite(.tags(.medium))
struct RuleSetBundleTests {
    /// A copy of a sample that answers framework 1.0.
    static func sampleAnswering10(_ name: String, in folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent(name + "-1.0")
        try FileManager.default.copyItem(at: TestSupport.sample(name), to: copy)
        for file in ["assessment.yaml"] + (1...7).map({ "article-\($0).yaml" }) {
            let url = copy.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "version: \"1.1\"", with: "version: \"1.0\"")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        return copy
    }

    static var framework10: Framework {
        get throws { try #require(FrameworkLoader.archived.first) }
    }

    @Test func a10BundleVerifiesAndRescoresUnder10() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("acme-2024.sabundle")
        let made = try BundleFixtures.make(
            try Self.sampleAnswering10("acme-2024", in: folder), to: bundle,
            framework: try Self.framework10)
        #expect(made.score.rules == "1.0" && made.score.overall == ScoringFixtures.dec("80.51"))
        // The verifier holds the built-in 1.1 and picks 1.0 by the manifest.
        let verified = try BundleFixtures.verifier().verify(bundle)
        #expect(verified.score.rules == "1.0")
        #expect(verified.score.json == made.score.json)
        #expect(verified.score.json.contains("\"schemaVersion\": 1"))
    }

    @Test func aChainMayCrossFrom10To11AndItsDiffSaysTheRulesChanged() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("acme-2024.sabundle")
        try BundleFixtures.make(
            try Self.sampleAnswering10("acme-2024", in: folder), to: old,
            framework: try Self.framework10)
        let new = folder.appendingPathComponent("acme-2025.sabundle")
        let made = try BundleFixtures.make(TestSupport.sample("acme-2025"), to: new, prior: old)
        #expect(made.score.rules == "1.1")
        let verifier = BundleFixtures.verifier()
        let prior = try verifier.verify(old)
        let verified = try verifier.verify(new, prior: .verified(prior))
        #expect(verified.score.rules == "1.1")
        let diff = try #require(
            try BundleArchive(url: new).read(path: BundleLayout.diffPath))
        let text = String(decoding: diff, as: UTF8.self)
        #expect(text.contains("\"rules-changed\""))
        #expect(text.contains("\"framework-changed\""))
    }

    @Test func aYearMixingTwoRuleSetsIsRefused() async throws {
        let chain = try BundleFixtures.chain.get()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: chain.acme2025, to: folder.appendingPathComponent("in/acme-2025.sabundle"))
        try BundleFixtures.make(
            try Self.sampleAnswering10("huabei-news-2025", in: folder),
            to: folder.appendingPathComponent("in/huabei-news-2025.sabundle"),
            key: BundleFixtures.huabeiKey, framework: try Self.framework10)
        let aggregator = try SectorFixtures.aggregator(AggregateInputsTests.keyring())
        await #expect(
            throws: AggregateError.mixedRules(
                year: 2025, rules: ["1.0": ["huabei-news"], "1.1": ["acme"]])
        ) {
            try await aggregator.aggregate(
                InputDiscovery.find([folder.appendingPathComponent("in").path]))
        }
        let message = AggregateError.mixedRules(
            year: 2025, rules: ["1.0": ["huabei-news"], "1.1": ["acme"]]
        ).description
        #expect(
            message.hasPrefix(
                "the bundles of 2025 were scored under different scoring rules (rules 1.0: "
                    + "huabei-news; rules 1.1: acme)"), "\(message)")
    }

    /// One rule set in a year: the coverage says which.
    @Test func theCoverageStatesTheRulesOfEachYear() async throws {
        let chain = try BundleFixtures.chain.get()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: chain.acme2025, to: folder.appendingPathComponent("in/acme-2025.sabundle"))
        let aggregator = try SectorFixtures.aggregator(AggregateInputsTests.keyring())
        let aggregate = try await aggregator.aggregate(
            InputDiscovery.find([folder.appendingPathComponent("in").path]))
        #expect(aggregate.coverage.years.map(\.rules) == [["1.1"]])
        #expect(aggregate.jsonValue.rendered().contains("\"rules\": [\n"))
    }

    /// The society's outputs list every critical not-applicable claim per signatory, and the
    /// not-applicable rate per indicator and per category.
    @Test func criticalNotApplicableClaimsAreListed() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("acme-2025")
        try FileManager.default.copyItem(at: TestSupport.sample("acme-2025"), to: copy)
        let article = copy.appendingPathComponent("article-2.yaml")
        let text = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(
            of: "  A2.1:\n    answer: yes\n",
            with: "  A2.1:\n    answer: not-applicable\n    justification: 本服务无用户发布功能。\n")
        try text.write(to: article, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        try BundleFixtures.make(copy, to: folder.appendingPathComponent("in/acme-2025.sabundle"))
        let aggregator = try SectorFixtures.aggregator(AggregateInputsTests.keyring())
        let aggregate = try await aggregator.aggregate(
            InputDiscovery.find([folder.appendingPathComponent("in").path]))
        #expect(
            aggregate.criticalNotApplicableClaims
                == [.init(signatory: "acme", indicators: ["A2.1"])])
        let rates = Dictionary(
            aggregate.indicatorNotApplicableRates.map { ($0.id, $0.rate) }
        ) { first, _ in first }
        #expect(rates["A2.1"] == 100)
        #expect(rates["A1.1"] == 0)
        let categories = aggregate.categoryNotApplicableRates
        #expect(categories.map(\.id) == [aggregate.publishedCategory("social")])
        #expect(categories.first.map { $0.notApplicable >= 1 && $0.answers == 50 } == true)
        let signatories = SectorTables.signatoriesCSV(aggregate)
        #expect(signatories.contains("critical_not_applicable\r\n"))
        #expect(signatories.contains(",A2.1\r\n"))
        #expect(SectorTables.indicatorsCSV(aggregate).contains(",not_applicable_rate\r\n"))
        #expect(aggregate.jsonValue.rendered().contains("\"criticalClaims\""))
    }
}
