public import Foundation

/// Reads an answer as its indicator's answer type allows, with hints for the usual mistakes.
public enum AnswerText {
    /// Words people write for yes, partial and no, mapped to the format's words.
    static let synonyms: [String: String] = [
        "true": "yes", "y": "yes", "是": "yes", "有": "yes", "符合": "yes", "已落实": "yes",
        "false": "no", "n": "no", "否": "no", "无": "no", "没有": "no", "不符合": "no", "未落实": "no",
        "部分": "partial", "部分符合": "partial", "partly": "partial", "partially": "partial",
        "n/a": "not-applicable", "na": "not-applicable", "not applicable": "not-applicable",
        "不适用": "not-applicable", "none": "not-applicable",
    ]

    /// The allowed answers of an indicator, as a hint.
    public static func allowedHint(for indicator: Indicator) -> String {
        var allowed: [String]
        switch indicator.answer.type {
        case .yesNo, .yesPartialNo:
            allowed = indicator.answer.choices ?? []
        case .maturity:
            allowed = ["a level from 0 to 4"]
        case .number(let rule):
            allowed = ["a number in \(rule.unit.en)"]
        case .date:
            allowed = ["a date written YYYY-MM-DD"]
        case .text:
            allowed = ["text"]
        }
        if indicator.allowsNotApplicable { allowed.append("not-applicable") }
        return "answer with " + Suggestions.list(allowed)
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
                    .notApplicableNotAllowed, "\(indicator.id) cannot be answered not-applicable",
                    at: node.location,
                    path: path,
                    hint: "the framework requires an answer here: " + allowedHint(for: indicator))
                return nil
            }
            return .notApplicable
        }
        switch indicator.answer.type {
        case .yesNo, .yesPartialNo:
            let choices = indicator.answer.choices ?? []
            if choices.contains(trimmed) { return choiceValue(trimmed) }
            decoder.report(
                .invalidAnswer, "`\(text)` is not an answer \(indicator.id) allows",
                at: node.location, path: path,
                hint: choiceHint(text, indicator: indicator))
            return nil
        case .maturity:
            guard let level = Int(trimmed), trimmed.allSatisfy(\.isASCII), (0...4).contains(level)
            else {
                let levels = indicator.answer.levels.map { "\($0.value) = \($0.meaning.en)" }
                decoder.report(
                    .maturityOutOfRange,
                    Int(trimmed) != nil
                        ? "maturity level \(trimmed) is out of range 0–4"
                        : "`\(text)` is not a maturity level",
                    at: node.location, path: path,
                    hint: levels.isEmpty
                        ? "a whole number from 0 to 4" : "levels: " + levels.joined(separator: "; ")
                )
                return nil
            }
            return .maturity(level)
        case .number(let rule):
            return number(
                trimmed, original: text, rule: rule, node: node, path: path, decoder: &decoder)
        case .date:
            guard let date = CalendarDate(trimmed) else {
                decoder.report(
                    .invalidDate, "`\(text)` is not a date", at: node.location, path: path,
                    hint: "write a real date as YYYY-MM-DD, for example 2025-06-30")
                return nil
            }
            if let year, date > CalendarDate.endOfYear(year) {
                decoder.report(
                    .invalidDate, "\(date) is after the end of the reporting year \(year)",
                    at: node.location,
                    path: path, hint: "give the date of the latest event within the reporting year")
                return nil
            }
            return .date(date)
        case .text:
            guard !trimmed.isEmpty else {
                decoder.report(
                    .emptyText, "the text answer is empty", at: node.location, path: path)
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

    private static func choiceHint(_ text: String, indicator: Indicator) -> String {
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
        var hint = allowedHint(for: indicator)
        if lowered == "partial", !choices.contains("partial") {
            return "\(indicator.id) takes yes or no only; " + hint
        }
        if let suggestion,
            choices.contains(suggestion)
                || (suggestion == "not-applicable" && indicator.allowsNotApplicable)
        {
            hint = "did you mean `\(suggestion)`? " + hint
        }
        return hint
    }

    private static func number(
        _ text: String, original: String, rule: NumberRule, node: YAMLNode, path: FieldPath,
        decoder: inout NodeDecoder
    ) -> AnswerValue? {
        guard let value = DecimalText.parse(text) else {
            var hint =
                "write a plain number in \(rule.unit.en), such as \(DecimalText.plain(rule.target))"
            let stripped = text.trimmingCharacters(
                in: CharacterSet(charactersIn: "%％ ")
                    .union(.letters)
            ).trimmingCharacters(in: .whitespaces)
            if stripped != text, DecimalText.parse(stripped) != nil {
                hint = "write \(stripped) without the unit; the unit is \(rule.unit.en)"
            } else if text.contains(",") {
                hint = "write the number without thousands separators"
            }
            decoder.report(
                .invalidNumber, "`\(original)` is not a number", at: node.location, path: path,
                hint: hint)
            return nil
        }
        if rule.integer, value != value.rounded(0) {
            decoder.report(
                .invalidNumber, "\(text) is not a whole number", at: node.location, path: path,
                hint: "\(rule.unit.en) are counted in whole numbers")
            return nil
        }
        if let min = rule.min, value < min {
            decoder.report(
                .invalidNumber,
                "\(text) is below the smallest valid value \(DecimalText.plain(min))",
                at: node.location, path: path, hint: validRange(rule))
            return nil
        }
        if let max = rule.max, value > max {
            decoder.report(
                .invalidNumber,
                "\(text) is above the largest valid value \(DecimalText.plain(max))",
                at: node.location, path: path, hint: validRange(rule))
            return nil
        }
        return .number(value)
    }

    private static func validRange(_ rule: NumberRule) -> String {
        let low = rule.min.map(DecimalText.plain) ?? "−∞"
        let high = rule.max.map(DecimalText.plain) ?? "∞"
        return "valid values run from \(low) to \(high) \(rule.unit.en)"
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
