/// The wordings of the score outputs that the 1.1 scoring rules added: the headline that shows
/// the failed critical indicators next to the rating, and the overall cap.
enum ScoreWording: String, MessageCatalog {
    case headlineFailures = "score.headline.failures"
    case headlineNone = "score.headline.none"
    case overallCap = "score.overall-cap"
    case notCapped = "score.not-capped"
    case markdownHeadline = "score.markdown.headline"
    case rulesByYear = "score.rules-by-year"

    var english: String {
        switch self {
        case .headlineFailures:
            "{rating} · failed critical indicators (legal obligations): {ids} · scoring rules {rules}"
        case .headlineNone: "{rating} · no failed critical indicator · scoring rules {rules}"
        case .overallCap:
            "Overall capped from {original} to {capped}: a failed critical indicator caps the overall rating at {band}."
        case .notCapped: "article {article} is already at or below its ceiling, no cap"
        case .rulesByYear: "Scoring rules: {years} (docs/scoring.md)"
        case .markdownHeadline:
            "**{rating}**, failed critical indicators (legal obligations): **{ids}** (scoring rules {rules})."
        }
    }

    var chinese: String? {
        switch self {
        case .headlineFailures: "{rating} · 关键指标未达标（法定义务）：{ids} · 评分规则 {rules}"
        case .headlineNone: "{rating} · 无关键指标未达标 · 评分规则 {rules}"
        case .overallCap: "总分由 {original} 降至上限 {capped}：关键指标未达标使总评级最高为{band}。"
        case .notCapped: "第 {article} 条已在其上限或以下，不再设上限"
        case .rulesByYear: "评分规则：{years}（docs/scoring.md）"
        case .markdownHeadline: "**{rating}**，关键指标未达标（法定义务）：**{ids}**（评分规则 {rules}）。"
        }
    }
}

extension ScoreRenderer {
    /// A wording of the score outputs in English.
    static func wording(
        _ key: ScoreWording, _ arguments: [String: Diagnostic.Message.Argument]
    )
        -> String
    {
        key.text(.english, arguments)
    }

    /// The headline under the 1.1 rules: the rating with the failed critical indicators next to
    /// it; nil under the 1.0 rules (their outputs are unchanged).
    static func headline(_ score: Score, markdown: Bool = false) -> String? {
        guard score.rules != "1.0" else { return nil }
        let failures = score.criticalFailures.map(\.indicatorID)
        let rating = ScoreText.rating(score.rating)
        if failures.isEmpty {
            return wording(.headlineNone, ["rating": .text(rating), "rules": .text(score.rules)])
        }
        return wording(
            markdown ? .markdownHeadline : .headlineFailures,
            [
                "rating": .text(rating), "ids": .text(failures.joined(separator: ", ")),
                "rules": .text(score.rules),
            ])
    }

    /// The sentence on the overall cap, if there is one.
    static func overallCapSentence(_ score: Score) -> String? {
        guard let cap = score.overallCap else { return nil }
        return wording(
            .overallCap,
            [
                "original": .text(ScoreText.points(cap.original)),
                "capped": .text(ScoreText.points(cap.capped)), "band": .text(cap.to.title.en),
            ])
    }
}
