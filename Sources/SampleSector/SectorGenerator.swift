public import Foundation
public import SelfAssessKit

/// Makes a realistic synthetic sector from a seed: N signatories over Y years with their keys, a
/// keyring signed by the society, assessments whose answers vary plausibly (strong, weak,
/// improving, declining; a few critical failures; categories spread so that some are too small
/// to publish), their evidence, and their bundles chained across years, with problems planted on
/// some signatories (``SamplePlant``) and listed in `planted.json`.
///
/// Everything is made in process with the kit: no subprocess. The same options give the same
/// keys, files and bundles. The keys are for samples only: they come from the seed.
///
/// Layout of the output folder:
///
/// ```
/// planted.json                    what was made and planted (``SamplePlan``)
/// society.key  society.pub        the society's key pair
/// keyring.yaml keyring.yaml.minisig
/// keys/ID.key  keys/ID.pub        each signatory's key pair
/// assessments/YEAR/ID/            each assessment folder (unless not kept)
/// submissions/YEAR/ID-YEAR.sabundle
/// ```
public struct SectorGenerator: Sendable {
    /// What to make.
    public struct Options: Sendable, Equatable {
        /// The seed.
        public var seed: UInt64
        /// The number of signatories (at least 1).
        public var signatories: Int
        /// The number of reporting years (at least 1).
        public var years: Int
        /// The first reporting year; by default the years end in 2025.
        public var firstYear: Int
        /// How many signatories are made at the same time.
        public var concurrency: Int
        /// Whether the assessment folders are kept after their bundles are made.
        public var keepAssessments: Bool

        /// Options; the years end in 2025 unless `firstYear` is given.
        public init(
            seed: UInt64, signatories: Int, years: Int, firstYear: Int? = nil,
            concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
            keepAssessments: Bool = true
        ) {
            self.seed = seed
            self.signatories = signatories
            self.years = years
            self.firstYear = firstYear ?? (2026 - years)
            self.concurrency = max(1, concurrency)
            self.keepAssessments = keepAssessments
        }

        /// The reporting years, oldest first.
        public var reportingYears: [Int] { Array(firstYear..<(firstYear + years)) }
    }

    /// The framework the assessments answer.
    public var framework: Framework {
        didSet { renderer = TemplateRenderer(framework: framework).cachingComments() }
    }
    /// What to make.
    public var options: Options
    /// Today, for the validator.
    public var today: CalendarDate

    /// The templates' renderer, with the framework's comments rendered once for every assessment.
    private var renderer: TemplateRenderer

    /// A generator.
    public init(framework: Framework, options: Options, today: CalendarDate) {
        self.framework = framework
        self.options = options
        self.today = today
        renderer = TemplateRenderer(framework: framework).cachingComments()
    }

    // MARK: - The plan

    /// The signatories, their profiles and plants, decided from the seed alone.
    public func signatories() -> [SampleSignatory] {
        var random = SampleRandom(seed: options.seed, 1)
        let criticals = framework.indicators.filter { $0.critical && $0.id != "A1.6" }.map(\.id)
        var list: [SampleSignatory] = (0..<options.signatories).map { index in
            let category = SampleSignatory.categoryCycle[
                index % SampleSignatory.categoryCycle.count]
            let identity = SampleSignatory.identity(index: index, category: category)
            let profile = SampleProfile.draw[Int(random.next() % UInt64(SampleProfile.draw.count))]
            let critical =
                random.chance(0.1) && !criticals.isEmpty
                ? criticals[Int(random.next() % UInt64(criticals.count))] : nil
            return SampleSignatory(
                index: index, id: identity.id, name: identity.name, category: category,
                profile: profile,
                criticalFailure: critical, overdueRectifications: random.chance(0.05), plant: nil)
        }
        var order = Array(list.indices)
        for index in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        let plants = SamplePlant.priority.filter { $0.minimumYears <= options.years }
        for (slot, plant) in plants.prefix(options.signatories / 2).enumerated() {
            list[order[slot]].plant = plant
        }
        return list
    }

    // MARK: - Making it

    /// Makes the sector in a folder that does not exist or is empty.
    ///
    /// - Parameter folder: The output folder.
    /// - Returns: What was made and planted (also written as `planted.json`).
    /// - Throws: ``SampleGeneratorError``.
    public func generate(into folder: URL) async throws(SampleGeneratorError) -> SamplePlan {
        guard options.signatories >= 1, options.years >= 1 else {
            throw .invalidOptions("give at least one signatory and one year")
        }
        let manager = FileManager.default
        if let contents = try? manager.contentsOfDirectory(atPath: folder.path), !contents.isEmpty {
            throw .outputExists(folder: folder.path)
        }
        let years = options.reportingYears
        for sub in ["keys", "assessments", "submissions"] + years.map({ "submissions/\($0)" }) {
            try makeFolder(folder.appendingPathComponent(sub))
        }
        let signatories = signatories()
        let society = key(3, 0)
        try writeKeyPair(society, name: "society", in: folder)
        for signatory in signatories {
            try writeKeyPair(
                key(2, signatory.index), name: signatory.id,
                in: folder.appendingPathComponent("keys"))
        }
        try writeKeyring(
            signatories, society: society, to: folder.appendingPathComponent("keyring.yaml"))

        var outcomes: [Made] = []
        let results = await withTaskGroup(of: Result<Made, SampleGeneratorError>.self) { group in
            var pending = signatories.makeIterator()
            for _ in 0..<options.concurrency {
                guard let next = pending.next() else { break }
                group.addTask { make(next, in: folder) }
            }
            var collected: [Result<Made, SampleGeneratorError>] = []
            while let result = await group.next() {
                collected.append(result)
                if let next = pending.next() { group.addTask { make(next, in: folder) } }
            }
            return collected
        }
        for result in results {
            switch result {
            case .success(let made): outcomes.append(made)
            case .failure(let error): throw error
            }
        }
        if !options.keepAssessments {
            try? manager.removeItem(at: folder.appendingPathComponent("assessments"))
        }

        let plan = SamplePlan(
            seed: options.seed, years: years,
            signatories: signatories.map {
                SamplePlan.Signatory(
                    id: $0.id, name: $0.name, category: $0.category, profile: $0.profile,
                    criticalFailure: $0.criticalFailure,
                    overdueRectifications: $0.overdueRectifications, plant: $0.plant)
            },
            bundles: outcomes.flatMap(\.bundles).sorted {
                $0.file.utf8.lexicographicallyPrecedes($1.file.utf8)
            },
            missing: outcomes.flatMap(\.missing).sorted {
                ($0.year, $0.signatory) < ($1.year, $1.signatory)
            },
            chain: outcomes.flatMap(\.chain).sorted {
                ($0.year, $0.signatory) < ($1.year, $1.signatory)
            })
        try write(JSONOutput.encode(plan), to: folder.appendingPathComponent("planted.json"))
        return plan
    }

    /// What was made for one signatory.
    private struct Made: Sendable {
        var bundles: [SamplePlan.Bundle] = []
        var missing: [SamplePlan.SignatoryYear] = []
        var chain: [SamplePlan.ChainBreak] = []
    }

    private func make(
        _ signatory: SampleSignatory, in folder: URL
    ) -> Result<Made, SampleGeneratorError> {
        do throws(SampleGeneratorError) {
            return .success(try makeYears(signatory, in: folder))
        } catch {
            return .failure(error)
        }
    }

    private func makeYears(
        _ signatory: SampleSignatory, in folder: URL
    ) throws(SampleGeneratorError) -> Made {
        let years = options.reportingYears
        let last = years.last ?? options.firstYear
        let plant = signatory.plant
        let signingKey = key(2, signatory.index)
        var made = Made()
        var prior: PriorBundle?
        var previousFile: String?
        func missing(_ year: Int) {
            made.missing.append(.init(signatory: signatory.id, year: year))
        }

        for (index, year) in years.enumerated() {
            let quality = signatory.profile.quality(year: index, of: years.count)
            let isLast = year == last
            let isPenultimate = year == last - 1
            if isLast, plant == .missing || plant == .missingRepeated {
                missing(year)
                continue
            }
            if isPenultimate, plant == .missingRepeated {
                missing(year)
                continue
            }
            if isLast, plant == .replay, let previousFile {
                let copy = Self.submission(signatory.id, year: year)
                try copyFile(
                    folder.appendingPathComponent(previousFile),
                    to: folder.appendingPathComponent(copy))
                // The same bytes as last year's file: a duplicate, counted once (SB715).
                made.bundles.append(
                    .init(
                        file: copy, signatory: signatory.id, year: year - 1, outcome: "duplicate",
                        reason: "duplicate",
                        code: "SB715", plant: .replay))
                missing(year)
                continue
            }
            let created = Self.timestamp(year: year, index: signatory.index, days: 0)
            let useKey = isLast && plant == .unknownKey ? key(4, signatory.index) : signingKey
            let chainPrior = isLast && plant == .fork ? nil : prior
            let built = try build(
                signatory, year: year, quality: quality, key: useKey, prior: chainPrior,
                created: created, variant: nil,
                in: folder)
            if isPenultimate, plant == .gap {
                // Made, never sent: the next year's bundle follows it.
                prior = built.prior
                missing(year)
                continue
            }
            let file = Self.submission(signatory.id, year: year)
            var entries = built.prepared.entries
            var expected = SamplePlan.Bundle(
                file: file, signatory: signatory.id, year: year, outcome: "accepted", reason: nil,
                code: nil, plant: nil)
            if isLast, let plant {
                expected.plant = plant
                switch plant {
                case .tampered:
                    entries = try tamperEvidence(entries)
                    (expected.outcome, expected.reason, expected.code) = (
                        "rejected", "tampered", "SB504"
                    )
                case .badSignature:
                    entries = try editManifestUnsigned(built.prepared, entries)
                    (expected.outcome, expected.reason, expected.code) = (
                        "rejected", "bad-signature", "SB221"
                    )
                case .revokedKey:
                    (expected.outcome, expected.reason, expected.code) = (
                        "rejected", "untrusted-key", "SB405"
                    )
                case .unknownKey:
                    (expected.outcome, expected.reason, expected.code) = (
                        "rejected", "untrusted-key", "SB220"
                    )
                case .truncated:
                    (expected.outcome, expected.reason, expected.code) = (
                        "rejected", "unreadable", "SB101"
                    )
                case .inflatedScores:
                    entries = try inflateScores(built.prepared, entries, key: useKey)
                    (expected.outcome, expected.reason, expected.code) = (
                        "rejected", "invalid-assessment", "SB605"
                    )
                case .fork:
                    (expected.outcome, expected.reason, expected.code) = (
                        "rejected", "broken-chain", "SB705"
                    )
                    made.chain.append(
                        .init(signatory: signatory.id, year: year, kind: "fork", file: file))
                case .gap:
                    made.chain.append(
                        .init(signatory: signatory.id, year: year, kind: "gap", file: file))
                case .duplicate:
                    (expected.outcome, expected.reason, expected.code) = (
                        "superseded", "superseded", "SB706"
                    )
                case .missing, .missingRepeated, .replay:
                    break
                }
            }
            try writeBundle(entries, to: folder.appendingPathComponent(file), name: file)
            if isLast, plant == .truncated { try truncate(folder.appendingPathComponent(file)) }
            made.bundles.append(expected)

            if isLast, plant == .duplicate {
                // A corrected bundle three weeks later, after the same prior: it supersedes the first.
                let again = try build(
                    signatory, year: year, quality: min(1, quality + 0.05), key: useKey,
                    prior: chainPrior,
                    created: Self.timestamp(year: year, index: signatory.index, days: 21),
                    variant: "resubmitted",
                    in: folder)
                let second = Self.submission(signatory.id, year: year, suffix: "-resubmitted")
                try writeBundle(
                    again.prepared.entries, to: folder.appendingPathComponent(second), name: second)
                made.bundles.append(
                    .init(
                        file: second, signatory: signatory.id, year: year, outcome: "accepted",
                        reason: nil, code: nil, plant: .duplicate))
            }
            prior = built.prior
            previousFile = file
        }
        return made
    }

    // MARK: - One assessment and its bundle

    private struct Built {
        var prepared: PreparedBundle
        var prior: PriorBundle
    }

    private func build(
        _ signatory: SampleSignatory, year: Int, quality: Double, key: SigningKey,
        prior: PriorBundle?,
        created: BundleTimestamp, variant: String?, in folder: URL
    ) throws(SampleGeneratorError) -> Built {
        let name = signatory.id + (variant.map { "-" + $0 } ?? "")
        let assessmentFolder = folder.appendingPathComponent("assessments/\(year)/\(name)")
        try makeFolder(assessmentFolder.appendingPathComponent("evidence"))
        var random = SampleRandom(
            seed: options.seed, 5, UInt64(signatory.index), UInt64(year), variant == nil ? 0 : 1)
        let overdue = signatory.overdueRectifications && year == options.reportingYears.last
        let answers = SampleAnswers(framework: framework, year: year).answers(
            quality: quality, criticalFailure: signatory.criticalFailure, overdue: overdue,
            random: &random)
        let contact = Self.contacts[signatory.index % Self.contacts.count]
        let values = TemplateRenderer.Values(
            signatoryID: signatory.id, name: signatory.name, category: signatory.category,
            year: year,
            contact: AssessmentInfo.Contact(
                name: contact, email: "compliance@\(signatory.id).example.cn",
                phone: "+86 10 5555 \(String(format: "%04d", 1000 + signatory.index % 9000))"),
            carried: answers)
        for (file, content) in renderer.files(values) {
            var text = content
            if file == Validator.infoFileName {
                let day = 5 + signatory.index % 20
                text = text.replacingOccurrences(
                    of: "declaration:\n  signed-by:\n  role:\n  date:\n",
                    with:
                        "declaration:\n  signed-by: \(contact)\n  role: 合规负责人\n  date: \(year + 1)-01-\(String(format: "%02d", day))\n"
                )
            }
            try write(text, to: assessmentFolder.appendingPathComponent(file))
        }
        for article in framework.articles {
            let lines = (1...3).map { _ in "- 记录 \(random.next() % 100_000)：已归档。Record filed." }
            let text =
                "# 第\(article.number)条证明材料 · Evidence for article \(article.number)\n\n"
                + "\(signatory.name)，\(year) 年度。\n\n" + lines.joined(separator: "\n") + "\n"
            try write(
                text,
                to: assessmentFolder.appendingPathComponent(
                    SampleAnswers.evidencePath(article: article.number)))
        }

        let source = FolderSource(
            folder: assessmentFolder, displayRoot: "assessments/\(year)/\(name)")
        let report = Validator(framework: framework, today: today).validate(source)
        guard let assessment = report.assessments.first, !report.hasErrors else {
            let first =
                report.diagnostics.first { $0.severity == .error }.map {
                    "\($0.location): \($0.message)"
                } ?? "unreadable"
            throw .invalidAssessment(folder: source.displayRoot, first: first)
        }
        let builder = BundleBuilder(
            framework: framework, key: key, createdAt: created, today: today)
        let bundleName = Self.submission(signatory.id, year: year)
        let prepared: PreparedBundle
        do throws(BundleError) {
            let draft = try builder.draft(
                assessment, from: source, prior: prior, bundleName: bundleName)
            prepared = try builder.sign(draft, reports: AssessmentReport.bundleReports(for: draft))
        } catch {
            throw .bundle(file: bundleName, reason: error.description)
        }
        let hashes = Dictionary(
            prepared.manifest.files.filter { $0.role == .evidence }.map {
                ($0.citedPath, $0.sha256)
            },
            uniquingKeysWith: { first, _ in first })
        let next = PriorBundle(
            displayName: bundleName, manifest: prepared.manifest,
            manifestSHA256: prepared.manifestSHA256,
            snapshot: AssessmentSnapshot(assessment: assessment, evidenceHashes: hashes))
        return Built(prepared: prepared, prior: next)
    }

    // MARK: - Plants

    /// An evidence file changed after signing (a digit of a record number, so the size stays), the
    /// archive written again with fresh CRCs.
    private func tamperEvidence(
        _ entries: [ZIPContainerWriter.Entry]
    ) throws(SampleGeneratorError) -> [ZIPContainerWriter.Entry] {
        let path = SampleAnswers.evidencePath(article: 1)
        return try entries.map { entry throws(SampleGeneratorError) in
            guard entry.path == path else { return entry }
            var bytes = try content(of: entry)
            if let digit = bytes.firstIndex(where: { (0x30...0x39).contains($0) }) {
                bytes[digit] = bytes[digit] == 0x39 ? 0x30 : bytes[digit] + 1
            }
            return ZIPContainerWriter.Entry(path: path, content: .bytes(bytes))
        }
    }

    /// The manifest's summary raised without signing again.
    private func editManifestUnsigned(
        _ prepared: PreparedBundle, _ entries: [ZIPContainerWriter.Entry]
    ) throws(SampleGeneratorError) -> [ZIPContainerWriter.Entry] {
        var manifest = prepared.manifest
        manifest.summary.overall = "99.00"
        let bytes: [UInt8]
        do throws(ManifestError) { bytes = try manifest.encoded() } catch {
            throw .bundle(file: "manifest", reason: error.description)
        }
        return entries.map {
            $0.path == BundleManifest.path ? .init(path: $0.path, content: .bytes(bytes)) : $0
        }
    }

    /// `results/scores.json` and the summary raised by ten points, the manifest signed again with
    /// the signatory's own key: it verifies, but the recomputed score differs.
    private func inflateScores(
        _ prepared: PreparedBundle, _ entries: [ZIPContainerWriter.Entry], key: SigningKey
    ) throws(SampleGeneratorError) -> [ZIPContainerWriter.Entry] {
        var score = prepared.score
        score.overall = min(100, (score.overall ?? 0) + 10)
        let scores = Array(score.json.utf8)
        var manifest = prepared.manifest
        manifest.files = manifest.files.map { file in
            guard file.path == BundleLayout.scoresPath else { return file }
            return BundleManifest.File(
                path: file.path, role: file.role, size: scores.count,
                sha256: BundleManifest.sha256(scores))
        }
        manifest.summary = BundleManifest.Summary(score)
        let bytes: [UInt8]
        let signature: MinisignSignature
        do {
            bytes = try manifest.encoded()
            signature = try MinisignSignature.sign(
                bytes, with: key,
                trustedComment: manifest.trustedComment(
                    manifestSHA256: BundleManifest.sha256(bytes)),
                file: BundleManifest.signaturePath)
        } catch {
            throw .bundle(file: "manifest", reason: "\(error)")
        }
        return entries.map { entry in
            switch entry.path {
            case BundleLayout.scoresPath: .init(path: entry.path, content: .bytes(scores))
            case BundleManifest.path: .init(path: entry.path, content: .bytes(bytes))
            case BundleManifest.signaturePath:
                .init(path: entry.path, content: .bytes(signature.encoded))
            default: entry
            }
        }
    }

    // MARK: - Keys and keyring

    /// A key from the seed: purpose 2 signatories, 3 the society, 4 unregistered keys.
    private func key(_ purpose: UInt64, _ index: Int) -> SigningKey {
        var random = SampleRandom(seed: options.seed, purpose, UInt64(index))
        return SigningKey(seed: random.bytes(32)) ?? SigningKey.generate()
    }

    private func writeKeyPair(
        _ key: SigningKey, name: String, in folder: URL
    ) throws(SampleGeneratorError) {
        do throws(KeyError) {
            try KeyFile.writeKeyPair(key, name: name, in: folder)
        } catch {
            throw .writeFailed(
                path: folder.appendingPathComponent(name).path, reason: error.description)
        }
    }

    private func writeKeyring(
        _ signatories: [SampleSignatory], society: SigningKey, to url: URL
    ) throws(SampleGeneratorError) {
        let last = options.reportingYears.last ?? options.firstYear
        let entries = signatories.map { signatory in
            let revocation =
                signatory.plant == .revokedKey
                ? TrustedKey.Revocation(
                    date: CalendarDate(year: last + 1, month: 1, day: 20) ?? .startOfYear(last + 1),
                    reason: "private key possibly exposed")
                : nil
            return Keyring.Signatory(
                id: signatory.id, name: signatory.name, category: signatory.category,
                keys: [
                    Keyring.Key(
                        publicKey: key(2, signatory.index).publicKey,
                        validFrom: .startOfYear(options.firstYear),
                        revocation: revocation)
                ])
        }
        let keyring = Keyring(societyName: "首都互联网协会", signatories: entries)
        try write(KeyringWriter.render(keyring), to: url)
        do throws(KeyringError) {
            _ = try KeyringFile.sign(
                url, displayName: "keyring.yaml", key: society, framework: framework)
        } catch {
            throw .writeFailed(path: url.path, reason: error.description)
        }
    }

    // MARK: - Files

    /// `submissions/YEAR/ID-YEAR.sabundle`.
    static func submission(_ id: String, year: Int, suffix: String = "") -> String {
        "submissions/\(year)/\(id)-\(year)\(suffix).sabundle"
    }

    /// 1 February of the year after, plus ten minutes per signatory and some days.
    static func timestamp(year: Int, index: Int, days: Int) -> BundleTimestamp {
        let base = BundleTimestamp("\(year + 1)-02-01T00:00:00Z") ?? .earliest
        return BundleTimestamp(
            secondsSince1970: base.secondsSince1970 + index * 600 + days * 86_400) ?? base
    }

    static let contacts = ["王丽", "李强", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄婷", "周杰", "吴芳", "徐明", "孙悦"]

    private func makeFolder(_ url: URL) throws(SampleGeneratorError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: url.path, reason: "the folder cannot be created")
        }
    }

    private func write(_ text: String, to url: URL) throws(SampleGeneratorError) {
        guard FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8)) else {
            throw .writeFailed(path: url.path, reason: "permission denied or disk full")
        }
    }

    private func writeBundle(
        _ entries: [ZIPContainerWriter.Entry], to url: URL, name: String
    ) throws(SampleGeneratorError) {
        do throws(ContainerError) {
            try ZIPContainerWriter.write(entries, to: url, displayName: name)
        } catch {
            throw .bundle(file: name, reason: error.description)
        }
    }

    private func content(of entry: ZIPContainerWriter.Entry) throws(SampleGeneratorError) -> [UInt8]
    {
        switch entry.content {
        case .bytes(let bytes): return bytes
        case .file(let url):
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw .writeFailed(path: url.path, reason: "cannot be read")
            }
            return [UInt8](data)
        }
    }

    private func copyFile(_ source: URL, to target: URL) throws(SampleGeneratorError) {
        guard let data = FileManager.default.contents(atPath: source.path),
            FileManager.default.createFile(atPath: target.path, contents: data)
        else {
            throw .writeFailed(path: target.path, reason: "cannot copy \(source.lastPathComponent)")
        }
    }

    private func truncate(_ url: URL) throws(SampleGeneratorError) {
        guard let data = FileManager.default.contents(atPath: url.path),
            FileManager.default.createFile(atPath: url.path, contents: data.prefix(data.count / 2))
        else { throw .writeFailed(path: url.path, reason: "cannot be truncated") }
    }
}
