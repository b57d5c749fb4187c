import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.medium))
struct BundleBuilderTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
    }

    private func assessment(_ url: URL) throws -> (Assessment, FolderSource) {
        let source = FolderSource(folder: url, displayRoot: url.lastPathComponent)
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
            source)
        return (try #require(report.assessments.first), source)
    }

    /// The layout of the 2025 bundle, and every computed file equal to what the commands print.
    @Test func layoutAndContent() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let chain = try BundleFixtures.chain.get()
        let reader = try ZIPContainerReader(url: chain.acme2025)
        let paths = reader.entries.map(\.path)
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(
            paths.filter { $0.hasPrefix("assessment/") } == [
                "assessment/article-1.yaml", "assessment/article-2.yaml",
                "assessment/article-3.yaml", "assessment/article-4.yaml",
                "assessment/article-5.yaml", "assessment/article-6.yaml",
                "assessment/article-7.yaml", "assessment/assessment.yaml",
            ])
        #expect(
            paths.filter { !$0.hasPrefix("assessment/") && !$0.hasPrefix("evidence/") } == [
                "manifest.json", "manifest.json.minisig", "report/report.html", "report/report.md",
                "results/diff.json",
                "results/scores.json",
            ])
        #expect(paths.count { $0.hasPrefix("evidence/") } == 60)

        let sample = TestSupport.sample("acme-2025")
        for name in ["assessment.yaml", "article-3.yaml"] {
            #expect(
                try reader.read(path: "assessment/\(name)")
                    == [UInt8](try Data(contentsOf: sample.appendingPathComponent(name))))
        }
        #expect(
            try reader.read(path: "evidence/real-name-policy.md")
                == [UInt8](
                    try Data(
                        contentsOf: sample.appendingPathComponent("evidence/real-name-policy.md"))))

        let framework = TestSupport.framework
        let (new, newSource) = try assessment(sample)
        let (old, oldSource) = try assessment(TestSupport.sample("acme-2024"))
        let score = Scorer.score(new, using: framework)
        #expect(
            try reader.read(path: BundleLayout.scoresPath) == Array(score.json.utf8))
        let newSnapshot = try AssessmentSnapshot.load(new, from: newSource)
        let diff = Differ.diff(
            from: DiffInput(
                snapshot: try AssessmentSnapshot.load(old, from: oldSource), framework: framework),
            to: DiffInput(snapshot: newSnapshot, framework: framework))
        #expect(try reader.read(path: BundleLayout.diffPath) == Array(diff.json.utf8))
        let report = AssessmentReport.Input(
            assessment: new, framework: framework, score: score, diff: diff,
            evidenceHashes: newSnapshot.evidenceHashes)
        #expect(
            try reader.read(path: BundleLayout.reportHTMLPath)
                == Array(AssessmentReport.html(report).utf8))
        #expect(
            try reader.read(path: BundleLayout.reportMarkdownPath)
                == Array(AssessmentReport.markdown(report).utf8))

        let manifestBytes = try reader.read(path: BundleManifest.path)
        let manifest = try BundleManifest.decode(manifestBytes, file: "manifest.json")
        let priorBytes = try ZIPContainerReader(url: chain.acme2024).read(path: BundleManifest.path)
        #expect(manifest.sequence == 2)
        #expect(
            manifest.previous
                == .init(manifestSHA256: BundleManifest.sha256(priorBytes), sequence: 1))
        #expect(manifest.createdAt.description == "2026-02-01T00:00:00Z")
        #expect(manifest.signerKeyID == BundleFixtures.signer.publicKey.keyID)
        #expect(manifest.tool == .current)
        #expect(manifest.framework == .init(framework))
        #expect(manifest.signatory == .init(id: "acme", name: "北京艾克米科技有限公司"))
        #expect(manifest.summary == .init(score))
        #expect(manifest.summary.overall == "93.38")
        #expect(manifest.files.count == paths.count - 2)
        #expect(manifest.files.allSatisfy { $0.originalName == nil })
        let signature = try MinisignSignature.parse(
            try reader.read(path: BundleManifest.signaturePath), file: "sig")
        #expect(
            signature.trustedComment
                == manifest.trustedComment(manifestSHA256: BundleManifest.sha256(manifestBytes)))
        #expect(
            signature.untrustedComment
                == "selfassess signature key \(BundleFixtures.signer.publicKey.keyID)")
        try signature.verify(manifestBytes, with: BundleFixtures.signer.publicKey, file: "sig")
    }

    /// The reports come from the caller: the draft holds the files and results but no report,
    /// and the signed bundle carries exactly the bytes handed to ``BundleBuilder/sign(_:reports:)``.
    @Test func theBundleCarriesTheReportsTheCallerHandsIn() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (assessment, source) = try assessment(TestSupport.sample("acme-2024"))
        let builder = BundleFixtures.builder()
        let draft = try builder.draft(
            assessment, from: source, prior: nil, bundleName: "acme-2024.sabundle")
        #expect(!draft.entries.contains { $0.path.hasPrefix("report/") })
        #expect(draft.files.map(\.path) == draft.entries.map(\.path))
        #expect(draft.files.last?.path == BundleLayout.scoresPath)
        #expect(draft.sequence == 1 && draft.previous == nil && draft.diff == nil)

        let reports = BundleReports(html: "<p>卷首</p>\n", markdown: "# Cover\n")
        let prepared = try builder.sign(draft, reports: reports)
        let target = folder.appendingPathComponent("acme-2024.sabundle")
        let verified = try builder.write(
            prepared, to: target, displayName: "acme-2024.sabundle", overwrite: false)
        #expect(verified.score == draft.score)
        let reader = try ZIPContainerReader(url: target)
        #expect(try reader.read(path: BundleLayout.reportHTMLPath) == reports.html)
        #expect(try reader.read(path: BundleLayout.reportMarkdownPath) == reports.markdown)
        let listed = try #require(prepared.manifest.file(at: BundleLayout.reportMarkdownPath))
        #expect(listed.size == reports.markdown.count)
        #expect(listed.sha256 == BundleManifest.sha256(reports.markdown))
        #expect(listed.role == .report)

        // The kit's renderer gives the reports `selfassess bundle` hands in.
        let rendered = AssessmentReport.bundleReports(for: draft)
        let input = AssessmentReport.Input(
            assessment: assessment, framework: TestSupport.framework, score: draft.score,
            evidenceHashes: draft.evidenceHashes)
        #expect(
            rendered
                == BundleReports(
                    html: AssessmentReport.html(input), markdown: AssessmentReport.markdown(input)))
    }

    /// The verifier recomputes `results/scores.json` with Scoring's encoder and compares bytes:
    /// the builder's bundle verifies, and the same JSON value written with one byte less is
    /// refused (SB605), even with the manifest updated and signed again by the signatory.
    @Test func theVerifierComparesScoresWithTheScoringEncoderByteForByte() throws {
        let chain = try BundleFixtures.chain.get()
        let verified = try BundleFixtures.verifier().verify(
            chain.acme2025, displayName: "acme-2025.sabundle")
        var editor = try BundleEditor(chain.acme2025)
        let stored = try #require(editor.files[BundleLayout.scoresPath])
        #expect(stored == Array(verified.score.json.utf8))

        let text = String(decoding: stored, as: UTF8.self)
        let range = try #require(text.range(of: "\"articles\": ["))
        let edited = Array(text.replacingCharacters(in: range, with: "\"articles\":[").utf8)
        #expect(edited.count == stored.count - 1)
        #expect(
            try CanonicalJSON.parse(edited, file: "edited")
                == CanonicalJSON.parse(stored, file: "s"))
        try editor.replace(BundleLayout.scoresPath, with: edited)
        try editor.resign(with: BundleFixtures.signer)
        let url = try editor.write()
        defer { BundleFixtures.discard(url) }
        let failure = try #require(BundleFixtures.failure(url))
        #expect(failure.code == "SB605")
        guard case .scoresMismatch(_, let path, let line) = failure else {
            Issue.record("expected a scores mismatch, got \(failure)")
            return
        }
        #expect(path == BundleLayout.scoresPath)
        #expect(line == 2)
    }

    /// The same inputs and creation time give the same bytes.
    @Test func sameInputsGiveTheSameBytes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let chain = try BundleFixtures.chain.get()
        let first = folder.appendingPathComponent("first.sabundle")
        let second = folder.appendingPathComponent("second.sabundle")
        try BundleFixtures.make(TestSupport.sample("acme-2025"), to: first, prior: chain.acme2024)
        try BundleFixtures.make(TestSupport.sample("acme-2025"), to: second, prior: chain.acme2024)
        let a = try ZIPContainerReader(url: first), b = try ZIPContainerReader(url: second)
        #expect(try a.read(path: BundleManifest.path) == b.read(path: BundleManifest.path))
        #if os(Linux)
            // Ed25519 signatures are deterministic on Linux (CryptoKit randomizes them).
            #expect(try Data(contentsOf: first) == Data(contentsOf: second))
            #expect(try Data(contentsOf: first) == Data(contentsOf: chain.acme2025))
        #endif
        // Another creation time changes the manifest, and nothing else but the signature.
        let later = folder.appendingPathComponent("later.sabundle")
        try BundleFixtures.make(
            TestSupport.sample("acme-2025"), to: later, prior: chain.acme2024,
            createdAt: BundleTimestamp(secondsSince1970: 1_800_000_000) ?? .earliest)
        let c = try ZIPContainerReader(url: later)
        #expect(try a.read(path: BundleManifest.path) != c.read(path: BundleManifest.path))
        for entry in a.entries where !entry.path.hasPrefix("manifest.json") {
            #expect(try a.read(entry) == c.read(path: entry.path))
        }
    }

    @Test func refusesAPriorOfAnotherSignatoryOrYear() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let chain = try BundleFixtures.chain.get()
        let target = folder.appendingPathComponent("acme-2025.sabundle")
        let other = #expect(throws: BundleError.self) {
            try BundleFixtures.make(
                TestSupport.sample("acme-2025"), to: target, prior: chain.huabei2025)
        }
        #expect(other?.code == "SB702")
        #expect(
            other?.description
                == "acme-2025.sabundle: the prior bundle huabei-news-2025.sabundle belongs to huabei-news, not acme"
        )
        let sameYear = #expect(throws: BundleError.self) {
            try BundleFixtures.make(
                TestSupport.sample("acme-2025"), to: target, prior: chain.acme2025)
        }
        #expect(sameYear?.code == "SB707")
        let tampered = folder.appendingPathComponent("tampered-2024.sabundle")
        var editor = try BundleEditor(chain.acme2024)
        editor.files["evidence/real-name-policy.md"]?.append(0x0A)
        try ZIPContainerWriter.write(
            editor.files.map { .init(path: $0.key, content: .bytes($0.value)) }, to: tampered)
        let broken = #expect(throws: BundleError.self) {
            try BundleFixtures.make(TestSupport.sample("acme-2025"), to: target, prior: tampered)
        }
        #expect(broken?.code == "SB503")
        #expect(FileReader.entryKind(target) == .missing)
    }

    @Test func neverReplacesABundleUnlessAsked() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("acme-2024.sabundle")
        try Data("mine".utf8).write(to: target)
        let error = #expect(throws: BundleError.self) {
            try BundleFixtures.make(TestSupport.sample("acme-2024"), to: target)
        }
        #expect(error == .container(.exists(file: "acme-2024.sabundle")))
        #expect(try Data(contentsOf: target) == Data("mine".utf8))
        try BundleFixtures.make(TestSupport.sample("acme-2024"), to: target, overwrite: true)
        #expect(BundleFixtures.failure(target) == nil)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path) == [
                "acme-2024.sabundle"
            ])
    }

    /// A bundle that would not verify (here: an entry changed after it was listed) is never
    /// given its name, and nothing is left behind.
    @Test func aBundleThatDoesNotVerifyIsNotWritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (assessment, source) = try assessment(TestSupport.sample("acme-2024"))
        let builder = BundleFixtures.builder()
        let draft = try builder.draft(
            assessment, from: source, prior: nil, bundleName: "acme-2024.sabundle")
        var prepared = try builder.sign(draft, reports: AssessmentReport.bundleReports(for: draft))
        let index = try #require(
            prepared.entries.firstIndex { $0.path == BundleLayout.reportMarkdownPath })
        prepared.entries[index].content = .bytes(Array("changed after signing\n".utf8))
        let target = folder.appendingPathComponent("acme-2024.sabundle")
        let error = #expect(throws: BundleError.self) {
            try builder.write(
                prepared, to: target, displayName: "acme-2024.sabundle", overwrite: false)
        }
        #expect(error?.code == "SB009")
        #expect(error?.isInputOutputFailure == true)
        guard case .selfCheckFailed(_, let failure) = error else { return }
        #expect(failure.code == "SB503")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// Evidence cited under a name outside the path rule is stored under a derived name, with the
    /// cited path as `original_name`; the bundle re-validates from it.
    ///
    /// Evidence reached through a symbolic link inside the folder is packed as the file's bytes.
    @Test func derivedEvidenceNamesAndLinks() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("acme-2024")
        try FileManager.default.copyItem(at: TestSupport.sample("acme-2024"), to: copy)
        let manager = FileManager.default
        try manager.moveItem(
            at: copy.appendingPathComponent("evidence/real-name-policy.md"),
            to: copy.appendingPathComponent("evidence/Real Name Policy.MD"))
        try manager.createDirectory(
            at: copy.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try manager.moveItem(
            at: copy.appendingPathComponent("evidence/privacy-policy.md"),
            to: copy.appendingPathComponent("docs/隐私政策.md"))
        try manager.createSymbolicLink(
            atPath: copy.appendingPathComponent("evidence/privacy-policy.md").path,
            withDestinationPath: "../docs/隐私政策.md")
        let article = copy.appendingPathComponent("article-2.yaml")
        let text = try String(contentsOf: article, encoding: .utf8)
        #expect(text.contains("evidence/real-name-policy.md"))
        try text.replacingOccurrences(
            of: "evidence/real-name-policy.md", with: "\"evidence/Real Name Policy.MD\""
        )
        .write(to: article, atomically: true, encoding: .utf8)

        let target = folder.appendingPathComponent("acme-2024.sabundle")
        let verified = try BundleFixtures.make(copy, to: target)
        let renamed = try #require(
            verified.manifest.files.first { $0.originalName == "evidence/Real Name Policy.MD" })
        #expect(renamed.path.hasPrefix("evidence/real-name-policy-"))
        #expect(renamed.path.hasSuffix(".md"))
        let reader = try ZIPContainerReader(url: target)
        #expect(
            try reader.read(path: renamed.path)
                == [UInt8](
                    try Data(
                        contentsOf: TestSupport.sample("acme-2024/evidence/real-name-policy.md"))))
        #expect(
            try reader.read(path: "evidence/privacy-policy.md")
                == [UInt8](
                    try Data(contentsOf: TestSupport.sample("acme-2024/evidence/privacy-policy.md"))
                ))
        #expect(verified.snapshot.evidenceHashes["evidence/Real Name Policy.MD"] == renamed.sha256)
        #expect(BundleFixtures.failure(target) == nil)
    }

    /// A bundle read back as an assessment source scores exactly as its folder does, and names
    /// its files inside the bundle.
    @Test func bundleSourceReadsTheSignedBytes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let chain = try BundleFixtures.chain.get()
        let (source, digest) = try BundleSource.openUnauthenticated(
            chain.acme2025, displayName: "acme-2025.sabundle")
        #expect(digest == (try BundleFixtures.verifier().verify(chain.acme2025).manifestSHA256))
        #expect(
            source.topLevelFiles() == [
                "article-1.yaml", "article-2.yaml", "article-3.yaml", "article-4.yaml",
                "article-5.yaml", "article-6.yaml", "article-7.yaml", "assessment.yaml",
            ])
        #expect(
            source.displayName(of: "article-2.yaml")
                == "acme-2025.sabundle/assessment/article-2.yaml")
        #expect(source.evidence("evidence/real-name-policy.md") == .file)
        guard case .missing(let siblings) = source.evidence("evidence/real-name-policy.pdf") else {
            Issue.record("a missing evidence file was found")
            return
        }
        #expect(siblings.contains("real-name-policy.md"))
        let report = Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
            source)
        let fromBundle = try #require(report.assessments.first)
        let (fromFolder, folderSource) = try assessment(TestSupport.sample("acme-2025"))
        #expect(
            Scorer.score(fromBundle, using: TestSupport.framework)
                == Scorer.score(fromFolder, using: TestSupport.framework))
        #expect(
            try AssessmentSnapshot.load(fromBundle, from: source).evidenceHashes
                == AssessmentSnapshot.load(fromFolder, from: folderSource).evidenceHashes)
    }
}
