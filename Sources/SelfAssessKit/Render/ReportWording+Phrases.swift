import Foundation

/// The report's headings, labels and sentences, in both languages. The HTML page shows each as
/// two spans, the Markdown document as `中文 · English`; taking both from here keeps them saying
/// the same thing.
extension ReportWording {
    private static func text(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    // MARK: Titles and headings

    static func reportTitle(_ year: Int) -> Bilingual {
        text("\(year) 年度合规自评估报告", "Compliance self-assessment report \(year)")
    }

    static let summary = text("概要", "Summary")
    static let criticalFailures = text("关键指标未达标", "Critical failures")
    static let articleScores = text("各条款得分", "Article scores")
    static func changesSince(_ year: Int) -> Bilingual {
        text("与 \(year) 年度比较", "Changes since \(year)")
    }
    static let gains = text("提升空间最大的指标", "Where the most points are")
    static let criticalIndicators = text("关键指标", "Critical indicators")
    static let regressedIndicators = text("退步的指标", "Regressed indicators")
    static let improvedIndicators = text("改进的指标", "Improved indicators")
    static let otherChanges = text("其他变化", "Other changes")
    static let reviewerFlags = text("复核提示", "Flags for a reviewer")
    static let methodAppendix = text("附录：评级与计分", "Appendix: ratings and scoring")
    static let evidenceAppendix = text("附录：证据文件", "Appendix: evidence files")

    /// An article's heading: `第 1 条 带头坚持依法办网` / `Article 1 · Running online services lawfully`.
    static func article(_ number: Int, _ title: Bilingual) -> Bilingual {
        text("第 \(number) 条 \(title.zh)", "Article \(number) · \(title.en)")
    }

    /// Short names of sections for the page's table of contents.
    static let gainsShort = text("提升空间", "Gains")
    static let articlesShort = text("条款", "Articles")
    static let methodShort = text("评级与计分", "Method")
    static let evidenceShort = text("证据文件", "Evidence")

    // MARK: Labels

    static let overallScore = text("总分", "Overall score")
    static let overall = text("总分", "Overall")
    static let signatory = text("签约单位", "Signatory")
    static let category = text("类别", "Category")
    static let reportingYear = text("报告年度", "Reporting year")
    static let framework = text("评估框架", "Framework")
    static let declaration = text("声明", "Declaration")
    static let contact = text("联系人", "Contact")
    static let indicatorsScored = text("计分指标", "Indicators scored")
    static let notApplicableCount = text("不适用", "Not applicable")
    static let unreviewedAnswers = text("沿用未复核", "Carried forward, unreviewed")
    static func unreviewedSentence(_ ids: [String]) -> Bilingual {
        let list = ids.joined(separator: ", ")
        return text(
            "以下答案沿用自往年，签署时尚未复核：\(list)。",
            "These answers were carried forward from an earlier year and signed unreviewed: \(list)."
        )
    }
    static let improvedRegressed = text("改进 / 退步", "Improved / regressed")
    static let articlesByRating = text("条款评级", "Articles by rating")
    static let improved = text("改进", "Improved")
    static let regressed = text("退步", "Regressed")
    static let newCriticalFailures = text("新增关键未达标", "New critical failures")
    static let resolvedCriticalFailures = text("已解决关键未达标", "Resolved critical failures")
    static let flagCount = text("复核提示", "Reviewer flags")
    static let new = text("新出现", "New")
    static let resolved = text("已解决", "Resolved")
    static let stillFailing = text("仍未达标", "Still failing")
    static let answer = text("回答", "Answer")
    static let score = text("得分", "Score")
    static let effect = text("影响", "Effect")
    static let note = text("说明", "Note")
    static let rulesCited = text("依据", "Rules cited")
    static let whyNotApplicable = text("不适用理由", "Why not applicable")
    static let evidence = text("证据", "Evidence")
    static let reviewerFlag = text("复核提示", "Reviewer flag")
    static let warning = text("注意", "Warning")
    static let carriedForwardLabel = text("沿用", "Carried forward")
    static func inYear(_ year: Int) -> Bilingual { text("\(year) 年", "In \(year)") }
    static let weight = text("权重", "Weight")
    /// `权重` / `weight` and `分` / `points` inside a formula: `0.75 × 权重 weight 2 = 10.00 / 13.33 分 points`.
    static let weightInFormula = text("权重", "weight")
    static let pointsInFormula = text("分", "points")
    static let scored = text("计分指标", "Scored")
    static let articleShort = text("条", "Art.")
    static let articleColumn = text("条款", "Article")
    static let rating = text("评级", "Rating")
    static let change = text("变化", "Change")
    static let indicatorColumn = text("指标", "Indicator")
    static let now = text("当前得分", "Now")
    static let cap = text("封顶", "Cap")
    static let noteAndEvidence = text("说明与证据", "Note and evidence")
    static func answerIn(_ year: Int) -> Bilingual { text("\(year) 回答", "Answer") }
    static let scoreFrom = text("得分不低于", "Score from")
    static let file = text("文件", "File")
    static let citedBy = text("引用指标", "Cited by")
    static let largestGains = text("本条提升空间最大", "Largest gains in this article")
    static let capped = text("封顶", "capped")
    static let scoreBeforeCap = text("封顶前得分", "Score before the cap")
    static let critical = text("关键", "critical")

    // MARK: Sentences

    static let noCriticalFailure = text(
        "无。所有关键指标均达到通过线。", "None: every critical indicator reaches its pass mark.")
    static let criticalIntro = text(
        "关键指标低于通过线时，其所在条款的评级降一级（封顶），并始终在此列出。",
        "A critical indicator below its pass mark lowers its article's rating by one band (a cap) and is always "
            + "listed here.")
    static let noCriticalInEitherYear = text(
        "两个年度均无关键指标未达标。", "No critical failure in either year.")
    static let none = text("无。", "None.")
    static let flagsIntro = text(
        "以下情况各有合理解释，但也常见于夸大的回答，建议复核。",
        "Each of these has an innocent explanation, but each is also how an overstated answer tends to look."
    )
    static let allFullMarks = text(
        "所有适用指标均已得满分。", "Every applicable indicator already scores full marks.")
    static let noArticleScore = text(
        "本条无适用指标，不计入总分。",
        "No indicator applies: the article has no score and leaves the overall score.")
    static let noEvidence = text("未引用证据文件。", "No evidence file is cited.")
    static let textNotScored = text("文字回答，不计分", "text answer, not scored")

    /// `较 2024 年（80.51，部分合规）` / `since 2024 (80.51, Partially compliant)`.
    static func since(_ year: Int, score: Decimal?, rating band: Framework.Band?) -> Bilingual {
        let before = points(score)
        let words = rating(band)
        return text("较 \(year) 年（\(before)，\(words.zh)）", "since \(year) (\(before), \(words.en))")
    }

    static func signed(on date: CalendarDate) -> Bilingual { text("签署于 \(date)", "signed \(date)") }

    static func ratingChange(_ old: Framework.Band?, _ new: Framework.Band?) -> Bilingual {
        let before = rating(old)
        let after = rating(new)
        return text("评级 \(before.zh) → \(after.zh)", "rating \(before.en) → \(after.en)")
    }

    static func failureScore(_ failure: CriticalFailure) -> Bilingual {
        let score = indicator(failure.score)
        let pass = indicator(failure.pass)
        return text("\(score)，通过线 \(pass)", "\(score), pass mark \(pass)")
    }

    static func newSince(_ year: Int, failedBefore: Bool) -> Bilingual {
        failedBefore ? text("连续未达标", "Also failed in \(year)") : text("新出现", "New since \(year)")
    }

    static func gainsIntro(shown: Int, of total: Int) -> Bilingual {
        text(
            "若该指标完全达标，总分与条款得分可提高的分数（按总分提升排序，列出 \(shown) 项，共 \(total) 项可提升）。",
            "What fully meeting each indicator would add to the overall and the article score, largest first "
                + "(\(shown) of \(total) that would gain anything).")
    }

    static func removesCap(on article: Int) -> Bilingual {
        text("解除第 \(article) 条封顶", "removes the cap on article \(article)")
    }

    static func onlyNoteOrEvidence(_ count: Int) -> Bilingual {
        text(
            "另有 \(count) 项指标回答不变，仅更新了说明或证据。",
            "\(count) more indicators kept their answer and only updated the note or the evidence.")
    }

    static func chartCaption(priorYear: Int?, capped: Bool) -> Bilingual {
        var caption = text(
            "每条一根横条，颜色与文字表示评级；虚线为评级阈值。",
            "One bar per article; colour and words give the rating; dashed lines are the rating thresholds."
        )
        if let priorYear {
            caption.zh += "黑色竖线为 \(priorYear) 年得分。"
            caption.en += " Black ticks mark the \(priorYear) scores."
        }
        if capped {
            caption.zh += "虚线框为关键指标未达标封顶前的得分。"
            caption.en += " A dashed outline shows the score before a critical failure capped it."
        }
        return caption
    }

    static func criticalTag(pass: Decimal) -> Bilingual {
        text("关键 · 通过线 \(indicator(pass))", "critical · pass \(indicator(pass))")
    }

    static func notApplicableScore(weight: Decimal) -> Bilingual {
        let weight = DecimalText.plain(weight)
        return text(
            "不计分（不适用），权重 \(weight) 不计入本条",
            "not scored (not applicable); weight \(weight) leaves the article")
    }

    static func belowPassMark(_ pass: Decimal) -> Bilingual {
        text("低于通过线 \(indicator(pass))", "below the pass mark \(indicator(pass))")
    }

    static func fullyMet(_ gain: ScoreGain) -> Bilingual {
        let overall = signed(gain.overallPoints)
        let article = signed(gain.articlePoints)
        var words = text(
            "完全达标可使总分 \(overall)、本条 \(article)", "fully met: overall \(overall), article \(article)"
        )
        if gain.removesCap {
            words.zh += "，并解除封顶"
            words.en += ", and removes the cap"
        }
        return words
    }

    static func carriedForward(from year: Int) -> Bilingual {
        text("沿用 \(year) 年的回答，尚未复核", "answer carried forward from \(year), not yet reviewed")
    }

    static func cappedFrom(_ original: Decimal) -> Bilingual {
        text("封顶前 \(points(original))", "capped from \(points(original))")
    }

    static func generatedBy(_ framework: Framework) -> Bilingual {
        let version = SelfAssessVersion.current
        let source = "\(framework.id) \(framework.version) sha256:\(framework.sha256)"
        return text(
            "由 selfassess \(version) 根据自评估文件生成 · 框架 \(source)",
            "Generated by selfassess \(version) from the assessment files · framework \(source)")
    }
}
