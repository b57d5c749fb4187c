import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct DiffTests {
    typealias F = ScoringFixtures

    static let framework = F.framework([
        (
            1, 1,
            [
                F.indicator("X1.1", .yesNo), F.indicator("X1.2", .yesPartialNo),
                F.indicator("X1.3", .maturity),
                F.indicator("X1.4", F.number(floor: "0", target: "100")),
                F.indicator("X1.5", .text),
                F.indicator("X1.6", .yesNo, critical: true),
            ]
        ),
        (2, 1, [F.indicator("X2.1", .yesNo), F.indicator("X2.2", .yesNo)]),
    ])

    /// Every indicator answered `yes`-like, except where `changes` says otherwise.
    static func answers(
        _ changes: [String: AnswerValue] = [:], evidence: [String: [EvidenceItem]] = [:],
        notes: [String: String] = [:]
    )
        -> [IndicatorAnswer]
    {
        let defaults: [(String, AnswerValue)] = [
            ("X1.1", .yes), ("X1.2", .yes), ("X1.3", .maturity(4)), ("X1.4", .number(100)),
            ("X1.5", .text("t")),
            ("X1.6", .yes), ("X2.1", .yes), ("X2.2", .yes),
        ]
        return defaults.map { id, value in
            F.answer(id, changes[id] ?? value, evidence: evidence[id] ?? [], note: notes[id])
        }
    }

    static func input(
        _ answers: [IndicatorAnswer], framework: Framework = framework,
        hashes: [String: String] = [:],
        signatory: String = "acme", year: Int
    ) -> DiffInput {
        let assessment = F.assessment(
            answers, framework: framework, signatory: signatory, year: year)
        return DiffInput(
            snapshot: AssessmentSnapshot(assessment: assessment, evidenceHashes: hashes),
            framework: framework)
    }

    static func diff(
        old: [String: AnswerValue] = [:], new: [String: AnswerValue] = [:]
    ) -> AssessmentDiff {
        Differ.diff(from: input(answers(old), year: 2024), to: input(answers(new), year: 2025))
    }

    static func item(_ path: String, date: String? = nil) -> EvidenceItem {
        EvidenceItem(path: path, date: date.flatMap(CalendarDate.init))
    }

    // MARK: - Kinds

    @Test(arguments: [
        ("X1.1", AnswerValue.yes, AnswerValue.yes, IndicatorChange.Kind.unchanged),
        ("X1.1", .no, .yes, .improved),
        ("X1.2", .yes, .partial, .regressed),
        ("X1.3", .maturity(1), .maturity(3), .improved),
        ("X1.4", .number(120), .number(150), .answerChanged),  // both past the target: score 1
        ("X1.4", .number(80), .number(60), .regressed),
        ("X1.5", .text("old"), .text("new"), .answerChanged),
        ("X1.1", .yes, .notApplicable, .becameNotApplicable),
        ("X1.1", .notApplicable, .yes, .stoppedBeingNotApplicable),
    ])
    func indicatorKinds(
        id: String, old: AnswerValue, new: AnswerValue, kind: IndicatorChange.Kind
    ) throws {
        let diff = Self.diff(old: [id: old], new: [id: new])
        let change = try #require(diff.indicators.first { $0.id == id })
        #expect(change.kind == kind)
        #expect(change.oldAnswer == old && change.newAnswer == new)
        #expect(diff.hasRegression == (kind == .regressed))
        #expect(diff.indicators.filter { $0.id != id }.allSatisfy { $0.kind == .unchanged })
    }

    @Test func scoresAndRatings() throws {
        let diff = Self.diff(old: ["X1.1": .no, "X1.2": .partial], new: ["X2.1": .no])
        // Article 1 has five scored indicators (X1.5 is text): 100 × 3.5 / 5 = 70 → 100; article 2: 100 → 50.
        #expect(diff.articles.map(\.score.old) == [70, 100])
        #expect(diff.articles.map(\.score.new) == [100, 50])
        #expect(diff.articles.map(\.trend) == [.improved, .regressed])
        #expect(diff.articles[1].score.delta == -50)
        #expect(diff.articles[1].score.ratingChanged)
        #expect(diff.overall.old == 85 && diff.overall.new == 75 && diff.overall.delta == -10)
        #expect(
            diff.overall.oldRating?.id == "compliant"
                && diff.overall.newRating?.id == "partially-compliant")
        #expect(diff.hasRegression)
    }

    /// An answer coming back from not-applicable is not itself a regression, but the article
    /// score it lowers is.
    @Test func answerComingBackLowerRegressesItsArticle() throws {
        let diff = Self.diff(old: ["X1.1": .notApplicable], new: ["X1.1": .no])
        #expect(diff.indicators.first?.kind == .stoppedBeingNotApplicable)
        #expect(diff.articles[0].trend == .regressed && diff.hasRegression)
    }

    @Test func articleBecomingNotApplicable() throws {
        let diff = Self.diff(new: ["X2.1": .notApplicable, "X2.2": .notApplicable])
        #expect(diff.articles[1].trend == .becameNotApplicable)
        #expect(diff.articles[1].score.delta == nil)
        #expect(!diff.hasRegression)
    }

    // MARK: - Critical failures

    @Test func criticalFailuresNewResolvedAndContinuing() throws {
        let framework = F.framework([
            (
                1, 1,
                [
                    F.indicator("X1.1", .yesNo, critical: true),
                    F.indicator("X1.2", .yesNo, critical: true),
                    F.indicator("X1.3", .yesNo, critical: true),
                ]
            )
        ])
        let old = Self.input(
            [F.answer("X1.1", .no), F.answer("X1.2", .yes), F.answer("X1.3", .no)],
            framework: framework, year: 2024)
        let new = Self.input(
            [F.answer("X1.1", .yes), F.answer("X1.2", .no), F.answer("X1.3", .no)],
            framework: framework, year: 2025)
        let diff = Differ.diff(from: old, to: new)
        #expect(diff.newCriticalFailures.map(\.indicatorID) == ["X1.2"])
        #expect(diff.resolvedCriticalFailures.map(\.indicatorID) == ["X1.1"])
        #expect(diff.continuingCriticalFailures.map(\.indicatorID) == ["X1.3"])
        let text = DiffRenderer.text(diff, style: TextStyle(color: false))
        let newIndex = try #require(text.range(of: "New critical failures")).lowerBound
        let overallIndex = try #require(text.range(of: "Overall")).lowerBound
        #expect(newIndex < overallIndex, "new critical failures come first")
    }

    // MARK: - Framework versions

    @Test func indicatorsOfOneFrameworkOnlyAreAddedOrRemovedNotRegressions() throws {
        let old = F.framework(
            [(1, 1, [F.indicator("X1.1", .yesNo), F.indicator("X1.9", .yesNo, weight: 5)])],
            version: "1.0")
        let new = F.framework(
            [
                (
                    1, 1,
                    [
                        F.indicator("X1.1", .yesNo, weight: 2),
                        F.indicator("X1.8", .yesNo, critical: true),
                    ]
                )
            ],
            version: "1.1")
        let diff = Differ.diff(
            from: Self.input(
                [F.answer("X1.1", .yes), F.answer("X1.9", .yes)], framework: old, year: 2024),
            to: Self.input(
                [F.answer("X1.1", .yes), F.answer("X1.8", .yes)], framework: new, year: 2025))
        #expect(diff.indicators.map(\.id) == ["X1.1", "X1.8", "X1.9"])
        #expect(diff.indicators.map(\.kind) == [.unchanged, .added, .removed])
        #expect(diff.indicators[0].definitionChanged)  // weight 1 → 2
        #expect(!diff.hasRegression)
        #expect(diff.warnings == [.frameworkChanged(old: old.reference, new: new.reference)])
        #expect(diff.count(.added) == 1 && diff.count(.removed) == 1 && diff.count(.regressed) == 0)
    }

    // MARK: - Evidence

    @Test func evidenceChangesByPathAndHash() throws {
        let oldEvidence: [String: [EvidenceItem]] = [
            "X1.1": [
                Self.item("evidence/same.md"), Self.item("evidence/edited.md"),
                Self.item("evidence/gone.md"),
            ],
            "X1.2": [Self.item("evidence/old-name.md")],
        ]
        let newEvidence: [String: [EvidenceItem]] = [
            "X1.1": [
                Self.item("evidence/same.md"), Self.item("evidence/edited.md"),
                Self.item("evidence/new.md"),
            ],
            "X1.2": [Self.item("evidence/new-name.md")],
        ]
        let oldHashes = [
            "evidence/same.md": "a", "evidence/edited.md": "b1", "evidence/gone.md": "c",
            "evidence/old-name.md": "d",
        ]
        let newHashes = [
            "evidence/same.md": "a", "evidence/edited.md": "b2", "evidence/new.md": "e",
            "evidence/new-name.md": "d",
        ]
        let diff = Differ.diff(
            from: Self.input(Self.answers(evidence: oldEvidence), hashes: oldHashes, year: 2024),
            to: Self.input(Self.answers(evidence: newEvidence), hashes: newHashes, year: 2025))
        let first = try #require(diff.indicators.first { $0.id == "X1.1" })
        #expect(
            first.evidence == [
                .changed(path: "evidence/edited.md", oldSHA256: "b1", newSHA256: "b2"),
                .removed(path: "evidence/gone.md", sha256: "c"),
                .added(path: "evidence/new.md", sha256: "e"),
            ])
        #expect(first.kind == .unchanged && first.hasChanges)
        let second = try #require(diff.indicators.first { $0.id == "X1.2" })
        #expect(
            second.evidence == [
                .renamed(from: "evidence/old-name.md", to: "evidence/new-name.md", sha256: "d")
            ])
    }

    @Test func noteChangesIgnoreSurroundingWhiteSpace() throws {
        let diff = Differ.diff(
            from: Self.input(Self.answers(notes: ["X1.1": "Same.", "X1.2": "Old."]), year: 2024),
            to: Self.input(Self.answers(notes: ["X1.1": "  Same.\n", "X1.2": "New."]), year: 2025))
        #expect(diff.indicators.first { $0.id == "X1.1" }?.noteChanged == false)
        #expect(diff.indicators.first { $0.id == "X1.2" }?.noteChanged == true)
    }

    // MARK: - Flags

    @Test func improvementWithoutNoteOrEvidenceIsFlagged() throws {
        let evidence = ["X1.2": [Self.item("evidence/a.md")]]
        let hashes = ["evidence/a.md": "h"]
        let diff = Differ.diff(
            from: Self.input(
                Self.answers(
                    ["X1.2": .partial, "X1.3": .maturity(1)], evidence: evidence,
                    notes: ["X1.3": "a"]),
                hashes: hashes, year: 2024),
            to: Self.input(
                Self.answers(evidence: evidence, notes: ["X1.3": "b"]), hashes: hashes, year: 2025))
        #expect(
            diff.flags == [.improvedWithoutSupport(indicatorID: "X1.2", old: .partial, new: .yes)])
    }

    @Test(arguments: [(AnswerValue.no, AnswerValue.yes), (.yes, .no)])
    func flippedClaimWithTheSameEvidenceIsFlagged(old: AnswerValue, new: AnswerValue) throws {
        // The same content under another path still counts as the same evidence.
        let diff = Differ.diff(
            from: Self.input(
                Self.answers(
                    ["X1.1": old], evidence: ["X1.1": [Self.item("evidence/p-2024.md")]],
                    notes: ["X1.1": "x"]),
                hashes: ["evidence/p-2024.md": "same"], year: 2024),
            to: Self.input(
                Self.answers(
                    ["X1.1": new], evidence: ["X1.1": [Self.item("evidence/p-2025.md")]],
                    notes: ["X1.1": "y"]),
                hashes: ["evidence/p-2025.md": "same"], year: 2025))
        #expect(
            diff.flags == [
                .sameEvidenceForFlippedClaim(
                    indicatorID: "X1.1", old: old, new: new, paths: ["evidence/p-2025.md"])
            ])
    }

    /// A score that flips while the answer stays the same (here a revised target; in the real
    /// framework, a date that is now too old) is no flipped claim, and no unsupported improvement.
    @Test(arguments: [("0", "100", "100", "200"), ("100", "200", "0", "100")])
    func scoreFlipWithTheSameAnswerIsNotFlagged(
        oldFloor: String, oldTarget: String, newFloor: String, newTarget: String
    ) throws {
        func framework(_ floor: String, _ target: String) -> Framework {
            F.framework([
                (1, 1, [F.indicator("X1.4", F.number(floor: floor, target: target))])
            ])
        }
        let evidence = ["X1.4": [Self.item("evidence/count.md")]]
        func answers() -> [IndicatorAnswer] {
            [F.answer("X1.4", .number(100), evidence: evidence["X1.4"] ?? [], note: nil)]
        }
        let diff = Differ.diff(
            from: Self.input(
                answers(), framework: framework(oldFloor, oldTarget),
                hashes: ["evidence/count.md": "same"], year: 2024),
            to: Self.input(
                answers(), framework: framework(newFloor, newTarget),
                hashes: ["evidence/count.md": "same"], year: 2025))
        #expect(diff.indicators.first { $0.id == "X1.4" }?.kind != .unchanged)
        #expect(diff.flags.isEmpty, "\(diff.flags)")
    }

    @Test func flipWithDifferentEvidenceIsNotFlagged() throws {
        let diff = Differ.diff(
            from: Self.input(
                Self.answers(["X1.1": .no], evidence: ["X1.1": [Self.item("evidence/p.md")]]),
                hashes: ["evidence/p.md": "1"],
                year: 2024),
            to: Self.input(
                Self.answers(evidence: ["X1.1": [Self.item("evidence/p.md")]]),
                hashes: ["evidence/p.md": "2"],
                year: 2025))
        #expect(diff.flags.isEmpty)
    }

    @Test func evidenceDatedOutsideTheReportingYearIsFlagged() throws {
        let evidence = [
            "X1.1": [
                Self.item("evidence/in.md", date: "2025-03-01"),
                Self.item("evidence/before.md", date: "2024-12-31"),
                Self.item("evidence/undated.md"),
            ]
        ]
        let diff = Differ.diff(
            from: Self.input(Self.answers(), year: 2024),
            to: Self.input(Self.answers(evidence: evidence), year: 2025))
        #expect(
            diff.flags == [
                .evidenceDateOutsideYear(
                    indicatorID: "X1.1", path: "evidence/before.md",
                    date: CalendarDate(year: 2024, month: 12, day: 31) ?? .startOfYear(1),
                    year: 2025)
            ])
    }

    // MARK: - Warnings

    @Test func differentSignatoriesAndYearsOutOfOrderWarn() throws {
        let diff = Differ.diff(
            from: Self.input(Self.answers(), signatory: "acme", year: 2025),
            to: Self.input(Self.answers(), signatory: "other", year: 2024))
        #expect(
            diff.warnings == [
                .signatoryDiffers(old: "acme", new: "other"), .yearNotAfter(old: 2025, new: 2024),
            ])
        let text = DiffRenderer.text(diff, style: TextStyle(color: false))
        #expect(
            text.contains(
                "warning: the assessments are by different signatories: 'acme' and 'other'"))
        #expect(
            text.contains("warning: the new assessment's year 2024 is not after the old one's 2025")
        )
        #expect(diff.json.contains("\"code\": \"year-not-after\""))
    }

    @Test func sameYearWarns() throws {
        let diff = Differ.diff(
            from: Self.input(Self.answers(), year: 2025), to: Self.input(Self.answers(), year: 2025)
        )
        #expect(diff.warnings == [.yearNotAfter(old: 2025, new: 2025)])
        #expect(!diff.hasRegression && diff.changedIndicators.isEmpty)
    }
}

@Suite(.tags(.medium))
struct AssessmentSnapshotTests {
    static func validated(_ folder: URL) throws -> Assessment {
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
            FolderSource(folder: folder))
        return try #require(report.assessments.first, "\(report.diagnostics)")
    }

    @Test func hashesEveryCitedEvidenceFile() throws {
        let folder = TestSupport.sample("acme-2025")
        let assessment = try Self.validated(folder)
        let snapshot = try AssessmentSnapshot.load(assessment, from: FolderSource(folder: folder))
        #expect(
            snapshot.hash(of: "evidence/real-name-policy.md")
                == "3718162f240ad49ba4b38a599fa7e518510f175e2d118abb6056af64610d2bc8")
        #expect(
            snapshot.hash(of: "evidence/platform-rules.md")
                == "74108914aedaecf16681bf72a5da02c0341fb9c99c9fdae761ae139dc0ae93e1")
        let cited = Set(assessment.articles.flatMap(\.answers).flatMap(\.evidence).map(\.path))
        #expect(Set(snapshot.evidenceHashes.keys) == cited)
        #expect(snapshot.evidenceHashes.values.allSatisfy { $0.count == 64 })
    }

    @Test func streamingInSmallChunksGivesTheSameBytes() throws {
        let file = TestSupport.sample("acme-2025").appendingPathComponent(
            "evidence/privacy-policy.md")
        var bytes: [UInt8] = []
        let result = FileReader.stream(file, chunkSize: 7) { bytes += $0 }
        #expect(try result.get() == bytes.count)
        #expect(bytes == Array(try Data(contentsOf: file)))
    }

    @Test func unreadableEvidenceNamesTheFile() throws {
        let (copy, root) = try TestSupport.copy(TestSupport.sample("acme-2025"))
        defer { try? FileManager.default.removeItem(at: root) }
        let assessment = try Self.validated(copy)
        try FileManager.default.removeItem(
            at: copy.appendingPathComponent("evidence/privacy-policy.md"))
        let error = #expect(throws: SnapshotError.self) {
            _ = try AssessmentSnapshot.load(
                assessment, from: FolderSource(folder: copy, displayRoot: "acme-2025"))
        }
        #expect(
            error
                == .unreadableEvidence(
                    file: "acme-2025/evidence/privacy-policy.md", reason: "no such file"))
        #expect(
            error?.description
                == "acme-2025/evidence/privacy-policy.md: cannot read evidence: no such file")
    }
}
