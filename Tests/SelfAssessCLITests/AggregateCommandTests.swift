import Foundation
import SampleSector
import SelfAssessKit
import SelfAssessTestSupport
import Testing

/// `selfassess aggregate`, run as the built binary over a generated sector of 12 signatories over
/// two years (a missing submission, a tampered bundle, a duplicate, a replay, a fork and a bad
/// signature planted).
@Suite(.tags(.large))
struct AggregateCommandTests {
    let work: URL

    init() throws {
        work = try TestSupport.temporaryFolder()
    }

    /// Runs `aggregate` in the sector's folder, with the keyring, society key and `--out` given,
    /// and every year generated covered (`--since`) unless `history` is false.
    private func aggregate(
        _ sector: GeneratedSector.Sector, inputs: [String] = ["submissions"], out: String? = nil,
        extra: [String] = [], history: Bool = true
    ) async throws -> CLI.Result {
        let target = out ?? work.appendingPathComponent("out").path
        let since = history ? ["--since", String(sector.plan.years[0])] : []
        return try await CLI.run(
            ["aggregate"] + inputs
                + ["--keyring", "keyring.yaml", "--society-key", "society.pub", "--out", target]
                + since + extra,
            in: sector.folder)
    }

    private func read(_ file: SectorOutput.File, in folder: String = "out") throws -> String {
        try String(
            contentsOf: work.appendingPathComponent(folder).appendingPathComponent(file.name),
            encoding: .utf8)
    }

    private func csv(_ text: String) -> [[String]] {
        // No field in these files holds a line break, so splitting lines is enough; commas inside
        // quoted fields are kept by splitting on the quotes first.
        text.split(separator: "\r\n").map { line in
            var fields: [String] = []
            var field = ""
            var quoted = false
            for character in line {
                if character == "\"" { quoted.toggle(); continue }
                if character == ",", !quoted { fields.append(field); field = ""; continue }
                field.append(character)
            }
            return fields + [field]
        }
    }

    @Test func aggregatesTheSectorAndFindsWhatWasPlanted() async throws {
        let sector = try await GeneratedSector.small()
        let result = try await aggregate(sector)
        #expect(result.status == 0, "\(result.stderr)")
        let plan = sector.plan
        let planted = Set(plan.signatories.compactMap(\.plant))
        #expect(planted == [.missing, .tampered, .duplicate, .replay, .fork, .badSignature])

        // rejected.csv: exactly the planted bundles, with their reasons and codes.
        let rejected = csv(try read(.rejected))
        #expect(
            rejected.first == [
                "file", "signatory", "year", "sequence", "reason", "code", "message",
            ])
        let expected = plan.bundles.filter { !["accepted", "duplicate"].contains($0.outcome) }.map {
            "\($0.file) \($0.reason ?? "") \($0.code ?? "")"
        }
        #expect(
            rejected.dropFirst().map { "\($0[0]) \($0[4]) \($0[5])" }.sorted() == expected.sorted())
        // skipped.csv: the replayed file, a copy of last year's, is a duplicate counted once.
        let skipped = csv(try read(.skipped))
        #expect(skipped.first == ["file", "reason", "code", "signatory", "year", "message"])
        #expect(
            skipped.dropFirst().map { "\($0[0]) \($0[1]) \($0[2])" }
                == plan.bundles.filter { $0.outcome == "duplicate" }.map {
                    "\($0.file) duplicate SB715"
                })

        // signatories.csv: every signatory once; the planted statuses; the recommended steps.
        let rows = csv(try read(.signatories))
        let header = try #require(rows.first)
        let column = { (name: String) in header.firstIndex(of: name) ?? 0 }
        #expect(rows.count == plan.signatories.count + 1)
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        for signatory in plan.signatories {
            let row = try #require(byID[signatory.id])
            let submission = row[column("submission")]
            switch signatory.plant {
            case .missing?, .replay?: #expect(submission == "missing", "\(signatory.id)")
            case .tampered?, .badSignature?:
                #expect(submission == "rejected", "\(signatory.id)")
                #expect(
                    row[column("action")] == "blacklist"
                        && row[column("rule")] == "forged-submission", "\(signatory.id)")
            case .fork?:
                #expect(
                    submission == "rejected" && row[column("rejection_reasons")] == "broken-chain",
                    "\(signatory.id)")
            default:
                #expect(submission == "accepted", "\(signatory.id)")
                #expect(!row[column("overall")].isEmpty)
            }
            #expect(
                ["missing", "rejected"].contains(submission)
                    == (row[column("action")] != "" && row[column("overall")] == ""))
        }
        let missing = plan.missing.filter { $0.year == sector.lastYear }.map(\.signatory).sorted()
        #expect(
            rows.dropFirst().filter { $0[column("submission")] == "missing" }.map { $0[0] }.sorted()
                == missing)

        // The summary.
        let accepted = plan.signatories.count - 2 - 3
        #expect(
            result.stdout.hasPrefix(
                "Sector \(sector.lastYear) (history from \(plan.years[0])), framework bj-app-2014 1.1\n"
            ))
        #expect(
            result.stdout.contains(
                "Participation: 12 registered, 10 submitted, \(accepted) accepted, 3 rejected, 2 missing\n"
            ))
        #expect(
            result.stdout.contains(
                "Bundles: \(plan.bundles.count) found, \(plan.bundles.count - 5) used, 3 refused, 1 superseded, 1 duplicate\n"
            ))
        #expect(result.stdout.contains("Chain breaks: 1 fork\n"))
        #expect(
            result.stdout.contains(
                "Years held: \(plan.years[0]) (--since \(plan.years[0])), \(sector.lastYear) (the "
                    + "reporting year, the latest with an accepted bundle)\n"))
        #expect(result.stdout.contains("Skipped: 1 file (1 duplicate), listed in skipped.csv\n"))
        #expect(result.stdout.hasSuffix("Report: \(work.path)/out/report.html\n"))
        #expect(
            result.stderr
                == "note: 3 bundles refused; the reasons are in \(work.path)/out/rejected.csv; 1 "
                + "file skipped, listed with its reason in \(work.path)/out/skipped.csv\n")

        // indicators.csv: one row per indicator of the framework.
        let indicators = csv(try read(.indicators))
        #expect(indicators.count == 51 && indicators[1].prefix(3) == ["A1.1", "1", "yes"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try read(.sector).utf8))
                as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 2 && json["year"] as? Int == sector.lastYear)
        #expect((json["keyring"] as? [String: Any])?["signedBy"] as? String != nil)
    }

    @Test func theSameInputsGiveTheSameBytes() async throws {
        let sector = try await GeneratedSector.small()
        let first = try await aggregate(
            sector, out: work.appendingPathComponent("a").path, extra: ["--jobs", "1"])
        let years = sector.plan.years.reversed().map { "submissions/\($0)" }
        let second = try await aggregate(
            sector, inputs: years, out: work.appendingPathComponent("b").path,
            extra: ["--jobs", "4", "--format", "json"])
        #expect(first.status == 0 && second.status == 0)
        // The summary as JSON.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect((json["participation"] as? [String: Any])?["missing"] as? Int == 2)
        let held = try #require(json["years"] as? [[String: Any]])
        #expect(held.map { $0["year"] as? Int } == sector.plan.years.map { $0 })
        #expect(held.allSatisfy { $0["held"] as? Bool == true })
        #expect((json["bundles"] as? [String: Any])?["duplicates"] as? Int == 1)
        #expect(
            (json["outputs"] as? [String: Any])?["report"] as? String == work.path
                + "/b/report.html")
        for name in SectorOutput.File.allCases.map(\.name) {
            let a = try Data(contentsOf: work.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: work.appendingPathComponent("b/\(name)"))
            #expect(a == b, "\(name) differs")
        }
    }

    @Test func anInvalidKeyringStopsTheRunBeforeAnyWork() async throws {
        let sector = try await GeneratedSector.small()
        var lines = try String(
            contentsOf: sector.folder.appendingPathComponent("keyring.yaml"), encoding: .utf8
        )
        .components(separatedBy: "\n")
        let name = try #require(lines.firstIndex { $0.hasPrefix("    name: ") })
        lines.insert("    catgory: news", at: name + 1)
        let keyring = work.appendingPathComponent("keyring.yaml")
        try lines.joined(separator: "\n").write(to: keyring, atomically: true, encoding: .utf8)
        let result = try await CLI.run(
            [
                "aggregate", "submissions", "--keyring", keyring.path, "--out",
                work.appendingPathComponent("out").path,
            ],
            in: sector.folder)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(keyring.path):\(name + 2):5: error: "), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was done"))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    }

    @Test func anInvalidPolicyStopsTheRunBeforeAnyWork() async throws {
        let sector = try await GeneratedSector.small()
        var lines = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/policy.yaml"),
            encoding: .utf8
        )
        .components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains("action: warning") })
        lines[index] = lines[index].replacingOccurrences(
            of: "action: warning", with: "action: warnin")
        let column =
            try #require(lines[index].range(of: "warnin")).lowerBound.utf16Offset(in: lines[index])
            + 1
        let policy = work.appendingPathComponent("policy.yaml")
        try lines.joined(separator: "\n").write(to: policy, atomically: true, encoding: .utf8)
        let result = try await aggregate(sector, extra: ["--policy", policy.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(policy.path):\(index + 1):\(column): error: "),
            "\(result.stderr)")
        #expect(result.stderr.contains("is not a valid policy (1 error); no bundle was read"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    }

    @Test func aKeyringTheSocietyDidNotSignIsRefused() async throws {
        let sector = try await GeneratedSector.small()
        let someone = "keys/\(sector.plan.signatories[0].id).pub"
        let result = try await CLI.run(
            [
                "aggregate", "submissions", "--keyring", "keyring.yaml", "--society-key", someone,
                "--out", work.appendingPathComponent("out").path,
            ],
            in: sector.folder)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("keyring.yaml: the keyring's signature is not valid"),
            "\(result.stderr)")
    }

    @Test func aFolderThatIsNotEmptyIsWrittenOnlyWithForce() async throws {
        let sector = try await GeneratedSector.small()
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let refused = try await aggregate(sector)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "\(out.path): the output folder exists and is not empty; choose another, or give --force"
            ))
        #expect(refused.stdout.isEmpty)
        #expect(
            try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8)
                == "keep me")
        let forced = try await aggregate(sector, extra: ["--force"])
        #expect(forced.status == 0)
        // The outputs replace their namesakes; the folder's other files are kept.
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == (SectorOutput.File.allCases.map(\.name) + ["notes.txt"]).sorted())
        // Nothing is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["out"])
    }

    /// An unreadable bundle is refused and the run goes on; with --fail-on-rejected the run exits
    /// 1, after writing the outputs.
    ///
    /// A named input that does not exist stops the run (exit 2).
    @Test func unreadableAndMissingInputsAreReported() async throws {
        let sector = try await GeneratedSector.small()
        let extra = work.appendingPathComponent("extra")
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
        let ghost = extra.appendingPathComponent(
            "\(sector.plan.signatories[1].id)-\(sector.lastYear).sabundle")
        try FileManager.default.createSymbolicLink(
            atPath: ghost.path, withDestinationPath: "/nonexistent/bundle")
        let result = try await aggregate(
            sector, inputs: ["submissions", extra.path], extra: ["--fail-on-rejected"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("Bundles: \(sector.plan.bundles.count + 1) found"))
        #expect(
            FileManager.default.fileExists(
                atPath: work.appendingPathComponent("out/report.html").path))
        let row = try #require(csv(try read(.rejected)).first { $0[0] == ghost.path })
        #expect(row[4] == "unreadable" && row[5] == "SB001", "\(row)")

        let missing = try await aggregate(
            sector, inputs: ["submissions", "no-such-folder"],
            out: work.appendingPathComponent("out2").path)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: no-such-folder: no such file or folder\n")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out2").path))
    }

    /// A --year that no bundle is for stops the run with exit 1 and writes nothing (it reported
    /// every signatory missing and recommended censure for all, with exit 0).
    @Test func aYearWithoutBundlesIsRefused() async throws {
        let sector = try await GeneratedSector.small()
        let later = sector.lastYear + 1
        let result = try await aggregate(sector, extra: ["--year", String(later)])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasSuffix(
                "there is nothing to report on for \(later); give that year's bundles, or another "
                    + "--year\n"), "\(result.stderr)")
        #expect(result.stderr.contains("error: no registered signatory's bundle for \(later)"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))

        let empty = work.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try await aggregate(
            sector, inputs: [empty.path], out: work.appendingPathComponent("out2").path,
            extra: ["--year", String(sector.lastYear)])
        #expect(none.status == 1, "\(none.stderr)")
        #expect(
            none.stderr.contains("error: no bundle was found, so there is nothing to report on"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out2").path))
    }

    /// Only the last year's folder, with last year's bundle of one signatory among it (a stray
    /// replay), a bundle saved as .zip, one in a hidden folder, and a file whose name is a
    /// spreadsheet formula with an escape sequence.
    ///
    /// Before, 2024 was held ("accepted 1, missing 11"), its missing signatories were blacklisted
    /// for two years running, the .zip and hidden bundles were ignored without a word (their
    /// signatories counted missing), and the file name went into rejected.csv as a formula with a
    /// raw ESC.
    @Test func onlyTheYearsCoveredAreHeldAndEveryFileIsListed() async throws {
        let sector = try await GeneratedSector.small()
        let (first, last) = (sector.plan.years[0], sector.lastYear)
        let input = work.appendingPathComponent("in")
        try FileManager.default.copyItem(
            at: sector.folder.appendingPathComponent("submissions/\(last)"), to: input)
        // Two signatories with one bundle this year, accepted.
        let accepted = sector.plan.bundles.filter { bundle in
            bundle.year == last && bundle.outcome == "accepted"
                && sector.plan.bundles.count {
                    $0.signatory == bundle.signatory && $0.year == last
                } == 1
        }
        let zipped = try #require(accepted.first)
        let hidden = try #require(accepted.last)
        let name = { (file: String) in URL(fileURLWithPath: file).lastPathComponent }
        let manager = FileManager.default
        try manager.moveItem(
            at: input.appendingPathComponent(name(zipped.file)),
            to: input.appendingPathComponent("\(zipped.signatory).zip"))
        try manager.createDirectory(
            at: input.appendingPathComponent(".incoming"), withIntermediateDirectories: true)
        try manager.moveItem(
            at: input.appendingPathComponent(name(hidden.file)),
            to: input.appendingPathComponent(".incoming/\(name(hidden.file))"))
        let stray = try #require(
            sector.plan.bundles.first {
                $0.year == first && $0.outcome == "accepted" && $0.signatory != zipped.signatory
            })
        try manager.copyItem(
            at: sector.folder.appendingPathComponent(stray.file),
            to: input.appendingPathComponent(name(stray.file)))
        let formula = "=SUM(1,\"x\")\u{1B}[2J\u{07}.sabundle"
        try Data("not a bundle".utf8).write(to: work.appendingPathComponent(formula))

        // Run in the work folder, the inputs named as a user types them: `in` and the file.
        let result = try await CLI.run(
            [
                "aggregate", "in", formula, "--keyring",
                sector.folder.appendingPathComponent("keyring.yaml").path, "--society-key",
                sector.folder.appendingPathComponent("society.pub").path, "--out", "out",
            ], in: work)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Sector \(last), framework"), "\(result.stdout)")
        #expect(
            result.stdout.contains(
                "Years held: \(last) (the reporting year, the latest with an accepted bundle)\n"))
        // The stray bundle, and the replay planted this year (a copy of last year's bundle).
        let outOfRange = ([stray] + sector.plan.bundles.filter { $0.outcome == "duplicate" }).map {
            "in/\(name($0.file)) out-of-range \($0.signatory) \($0.year)"
        }.sorted()
        #expect(outOfRange.count == 2)
        #expect(result.stdout.contains("Skipped: 2 files (2 out-of-range), listed in skipped.csv"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try read(.sector).utf8))
                as? [String: Any])
        #expect(json["years"] as? [Int] == [last])
        #expect((json["trend"] as? [Any])?.count == 1)

        let rows = csv(try read(.signatories))
        let header = try #require(rows.first)
        let submission = try #require(header.firstIndex(of: "submission"))
        let rule = try #require(header.firstIndex(of: "rule"))
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        #expect(byID[zipped.signatory]?[submission] == "accepted")
        #expect(byID[hidden.signatory]?[submission] == "accepted")
        #expect(!rows.contains { $0[rule] == "no-valid-submission-repeated" })

        let skipped = csv(try read(.skipped))
        #expect(
            skipped.dropFirst().map { "\($0[0]) \($0[1]) \($0[3]) \($0[4])" } == outOfRange)
        #expect(stray.year == first)
        let rejected = try read(.rejected)
        #expect(!rejected.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(
            rejected.contains(
                "\r\n\"'=SUM(1,\"\"x\"\")\u{241B}[2J\u{2407}.sabundle\",,,,unreadable,"),
            "\(rejected)")
        let formulaRow = try #require(csv(rejected).first { $0[0].contains("SUM(1") })
        #expect(!formulaRow.contains { $0.hasPrefix("=") })
        #expect(formulaRow.last?.hasPrefix("'=SUM(1") == true)
    }

    @Test func usageErrors() async throws {
        let sector = try await GeneratedSector.small()
        for arguments in [
            ["aggregate", "submissions", "--out", "x"],
            ["aggregate", "submissions", "--keyring", "keyring.yaml"],
            ["aggregate", "--keyring", "keyring.yaml", "--out", "x"],
            [
                "aggregate", "submissions", "--keyring", "keyring.yaml", "--out", "x", "--year",
                "1999",
            ],
            [
                "aggregate", "submissions", "--keyring", "keyring.yaml", "--out", "x", "--year",
                "2024", "--since", "2025",
            ],
        ] {
            let result = try await CLI.run(arguments, in: sector.folder)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
        let help = try await CLI.run(["aggregate", "--help"])
        #expect(help.stdout.contains("Exit codes: 0 the run completed"))
        #expect(help.stdout.contains("--fail-on-rejected"))
    }
}
