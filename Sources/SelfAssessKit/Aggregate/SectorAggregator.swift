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
        case verified(ChainResolver.Candidate)
        case refused(BundleRejection)
    }

    /// Reads every bundle found and computes the aggregate.
    ///
    /// - Parameters:
    ///   - found: The bundles (and unreadable folders) from ``InputDiscovery/find(_:)``.
    ///   - year: The reporting year; nil for the latest year with an accepted bundle.
    ///   - progress: Called after each bundle, from the task that collects the outcomes.
    /// - Returns: The aggregate.
    /// - Throws: ``AggregateError/noYear(bundles:)`` when no year is given and none can be taken;
    ///   ``AggregateError/noBundleForYear(year:bundles:held:)`` when no bundle read claims the
    ///   year given (accepted, or refused and claimed by a registered signatory).
    public func aggregate(
        _ found: InputDiscovery.Found, year: Int? = nil,
        progress: (@Sendable (AggregateProgress) -> Void)? = nil
    ) async throws(AggregateError) -> SectorAggregate {
        let verifier = BundleVerifier(
            trustedKeys: keyring, framework: framework, today: today, limits: limits)
        var candidates: [String: [ChainResolver.Candidate]] = [:]
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
                group.addTask { examine(input, with: verifier) }
            }
            while let outcome = await group.next() {
                switch outcome {
                case .verified(let candidate):
                    candidates[candidate.bundle.signatory, default: []].append(candidate)
                case .refused(let rejection):
                    refused.append(rejection)
                    refusedBundles += 1
                }
                done += 1
                progress?(
                    AggregateProgress(
                        done: done, total: total, failedVerification: refusedBundles))
                if let input = pending.next() { group.addTask { examine(input, with: verifier) } }
            }
        }
        return try reduce(candidates: candidates, refused: refused, found: found, year: year)
    }

    /// Verifies one bundle and keeps only its summary row, or why it was refused.
    private func examine(_ input: BundleInput, with verifier: BundleVerifier) -> Outcome {
        do throws(BundleError) {
            let verified = try verifier.verify(input.url, displayName: input.displayName)
            var record = SignatoryRecord(score: verified.score)
            if let registered = keyring.signatory(record.signatory) {
                record.name = registered.name
            }
            return .verified(
                ChainResolver.Candidate(
                    bundle: SubmittedBundle(verified, file: input.displayName), record: record))
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
        candidates: [String: [ChainResolver.Candidate]], refused: [BundleRejection],
        found: InputDiscovery.Found,
        year requested: Int?
    ) throws(AggregateError) -> SectorAggregate {
        var rejections = refused
        var findings: [ChainFinding] = []
        var accepted: [String: [Int: SignatoryRecord]] = [:]
        for signatory in candidates.keys.sorted(by: Self.idOrder) {
            let resolution = ChainResolver.resolve(candidates[signatory] ?? [])
            rejections += resolution.rejections
            findings += resolution.findings
            for candidate in resolution.accepted {
                accepted[signatory, default: [:]][candidate.bundle.year] = candidate.record
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
        guard let year = requested ?? acceptedYears.max() ?? refusals.values.flatMap(\.keys).max()
        else {
            throw .noYear(bundles: found.bundles.count)
        }
        let claimedYears = acceptedYears.union(refusals.values.flatMap(\.keys))
        // A year asked for that no bundle claims is not invented: everyone would be missing.
        guard claimedYears.contains(year) else {
            throw .noBundleForYear(
                year: year, bundles: found.bundles.count, held: claimedYears.sorted())
        }
        let years = claimedYears.filter { $0 <= year }.sorted()

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
        let laterYears = accepted.values.reduce(0) { sum, byYear in
            sum + byYear.keys.count { $0 > year }
        }
        let counts = SectorAggregate.Counts(
            found: found.bundles.count,
            accepted: accepted.values.reduce(0) { $0 + $1.count } - laterYears,
            refused: rejections.count { $0.refusal != nil } - found.unreadableFolders.count,
            superseded: rejections.count { $0.reason == .superseded },
            unreadableFolders: found.unreadableFolders.count,
            laterYears: laterYears)
        rejections.sort { lhs, rhs in
            lhs.file == rhs.file
                ? lhs.code < rhs.code : lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8)
        }
        findings.sort { lhs, rhs in
            if lhs.year != rhs.year { return lhs.year < rhs.year }
            return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8)
        }
        return SectorAggregate(
            year: year, years: years, statistics: history.last ?? sector.statistics(for: year),
            history: history,
            recommendations: sector.recommendations(under: policy, in: year),
            rejections: rejections,
            chainFindings: findings, counts: counts, framework: framework, policy: policy,
            provenance: provenance)
    }

    /// One record per signatory for a year: accepted, rejected (refused bundles claimed it) or
    /// missing (registered and expected, nothing arrived).
    private func records(
        in year: Int, accepted: [String: [Int: SignatoryRecord]],
        refusals: [String: [Int: Set<RejectionReason>]]
    ) -> [SignatoryRecord] {
        var records: [SignatoryRecord] = []
        for signatory in keyring.signatories {
            let id = signatory.id
            if let record = accepted[id]?[year] {
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

    private func latestCategory(_ byYear: [Int: SignatoryRecord]?) -> String? {
        byYear?.max { $0.key < $1.key }?.value.category
    }

    private static func idOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
