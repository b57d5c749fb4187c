import Foundation
import SampleSector
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// `aggregate` in process over generated sectors: every planted problem found with its reason,
/// nothing else; the figures equal the accumulator's on the same records; the outputs the same
/// bytes whatever the order of the inputs and the number of bundles verified at once.
@Suite(.tags(.medium))
struct SectorAggregatorTests {
    /// Every bundle ends up used or in the rejections, with exactly the planted reason and code,
    /// and every planted break in a chain is reported.
    @Test func findsExactlyWhatWasPlanted() async throws {
        let sector = try await SectorFixtures.full()
        let aggregate = try await SectorFixtures.aggregated(sector)
        let root = sector.folder.path + "/"
        func relative(_ file: String) -> String {
            file.hasPrefix(root) ? String(file.dropFirst(root.count)) : file
        }

        let planted = Set(sector.plan.signatories.compactMap(\.plant))
        #expect(
            planted == Set(SamplePlant.allCases),
            "24 signatories over three years carry every plant")
        let expectedRejections = sector.plan.bundles.filter {
            $0.outcome != "accepted" && $0.outcome != "duplicate"
        }
        let found = aggregate.rejections.map { (relative($0.file), $0.reason.name, $0.code) }
        #expect(
            found.map { "\($0.0) \($0.1) \($0.2)" }.sorted()
                == expectedRejections.map { "\($0.file) \($0.reason ?? "") \($0.code ?? "")" }
                .sorted())
        // A copy of another bundle's file is a duplicate, listed as skipped and counted once.
        let skipped = aggregate.skipped.map {
            "\(relative($0.file)) \($0.reason.rawValue) \($0.reason.code)"
        }
        #expect(
            skipped.sorted()
                == sector.plan.bundles.filter { $0.outcome == "duplicate" }.map {
                    "\($0.file) \($0.reason ?? "") \($0.code ?? "")"
                }.sorted())
        #expect(aggregate.counts.duplicates == 1 && aggregate.counts.skipped == 1)
        #expect(aggregate.counts.found == sector.plan.bundles.count)
        #expect(aggregate.counts.accepted == sector.plan.bundles.count { $0.outcome == "accepted" })
        #expect(
            aggregate.counts.superseded == sector.plan.bundles.count { $0.outcome == "superseded" })

        let chain = aggregate.chainFindings.map {
            "\($0.signatory) \($0.year) \($0.kind.rawValue) \(relative($0.file))"
        }
        #expect(
            chain.sorted()
                == sector.plan.chain.map { "\($0.signatory) \($0.year) \($0.kind) \($0.file)" }
                .sorted())

        // Missing and rejected signatories of every year, as planted.
        for statistics in aggregate.history {
            let missing = statistics.signatories.filter { !$0.record.submission.isSubmitted }.map(
                \.record.signatory)
            let planned = sector.plan.missing.filter { $0.year == statistics.year }.map(\.signatory)
            #expect(missing.sorted() == planned.sorted(), "missing in \(statistics.year)")
        }
        let last = aggregate.statistics
        #expect(last.year == sector.lastYear)
        #expect(last.participation.registered == sector.plan.signatories.count)
        for row in last.signatories {
            let expected = Self.status(
                of: row.record.signatory, in: sector.lastYear, plan: sector.plan)
            #expect(row.record.submission == expected, "\(row.record.signatory)")
        }
    }

    /// The policy's steps for the planted signatories: forgery is blacklisted, a missing or
    /// refused submission censured, two years without one blacklisted.
    @Test func recommendsThePolicysSteps() async throws {
        let sector = try await SectorFixtures.full()
        let aggregate = try await SectorFixtures.aggregated(sector)
        let advice = Dictionary(
            uniqueKeysWithValues: aggregate.recommendations.map { ($0.signatory, $0) })
        for signatory in sector.plan.signatories {
            guard let plant = signatory.plant, let recommendation = advice[signatory.id] else {
                continue
            }
            let rules = Set(recommendation.findings.map(\.ruleID))
            switch plant {
            case .tampered, .badSignature:
                #expect(recommendation.action ?? .warning >= .blacklist, "\(signatory.id)")
                #expect(rules.contains("forged-submission"), "\(signatory.id): \(rules)")
            case .missingRepeated:
                #expect(recommendation.action ?? .warning >= .blacklist, "\(signatory.id)")
                #expect(rules.contains("no-valid-submission-repeated"), "\(signatory.id): \(rules)")
            case .missing, .replay, .revokedKey, .unknownKey, .truncated, .inflatedScores, .fork:
                #expect(recommendation.action ?? .warning >= .censure, "\(signatory.id)")
                #expect(rules.contains("no-valid-submission"), "\(signatory.id): \(rules)")
            case .duplicate, .gap:
                #expect(!rules.contains("no-valid-submission"), "\(signatory.id): \(rules)")
            }
        }
        #expect(aggregate.recommendations.count == sector.plan.signatories.count)

        // What each rule moved: every rule and escalation listed once, in the policy's order;
        // each recommendation decided by exactly one, and fired counts from its findings.
        let counts = aggregate.ruleCounts
        #expect(
            counts.map(\.id)
                == aggregate.policy.rules.map(\.id) + aggregate.policy.escalations.map(\.id))
        #expect(
            counts.map(\.decided).reduce(0, +)
                == aggregate.recommendations.count { $0.action != nil })
        for count in counts {
            #expect(count.decided <= count.fired, "\(count.id)")
            let fired = aggregate.recommendations.count {
                $0.findings.contains { $0.ruleID == count.id }
            }
            #expect(count.fired == fired, "\(count.id)")
        }
        #expect(counts.contains { $0.decided > 0 })
    }

    /// The figures equal those of ``SectorAccumulator`` over records made independently: each
    /// accepted bundle verified on its own, the other signatory-years from the plan.
    @Test func statisticsEqualTheAccumulators() async throws {
        let sector = try await SectorFixtures.small()
        let aggregate = try await SectorFixtures.aggregated(sector)
        let policy = try SectorFixtures.policy
        let verifier = BundleVerifier(
            trustedKeys: sector.keyring, framework: TestSupport.framework, today: TestSupport.today)
        var accumulator = SectorAccumulator(policy: policy)
        for year in sector.plan.years {
            for signatory in sector.plan.signatories {
                let bundles = sector.plan.bundles.filter {
                    $0.signatory == signatory.id && $0.year == year
                }
                if let accepted = bundles.first(where: { $0.outcome == "accepted" }) {
                    let verified = try verifier.verify(
                        sector.folder.appendingPathComponent(accepted.file))
                    try accumulator.add(SignatoryRecord(score: verified.score))
                    continue
                }
                let status = Self.status(of: signatory.id, in: year, plan: sector.plan)
                try accumulator.add(
                    SignatoryRecord(
                        signatory: signatory.id, name: signatory.name, category: signatory.category,
                        year: year,
                        submission: status))
            }
        }
        let expected = accumulator.statistics(for: sector.lastYear)
        #expect(aggregate.statistics.jsonValue == expected.jsonValue)
        #expect(aggregate.statistics.overall == expected.overall)
        #expect(aggregate.statistics.participation == expected.participation)
        #expect(
            aggregate.recommendations
                == accumulator.recommendations(under: policy, in: sector.lastYear))
        // And sector.json carries exactly these figures.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(aggregate.jsonValue.rendered().utf8))
                as? [String: Any])
        let statistics = try #require(json["statistics"] as? [String: Any])
        let expectedJSON = try #require(
            try JSONSerialization.jsonObject(with: Data(expected.jsonValue.rendered().utf8))
                as? [String: Any])
        #expect(NSDictionary(dictionary: statistics).isEqual(to: expectedJSON))
        #expect(json["schemaVersion"] as? Int == 2)
    }

    /// The same bundles give the same bytes in every output, whatever the order of the inputs and
    /// the number of bundles verified at once.
    @Test func outputsDoNotDependOnOrderOrParallelism() async throws {
        let sector = try await SectorFixtures.small()
        let years = sector.plan.years.map { sector.submissions.appendingPathComponent(String($0)) }
        let first = SectorFixtures.outputs(
            try await SectorFixtures.aggregate(sector, inputs: years, concurrency: 1))
        // The year folders in the other order, 4 at once, and one file named again besides its
        // folder (it is read once, under the same name).
        let again = years[0].appendingPathComponent(
            "\(sector.plan.signatories[0].id)-\(sector.plan.years[0]).sabundle")
        let second = SectorFixtures.outputs(
            try await SectorFixtures.aggregate(
                sector, inputs: years.reversed() + [again], concurrency: 4))
        #expect(first.keys.sorted() == SectorOutput.File.allCases.map(\.name).sorted())
        for name in SectorOutput.File.allCases.map(\.name) {
            #expect(
                first[name] == second[name],
                "\(name) differs with the inputs reversed, a file named twice and 4 at once")
        }
    }

    /// Every tampered bundle of the bundle tamper suite is refused with the verifier's code and
    /// the matching reason, and the valid bundles around them are still used.
    @Test func refusesEveryBundleOfTheTamperSuite() async throws {
        let chain = try BundleFixtures.chain.get()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let keyring = BundleFixtures.keyring()
        for (name, url) in [
            ("acme-2024", chain.acme2024), ("acme-2025", chain.acme2025),
            ("huabei-news-2025", chain.huabei2025),
        ] {
            try FileManager.default.copyItem(
                at: url, to: folder.appendingPathComponent("\(name).sabundle"))
        }
        let cases =
            BundleTamperTests.contentCases + BundleTamperTests.containerCases
            + BundleTamperTests.manifestCases
            + BundleTamperTests.signatureCases + BundleTamperTests.keyCases
            + BundleTamperTests.semanticCases
        var expected: [String: BundleError] = [:]
        for (index, tamper) in cases.enumerated() {
            let url = try tamper.make(chain)
            defer { BundleFixtures.discard(url) }
            // Only the bundles that fail under the society's keyring (some cases need narrower
            // limits or another keyring to fail).
            guard let failure = BundleFixtures.failure(url, keys: keyring) else { continue }
            let name = String(format: "tampered-%03d.sabundle", index)
            try FileManager.default.copyItem(at: url, to: folder.appendingPathComponent(name))
            expected[folder.appendingPathComponent(name).path] = failure
        }
        #expect(expected.count > 60)
        let aggregate = try await SectorFixtures.aggregator(keyring, concurrency: 2)
            .aggregate(InputDiscovery.find([folder.path]), year: 2025, since: 2024)
        let byFile = Dictionary(grouping: aggregate.rejections, by: \.file)
        for (file, failure) in expected {
            let rejection = byFile[file]?.first
            #expect(rejection?.code == failure.code, "\(file): \(failure)")
            #expect(
                rejection?.reason == .refused(RejectionReason(failure)), "\(file): \(failure.code)")
        }
        #expect(aggregate.rejections.count == expected.count)
        let accepted = aggregate.history.flatMap(\.signatories).filter(
            \.record.submission.isAccepted)
        #expect(
            accepted.map { "\($0.record.signatory) \($0.record.year)" }.sorted() == [
                "acme 2024", "acme 2025", "huabei-news 2025",
            ])
        #expect(aggregate.counts.accepted == 3)
    }

    /// The report passes the HTML checks: balanced, self-contained, unique ids, a title in every
    /// chart; bilingual headings for every section.
    @Test func reportIsSelfContained() async throws {
        let sector = try await SectorFixtures.small()
        let html = SectorReport.html(try await SectorFixtures.aggregated(sector))
        let check = try HTMLCheck.problems(in: html)
        #expect(check.problems.isEmpty, "\(check.problems.joined(separator: "\n"))")
        #expect(check.summary.contains("# checked:"), "\(check.summary)")
        for heading in [
            "参与情况", "Participation", "各条款得分分布", "Indicator compliance ranking", "历年趋势", "建议处理措施",
            "未提交的签约单位", "Bundles not used",
        ] {
            #expect(html.contains(heading), "\(heading)")
        }
        #expect(
            html.components(separatedBy: "<svg").count - 1 >= 5
                + TestSupport.framework.articles.count)
    }

    /// The six outputs of a small generated sector, byte for byte (the sector's folder shown as
    /// `sector/`): the report, the tables and `sector.json` as a reader gets them.
    @Test func outputsMatchGolden() async throws {
        let sector = try await SectorFixtures.small()
        let outputs = SectorFixtures.outputs(try await SectorFixtures.aggregated(sector))
        #expect(outputs.count == SectorOutput.File.allCases.count)
        for (name, text) in outputs {
            let shown = text.replacingOccurrences(of: sector.folder.path + "/", with: "sector/")
            Golden.check(shown, named: "aggregate/small-\(name)")
        }
    }

    /// The report renders in headless Chromium, on screen and in print (A4).
    ///
    /// `SELFASSESS_KEEP_SECTOR_REPORT=DIR` keeps `report.html`, `report.png` and `report.pdf` there.
    @Test(.tags(.large), .enabled(if: HeadlessChromium.path != nil, HeadlessChromium.missing))
    func rendersInHeadlessChromium() async throws {
        let sector = try await SectorFixtures.small()
        let html = SectorReport.html(try await SectorFixtures.aggregated(sector))
        let rendering = try HeadlessChromium.render(
            html, keepVariable: "SELFASSESS_KEEP_SECTOR_REPORT")
        #expect(rendering.pages >= 4, "A4 pages (\(rendering.pages))")
    }

    /// A run with no bundle needs a year, and a year given is not invented either: with no bundle
    /// for it the run stops rather than report every registered signatory missing.
    @Test func noBundleNeedsAYear() async throws {
        let sector = try await SectorFixtures.small()
        let empty = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let aggregator = try SectorFixtures.aggregator(sector.keyring)
        let error = await #expect(throws: AggregateError.self) {
            _ = try await aggregator.aggregate(InputDiscovery.find([empty.path]))
        }
        #expect(error == .noYear(bundles: 0))
        let withYear = await #expect(throws: AggregateError.self) {
            _ = try await aggregator.aggregate(InputDiscovery.find([empty.path]), year: 2025)
        }
        #expect(withYear == .noBundleForYear(year: 2025, bundles: 0, held: []))
        #expect(
            withYear?.description
                == "no bundle was found, so there is nothing to report on for 2025; give that "
                + "year's bundles, or another --year")
    }

    /// A year after the bundles', or between them, is not invented: the run stops.
    @Test func aYearNoBundleClaimsIsNotInvented() async throws {
        let sector = try await SectorFixtures.small()
        let aggregator = try SectorFixtures.aggregator(sector.keyring)
        let found = InputDiscovery.find([sector.submissions.path])
        let later = sector.lastYear + 1
        let error = await #expect(throws: AggregateError.self) {
            _ = try await aggregator.aggregate(found, year: later)
        }
        #expect(
            error
                == .noBundleForYear(
                    year: later, bundles: sector.plan.bundles.count, held: sector.plan.years))
        let years = sector.plan.years.map(String.init).joined(separator: ", ")
        #expect(
            error?.description
                == "no registered signatory's bundle for \(later) is among the "
                + "\(sector.plan.bundles.count) bundles found (they are for \(years)), so there is "
                + "nothing to report on for \(later); give that year's bundles, or another --year")
        // The years the bundles are for are reported on as before.
        let aggregate = try await aggregator.aggregate(found, year: sector.plan.years[0])
        #expect(aggregate.years == [sector.plan.years[0]])
        #expect(aggregate.statistics.participation.accepted > 0)
    }

    /// The status a plan gives a signatory in a year.
    static func status(of signatory: String, in year: Int, plan: SamplePlan) -> SubmissionStatus {
        let bundles = plan.bundles.filter { $0.signatory == signatory && $0.year == year }
        if bundles.contains(where: { $0.outcome == "accepted" }) { return .accepted }
        let reasons = bundles.filter { $0.outcome == "rejected" }.compactMap {
            $0.reason.flatMap(RejectionReason.init(rawValue:))
        }
        return reasons.isEmpty ? .missing : .rejected(for: reasons)
    }
}
