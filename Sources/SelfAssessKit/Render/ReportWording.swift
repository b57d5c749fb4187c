import Foundation

/// How the report for people words answers, scores, ratings and changes, in Chinese and English.
///
/// The HTML and the Markdown report take every phrase from here, so they say the same thing.
enum ReportWording {
    /// An answer as a person reads it.
    struct Answer: Sendable, Equatable {
        /// The answer itself: 是 / Yes, 3 级 / Level 3 of 4, 81.5%, a date, the text.
        var value: Bilingual
        /// What the answer means in the framework's words (its level's meaning), if any.
        var meaning: Bilingual?
        /// How the answer is judged: a number's target, a date's window.
        var rule: Bilingual?
    }

    // MARK: Answers

    /// Words an answer for an indicator of the given reporting year.
    ///
    /// - Parameters:
    ///   - value: The answer, nil when there is none.
    ///   - indicator: The framework's indicator (for levels, units, targets, windows), if known.
    ///   - year: The reporting year, for a date's window.
    static func answer(_ value: AnswerValue?, for indicator: Indicator?, year: Int) -> Answer {
        guard let value else { return Answer(value: Bilingual(zh: "未作答", en: "Not answered")) }
        let meaning = indicator?.answer.levels.first { $0.value == value.text }?.meaning
        switch value {
        case .yes: return Answer(value: Bilingual(zh: "是", en: "Yes"), meaning: meaning)
        case .partial: return Answer(value: Bilingual(zh: "部分", en: "Partial"), meaning: meaning)
        case .no: return Answer(value: Bilingual(zh: "否", en: "No"), meaning: meaning)
        case .maturity(let level):
            return Answer(
                value: Bilingual(zh: "成熟度 \(level) 级（0–4）", en: "Maturity level \(level) of 4"),
                meaning: meaning)
        case .number(let number):
            guard case .number(let rule)? = indicator?.answer.type else {
                let text = DecimalText.plain(number)
                return Answer(value: Bilingual(zh: text, en: text))
            }
            return Answer(value: quantity(number, rule.unit), rule: target(rule))
        case .date(let date):
            guard case .date(let maxAge)? = indicator?.answer.type else {
                return Answer(value: Bilingual(zh: date.description, en: date.description))
            }
            let text = date.description
            return Answer(value: Bilingual(zh: text, en: text), rule: window(date, maxAge, year))
        case .text(let text):
            return Answer(
                value: Bilingual(zh: text, en: ""),
                rule: Bilingual(zh: "文字回答，不计分", en: "Text answer, not scored"))
        case .notApplicable:
            return Answer(value: notApplicable)
        }
    }

    /// 不适用 / Not applicable.
    static let notApplicable = Bilingual(zh: "不适用", en: "Not applicable")

    /// A short answer for tables of changes: 是, 部分, 否, 3 级, 81.5%, a date, 不适用 (Chinese
    /// and English in one line).
    static func shortAnswer(_ value: AnswerValue?, for indicator: Indicator?) -> String {
        guard let value else { return "—" }
        switch value {
        case .yes: return "是 Yes"
        case .partial: return "部分 Partial"
        case .no: return "否 No"
        case .maturity(let level): return "\(level) 级 Level \(level)"
        case .number(let number):
            guard case .number(let rule)? = indicator?.answer.type else {
                return DecimalText.plain(number)
            }
            let words = quantity(number, rule.unit)
            return words.zh == words.en ? words.zh : "\(words.zh) · \(words.en)"
        case .date(let date): return date.description
        case .text(let text): return text.split(whereSeparator: \.isNewline).joined(separator: " ")
        case .notApplicable: return "不适用 N/A"
        }
    }

    /// A number with its unit: `81.5%`, or `6 个月` / `6 months`.
    static func quantity(_ value: Decimal, _ unit: Bilingual) -> Bilingual {
        let number = DecimalText.plain(value)
        if isPercent(unit) { return Bilingual(zh: number + "%", en: number + "%") }
        return Bilingual(zh: "\(number) \(unit.zh)", en: "\(number) \(unit.en)")
    }

    private static func isPercent(_ unit: Bilingual) -> Bool {
        ["percent", "%", "per cent"].contains(unit.en.lowercased()) || unit.zh == "百分比"
            || unit.zh == "%"
    }

    /// A number's target and the value that scores nothing: `目标 100%，0% 得 0 分` /
    /// `target 100%; 0% scores 0`.
    static func target(_ rule: NumberRule) -> Bilingual {
        let target = quantity(rule.target, rule.unit)
        let floor = quantity(rule.floor, rule.unit)
        let higher = rule.better == .higher
        // The target is an end of the valid range: "or more" / "or less" would say nothing.
        let targetAtEnd = higher ? rule.max == rule.target : rule.min == rule.target
        let floorAtEnd = higher ? rule.min == rule.floor : rule.max == rule.floor
        let zh =
            "目标 " + (targetAtEnd ? "" : higher ? "≥ " : "≤ ") + target.zh + "，"
            + (floorAtEnd ? "" : higher ? "≤ " : "≥ ") + floor.zh + " 得 0 分，"
            + (higher ? "越高越好" : "越低越好")
        let en =
            "target " + target.en + (targetAtEnd ? "" : higher ? " or more" : " or less") + "; "
            + floor.en + (floorAtEnd ? "" : higher ? " or less" : " or more") + " scores 0; "
            + (higher ? "higher is better" : "lower is better")
        return Bilingual(zh: zh, en: en)
    }

    /// The window a date must fall in to score: `有效期 2023-12-31 至 2025-12-31（24 个月）：在期内` /
    /// `valid window 2023-12-31 to 2025-12-31 (24 months): within`.
    static func window(_ date: CalendarDate, _ maxAge: Int?, _ year: Int) -> Bilingual {
        let end = CalendarDate.endOfYear(year)
        guard let maxAge else {
            return Bilingual(zh: "不限时间，截至 \(end)", en: "any date up to \(end)")
        }
        let start = end.subtractingMonths(maxAge)
        let inside = date >= start && date <= end
        return Bilingual(
            zh: "有效期 \(start) 至 \(end)（\(maxAge) 个月）：" + (inside ? "在期内" : "已超期"),
            en: "valid window \(start) to \(end) (\(maxAge) months): "
                + (inside ? "within" : "outside"))
    }

    // MARK: Scores and ratings

    /// A score or points with two decimal places, or `—` when there is none.
    static func points(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: Scorer.places) } ?? "—"
    }

    /// Points with a sign: `+1.25`, `−0.50` (a true minus sign), `±0.00`.
    static func signed(_ value: Decimal) -> String {
        let text = DecimalText.format(value < 0 ? -value : value, places: Scorer.places)
        return value > 0 ? "+" + text : value < 0 ? "−" + text : "±" + text
    }

    /// An indicator score (0…1) in its shortest form, at most four decimal places.
    static func indicator(_ value: Decimal) -> String {
        ScoreText.indicator(value)
    }

    /// A rating band's title, or 不适用 / Not applicable when there is no score.
    static func rating(_ band: Framework.Band?) -> Bilingual {
        band?.title ?? Bilingual(zh: "不适用", en: "Not applicable")
    }

    /// The tone a rating is drawn in: the top band good, the lowest poor, others fair.
    static func tone(_ band: Framework.Band?, in framework: Framework) -> SVGTone {
        guard let band else { return .muted }
        let bands = framework.scoring.bands.sorted { $0.min > $1.min }
        if bands.first?.id == band.id && bands.count > 1 { return .good }
        if bands.last?.id == band.id { return .poor }
        return bands.count == 1 ? .good : .fair
    }

    /// The tone of an indicator result: full marks good, nothing poor, in between fair; muted
    /// when not scored.
    static func tone(_ indicator: IndicatorScore) -> SVGTone {
        guard indicator.counts, let score = indicator.score else { return .muted }
        if indicator.criticalFailed || score == 0 { return .poor }
        return score >= 1 ? .good : .fair
    }

    /// The sentence that says what a critical failure did to its article's score.
    static func capEffect(_ article: ArticleScore?) -> Bilingual {
        guard let article else { return Bilingual(zh: "", en: "") }
        guard let cap = article.cap else {
            let score = points(article.score)
            let band = rating(article.rating)
            return Bilingual(
                zh: "第 \(article.number) 条得分 \(score) 已处于最低评级（\(band.zh)），不再封顶降级。",
                en:
                    "Article \(article.number) scores \(score), already in the lowest band (\(band.en)): "
                    + "no cap applies.")
        }
        return Bilingual(
            zh: "第 \(article.number) 条得分由 \(points(cap.original))（\(cap.from.title.zh)）封顶降至 "
                + "\(points(cap.capped))（\(cap.to.title.zh)）。",
            en:
                "Article \(article.number) is capped from \(points(cap.original)) (\(cap.from.title.en)) to "
                + "\(points(cap.capped)) (\(cap.to.title.en)).")
    }

    /// How a rule mapping was confirmed, in words.
    static func confidence(_ confidence: RuleCitation.Confidence) -> Bilingual {
        switch confidence {
        case .confirmed: Bilingual(zh: "已核实", en: "confirmed")
        case .secondary: Bilingual(zh: "二手来源", en: "secondary source")
        case .unverified: Bilingual(zh: "未核实", en: "unverified")
        }
    }

    // MARK: Changes

    /// The label of an indicator change.
    static func change(_ kind: IndicatorChange.Kind) -> Bilingual {
        switch kind {
        case .improved: Bilingual(zh: "改进", en: "Improved")
        case .regressed: Bilingual(zh: "退步", en: "Regressed")
        case .unchanged: Bilingual(zh: "不变", en: "Unchanged")
        case .answerChanged: Bilingual(zh: "回答变化，得分不变", en: "Answer changed, same score")
        case .becameNotApplicable: Bilingual(zh: "改为不适用", en: "Became not applicable")
        case .stoppedBeingNotApplicable: Bilingual(zh: "不再不适用", en: "No longer not applicable")
        case .added: Bilingual(zh: "框架新增", en: "Added by the framework")
        case .removed: Bilingual(zh: "框架删除", en: "Removed by the framework")
        }
    }

    /// The label of a reviewer flag.
    static func flag(_ flag: ConsistencyFlag) -> Bilingual {
        switch flag {
        case .improvedWithoutSupport:
            Bilingual(zh: "改进但说明与证据均未更新", en: "Improved without new support")
        case .sameEvidenceForFlippedClaim:
            Bilingual(zh: "结论反转但证据内容相同", en: "Claim flipped on the same evidence")
        case .evidenceDateOutsideYear:
            Bilingual(zh: "证据日期不在报告年度内", en: "Evidence dated outside the year")
        }
    }

    /// The tone of a score change: up good, down poor, none neutral.
    static func tone(delta: Decimal?) -> SVGTone {
        guard let delta else { return .muted }
        return delta > 0 ? .good : delta < 0 ? .poor : .neutral
    }

    /// An arrow for a change, readable without colour: ▲ up, ▼ down, = the same.
    static func arrow(_ delta: Decimal?) -> String {
        guard let delta else { return "" }
        return delta > 0 ? "▲" : delta < 0 ? "▼" : "="
    }

    /// The first 12 hex digits of a SHA-256, as `sha256:0123456789ab`.
    static func shortHash(_ hash: String) -> String {
        "sha256:" + hash.prefix(12)
    }

    /// A critical failure in the changes section: its score and pass mark, or for a resolved
    /// one, its old score and that it passes now.
    static func criticalChange(
        _ failure: CriticalFailure, resolved: Bool, old: Int, new: Int
    ) -> Bilingual {
        let score = indicator(failure.score)
        let pass = indicator(failure.pass)
        if resolved {
            return Bilingual(
                zh: "\(old) 年得分 \(score)，\(new) 年已达标",
                en: "scored \(score) in \(old), passes in \(new)")
        }
        return Bilingual(zh: "得分 \(score)，通过线 \(pass)", en: "scores \(score), pass mark \(pass)")
    }

    // MARK: Appendix

    /// How scores are computed, in three short paragraphs.
    static func method(_ framework: Framework) -> [Bilingual] {
        let pass = DecimalText.plain(framework.scoring.criticalPass)
        return [
            Bilingual(
                zh: "指标得分在 0 到 1 之间：是 1，部分 0.5，否 0；成熟度 m 级得 m/4；数字从起点到目标线性计分；"
                    + "日期在有效期内得 1。不适用和文字回答不计分，也不计入分母。",
                en:
                    "Indicators score from 0 to 1: yes 1, partial 0.5, no 0; maturity level m scores m/4; a number "
                    + "scores linearly from its floor to its target; a date within its window scores 1. Not-applicable "
                    + "and text answers are not scored and leave the denominator."),
            Bilingual(
                zh: "条款得分 = 100 × Σ(权重 × 得分) / Σ(权重)，保留两位小数；总分为各条款得分按条款权重的加权平均。",
                en:
                    "Article score = 100 × Σ(weight × score) / Σ(weight), to two decimal places; the overall score is "
                    + "the article-weighted mean of the article scores."),
            Bilingual(
                zh: "关键指标低于通过线（除指标另有规定外为 \(pass)）时，所在条款的得分封顶于其所达评级的下限之下，"
                    + "即评级降一级；已在最低评级的不再降级，但仍列为未达标。",
                en:
                    "A critical indicator below its pass mark (\(pass) unless the indicator sets its own) caps its "
                    + "article just below the band it reached, one band down; an article already in the lowest band "
                    + "keeps its score, and the failure is still listed."),
        ]
    }

    /// What the evidence appendix lists.
    static let evidenceIntro = Bilingual(
        zh: "自评估引用的全部证据文件及其内容的 SHA-256，可据此核对报告包中的文件。",
        en:
            "Every evidence file the assessment cites, with the SHA-256 of its content, to check against the files "
            + "in the bundle.")

    /// An indicator's score before and after: `0.5 → 1`, `— → 0.5`, or one value when unchanged.
    static func scoreChange(_ change: IndicatorChange) -> String {
        let before = change.oldScore.map(indicator) ?? "—"
        let after = change.newScore.map(indicator) ?? "—"
        return before == after ? after : "\(before) → \(after)"
    }

    /// What else changed about an answer: its note, its evidence (by content), its definition.
    static func support(_ change: IndicatorChange) -> Bilingual {
        var zh: [String] = []
        var en: [String] = []
        if change.noteChanged {
            zh.append("说明已更新")
            en.append("note updated")
        }
        var counts: [String: Int] = [:]
        for item in change.evidence { counts[item.code, default: 0] += 1 }
        let kinds: [(code: String, zh: String, en: String)] = [
            ("added", "新增", "added"), ("removed", "移除", "removed"), ("changed", "内容变化", "changed"),
            ("renamed", "改名", "renamed"),
        ]
        let evidence = kinds.compactMap { kind in counts[kind.code].map { (kind, $0) } }
        if !evidence.isEmpty {
            zh.append("证据" + evidence.map { "\($0.0.zh) \($0.1)" }.joined(separator: "、"))
            en.append("evidence " + evidence.map { "\($0.1) \($0.0.en)" }.joined(separator: ", "))
        }
        if change.definitionChanged {
            zh.append("框架定义已变")
            en.append("definition changed")
        }
        return Bilingual(zh: zh.joined(separator: "；"), en: en.joined(separator: "; "))
    }
}
