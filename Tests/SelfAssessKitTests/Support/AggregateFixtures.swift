import Foundation
import SelfAssessTestSupport

@testable import SelfAssessKit

/// Records, histories and a synthetic sector built in code, for the aggregate tests.
enum AggregateFixtures {
    /// A decimal from its text (exact, unlike a floating-point literal).
    static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }

    /// Decimals from their texts.
    static func decimals(_ texts: [String]) -> [Decimal] { texts.map(decimal) }

    /// Two decimal places, as machine outputs print figures.
    static func text(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: 2) } ?? "nil"
    }

    /// The rating band id of an overall score under the built-in bands.
    static func rating(_ score: Decimal) -> String {
        score >= 85 ? "compliant" : score >= 60 ? "partially-compliant" : "non-compliant"
    }

    /// An accepted record with an overall score, optional article scores and indicator answers.
    static func accepted(
        _ id: String, year: Int = 2025, category: String = "news", overall: String,
        articles: [String?] = [], criticals: [String] = [],
        indicators: [SignatoryRecord.IndicatorResult] = []
    ) -> SignatoryRecord {
        let score = decimal(overall)
        return SignatoryRecord(
            signatory: id, name: "Name of \(id)", category: category, year: year,
            submission: .accepted,
            overall: score, rating: rating(score),
            articles: articles.enumerated().map {
                SignatoryRecord.ArticleResult(number: $0.offset + 1, score: $0.element.map(decimal))
            },
            criticalFailures: criticals, indicators: indicators)
    }

    /// A record of a signatory that did not submit.
    static func missing(
        _ id: String, year: Int = 2025, category: String = "news"
    ) -> SignatoryRecord {
        SignatoryRecord(
            signatory: id, name: "Name of \(id)", category: category, year: year,
            submission: .missing)
    }

    /// A record of a signatory whose submission was refused.
    static func rejected(
        _ id: String, year: Int = 2025, category: String = "news", reasons: [RejectionReason]
    ) -> SignatoryRecord {
        SignatoryRecord(
            signatory: id, name: "Name of \(id)", category: category, year: year,
            submission: .rejected(for: reasons))
    }

    /// An indicator result with the framework's score for a yes/partial/no answer.
    static func answer(_ id: String, _ value: AnswerValue) -> SignatoryRecord.IndicatorResult {
        let article = Int(id.dropFirst().split(separator: ".").first ?? "1") ?? 1
        let score: Decimal?
        switch value {
        case .yes: score = 1
        case .partial: score = decimal("0.5")
        case .no: score = 0
        case .maturity(let level): score = Decimal(level) / 4
        case .notApplicable, .text: score = nil
        case .number, .date: score = nil
        }
        return SignatoryRecord.IndicatorResult(
            id: id, article: article, answer: value, score: score)
    }

    /// A deterministic synthetic sector: `count` signatories over two years in four categories,
    /// scores spread over the bands, a few missing, rejected and with critical failures.
    static func sector(count: Int = 24) -> [SignatoryRecord] {
        let categories = ["news", "social", "e-commerce", "tools", "games"]
        var records: [SignatoryRecord] = []
        for index in 0..<count {
            let id = String(format: "signatory-%02d", index + 1)
            let category = categories[
                index % 7 < 3 ? 0 : index % 7 < 5 ? 1 : index % 7 == 5 ? 2 : 3 + index % 2]
            for year in [2024, 2025] {
                if year == 2025, index % 11 == 4 {
                    records.append(missing(id, year: year, category: category))
                    continue
                }
                if year == 2025, index % 13 == 7 {
                    records.append(
                        rejected(id, year: year, category: category, reasons: [.tampered]))
                    continue
                }
                let base = 45 + (index * 37) % 50 + (year == 2025 ? (index % 4) * 2 : 0)
                let articles = (1...7).map { article -> String? in
                    if article == 6, index % 5 == 0 { return nil }
                    return
                        "\(min(100, max(0, base + (article * 13 + index * 7) % 21 - 10))).\(index % 2 == 0 ? "50" : "25")"
                }
                let indicators = (1...7).flatMap { article in
                    (1...3).map { number -> SignatoryRecord.IndicatorResult in
                        let pick = (index + article * 3 + number + year) % 7
                        let value: AnswerValue =
                            pick < 3 ? .yes : pick < 5 ? .partial : pick < 6 ? .no : .notApplicable
                        return answer("A\(article).\(number)", value)
                    }
                }
                records.append(
                    accepted(
                        id, year: year, category: category, overall: "\(base).\(index % 4 * 25)",
                        articles: articles,
                        criticals: base < 55 ? ["A2.5"] : [], indicators: indicators))
            }
        }
        return records
    }
}
