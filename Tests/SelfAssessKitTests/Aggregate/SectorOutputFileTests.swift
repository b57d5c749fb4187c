import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The list of `aggregate`'s output files is kept once, in ``SectorOutput/File``.
@Suite(.tags(.medium))
struct SectorOutputFileTests {
    @Test func theFilesAreListedInTheirOrder() {
        #expect(
            SectorOutput.File.allCases.map(\.name) == [
                "sector.json", "signatories.csv", "indicators.csv", "rejected.csv", "skipped.csv",
                "report.html",
            ])
    }

    @Test func everyFileIsWrittenInThatOrder() async throws {
        let sector = try await SectorFixtures.small()
        let aggregate = try await SectorFixtures.aggregated(sector)
        let files = SectorOutput.files(of: aggregate)
        #expect(files.map(\.name) == SectorOutput.File.allCases.map(\.name))
        #expect(files.first?.content == aggregate.jsonValue.rendered())
        #expect(files.last?.content == SectorReport.html(aggregate))
    }
}
