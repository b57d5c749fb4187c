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
                "sector.json", "signatories.csv", "indicators.csv", "recommendations.csv",
                "rejected.csv", "skipped.csv", "report.html",
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

    /// sector.json 2 (issue 13): the lists that grow with the signatories or the bundles are
    /// counts and the CSV file that holds their rows; recommendations.csv has one row per finding
    /// of each recommendation with an action, the deciding one first.
    @Test func sectorJSONRefersToTheCSVFilesForItsLists() async throws {
        let sector = try await SectorFixtures.small()
        let aggregate = try await SectorFixtures.aggregated(sector)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(aggregate.jsonValue.rendered().utf8))
                as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 2)
        let acted = aggregate.recommendations.filter { $0.action != nil }
        let findings = acted.reduce(0) { $0 + $1.findings.count }
        #expect(acted.count > 0)
        let recommendations = try #require(json["recommendations"] as? [String: Any])
        #expect(recommendations["count"] as? Int == acted.count)
        #expect(recommendations["findings"] as? Int == findings)
        #expect(recommendations["file"] as? String == "recommendations.csv")
        let missing = aggregate.statistics.signatories.count { !$0.record.submission.isSubmitted }
        for (key, count, file) in [
            ("missing", missing, "signatories.csv"),
            ("rejected", aggregate.rejections.count, "rejected.csv"),
            ("skipped", aggregate.skipped.count, "skipped.csv"),
        ] {
            let reference = try #require(json[key] as? [String: Any], "\(key)")
            #expect(reference["count"] as? Int == count, "\(key)")
            #expect(reference["file"] as? String == file, "\(key)")
        }
        let claims = try #require(
            (json["notApplicable"] as? [String: Any])?["criticalClaims"] as? [String: Any])
        #expect(claims["count"] as? Int == aggregate.criticalNotApplicableClaims.count)

        let rows = SectorTables.recommendationsCSV(aggregate).components(separatedBy: "\r\n")
            .filter { !$0.isEmpty }
        #expect(
            rows.first
                == "signatory,year,action,rule,finding,finding_rule,kind,finding_action,years,"
                + "reason_zh,reason_en,details_zh,details_en")
        #expect(rows.count == 1 + findings)
        let first = try #require(acted.first)
        let deciding = try #require(first.findings.first)
        #expect(
            rows.dropFirst().first?.hasPrefix(
                "\(first.signatory),\(first.year),\(deciding.action.rawValue),\(deciding.ruleID),1,"
                    + "\(deciding.ruleID),\(deciding.kind.rawValue),\(deciding.action.rawValue),")
                == true)
    }
}
