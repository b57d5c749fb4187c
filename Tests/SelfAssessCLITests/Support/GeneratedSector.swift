import Foundation
import SampleSector
import SelfAssessKit
import SelfAssessTestSupport
import Testing

/// A sample sector of 12 signatories over two years, made once per test run by the generator in
/// process, for the end-to-end tests of `aggregate`.
enum GeneratedSector {
    struct Sector: Sendable {
        var folder: URL
        var plan: SamplePlan
        var lastYear: Int { plan.years.last ?? 0 }
    }

    static let cache = MadeOnce { try await GeneratedSector.make() }

    /// The sector; its folder must not be changed by a test.
    static func small() async throws -> Sector { try await cache.value() }

    private static func make() async throws -> Sector {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("sector")
        let framework = try #require(FrameworkLoader.builtin.framework)
        let generator = SectorGenerator(
            framework: framework,
            options: SectorGenerator.Options(
                seed: 2014, signatories: 12, years: 2, keepAssessments: false),
            today: CalendarDate(year: 2026, month: 6, day: 1) ?? .startOfYear(2026))
        return Sector(folder: folder, plan: try await generator.generate(into: folder))
    }
}
