public import Foundation

/// Reads an answer as its indicator's answer type allows, with hints for the usual mistakes.
enum AnswerText {
    /// Words people write for yes, partial and no, mapped to the format's words.
    static let synonyms: [String: String] = [
        "true": "yes", "y": "yes", "是": "yes", "有": "yes", "符合": "yes", "已落实": "yes",
        "false": "no", "n": "no", "否": "no", "无": "no", "没有": "no", "不符合": "no", "未落实": "no",
        "部分": "partial", "部分符合": "partial", "partly": "partial", "partially": "partial",
        "n/a": "not-applicable", "na": "not-applicable", "not applicable": "not-applicable",
        "不适用": "not-applicable", "none": "not-applicable",
    ]

    /// The allowed answers of an indicator, as a hint in English.
    public static func allowedHint(for indicator: Indicator) -> String {
        Diagnostic.Message.allowedAnswers(for: indicator).text(in: .english)
    }

    /// Decodes an answer node; reports and returns nil when it is not allowed.
    static func decode(
        _ node: YAMLNode, for indicator: Indicator, path: FieldPath, year: Int?,
        decoder: inout NodeDecoder
    ) -> AnswerValue? {
        guard let text = decoder.text(node, at: path) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "not-applicable" {
            guard indicator.allowsNotApplicable else {
                decoder.report(
                    .notApplicableNotAllowed, .notApplicableNotAllowed(indicator.id),
                    at: node.location, path: path,
                    hint: .notApplicableNotAllowedHint(indicator))
                return nil
            }
            return .notApplicable
        }
        switch indicator.answer.type {
        case .yesNo, .yesPartialNo:
            let choices = indicator.answer.choices ?? []
            if choices.contains(trimmed) { return choiceValue(trimmed) }
            decoder.report(
                .invalidAnswer, .invalidAnswer(text, id: indicator.id),
                at: node.location, path: path,
                hint: choiceHint(text, indicator: indicator))
            return nil
        case .maturity:
            guard let level = Int(trimmed), trimmed.allSatisfy(\.isASCII), (0...4).contains(level)
            else {
                decoder.report(
                    .maturityOutOfRange,
                    Int(trimmed) != nil ? .maturityOutOfRange(trimmed) : .notAMaturityLevel(text),
                    at: node.location, path: path, hint: .maturityHint(indicator))
                return nil
            }
            return .maturity(level)
        case .number(let rule):
            return number(
                trimmed, original: text, rule: rule, node: node, path: path, decoder: &decoder)
        case .date:
            guard let date = CalendarDate(trimmed) else {
                decoder.report(
                    .invalidDate, .answerNotADate(text), at: node.location, path: path,
                    hint: CalendarDate.meant(by: trimmed).map { .dateMeant("\($0)") }
                        ?? .answerNotADateHint)
                return nil
            }
            if let year, date > CalendarDate.endOfYear(year) {
                decoder.report(
                    .invalidDate, .afterReportingYear(date, year: year), at: node.location,
                    path: path, hint: .afterReportingYearHint)
                return nil
            }
            return .date(date)
        case .text:
            guard !trimmed.isEmpty else {
                decoder.report(
                    .emptyText, .emptyText, at: node.location, path: path)
                return nil
            }
            return .text(text)
        }
    }

    private static func choiceValue(_ text: String) -> AnswerValue? {
        switch text {
        case "yes": .yes
        case "partial": .partial
        case "no": .no
        default: nil
        }
    }

    private static func choiceHint(_ text: String, indicator: Indicator) -> Diagnostic.Message {
        let choices = indicator.answer.choices ?? []
        let lowered = text.lowercased().trimmingCharacters(in: .whitespaces)
        var suggestion: String?
        if choices.contains(lowered) {
            suggestion = lowered
        } else if let mapped = synonyms[lowered] {
            suggestion = mapped
        } else {
            suggestion = Suggestions.closest(to: lowered, in: choices)
        }
        if lowered == "partial", !choices.contains("partial") {
            return .yesOrNoOnly(indicator)
        }
        if let suggestion,
            choices.contains(suggestion)
                || (suggestion == "not-applicable" && indicator.allowsNotApplicable)
        {
            return .didYouMean(suggestion, .allowedAnswers(for: indicator))
        }
        return .allowedAnswers(for: indicator)
    }

    private static func number(
        _ text: String, original: String, rule: NumberRule, node: YAMLNode, path: FieldPath,
        decoder: inout NodeDecoder
    ) -> AnswerValue? {
        guard let value = DecimalText.parse(text) else {
            var hint = Diagnostic.Message.plainNumberHint(
                unit: rule.unit, example: DecimalText.plain(rule.target))
            let stripped = text.trimmingCharacters(
                in: CharacterSet(charactersIn: "%％ ")
                    .union(.letters)
            ).trimmingCharacters(in: .whitespaces)
            if stripped != text, DecimalText.parse(stripped) != nil {
                hint = .withoutUnitHint(stripped, unit: rule.unit)
            } else if text.contains(",") {
                hint = .thousandsHint
            }
            decoder.report(
                .invalidNumber, .notANumber(original), at: node.location, path: path,
                hint: hint)
            return nil
        }
        if rule.integer, value != value.rounded(0) {
            decoder.report(
                .invalidNumber, .notWholeNumber(text), at: node.location, path: path,
                hint: .notWholeNumberHint(unit: rule.unit))
            return nil
        }
        if let min = rule.min, value < min {
            decoder.report(
                .invalidNumber,
                .belowMinimum(text, min: DecimalText.plain(min)),
                at: node.location, path: path, hint: validRange(rule))
            return nil
        }
        if let max = rule.max, value > max {
            decoder.report(
                .invalidNumber,
                .aboveMaximum(text, max: DecimalText.plain(max)),
                at: node.location, path: path, hint: validRange(rule))
            return nil
        }
        implausibility(value, text: text, rule: rule, node: node, path: path, decoder: &decoder)
        return .number(value)
    }

    /// Warns of a valid number that is unlikely for its unit (SA213): a fraction under 1 on a
    /// percent indicator, more than 120 months.
    private static func implausibility(
        _ value: Decimal, text: String, rule: NumberRule, node: YAMLNode, path: FieldPath,
        decoder: inout NodeDecoder
    ) {
        let unit = rule.unit.en.lowercased()
        if unit == "percent" || unit == "%", value > 0, value < 1, value != value.rounded(0) {
            decoder.report(
                .implausibleNumber, .percentAsFraction(text), at: node.location, path: path,
                hint: .percentAsFractionHint(percent: DecimalText.plain(value * 100)))
        } else if unit == "months", value > 120 {
            decoder.report(
                .implausibleNumber, .tooManyMonths(text), at: node.location, path: path,
                hint: Diagnostic.Message(AssessmentMessages.tooManyMonthsHint))
        } else if !rule.integer, value != value.rounded(0), countUnits.contains(rule.unit.zh) {
            // A framework that counts things but does not say `integer: true` (the built-in one
            // does, and refuses a fraction with SA204).
            decoder.report(
                .implausibleNumber, .countWithDecimals(text, unit: rule.unit),
                at: node.location, path: path, hint: .countWithDecimalsHint(unit: rule.unit))
        }
    }

    /// Chinese measure words of things counted one by one: a unit that is one of them is a count.
    static let countUnits: Set<String> = ["项", "个", "次", "件", "人", "起", "款", "条", "家", "名"]

    private static func validRange(_ rule: NumberRule) -> Diagnostic.Message {
        let low = rule.min.map(DecimalText.plain) ?? "−∞"
        let high = rule.max.map(DecimalText.plain) ?? "∞"
        return .validRange(low: low, high: high, unit: rule.unit)
    }
}

extension Decimal {
    /// The value rounded to `places` decimal places, half away from zero.
    public func rounded(_ places: Int) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }
}
