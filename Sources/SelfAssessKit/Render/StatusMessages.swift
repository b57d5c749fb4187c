/// The wordings of `selfassess status`: where an assessment folder stands while it is filled.
enum StatusMessages: String, MessageCatalog {
    case heading = "status.heading"
    case headingNoInfo = "status.heading-no-info"
    case numberColumn = "status.column.number"
    case articleColumn = "status.column.article"
    case answeredColumn = "status.column.answered"
    case fraction = "status.fraction"
    case overall = "status.overall"
    case unanswered = "status.unanswered"
    case allAnswered = "status.all-answered"
    case unreadable = "status.unreadable"
    case carriedForward = "status.carried-forward"
    case carriedItem = "status.carried-item"
    case missingEvidence = "status.missing-evidence"
    case findings = "status.findings"
    case provisional = "status.provisional"
    case provisionalFailures = "status.provisional-failures"
    case noProvisional = "status.no-provisional"
    case complete = "status.complete"
    case draftBanner = "status.draft-banner"

    var english: String {
        switch self {
        case .heading: "Status of {folder}: {name} ({id}), reporting year {year}"
        case .headingNoInfo: "Status of {folder} (assessment.yaml could not be read)"
        case .numberColumn: "#"
        case .articleColumn: "Article"
        case .answeredColumn: "Answered"
        case .fraction: "{answered}/{total}"
        case .overall: "All articles"
        case .unanswered: "Not answered yet ({count}): {ids}"
        case .allAnswered: "Every indicator is answered."
        case .unreadable: "Answered, but the answer cannot be used yet ({count}): {ids}"
        case .carriedForward: "Carried forward, still to review ({count}): {items}"
        case .carriedItem: "{id} (from {year})"
        case .missingEvidence: "Evidence cited but not found ({count}):"
        case .findings:
            "Errors: {errors}, warnings: {warnings} (besides the indicators not answered yet and "
                + "the answers to review); `selfassess validate {folder}` shows them."
        case .provisional:
            "Provisional score: {score}, {rating}. Unanswered indicators count as 0: this is not "
                + "the score a bundle would carry."
        case .provisionalFailures: "Failed critical indicators so far: {ids}"
        case .noProvisional: "No provisional score: assessment.yaml could not be read."
        case .complete: "Complete and valid: ready for `selfassess bundle {folder}`."
        case .draftBanner:
            "PROVISIONAL: a draft with {answered} of {total} indicators answered, {errors} "
                + "errors; unanswered indicators count as 0. Not the score a bundle would carry."
        }
    }

    var chinese: String? {
        switch self {
        case .heading: "{folder} 的填写进度：{name}（{id}），{year} 报告年度"
        case .headingNoInfo: "{folder} 的填写进度（无法读取 assessment.yaml）"
        case .numberColumn: "#"
        case .articleColumn: "条款"
        case .answeredColumn: "已作答"
        case .fraction: "{answered}/{total}"
        case .overall: "全部条款"
        case .unanswered: "尚未作答（{count} 项）：{ids}"
        case .allAnswered: "所有指标均已作答。"
        case .unreadable: "已作答但答案暂不可用（{count} 项）：{ids}"
        case .carriedForward: "沿用往年答案、尚待复核（{count} 项）：{items}"
        case .carriedItem: "{id}（沿用自 {year} 年）"
        case .missingEvidence: "引用了但找不到的证明材料（{count} 项）："
        case .findings:
            "错误 {errors} 项，警告 {warnings} 项（不含尚未作答的指标和待复核的答案）；"
                + "`selfassess validate {folder}` 会逐条列出。"
        case .provisional:
            "暂定得分：{score}，{rating}。未作答的指标按 0 分计：这不是报告包将载明的得分。"
        case .provisionalFailures: "目前未达标的关键指标：{ids}"
        case .noProvisional: "无法给出暂定得分：无法读取 assessment.yaml。"
        case .complete: "已完整且有效：可以运行 `selfassess bundle {folder}`。"
        case .draftBanner:
            "暂定结果：草稿已作答 {answered}/{total} 项指标，另有错误 {errors} 项；未作答的指标按 0 分计。"
                + "这不是报告包将载明的得分。"
        }
    }
}
