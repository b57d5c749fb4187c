import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The lines `aggregate` prints besides its outputs: the note on what was not used, and the
/// progress line.
@Suite(.tags(.medium))
struct SectorSummaryRendererTests {
    /// The summary of the small generated sector in Chinese (`--lang zh`), byte for byte; the
    /// English summary is the default and keeps its words.
    @Test func theSummaryReadsInChinese() async throws {
        let sector = try await SectorFixtures.small()
        let aggregate = try await SectorFixtures.aggregated(sector)
        let english = SectorSummaryRenderer.text(aggregate, folder: "out")
        #expect(english == SectorSummaryRenderer.text(aggregate, folder: "out", language: .english))
        #expect(english.hasPrefix("Sector "))
        let chinese = SectorSummaryRenderer.text(aggregate, folder: "out", language: .chinese)
        #expect(chinese.hasPrefix("行业 "))
        #expect(chinese.contains("总分：平均数 "))
        Golden.check(chinese, named: "aggregate/small-summary.zh.txt")
    }

    /// The note gives the summary's counts: refused bundles and unreadable folders apart (it
    /// said "2 bundles refused" beside "1 refused, 1 unreadable folder(s)").
    @Test func theNoteCountsWhatTheSummaryCounts() async throws {
        let sector = try await SectorFixtures.small()
        var found = InputDiscovery.find([sector.submissions.path])
        found.unreadableFolders.append(
            InputDiscovery.Found.UnreadableFolder(path: "locked", reason: "Permission denied"))
        let aggregate = try await SectorFixtures.aggregator(sector.keyring).aggregate(
            found, since: sector.plan.years.first)
        let refused = aggregate.counts.refused
        #expect(refused > 1 && aggregate.counts.unreadableFolders == 1)
        #expect(
            SectorSummaryRenderer.text(aggregate, folder: "out").contains(
                " \(refused) refused, \(aggregate.counts.superseded) superseded, 1 unreadable folder(s)"
            ))
        #expect(
            SectorSummaryRenderer.refusalNote(aggregate, folder: "out")
                == "\(refused) bundles refused and 1 folder could not be read; the reasons are in "
                + "out/rejected.csv; 1 file skipped, listed with its reason in out/skipped.csv")

        var one = aggregate
        one.counts.skipped = 0
        one.counts.refused = 1
        #expect(
            SectorSummaryRenderer.refusalNote(one, folder: "out/")
                == "1 bundle refused and 1 folder could not be read; the reasons are in "
                + "out/rejected.csv")
        one.counts.refused = 0
        #expect(
            SectorSummaryRenderer.refusalNote(one, folder: "out")
                == "1 folder could not be read; the reasons are in out/rejected.csv")
        one.counts.unreadableFolders = 0
        #expect(SectorSummaryRenderer.refusalNote(one, folder: "out") == nil)
        one.counts.skipped = 2
        #expect(
            SectorSummaryRenderer.refusalNote(one, folder: "out")
                == "2 files skipped, listed with their reasons in out/skipped.csv")
    }

    /// The progress line says what it counts: bundles that failed verification so far, not the
    /// refusals (forks and replays are found after the last bundle).
    @Test func theProgressLineCountsOnlyWhatItKnows() {
        let line = SectorSummaryRenderer.progress(
            AggregateProgress(done: 523, total: 1000, failedVerification: 3), perSecond: 87.24)
        #expect(line == "523/1000 bundles, 87.2/s, 3 failed verification")
    }
}
