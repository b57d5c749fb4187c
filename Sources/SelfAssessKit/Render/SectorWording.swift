/// The sector report's headings, labels and sentences, in Chinese and English.
enum SectorWording {
    private static func text(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    static func title(_ year: Int) -> Bilingual {
        text("\(year) 年度自律公约履约情况行业报告", "Sector compliance report \(year)")
    }

    // MARK: Sections

    static let summary = text("概要", "Summary")
    static let participation = text("参与情况", "Participation")
    static let overall = text("总体得分分布", "Distribution of overall scores")
    static let articles = text("各条款得分分布", "Distribution of scores by article")
    static let indicators = text("指标合规率排名", "Indicator compliance ranking")
    static let trend = text("历年趋势", "Trend over the years")
    static let actions = text("建议处理措施", "Recommended actions")
    static let byRule = text("各规则的作用", "What each rule did")
    static let byRuleNote = text(
        "政策的每条规则和升级规则在本年度对多少家签约单位触发、对多少家决定了建议措施（最严重者；同等严重时取政策文件中靠前者）。",
        "How many signatories each rule and escalation of the policy fired for this year, and for how many it decided the action (the most severe; of equally severe ones, the first in the policy file)."
    )
    static let ruleFired = text("触发", "Fired")
    static let ruleDecided = text("决定措施", "Decided")
    static let missing = text("未提交的签约单位", "Signatories that did not submit")
    static let rejected = text("未采用的报告包", "Bundles not used")
    static let chain = text("报告链问题", "Breaks in the chains of bundles")
    static let skipped = text("未读取的文件", "Files skipped")
    static let yearsCovered = text("覆盖年度", "Years covered")
    static let categoryDisagreements = text(
        "类别不一致（以登记名册为准）", "Categories that disagree (the keyring's is used)")
    static let keyringCategory = text("名册类别", "Keyring category")
    static let assessmentCategory = text("自评估类别", "Assessment category")
    static let method = text("统计方法与数据来源", "Method and sources")

    static let summaryShort = text("概要", "Summary")
    static let participationShort = text("参与", "Participation")
    static let overallShort = text("总体", "Overall")
    static let articlesShort = text("条款", "Articles")
    static let indicatorsShort = text("指标", "Indicators")
    static let trendShort = text("趋势", "Trend")
    static let actionsShort = text("措施", "Actions")
    static let missingShort = text("未提交", "Missing")
    static let rejectedShort = text("未采用", "Not used")
    static let methodShort = text("方法", "Method")

    // MARK: Labels

    static let registered = text("登记单位", "Registered")
    static let submitted = text("已提交", "Submitted")
    static let acceptedLabel = text("已接受", "Accepted")
    static let rejectedLabel = text("被拒绝", "Rejected")
    static let missingLabel = text("未提交", "Missing")
    static let failedCriticalLabel = text("关键指标未达标", "Failed a critical indicator")
    static let meanOverall = text("平均总分", "Mean overall score")
    static let medianOverall = text("总分中位数", "Median overall score")
    static let actionsTotal = text("建议处理", "Actions recommended")
    static let status = text("状态", "Status")
    static let count = text("数量", "Count")
    static let share = text("占比", "Share")
    static let reason = text("原因", "Reason")
    static let signatory = text("签约单位", "Signatory")
    static let name = text("名称", "Name")
    static let category = text("类别", "Category")
    static let overallScore = text("总分", "Overall")
    static let rating = text("评级", "Rating")
    static let change = text("变化", "Change")
    static let action = text("建议措施", "Action")
    static let rule = text("规则", "Rule")
    static let bySignatory = text("各签约单位的建议措施", "Action for each signatory")
    static let decided = text("分析人员的决定", "Analyst's decision")
    static let article = text("条款", "Article")
    static let indicator = text("指标", "Indicator")
    static let rank = text("排名", "Rank")
    static let complianceRate = text("合规率", "Compliance rate")
    static let yes = text("是", "Yes")
    static let partial = text("部分", "Partial")
    static let no = text("否", "No")
    static let notApplicable = text("不适用", "N/A")
    static let other = text("其他", "Other")
    static let file = text("文件", "File")
    static let year = text("年度", "Year")
    static let code = text("代码", "Code")
    static let details = text("说明", "Details")
    static let kind = text("类型", "Kind")
    static let yearsMissing = text("未提交年度", "Years missing")
    static let sector = text("全行业", "Sector")
    static let mean = text("平均", "Mean")
    static let median = text("中位数", "Median")
    static let n = text("样本数", "n")
    static let criticalShort = text("关键", "Critical")
    static let allIndicators = text("全部指标的回答统计", "Answers to every indicator")
    static let bundlesFound = text("找到的报告包", "Bundles found")
    static let bundlesUsed = text("采用", "Used")
    static let bundlesRefused = text("拒绝", "Refused")
    static let bundlesSuperseded = text("被取代", "Superseded")
    static let rejectionReasons = text("拒绝原因（按签约单位计）", "Rejection reasons (signatories)")
    static let byCategory = text("按类别", "By category")
    static let overallTrend = text("总分的平均值与四分位数", "Mean and quartiles of the overall score")
    static let articleTrend = text("各条款平均分", "Mean score of each article")

    static let histogramCaption = text(
        "已接受报告的总分，每 10 分一组；虚线为评级界限。",
        "Overall scores of the accepted reports in 10-point bins; the dashed lines are the rating thresholds."
    )
    static let boxCaption = text(
        "须线：最低至最高；短竖线：P10 与 P90；方框：P25 至 P75；粗线：中位数；菱形：平均分。",
        "Whiskers: minimum to maximum; ticks: P10 and P90; box: P25 to P75; bold line: median; diamond: mean."
    )
    static let rankingCaption = text(
        "颜色：合规率 ≥ 85% 为高，60% 至 85% 为中，低于 60% 为低。",
        "Colours: a compliance rate of 85% or more is high, 60% to 85% medium, below 60% low.")

    static func categoryTitle(_ id: String, in framework: Framework) -> Bilingual {
        if id == SectorStatistics.otherCategory { return text("其他（合并）", "Other (folded)") }
        return framework.category(id)?.title ?? text(id, id)
    }

    static func articleLabel(_ number: Int) -> Bilingual {
        text("第 \(number) 条", "Article \(number)")
    }

    static func submission(_ status: SubmissionStatus) -> Bilingual {
        switch status {
        case .accepted: acceptedLabel
        case .rejected: rejectedLabel
        case .missing: missingLabel
        }
    }

    static func reason(_ reason: BundleRejection.Reason) -> Bilingual {
        switch reason {
        case .superseded: return text("已被更新版本取代", "Superseded")
        case .refused(let reason): return rejection(reason)
        }
    }

    static func rejection(_ reason: RejectionReason) -> Bilingual {
        switch reason {
        case .badSignature: text("签名无效", "Bad signature")
        case .untrustedKey: text("密钥不受信任", "Untrusted key")
        case .tampered: text("签名后被篡改", "Tampered")
        case .invalidAssessment: text("自评估无效", "Invalid assessment")
        case .unknownFramework: text("框架未知", "Unknown framework")
        case .brokenChain: text("报告链断裂", "Broken chain")
        case .unreadable: text("无法读取", "Unreadable")
        }
    }

    static func chainKind(_ kind: ChainFinding.Kind) -> Bilingual {
        switch kind {
        case .gap: text("缺口", "Gap")
        case .fork: text("分叉", "Fork")
        case .replay: text("重放", "Replay")
        }
    }

    // MARK: Sentences

    static func subtitle(_ aggregate: SectorAggregate) -> String {
        let framework = aggregate.framework
        let years =
            aggregate.years.count > 1
            ? "，历史 \(aggregate.years.map(String.init).joined(separator: "、"))" : ""
        let yearsEn =
            aggregate.years.count > 1
            ? ", history \(aggregate.years.map(String.init).joined(separator: ", "))" : ""
        return
            "\(framework.publisher?.zh ?? "首都互联网协会") · 框架 \(framework.id) \(framework.version)\(years) · "
            + "\(framework.publisher?.en ?? "Capital Internet Society") · framework \(framework.id) \(framework.version)\(yearsEn)"
    }

    static let noData = text(
        "本年度没有已接受的报告，无法计算。", "No accepted report this year: nothing to compute.")
    static let oneYear = text(
        "只有一个年度的数据；提供往年的报告包即可显示趋势。",
        "Only one year of data: give the bundles of earlier years as well to see the trend.")
    static let noActions = text("本年度没有建议的处理措施。", "No action is recommended for this year.")
    static let noMissing = text("所有登记的签约单位均已提交。", "Every registered signatory submitted.")
    static let noRejected = text("所有报告包均已采用。", "Every bundle was used.")

    static func folded(_ ids: [String], minimum: Int) -> Bilingual {
        text(
            "少于 \(minimum) 家的类别合并为“其他”：\(ids.joined(separator: "、"))。",
            "Categories of fewer than \(minimum) signatories are folded into “other”: \(ids.joined(separator: ", "))."
        )
    }

    static let actionsNote = text(
        "建议依据协会的执行政策自动生成，供协会审议决定，不是处理决定。",
        "Recommendations follow the society's enforcement policy; they are advice for the society's committee, not decisions."
    )

    static let rankingNote = text(
        "合规率 = 已计分回答的指标得分平均值 × 100（是 1，部分 0.5，否 0）；不适用的回答不计入。最弱的指标排在最前。",
        "Compliance rate = 100 × the mean indicator score of the scored answers (yes 1, partial 0.5, no 0); "
            + "not-applicable answers are left out. The weakest indicators come first.")

    static let methodText: [Bilingual] = [
        text(
            "只统计已通过验证的报告：签名、密钥、内容和评分均经核对。被拒绝或未提交的单位只计入参与情况。",
            "Only verified bundles count: signature, key, content and scores are all checked. Rejected and missing "
                + "signatories count in participation only."),
        text(
            "分位数采用相邻秩线性插值（numpy 默认方法，Hyndman–Fan 第 7 类）；所有数字精确计算后四舍五入到两位小数。",
            "Percentiles interpolate linearly between closest ranks (numpy's default, Hyndman–Fan type 7); every "
                + "figure is computed exactly and rounded once to two decimal places."),
        text(
            "为避免从公开表格中识别单个企业，少于最小规模的类别合并为“其他”；docs/statistics.md 给出每个数字的定义。",
            "So that no single company can be read out of a published table, categories below the minimum size are "
                + "folded into “other”; docs/statistics.md defines every figure."),
    ]

    static func generatedBy(_ aggregate: SectorAggregate) -> String {
        let framework = aggregate.framework
        let policy =
            aggregate.provenance.policyIsBuiltin ? "built-in" : "sha256:\(aggregate.policy.sha256)"
        let signed =
            aggregate.provenance.keyringSignedBy.map { ", signed by \($0)" }
            ?? ", signature not checked"
        return
            "selfassess \(SelfAssessVersion.current) · framework \(framework.id) \(framework.version) "
            + "sha256:\(framework.sha256) · policy \(policy) · keyring sha256:\(aggregate.provenance.keyringSHA256)\(signed)"
    }
}
