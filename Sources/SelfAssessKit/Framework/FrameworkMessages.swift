/// The wordings of the framework loader (SA901 and the shared codes it reports).
enum FrameworkMessages: String, MessageCatalog {
    case unsupportedSchema = "SA901.schema"
    case unsupportedSchemaHint = "SA901.schema.hint"
    case invalidID = "SA901.id"
    case invalidIDHint = "SA901.id.hint"
    case categoryTwice = "SA901.category-twice"
    case noCategories = "SA901.no-categories"
    case criticalPassRange = "SA901.critical-pass"
    case bandMinimumRange = "SA901.band-min"
    case bandOrder = "SA901.band-order"
    case bandTwice = "SA901.band-twice"
    case lowestBand = "SA901.lowest-band"
    case noBands = "SA901.no-bands"
    case ruleTwice = "SA901.rule-twice"
    case articlePosition = "SA901.article-position"
    case articlePositionHint = "SA901.article-position.hint"
    case indicatorTwice = "SA901.indicator-twice"
    case noIndicators = "SA901.no-indicators"
    case articleCount = "SA901.article-count"
    case zeroWeight = "SA901.weight"
    case zeroWeightHint = "SA901.weight.hint"
    case indicatorIDArticle = "SA901.indicator-id"
    case indicatorIDArticleHint = "SA901.indicator-id.hint"
    case unknownRule = "SA901.unknown-rule"
    case addRuleHint = "SA901.unknown-rule.hint"
    case didYouMeanOr = "SA901.did-you-mean-or.hint"
    case keyNotForType = "SA901.key-not-for-type"
    case maturityLevels = "SA901.maturity-levels"
    case numberNeeds = "SA101.number-needs"
    case floorIsTarget = "SA901.floor-target"
    case targetAbove = "SA901.target-above"
    case targetBelow = "SA901.target-below"
    case minAboveMax = "SA901.min-max"
    case criticalWithoutRules = "SA901.critical-without-rules"
    case criticalWithoutRulesHint = "SA901.critical-without-rules.hint"
    case rulesNeedCritical = "SA901.rules-need-critical"
    case ceilingOrder = "SA901.ceiling-order"
    case ceilingOrderHint = "SA901.ceiling-order.hint"
    case firstCeiling = "SA901.first-ceiling"
    case noCeilings = "SA901.no-ceilings"
    case criticalText = "SA901.critical-text"
    case criticalTextHint = "SA901.critical-text.hint"

    var english: String {
        switch self {
        case .unsupportedSchema: "unsupported framework schema `{schema}`"
        case .unsupportedSchemaHint: "this version of selfassess reads selfassess.framework/v1"
        case .invalidID: "framework id `{id}` is not valid"
        case .invalidIDHint: "use lower-case letters, digits, dots and hyphens"
        case .categoryTwice: "category `{id}` is listed twice"
        case .noCategories: "the framework lists no categories"
        case .criticalPassRange: "critical-pass must be above 0 and at most 1"
        case .bandMinimumRange: "band minimum {min} is outside 0–100"
        case .bandOrder: "bands must be listed from the highest minimum to the lowest"
        case .bandTwice: "band `{id}` is listed twice"
        case .lowestBand: "the lowest band must start at 0"
        case .noBands: "the framework defines no rating bands"
        case .ruleTwice: "rule `{id}` is listed twice"
        case .articlePosition: "article {number} is listed in position {position}"
        case .articlePositionHint: "list articles 1 to 7, each once, in order"
        case .indicatorTwice: "indicator {id} is defined twice (first at line {line})"
        case .noIndicators: "article {number} has no indicators"
        case .articleCount: "the framework has {count} articles; the Convention has seven"
        case .zeroWeight: "weight must be greater than 0 (found {weight})"
        case .zeroWeightHint:
            "an indicator that should not count belongs out of the framework, not at weight 0"
        case .indicatorIDArticle: "indicator id `{id}` does not fit article {article}"
        case .indicatorIDArticleHint: "indicator ids are written A{article}.1, A{article}.2, …"
        case .unknownRule: "rule `{id}` is not in the catalogue"
        case .addRuleHint: "add it to the `rules` catalogue"
        case .didYouMeanOr: "did you mean `{suggestion}`? or {hint}"
        case .keyNotForType: "`{key}` does not apply to {type} answers"
        case .maturityLevels: "a maturity answer needs the meaning of each level 0 to 4"
        case .numberNeeds: "a number answer needs `{key}`"
        case .floorIsTarget: "floor and target must differ"
        case .targetAbove: "with better: {better} the target must be above the floor"
        case .targetBelow: "with better: {better} the target must be below the floor"
        case .minAboveMax: "min is above max"
        case .criticalWithoutRules: "`critical` rules need `rules: \"1.1\"`"
        case .criticalWithoutRulesHint:
            "without `rules: \"1.1\"` the 1.0 rules apply: a failure caps its article one band down"
        case .rulesNeedCritical: "the 1.1 rules need a `critical` section"
        case .ceilingOrder:
            "article ceilings must list more failures than the one before, in the same or a lower band"
        case .ceilingOrderHint:
            "a second failure may never leave an article better off than the first (docs/scoring.md)"
        case .firstCeiling: "the first article ceiling must be for 1 failure"
        case .noCeilings: "the 1.1 rules need at least one article ceiling"
        case .criticalText: "indicator {id} is critical but its answer is text, which is not scored"
        case .criticalTextHint:
            "a text answer cannot fail; make it yes-no or another scored type, or drop `critical`"
        }
    }
}

extension Diagnostic.Message {
    /// A framework wording, with its arguments.
    static func framework(_ key: FrameworkMessages, _ arguments: [String: Argument] = [:]) -> Self {
        Self(catalogKey: key, arguments)
    }
}
