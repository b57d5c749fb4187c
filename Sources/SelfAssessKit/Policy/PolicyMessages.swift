/// The wordings of the policy loader (SA902 and the shared codes it reports).
enum PolicyMessages: String, MessageCatalog {
    case unsupportedSchema = "SA902.schema"
    case unsupportedSchemaHint = "SA902.schema.hint"
    case noRules = "SA902.no-rules"
    case noRulesHint = "SA902.no-rules.hint"
    case invalidRuleID = "SA902.rule-id"
    case invalidRuleIDHint = "SA902.rule-id.hint"
    case ruleIDTwice = "SA902.rule-id-twice"
    case ruleIDTwiceHint = "SA902.rule-id-twice.hint"
    case firstUsedHere = "SA902.first-used.note"
    case when = "SA101.when"
    case scoreBelowRange = "SA902.score-below"
    case noCondition = "SA902.no-condition"
    case noConditionHint = "SA902.no-condition.hint"
    case rejectedForOnlyRejected = "SA902.rejected-for-submission"
    case rejectedForOnlyRejectedHint = "SA902.rejected-for-submission.hint"
    case resultsOnlyAccepted = "SA902.results-submission"
    case splitRule = "SA902.split.hint"
    case rejectedHasNoResults = "SA902.rejected-for-results"
    case emptyList = "SA902.empty-list"
    case emptyListHint = "SA902.empty-list.hint"
    case notCritical = "SA902.not-critical"
    case criticalIndicators = "SA902.not-critical.hint"
    case noSuchIndicator = "SA902.no-indicator"
    case frameworkIndicatorsHint = "SA902.no-indicator.hint"
    case didYouMean = "SA902.did-you-mean.hint"
    case notAnIndicatorID = "SA902.not-indicator-id"
    case indicatorIDHint = "SA902.not-indicator-id.hint"
    case noTest = "SA902.no-test"
    case moreThanOneTest = "SA902.several-tests"
    case oneTestHint = "SA902.test.hint"
    case comparesNumbers = "SA902.compares-numbers"
    case comparesNumbersHint = "SA902.compares-numbers.hint"
    case listsWords = "SA902.lists-words"
    case listsWordsHint = "SA902.lists-words.hint"
    case bothPatterns = "SA902.both-patterns"
    case bothPatternsHint = "SA902.both-patterns.hint"
    case noPattern = "SA902.no-pattern"
    case noPatternHint = "SA902.no-pattern.hint"
    case raiseNotAbove = "SA902.raise-not-above"
    case ladderHint = "SA902.ladder.hint"
    case dueDay = "SA902.due-day"
    case dueDayHint = "SA902.due-day.hint"
    case dueYear = "SA902.due-year"
    case dueBeforeYearEnds = "SA902.due-before-year-ends"
    case dueYearsMapping = "SA902.due-years-mapping"

    var english: String {
        switch self {
        case .dueDay: "`{value}` is not a day of the year written MM-DD"
        case .dueDayHint:
            "write the month and the day, such as `03-31` (31 March of the year after the reporting year); 29 February is not every year's"
        case .dueYear: "`{year}` is not a reporting year (four digits)"
        case .dueBeforeYearEnds:
            "the {year} report cannot be due on {date}, before the year has ended"
        case .dueYearsMapping:
            "`years` must map reporting years to due dates, such as `2025: 2026-04-30`"
        case .unsupportedSchema: "unsupported policy schema `{schema}`"
        case .unsupportedSchemaHint: "this version of selfassess reads {schema}"
        case .noRules: "the policy has no rules"
        case .noRulesHint:
            "a policy that never recommends anything needs no file; list at least one rule"
        case .invalidRuleID: "rule id `{id}` is not valid"
        case .invalidRuleIDHint:
            "use lower-case letters, digits and hyphens, such as `rating-non-compliant`"
        case .ruleIDTwice: "rule id `{id}` is used twice"
        case .ruleIDTwiceHint: "rules and escalations share one set of ids; rename one"
        case .firstUsedHere: "first used here"
        case .when: "`when`"
        case .scoreBelowRange: "score-below must be above 0 and at most 100 (found {value})"
        case .noCondition: "`when` sets no condition, so the rule would fire for every signatory"
        case .noConditionHint:
            "add a condition such as `rating:`, `critical-failed:` or `submission:`"
        case .rejectedForOnlyRejected:
            "`rejected-for` holds only for rejected submissions, so `submission` can only be "
                + "`rejected` here"
        case .rejectedForOnlyRejectedHint: "leave `submission` out; `rejected-for` implies it"
        case .resultsOnlyAccepted:
            "conditions on scores, ratings, critical failures and answers hold only for accepted "
                + "submissions, never with `submission: {other}`"
        case .splitRule: "split this into two rules"
        case .rejectedHasNoResults:
            "a rejected submission has no scores, so `rejected-for` never holds together with "
                + "conditions on results"
        case .emptyList: "the list is empty"
        case .emptyListHint: "leave the key out instead"
        case .notCritical: "{id} is not a critical indicator, so it never fails as one"
        case .criticalIndicators: "critical indicators: {ids}"
        case .noSuchIndicator: "the framework has no indicator `{id}`"
        case .frameworkIndicatorsHint: "the framework {framework} defines indicators such as A1.6"
        case .didYouMean: "did you mean `{suggestion}`?"
        case .notAnIndicatorID: "`{id}` is not an indicator id"
        case .indicatorIDHint: "indicator ids look like A1.6"
        case .noTest: "the indicator condition has no test"
        case .moreThanOneTest: "the indicator condition has more than one test"
        case .oneTestHint: "give exactly one of `above`, `below` or `answer`"
        case .comparesNumbers: "`{key}` compares numbers, but {id} takes {type} answers"
        case .comparesNumbersHint: "use `answer: [...]` for this indicator"
        case .listsWords: "`answer` lists words, but {id} takes {type} answers"
        case .listsWordsHint: "use `above` or `below`"
        case .bothPatterns:
            "an escalation has either `consecutive-years` or `again-within-years`, not both"
        case .bothPatternsHint: "write two escalations"
        case .noPattern: "the escalation gives neither `consecutive-years` nor `again-within-years`"
        case .noPatternHint: "add `consecutive-years: 2` or `again-within-years: 3`"
        case .raiseNotAbove: "`raise-to: {raise}` is not above `at-least: {atLeast}`"
        case .ladderHint: "the ladder, mildest first: {actions}"
        }
    }
}

extension Diagnostic.Message {
    /// A policy wording, with its arguments.
    static func policy(_ key: PolicyMessages, _ arguments: [String: Argument] = [:]) -> Self {
        Self(catalogKey: key, arguments)
    }
}
