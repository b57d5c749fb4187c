import Foundation

extension Policy {
    /// Evaluates the policy for one year of a signatory's history.
    ///
    /// Pure: the result depends only on the policy and the history. The step of each earlier year
    /// (which escalations read) is evaluated first, oldest first, with the same policy.
    ///
    /// 1. Every rule whose conditions hold fires; the highest step among them is the year's step
    ///    so far.
    /// 2. Escalations are tried in file order. One fires when the step so far is at least its
    ///    `at-least`, below its `raise-to`, and its pattern of earlier years holds; it raises the
    ///    step so far, which later escalations see.
    /// 3. The recommendation is the most severe finding; of equally severe ones, the first in the
    ///    file (rules before escalations) decides, and every finding is listed.
    ///
    /// - Parameters:
    ///   - history: The signatory's years.
    ///   - year: The reporting year to evaluate; a year with no record gets no findings.
    /// - Returns: The recommendation, with no action when nothing fired.
    func recommendation(for history: PolicyHistory, in year: Int) -> PolicyRecommendation {
        var evaluation = PolicyEvaluation(policy: self, history: history)
        return evaluation.recommendation(in: year)
    }

    /// Evaluates the policy for every year of a signatory's history, oldest first.
    func recommendations(for history: PolicyHistory) -> [PolicyRecommendation] {
        var evaluation = PolicyEvaluation(policy: self, history: history)
        return history.years.map { evaluation.recommendation(in: $0.year) }
    }
}

/// One evaluation run, remembering the final step of each year it has evaluated.
private struct PolicyEvaluation {
    let policy: Policy
    let history: PolicyHistory
    let entries: [Int: PolicyHistory.Year]
    var finalSteps: [Int: EnforcementAction?] = [:]

    init(policy: Policy, history: PolicyHistory) {
        self.policy = policy
        self.history = history
        var entries: [Int: PolicyHistory.Year] = [:]
        for entry in history.years { entries[entry.year] = entry }
        self.entries = entries
    }

    mutating func recommendation(in year: Int) -> PolicyRecommendation {
        // Earlier years first, oldest first: escalations read the final steps of the years before.
        for earlier in history.years where earlier.year < year && finalSteps[earlier.year] == nil {
            finalSteps.updateValue(evaluate(earlier.year).action, forKey: earlier.year)
        }
        let result = evaluate(year)
        finalSteps.updateValue(result.action, forKey: year)
        return result
    }

    /// Evaluates one year, assuming every earlier year's final step is known.
    private func evaluate(_ year: Int) -> PolicyRecommendation {
        guard entries[year] != nil else {
            return PolicyRecommendation(signatory: history.signatory, year: year, findings: [])
        }
        var ordered: [(order: Int, finding: PolicyFinding)] = []
        for (index, rule) in policy.rules.enumerated() {
            if let finding = match(rule, in: year) { ordered.append((index, finding)) }
        }
        var step = ordered.map(\.finding.action).max()
        for (index, escalation) in policy.escalations.enumerated() {
            guard let current = step, current >= escalation.atLeast, escalation.raiseTo > current,
                !improved(in: year, by: escalation.unlessImprovedBy),
                let details = match(escalation, in: year, reached: current)
            else { continue }
            let finding = PolicyFinding(
                ruleID: escalation.id, kind: .escalation, action: escalation.raiseTo,
                reason: escalation.reason,
                details: details.text, years: details.years)
            ordered.append((policy.rules.count + index, finding))
            step = escalation.raiseTo
        }
        ordered.sort { lhs, rhs in
            lhs.finding.action != rhs.finding.action
                ? lhs.finding.action > rhs.finding.action : lhs.order < rhs.order
        }
        return PolicyRecommendation(
            signatory: history.signatory, year: year, findings: ordered.map(\.finding))
    }

    /// Whether the overall score rose by at least `points` from the year before to `year`
    /// (false when `points` is nil or either year has no score).
    private func improved(in year: Int, by points: Decimal?) -> Bool {
        guard let points, let now = entries[year]?.overall,
            let before = entries[year - 1]?.overall
        else { return false }
        return now - before >= points
    }

    private func known(_ year: Int) -> EnforcementAction? {
        finalSteps[year] ?? nil
    }

    // MARK: Rules

    private func match(_ rule: Policy.Rule, in year: Int) -> PolicyFinding? {
        let conditions = rule.conditions
        let window = Array((year - max(1, conditions.years) + 1)...year)
        var perYear: [(year: Int, facts: [Bilingual])] = []
        var common: Set<String>?
        for each in window {
            guard let entry = entries[each], let matched = Self.match(conditions, entry) else {
                return nil
            }
            if let failed = matched.criticals {
                common = common.map { $0.intersection(failed) } ?? failed
                if common?.isEmpty == true { return nil }
            }
            perYear.append((each, matched.facts))
        }
        if let common {
            let ids = common.sorted(by: IndicatorOrder.precedes)
            let fact = Bilingual(
                zh: "未通过的关键指标：\(ids.joined(separator: "、"))",
                en:
                    "critical \(ids.count == 1 ? "indicator" : "indicators") failed: \(ids.joined(separator: ", "))"
            )
            for index in perYear.indices { perYear[index].facts.append(fact) }
        }
        let details = Bilingual(
            zh: perYear.map { "\($0.year)年：\($0.facts.map(\.zh).joined(separator: "，"))" }
                .joined(separator: "；"),
            en: perYear.map { "\($0.year): \($0.facts.map(\.en).joined(separator: ", "))" }
                .joined(separator: "; "))
        return PolicyFinding(
            ruleID: rule.id, kind: .rule, action: rule.action, reason: rule.reason,
            details: details, years: window)
    }

    /// Whether the conditions hold in one year: the facts to report, and the failed critical
    /// indicators that matched (nil when the rule has no critical condition).
    private static func match(
        _ conditions: Policy.Conditions, _ entry: PolicyHistory.Year
    ) -> (facts: [Bilingual], criticals: Set<String>?)? {
        var facts: [Bilingual] = []
        let status = entry.submission
        if !conditions.submission.isEmpty,
            !conditions.submission.contains(where: { $0.matches(status) })
        {
            return nil
        }
        if !conditions.rejectedFor.isEmpty {
            guard status.rejectionReasons.contains(where: conditions.rejectedFor.contains) else {
                return nil
            }
        }
        if !conditions.lateness.isEmpty {
            guard let lateness = entry.lateness, conditions.lateness.contains(lateness) else {
                return nil
            }
            facts.append(
                lateness == .veryLate
                    ? Bilingual(zh: "严重逾期提交", en: "submitted very late")
                    : Bilingual(zh: "逾期提交", en: "submitted late"))
        }
        switch status {
        case .missing where !conditions.submission.isEmpty:
            facts.append(Bilingual(zh: "未提交", en: "no submission"))
        case .rejected(let reasons)
        where !conditions.submission.isEmpty || !conditions.rejectedFor.isEmpty:
            let list = reasons.map(\.rawValue).joined(separator: ", ")
            facts.append(Bilingual(zh: "提交被拒（\(list)）", en: "submission rejected (\(list))"))
        case .accepted where !conditions.submission.isEmpty && !conditions.readsResults:
            facts.append(Bilingual(zh: "提交已接受", en: "submission accepted"))
        default:
            break
        }
        guard conditions.readsResults else { return (facts, nil) }
        guard status.isAccepted else { return nil }
        if !conditions.ratings.isEmpty || conditions.scoreBelow != nil {
            if !conditions.ratings.isEmpty {
                guard let rating = entry.rating, conditions.ratings.contains(rating) else {
                    return nil
                }
            }
            if let limit = conditions.scoreBelow {
                guard let overall = entry.overall, overall < limit else { return nil }
            }
            let score = entry.overall.map { DecimalText.format($0, places: 2) } ?? "—"
            var zh = "总分\(score)"
            var en = "overall score \(score)"
            if let limit = conditions.scoreBelow {
                zh += "，低于\(DecimalText.plain(limit))"
                en += " (below \(DecimalText.plain(limit)))"
            }
            if let rating = entry.rating {
                zh += "，评级 \(rating)"
                en += ", rating \(rating)"
            }
            facts.append(Bilingual(zh: zh, en: en))
        }
        if let indicator = conditions.indicator {
            let answer = entry.answers[indicator.indicatorID]
            guard indicator.matches(answer) else { return nil }
            let text = answer?.text ?? ""
            facts.append(
                Bilingual(
                    zh: "\(indicator.indicatorID) 的回答为 \(text)",
                    en: "\(indicator.indicatorID) answered \(text)"))
        }
        var criticals: Set<String>?
        if let critical = conditions.criticalFailed {
            let failed = Set(entry.criticalFailures)
            let matched: Set<String>
            switch critical {
            case .any: matched = failed
            case .indicators(let ids): matched = failed.intersection(ids)
            }
            guard !matched.isEmpty else { return nil }
            criticals = matched
        }
        return (facts, criticals)
    }

    // MARK: Escalations

    private func match(
        _ escalation: Policy.Escalation, in year: Int, reached: EnforcementAction
    ) -> (text: Bilingual, years: [Int])? {
        let threshold = escalation.atLeast
        func describe(_ action: EnforcementAction?) -> Bilingual {
            guard let action else { return Bilingual(zh: "无", en: "none") }
            return Bilingual(zh: action.title.zh, en: action.title.en.lowercased())
        }
        let now = describe(reached)
        switch escalation.pattern {
        case .consecutiveYears(let count):
            let earlier = Array((year - max(1, count) + 1)..<year)
            guard earlier.allSatisfy({ (known($0).map { $0 >= threshold }) ?? false }) else {
                return nil
            }
            let past = earlier.reversed().map { ($0, describe(known($0))) }
            return (
                Bilingual(
                    zh: (["\(year)年达到\(now.zh)"] + past.map { "\($0.0)年为\($0.1.zh)" })
                        .joined(separator: "，"),
                    en: (["\(year) reached \(now.en)"] + past.map { "\($0.0) ended at \($0.1.en)" })
                        .joined(separator: ", ")),
                earlier + [year]
            )
        case .againWithinYears(let span):
            let previous = year - 1
            if let step = known(previous), step >= threshold { return nil }
            guard span >= 2,
                let earlier = ((year - span)...(year - 2)).reversed().first(where: {
                    (known($0).map { $0 >= threshold }) ?? false
                })
            else { return nil }
            let gap =
                entries[previous] == nil
                ? Bilingual(zh: "\(previous)年无记录", en: "\(previous) has no record")
                : Bilingual(zh: "\(previous)年未达到", en: "\(previous) ended below it")
            let before = describe(known(earlier))
            return (
                Bilingual(
                    zh: "\(year)年达到\(now.zh)，\(earlier)年曾为\(before.zh)，\(gap.zh)",
                    en: "\(year) reached \(now.en), \(earlier) ended at \(before.en), \(gap.en)"),
                Array(earlier...year)
            )
        }
    }
}
