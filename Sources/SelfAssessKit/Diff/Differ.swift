import Foundation

/// Compares two scored assessments: pure functions, no I/O (the evidence hashes come with the
/// snapshots).
public enum Differ {
    /// Compares an older assessment with a newer one.
    ///
    /// Articles are matched by number and indicators by id, so assessments that answer different
    /// framework versions can be compared: an indicator only one framework has is reported as
    /// added or removed, never as a regression.
    ///
    /// - Parameters:
    ///   - old: The older assessment (usually last year's), scored under its framework.
    ///   - new: The newer assessment, scored under its framework.
    /// - Returns: Every change, the critical failures that appeared or went, and the flags.
    public static func diff(from old: DiffInput, to new: DiffInput) -> AssessmentDiff {
        let oldInfo = old.assessment.info
        let newInfo = new.assessment.info
        var warnings: [DiffWarning] = []
        if oldInfo.signatory.id != newInfo.signatory.id {
            warnings.append(.signatoryDiffers(old: oldInfo.signatory.id, new: newInfo.signatory.id))
        }
        if newInfo.year <= oldInfo.year {
            warnings.append(.yearNotAfter(old: oldInfo.year, new: newInfo.year))
        }
        if old.framework.reference != new.framework.reference {
            warnings.append(
                .frameworkChanged(old: old.framework.reference, new: new.framework.reference))
        }
        if old.framework.scoring.rules != new.framework.scoring.rules {
            warnings.append(
                .rulesChanged(old: old.framework.scoring.rules, new: new.framework.scoring.rules))
        }

        let overall = ScoreChange(
            old: old.score.overall, new: new.score.overall, oldRating: old.score.rating,
            newRating: new.score.rating)
        let articles = articleChanges(old: old.score, new: new.score)
        let indicators = indicatorChanges(old: old, new: new)

        let oldFailures = Dictionary(old.score.criticalFailures.map { ($0.indicatorID, $0) }) {
            first, _ in first
        }
        let newFailures = Dictionary(new.score.criticalFailures.map { ($0.indicatorID, $0) }) {
            first, _ in first
        }
        let newOnly = new.score.criticalFailures.filter { oldFailures[$0.indicatorID] == nil }
        let continuing = new.score.criticalFailures.filter { oldFailures[$0.indicatorID] != nil }
        let resolved = old.score.criticalFailures.filter {
            newFailures[$0.indicatorID] == nil && new.framework.indicator($0.indicatorID) != nil
        }

        return AssessmentDiff(
            old: DiffSide(
                signatory: oldInfo.signatory, year: oldInfo.year, framework: oldInfo.framework),
            new: DiffSide(
                signatory: newInfo.signatory, year: newInfo.year, framework: newInfo.framework),
            warnings: warnings, overall: overall, articles: articles, indicators: indicators,
            newCriticalFailures: newOnly, resolvedCriticalFailures: resolved,
            continuingCriticalFailures: continuing,
            flags: flags(indicators, old: old, new: new))
    }

    // MARK: - Articles

    private static func articleChanges(old: Score, new: Score) -> [ArticleChange] {
        let numbers = Set(old.articles.map(\.number)).union(new.articles.map(\.number)).sorted()
        return numbers.compactMap { number in
            let before = old.article(number)
            let after = new.article(number)
            guard let title = after?.title ?? before?.title else { return nil }
            let presence: ArticleChange.Presence =
                before == nil ? .onlyNew : after == nil ? .onlyOld : .both
            return ArticleChange(
                number: number, title: title,
                score: ScoreChange(
                    old: before?.score, new: after?.score, oldRating: before?.rating,
                    newRating: after?.rating),
                oldCapped: before?.cap != nil, newCapped: after?.cap != nil, presence: presence)
        }
    }

    // MARK: - Indicators

    /// The indicators in order: by article, the new framework's first, then those only the old has.
    private static func indicatorChanges(old: DiffInput, new: DiffInput) -> [IndicatorChange] {
        let numbers = Set(old.framework.articles.map(\.number)).union(
            new.framework.articles.map(\.number)
        ).sorted()
        var changes: [IndicatorChange] = []
        for number in numbers {
            let newIDs = new.framework.article(number)?.indicators.map(\.id) ?? []
            let oldOnly = (old.framework.article(number)?.indicators.map(\.id) ?? []).filter {
                new.framework.indicator($0) == nil
            }
            for id in newIDs + oldOnly {
                if let change = indicatorChange(id, old: old, new: new) { changes.append(change) }
            }
        }
        return changes
    }

    private static func indicatorChange(
        _ id: String, old: DiffInput, new: DiffInput
    ) -> IndicatorChange? {
        let oldDefinition = old.framework.indicator(id)
        let newDefinition = new.framework.indicator(id)
        guard let definition = newDefinition ?? oldDefinition else { return nil }
        let oldScore = old.score.indicator(id)
        let newScore = new.score.indicator(id)
        let oldAnswer = old.assessment.answer(id)
        let newAnswer = new.assessment.answer(id)

        let kind: IndicatorChange.Kind
        if oldDefinition == nil {
            kind = .added
        } else if newDefinition == nil {
            kind = .removed
        } else {
            kind = Self.kind(old: oldScore, new: newScore)
        }

        var definitionChanged = false
        if let oldDefinition, let newDefinition {
            definitionChanged =
                oldDefinition.answer.type != newDefinition.answer.type
                || oldDefinition.weight != newDefinition.weight
                || oldDefinition.critical != newDefinition.critical
                || oldScore?.criticalPass != newScore?.criticalPass
        }
        let evidence =
            kind == .added || kind == .removed
            ? []
            : evidenceChanges(
                old: oldAnswer?.evidence ?? [], new: newAnswer?.evidence ?? [], old: old.snapshot,
                new: new.snapshot)
        var change = IndicatorChange(
            id: id, article: definition.article, title: definition.title, kind: kind,
            oldAnswer: oldAnswer?.value,
            newAnswer: newAnswer?.value, oldScore: oldScore?.score, newScore: newScore?.score,
            evidence: evidence,
            noteChanged: kind != .added && kind != .removed
                && normalized(oldAnswer?.note) != normalized(newAnswer?.note),
            definitionChanged: definitionChanged)
        change.oldNote = oldAnswer?.note
        change.newNote = newAnswer?.note
        change.oldJustification = oldAnswer?.justification
        change.newJustification = newAnswer?.justification
        change.justificationChanged =
            oldAnswer?.value == .notApplicable && newAnswer?.value == .notApplicable
            && normalized(oldAnswer?.justification) != normalized(newAnswer?.justification)
        return change
    }

    private static func kind(old: IndicatorScore?, new: IndicatorScore?) -> IndicatorChange.Kind {
        let oldNA = old?.status == .notApplicable
        let newNA = new?.status == .notApplicable
        if !oldNA, newNA { return .becameNotApplicable }
        if oldNA, !newNA { return .stoppedBeingNotApplicable }
        if let before = old?.exact, let after = new?.exact, old?.counts == true, new?.counts == true
        {
            if after > before { return .improved }
            if after < before { return .regressed }
        }
        return old?.answer == new?.answer ? .unchanged : .answerChanged
    }

    private static func normalized(_ note: String?) -> String {
        (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Evidence changes: same path with another hash is changed; a removed and an added path with
    /// the same hash is a rename; the rest are added or removed.
    static func evidenceChanges(
        old: [EvidenceItem], new: [EvidenceItem], old oldSnapshot: AssessmentSnapshot,
        new newSnapshot: AssessmentSnapshot
    ) -> [EvidenceChange] {
        let oldPaths = Set(old.map(\.path))
        let newPaths = Set(new.map(\.path))
        var changes: [EvidenceChange] = []
        for path in oldPaths.intersection(newPaths).sorted() {
            let before = oldSnapshot.hash(of: path)
            let after = newSnapshot.hash(of: path)
            if before != after {
                changes.append(.changed(path: path, oldSHA256: before, newSHA256: after))
            }
        }
        var removed = oldPaths.subtracting(newPaths).sorted()
        for path in newPaths.subtracting(oldPaths).sorted() {
            let hash = newSnapshot.hash(of: path)
            if let hash, let index = removed.firstIndex(where: { oldSnapshot.hash(of: $0) == hash })
            {
                changes.append(.renamed(from: removed[index], to: path, sha256: hash))
                removed.remove(at: index)
            } else {
                changes.append(.added(path: path, sha256: hash))
            }
        }
        for path in removed {
            changes.append(.removed(path: path, sha256: oldSnapshot.hash(of: path)))
        }
        return changes.sorted { ($0.path, $0.code) < ($1.path, $1.code) }
    }

    // MARK: - Flags

    private static func flags(
        _ changes: [IndicatorChange], old: DiffInput, new: DiffInput
    ) -> [ConsistencyFlag] {
        var flags: [ConsistencyFlag] = []
        let year = new.assessment.info.year
        for change in changes {
            // Both flags are about a claim that changed: a score that moved with the answer
            // unchanged (a revised target, a date now too old) is neither.
            if change.kind == .improved, change.evidence.isEmpty, !change.noteChanged,
                let before = change.oldAnswer,
                let after = change.newAnswer, before != after
            {
                flags.append(
                    .improvedWithoutSupport(indicatorID: change.id, old: before, new: after))
            }
            if let before = old.score.indicator(change.id),
                let after = new.score.indicator(change.id),
                let from = before.exact, let to = after.exact, before.status == .scored,
                after.status == .scored,
                (from == .zero && to == .one) || (from == .one && to == .zero),
                let oldAnswer = old.assessment.answer(change.id),
                let newAnswer = new.assessment.answer(change.id), oldAnswer.value != newAnswer.value
            {
                let oldHashes = Set(
                    oldAnswer.evidence.compactMap { old.snapshot.hash(of: $0.path) })
                let shared = newAnswer.evidence.filter { item in
                    new.snapshot.hash(of: item.path).map(oldHashes.contains) ?? false
                }
                if !shared.isEmpty {
                    flags.append(
                        .sameEvidenceForFlippedClaim(
                            indicatorID: change.id, old: oldAnswer.value, new: newAnswer.value,
                            paths: shared.map(\.path)))
                }
            }
            if change.kind != .removed, let answer = new.assessment.answer(change.id) {
                for item in answer.evidence {
                    if let date = item.date, date.year != year {
                        flags.append(
                            .evidenceDateOutsideYear(
                                indicatorID: change.id, path: item.path, date: date, year: year))
                    }
                }
            }
        }
        return flags
    }
}
