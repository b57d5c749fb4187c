public import Foundation

/// `selfassess aggregate`: reads, verifies and reduces a sector's bundles, one at a time and in
/// parallel, to the sector's statistics, the policy's recommendations and the list of bundles
/// not used.
///
/// Memory stays small whatever the number of bundles: a bundle is verified, turned into one
/// summary row (``SignatoryRecord``, its chain position in ``SubmittedBundle``) and dropped; at
/// most ``concurrency`` bundles are open at a time. The rows are then resolved per signatory
/// (``ChainResolver``), registered signatories without a bundle are added as missing, and the
/// rows go through ``SectorAccumulator``. The outcome does not depend on the order in which
/// bundles arrive.
public struct SectorAggregator: Sendable {
    /// The society's keyring: the only keys trusted, and the signatories expected to report.
    public var keyring: Keyring
    /// The enforcement policy.
    public var policy: Policy
    /// The framework bundles must answer.
    public var framework: Framework
    /// Today, for the validator's plausibility checks.
    public var today: CalendarDate
    /// The container caps.
    public var limits: BundleLimits
    /// How many bundles are verified at the same time (at least 1).
    public var concurrency: Int
    /// Which keyring and policy files are used, for the outputs.
    public var provenance: SectorAggregate.Provenance

    /// Creates an aggregator.
    ///
    /// - Parameters:
    ///   - keyring: The keyring, loaded (and its signature checked) beforehand.
    ///   - policy: The policy, loaded and checked against `framework`.
    ///   - framework: The framework.
    ///   - today: Today's date.
    ///   - limits: The container caps.
    ///   - concurrency: Bundles verified at once; the number of active processors by default.
    ///   - provenance: The files' identities.
    public init(
        keyring: Keyring, policy: Policy, framework: Framework, today: CalendarDate,
        limits: BundleLimits = .default,
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        provenance: SectorAggregate.Provenance
    ) {
        self.keyring = keyring
        self.policy = policy
        self.framework = framework
        self.today = today
        self.limits = limits
        self.concurrency = max(1, concurrency)
        self.provenance = provenance
    }

    /// What one bundle became.
    private enum Outcome: Sendable {
        case verified(ChainResolver.Candidate, CategoryDisagreement?)
        case refused(BundleRejection)
    }

    /// Reads every bundle found and computes the aggregate.
    ///
    /// - Parameters:
    ///   - found: The bundles (and unreadable folders, and files skipped) from
    ///     ``InputDiscovery/find(_:)``.
    ///   - year: The reporting year; nil for the latest year with an accepted bundle.
    ///   - since: The first year covered (the history); nil for the reporting year alone.
    ///     Bundles of years outside `since…year` are listed as out of range and not used.
    ///   - openedYears: The years the source holds, when it knows them (a registry: the years
    ///     it received bundles for): without `year`, the reporting year is the latest of them
    ///     rather than the latest year with an accepted bundle. Nil for a folder.
    ///   - progress: Called after each bundle, from the task that collects the outcomes.
    /// - Returns: The aggregate.
    /// - Throws: ``AggregateError/noYear(bundles:)`` when no year is given and none can be taken;
    ///   ``AggregateError/noBundleForYear(year:bundles:held:)`` when no bundle read claims the
    ///   year given (accepted, or refused and claimed by a registered signatory);
    ///   ``AggregateError/sinceAfterYear(since:year:)`` when `since` is after the reporting year.
    public func aggregate(
        _ found: InputDiscovery.Found, year: Int? = nil, since: Int? = nil,
        openedYears: Set<Int>? = nil,
        progress: (@Sendable (AggregateProgress) -> Void)? = nil
    ) async throws(AggregateError) -> SectorAggregate {
        let verifier = BundleVerifier(
            trustedKeys: keyring, framework: framework, today: today, limits: limits)
        let layout = IndicatorLayout(framework)
        var candidates: [String: [ChainResolver.Candidate]] = [:]
        var disagreements: [String: CategoryDisagreement] = [:]
        var refused: [BundleRejection] = found.unreadableFolders.map {
            BundleRejection(
                file: $0.path, signatory: nil, year: nil, sequence: nil,
                reason: .refused(.unreadable), code: "SB001",
                message: "\($0.path): the folder cannot be read: \($0.reason)")
        }
        let total = found.bundles.count
        var done = 0
        var refusedBundles = 0
        await withTaskGroup(of: Outcome.self) { group in
            var pending = found.bundles.makeIterator()
            for _ in 0..<concurrency {
                guard let input = pending.next() else { break }
                group.addTask { examine(input, with: verifier, layout: layout) }
            }
            while let outcome = await group.next() {
                switch outcome {
                case .verified(let candidate, let disagreement):
                    candidates[candidate.bundle.signatory, default: []].append(candidate)
                    if let disagreement { disagreements[disagreement.file] = disagreement }
                case .refused(let rejection):
                    refused.append(rejection)
                    refusedBundles += 1
                }
                done += 1
                progress?(
                    AggregateProgress(
                        done: done, total: total, failedVerification: refusedBundles))
                if let input = pending.next() {
                    group.addTask { examine(input, with: verifier, layout: layout) }
                }
            }
        }
        return try reduce(
            candidates: candidates, refused: refused, disagreements: disagreements, found: found,
            year: year, since: since, opened: openedYears)
    }

    /// Verifies one bundle and keeps only its summary row, or why it was refused.
    ///
    /// The keyring is the society's record: the registered name, and the registered category
    /// when the keyring gives one, replace the assessment's (a different category is returned
    /// as a disagreement).
    private func examine(
        _ input: BundleInput, with verifier: BundleVerifier, layout: IndicatorLayout
    ) -> Outcome {
        do throws(BundleError) {
            let verified = try verifier.verify(input.url, displayName: input.displayName)
            var record = SignatoryRecord(score: verified.score)
            record.lateness = input.lateness
            record.unreviewed = verified.unreviewed
            var disagreement: CategoryDisagreement?
            if let registered = keyring.signatory(record.signatory) {
                record.name = registered.name
                if let category = registered.category, category != record.category {
                    disagreement = CategoryDisagreement(
                        signatory: record.signatory, year: record.year, file: input.displayName,
                        keyring: category, assessment: record.category)
                    record.category = category
                }
            }
            return .verified(
                ChainResolver.Candidate(
                    bundle: SubmittedBundle(verified, file: input.displayName), record: record,
                    layout: layout),
                disagreement)
        } catch {
            let claim = BundleClaim.read(input.url, displayName: input.displayName, limits: limits)
            return .refused(
                BundleRejection(
                    file: input.displayName, signatory: claim.signatory, year: claim.year,
                    sequence: claim.sequence,
                    reason: .refused(RejectionReason(error)), code: error.code,
                    message: error.description))
        }
    }

    // MARK: - Reduction

    private func reduce(
        candidates verified: [String: [ChainResolver.Candidate]], refused: [BundleRejection],
        disagreements: [String: CategoryDisagreement], found: InputDiscovery.Found,
        year requested: Int?, since: Int?, opened: Set<Int>?
    ) throws(AggregateError) -> SectorAggregate {
        var rejections = refused
        var findings: [ChainFinding] = []
        var skipped = found.skipped
        let urls = Dictionary(found.bundles.map { ($0.displayName, $0.url) }) { first, _ in first }
        var accepted: [String: [Int: ChainResolver.Candidate]] = [:]
        for signatory in verified.keys.sorted(by: Self.idOrder) {
            let (candidates, duplicates) = Self.removeDuplicates(
                verified[signatory] ?? [], urls: urls)
            skipped += duplicates
            // Every bundle given is the chain's context, whatever its year: a fork is found
            // whenever its predecessors are among the inputs.
            let resolution = ChainResolver.resolve(candidates)
            rejections += resolution.rejections
            findings += resolution.findings
            for candidate in resolution.accepted {
                accepted[signatory, default: [:]][candidate.bundle.year] = candidate
            }
        }

        // Refused bundles count for the registered signatory and year they claim.
        var refusals: [String: [Int: Set<RejectionReason>]] = [:]
        for rejection in rejections {
            guard let reason = rejection.refusal, let signatory = rejection.signatory,
                let year = rejection.year,
                keyring.signatory(signatory) != nil
            else { continue }
            refusals[signatory, default: [:]][year, default: []].insert(reason)
        }

        let acceptedYears = Set(accepted.values.flatMap(\.keys))
        let latest = opened?.max() ?? acceptedYears.max() ?? refusals.values.flatMap(\.keys).max()
        guard let year = requested ?? latest else {
            throw .noYear(bundles: found.bundles.count)
        }
        let first = since ?? year
        guard first <= year else { throw .sinceAfterYear(since: first, year: year) }
        var claimants: [Int: Set<String>] = [:]
        for (signatory, byYear) in accepted {
            for year in byYear.keys { claimants[year, default: []].insert(signatory) }
        }
        for (signatory, byYear) in refusals {
            for year in byYear.keys { claimants[year, default: []].insert(signatory) }
        }
        let claims = claimants.mapValues(\.count)
        // A year asked for that no bundle claims is not invented: everyone would be missing.
        guard claims[year] != nil else {
            throw .noBundleForYear(
                year: year, bundles: found.bundles.count, held: claims.keys.sorted())
        }
        var coverage = Self.coverage(
            since: first, year: year, sinceGiven: since != nil, yearGiven: requested != nil,
            latestAccepted: opened == nil || year == acceptedYears.max(), claims: claims)
        let years = coverage.years.filter(\.held).map(\.year)
        let covered = first...year

        // Valid bundles of other years are listed, never used.
        var outOfRange = 0
        var laterYears = 0
        for signatory in accepted.keys {
            for (bundleYear, candidate) in accepted[signatory] ?? [:]
            where !covered.contains(bundleYear) {
                accepted[signatory]?[bundleYear] = nil
                outOfRange += 1
                if bundleYear > year { laterYears += 1 }
                let file = candidate.bundle.file
                skipped.append(
                    SkippedFile(
                        file: file, reason: .outOfRange, signatory: signatory, year: bundleYear,
                        message:
                            "\(file): a valid bundle of \(signatory) for \(bundleYear), outside the "
                            + "years covered (\(Self.span(covered))); not used"
                            + (bundleYear < first
                                ? " (give --since \(bundleYear) to cover it)" : "")))
            }
        }

        // A year's statistics never mix two rule sets (docs/scoring.md): refused, never silent.
        for index in coverage.years.indices {
            var rules: [String: [String]] = [:]
            for (signatory, byYear) in accepted {
                if let candidate = byYear[coverage.years[index].year],
                    let used = candidate.record.rules
                {
                    rules[used, default: []].append(signatory)
                }
            }
            if rules.count > 1 { throw .mixedRules(year: coverage.years[index].year, rules: rules) }
            coverage.years[index].rules = rules.keys.sorted()
        }

        var sector = SectorAccumulator(policy: policy)
        for reportingYear in years {
            for record in records(in: reportingYear, accepted: accepted, refusals: refusals) {
                do throws(SectorAccumulatorError) {
                    try sector.add(record)
                } catch {
                    // One record per signatory and year is made above, so this cannot happen.
                    continue
                }
            }
        }
        let history = years.map { sector.statistics(for: $0) }
        let used = Set(accepted.values.flatMap { $0.values.map(\.bundle.file) })
        let duplicates = skipped.count { $0.reason == .duplicate }
        let counts = SectorAggregate.Counts(
            found: found.bundles.count,
            accepted: used.count,
            refused: rejections.count { $0.refusal != nil } - found.unreadableFolders.count,
            superseded: rejections.count { $0.reason == .superseded },
            unreadableFolders: found.unreadableFolders.count,
            laterYears: laterYears, duplicates: duplicates, outOfRange: outOfRange,
            skipped: skipped.count)
        rejections.sort { lhs, rhs in
            lhs.file == rhs.file
                ? lhs.code < rhs.code : lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8)
        }
        skipped.sort { $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) }
        findings.sort { lhs, rhs in
            if lhs.year != rhs.year { return lhs.year < rhs.year }
            return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8)
        }
        let disagreeing = disagreements.values.filter { used.contains($0.file) }.sorted {
            ($0.signatory, $0.year) < ($1.signatory, $1.year)
        }
        var aggregate = SectorAggregate(
            year: year, years: years, coverage: coverage,
            statistics: history.last ?? sector.statistics(for: year),
            history: history,
            recommendations: sector.recommendations(under: policy, in: year),
            rejections: rejections,
            chainFindings: findings, skipped: skipped, categoryDisagreements: disagreeing,
            counts: counts, framework: framework, policy: policy,
            provenance: provenance)
        for (signatory, byYear) in accepted {
            for (held, candidate) in byYear {
                aggregate.decidingFiles["\(signatory)\u{0}\(held)"] = candidate.bundle.file
            }
        }
        // Sorted by file: the first refused bundle claiming a year without an accepted one.
        for rejection in rejections where rejection.refusal != nil {
            guard let signatory = rejection.signatory, let held = rejection.year,
                accepted[signatory]?[held] == nil
            else { continue }
            let key = "\(signatory)\u{0}\(held)"
            if aggregate.decidingFiles[key] == nil { aggregate.decidingFiles[key] = rejection.file }
        }
        for held in years where held != year {
            aggregate.earlierRecommendations[held] = sector.recommendations(
                under: policy, in: held)
        }
        return aggregate
    }

    /// The years covered, each with whether it is held and why.
    private static func coverage(
        since first: Int, year: Int, sinceGiven: Bool, yearGiven: Bool, latestAccepted: Bool,
        claims: [Int: Int]
    ) -> SectorAggregate.Coverage {
        let years = (first...year).map { each -> SectorAggregate.Coverage.Year in
            let bundles = claims[each] ?? 0
            var reason: String
            if each == year {
                reason =
                    yearGiven
                    ? "the reporting year (--year \(year))"
                    : latestAccepted
                        ? "the reporting year (the latest year with an accepted bundle)"
                        : "the reporting year (the latest year the registry received bundles for)"
            } else {
                reason = "covered by --since \(first)"
            }
            reason +=
                bundles > 0
                ? "; held: bundles of \(bundles) signator\(bundles == 1 ? "y" : "ies") read"
                : "; not held: no bundle of \(each) was given"
            return SectorAggregate.Coverage.Year(
                year: each, held: bundles > 0, bundles: bundles, reason: reason)
        }
        return SectorAggregate.Coverage(
            since: first, sinceGiven: sinceGiven, yearGiven: yearGiven, years: years)
    }

    private static func span(_ years: ClosedRange<Int>) -> String {
        years.lowerBound == years.upperBound
            ? String(years.lowerBound) : "\(years.lowerBound)–\(years.upperBound)"
    }

    /// Sets apart the bundles that are byte-for-byte copies of another bundle of the signatory (the
    /// same manifest, and the same bytes): each is counted once, under the name that sorts first,
    /// and the copies are listed as duplicates.
    ///
    /// Copies with the same manifest and other bytes stay, for the chain resolver to refuse as
    /// replays.
    static func removeDuplicates(
        _ candidates: [ChainResolver.Candidate], urls: [String: URL]
    ) -> (kept: [ChainResolver.Candidate], duplicates: [SkippedFile]) {
        let byManifest = Dictionary(grouping: candidates, by: \.bundle.manifestSHA256)
        var kept: [ChainResolver.Candidate] = []
        var duplicates: [SkippedFile] = []
        for group in byManifest.values {
            let sorted = group.sorted {
                $0.bundle.file.utf8.lexicographicallyPrecedes($1.bundle.file.utf8)
            }
            var distinct: [ChainResolver.Candidate] = []
            for candidate in sorted {
                let original = distinct.first { other in
                    guard let lhs = urls[other.bundle.file], let rhs = urls[candidate.bundle.file]
                    else { return false }
                    return FileComparison.sameBytes(lhs, rhs)
                }
                guard let original else {
                    distinct.append(candidate)
                    continue
                }
                let bundle = candidate.bundle
                duplicates.append(
                    SkippedFile(
                        file: bundle.file, reason: .duplicate, signatory: bundle.signatory,
                        year: bundle.year,
                        message:
                            "\(bundle.file): a copy of \(original.bundle.file) (the same bytes: "
                            + "\(bundle.signatory) \(bundle.year), sequence \(bundle.sequence)); "
                            + "counted once"))
            }
            kept += distinct
        }
        return (kept, duplicates)
    }

    /// One record per signatory for a year: accepted, rejected (refused bundles claimed it) or
    /// missing (registered and expected, nothing arrived).
    private func records(
        in year: Int, accepted: [String: [Int: ChainResolver.Candidate]],
        refusals: [String: [Int: Set<RejectionReason>]]
    ) -> [SignatoryRecord] {
        var records: [SignatoryRecord] = []
        for signatory in keyring.signatories {
            let id = signatory.id
            if let record = accepted[id]?[year]?.record {
                records.append(record)
                continue
            }
            let category =
                signatory.category ?? latestCategory(accepted[id]) ?? SectorStatistics.otherCategory
            if let reasons = refusals[id]?[year] {
                records.append(
                    SignatoryRecord(
                        signatory: id, name: signatory.name, category: category, year: year,
                        submission: .rejected(for: reasons)))
            } else if Self.isExpected(signatory, in: year) {
                records.append(
                    SignatoryRecord(
                        signatory: id, name: signatory.name, category: category, year: year,
                        submission: .missing))
            }
        }
        return records
    }

    /// Whether a registered signatory was expected to report for a year: its first key was valid
    /// from a day in that year or before.
    static func isExpected(_ signatory: Keyring.Signatory, in year: Int) -> Bool {
        guard let first = signatory.keys.map(\.validFrom).min() else { return false }
        return first <= CalendarDate.endOfYear(year)
    }

    private func latestCategory(_ byYear: [Int: ChainResolver.Candidate]?) -> String? {
        byYear?.max { $0.key < $1.key }?.value.record.category
    }

    private static func idOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
