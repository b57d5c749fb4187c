import Foundation
import SampleSector
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Sample sectors made by the generator (``SectorGenerator``), in process, once per test run, and
/// the aggregator set up as `aggregate` sets it up.
enum SectorFixtures {
    /// A generated sector on disk, with what was planted in it.
    struct Sector: Sendable {
        var folder: URL
        var plan: SamplePlan
        var keyring: Keyring
        var signedBy: String?

        /// The folder of submitted bundles.
        var submissions: URL { folder.appendingPathComponent(plan.submissions) }
        /// The last reporting year.
        var lastYear: Int { plan.years.last ?? 0 }
    }

    /// Makes each sector, and its aggregate over `submissions/`, once, however many tests ask at
    /// the same time.
    actor Cache {
        private var tasks: [String: Task<Sector, any Error>] = [:]
        private var aggregates: [String: Task<SectorAggregate, any Error>] = [:]

        func sector(seed: UInt64, signatories: Int, years: Int) async throws -> Sector {
            let key = "\(seed)-\(signatories)-\(years)"
            if let task = tasks[key] { return try await task.value }
            let task = Task {
                try await SectorFixtures.make(seed: seed, signatories: signatories, years: years)
            }
            tasks[key] = task
            return try await task.value
        }

        func aggregate(of sector: Sector) async throws -> SectorAggregate {
            let key = sector.folder.path
            if let task = aggregates[key] { return try await task.value }
            let task = Task { try await SectorFixtures.aggregate(sector, concurrency: 2) }
            aggregates[key] = task
            return try await task.value
        }
    }

    static let cache = Cache()

    /// 24 signatories over three years: every plant, the gap included.
    static func full() async throws -> Sector {
        try await cache.sector(seed: 2014, signatories: 24, years: 3)
    }

    /// 12 signatories over two years, as the demo's sector in small.
    static func small() async throws -> Sector {
        try await cache.sector(seed: 7, signatories: 12, years: 2)
    }

    private static func make(seed: UInt64, signatories: Int, years: Int) async throws -> Sector {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("sector")
        let generator = SectorGenerator(
            framework: TestSupport.framework,
            options: SectorGenerator.Options(
                seed: seed, signatories: signatories, years: years, keepAssessments: false),
            today: TestSupport.today)
        let plan = try await generator.generate(into: folder)
        let loaded = try KeyringFile.loadTrusted(
            folder.appendingPathComponent(plan.keyring), displayName: plan.keyring,
            societyKeyFile: folder.appendingPathComponent(plan.societyKey),
            framework: TestSupport.framework)
        return Sector(
            folder: folder, plan: plan, keyring: loaded.keyring,
            signedBy: loaded.signer?.description)
    }

    /// The built-in policy.
    static var policy: Policy {
        get throws { try #require(PolicyLoader.builtin.policy) }
    }

    /// The aggregator `aggregate` would run over a keyring.
    static func aggregator(
        _ keyring: Keyring, concurrency: Int = 2, signedBy: String? = nil
    ) throws -> SectorAggregator {
        SectorAggregator(
            keyring: keyring, policy: try policy, framework: TestSupport.framework,
            today: TestSupport.today,
            concurrency: concurrency,
            provenance: SectorAggregate.Provenance(
                keyringSHA256: keyring.sha256 ?? "", keyringSignedBy: signedBy,
                policyIsBuiltin: true))
    }

    /// The aggregate of a sector's `submissions/` folder, computed once.
    static func aggregated(_ sector: Sector) async throws -> SectorAggregate {
        try await cache.aggregate(of: sector)
    }

    /// Aggregates a sector's submissions, as `aggregate submissions/ --since FIRST-YEAR` does:
    /// every year generated is covered.
    static func aggregate(
        _ sector: Sector, inputs: [URL]? = nil, concurrency: Int = 2
    ) async throws -> SectorAggregate {
        let paths = (inputs ?? [sector.submissions]).map(\.path)
        return try await aggregator(
            sector.keyring, concurrency: concurrency, signedBy: sector.signedBy
        )
        .aggregate(InputDiscovery.find(paths), since: sector.plan.years.first)
    }

    /// The output files, by name.
    static func outputs(_ aggregate: SectorAggregate) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: SectorOutput.files(of: aggregate).map { ($0.name, $0.content) })
    }
}
