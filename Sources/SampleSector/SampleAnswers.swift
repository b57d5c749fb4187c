import Foundation
import SelfAssessKit

/// Plausible answers to every indicator of a framework for a given quality (the share of duties
/// met): most answers follow the quality, with noise; critical indicators pass unless a failure
/// is planted; a few indicators that allow it are not applicable.
struct SampleAnswers {
    var framework: Framework
    var year: Int

    /// The answers by indicator id, each citing its article's evidence file.
    func answers(
        quality: Double, criticalFailure: String?, overdue: Bool, random: inout SampleRandom
    ) -> [String: IndicatorAnswer] {
        var out: [String: IndicatorAnswer] = [:]
        let place = Diagnostic.Location(file: "generated", line: 1, column: 1)
        for indicator in framework.indicators {
            let evidence = [
                EvidenceItem(
                    path: Self.evidencePath(article: indicator.article), date: nil, description: nil
                )
            ]
            if indicator.allowsNotApplicable, !indicator.critical, random.chance(0.06) {
                out[indicator.id] = IndicatorAnswer(
                    id: indicator.id, value: .notApplicable, evidence: [],
                    justification: "本公司不提供该项服务。We do not run this kind of service.", location: place
                )
                continue
            }
            let value: AnswerValue
            if indicator.critical {
                let fails = indicator.id == criticalFailure || (indicator.id == "A1.6" && overdue)
                value = critical(indicator, fails: fails, quality: quality, random: &random)
            } else {
                value = ordinary(indicator, quality: quality, random: &random)
            }
            out[indicator.id] = IndicatorAnswer(
                id: indicator.id, value: value, evidence: evidence, location: place)
        }
        return out
    }

    /// The evidence file every indicator of an article cites.
    static func evidencePath(article: Int) -> String { "evidence/article-\(article)-records.md" }

    private func ordinary(
        _ indicator: Indicator, quality: Double, random: inout SampleRandom
    ) -> AnswerValue {
        let level = min(max(quality + (random.unit() - 0.5) * 0.3, 0), 1)
        switch indicator.answer.type {
        case .yesNo:
            return random.chance(quality) ? .yes : .no
        case .yesPartialNo:
            let draw = random.unit()
            return draw < quality ? .yes : draw < quality + (1 - quality) * 0.6 ? .partial : .no
        case .maturity:
            return .maturity(min(4, max(0, Int((level * 4).rounded()))))
        case .number(let rule):
            return .number(number(rule, level: level))
        case .date(let months):
            return .date(date(within: random.chance(quality), months: months, random: &random))
        case .text:
            return .text("见证明材料。See the evidence.")
        }
    }

    private func critical(
        _ indicator: Indicator, fails: Bool, quality: Double, random: inout SampleRandom
    ) -> AnswerValue {
        switch indicator.answer.type {
        case .yesNo:
            return fails ? .no : .yes
        case .yesPartialNo:
            if fails { return .no }
            return random.chance(quality) ? .yes : .partial
        case .maturity:
            if fails { return .maturity(1) }
            return .maturity(min(4, max(2, Int((quality * 4).rounded()))))
        case .number(let rule):
            // A critical number passes only at its target (their pass mark is 1).
            if fails {
                let miss = rule.floor + (rule.target - rule.floor) / 2
                return .number(
                    rule.integer
                        ? Decimal(Int(NSDecimalNumber(decimal: miss).doubleValue.rounded())) : miss)
            }
            return .number(rule.target)
        case .date(let months):
            return .date(date(within: !fails, months: months, random: &random))
        case .text:
            return .text("见证明材料。See the evidence.")
        }
    }

    private func number(_ rule: NumberRule, level: Double) -> Decimal {
        let floor = NSDecimalNumber(decimal: rule.floor).doubleValue
        let target = NSDecimalNumber(decimal: rule.target).doubleValue
        var value = floor + (target - floor) * level
        if let min = rule.min.map({ NSDecimalNumber(decimal: $0).doubleValue }) {
            value = Swift.max(value, min)
        }
        if let max = rule.max.map({ NSDecimalNumber(decimal: $0).doubleValue }) {
            value = Swift.min(value, max)
        }
        let rounded = rule.integer ? value.rounded() : (value * 10).rounded() / 10
        return Decimal(
            string: String(format: rule.integer ? "%.0f" : "%.1f", rounded),
            locale: Locale(identifier: "en_US_POSIX"))
            ?? rule.target
    }

    private func date(within: Bool, months: Int?, random: inout SampleRandom) -> CalendarDate {
        let month = 1 + Int(random.next() % 11)
        let day = 1 + Int(random.next() % 28)
        let year = within ? self.year : self.year - 1 - (months ?? 12) / 12 - 1
        return CalendarDate(year: year, month: month, day: day) ?? CalendarDate.startOfYear(year)
    }
}
