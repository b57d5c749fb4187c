import Foundation
import SelfAssessTestSupport

@testable import SelfAssessKit

/// Small frameworks and assessments built in code, for the scoring and diff tests.
enum ScoringFixtures {
    /// A decimal from its text (exact, unlike a floating-point literal).
    static func dec(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }

    static func bilingual(_ text: String) -> Bilingual {
        Bilingual(zh: "指标\(text)", en: "Indicator \(text)")
    }

    /// The built-in framework's bands: compliant ≥ 85, partially compliant ≥ 60, non-compliant ≥ 0.
    static let bands = [
        Framework.Band(id: "compliant", title: Bilingual(zh: "合规", en: "Compliant"), min: 85),
        Framework.Band(
            id: "partially-compliant", title: Bilingual(zh: "部分合规", en: "Partially compliant"),
            min: 60),
        Framework.Band(
            id: "non-compliant", title: Bilingual(zh: "不合规", en: "Non-compliant"), min: 0),
    ]

    static func number(floor: String, target: String) -> AnswerType {
        let low = dec(floor)
        let high = dec(target)
        return .number(
            NumberRule(
                unit: Bilingual(zh: "单位", en: "units"), floor: low, target: high,
                better: high > low ? .higher : .lower,
                min: nil, max: nil, integer: false))
    }

    /// An indicator; the article is taken from the id (`X2.1` is article 2).
    static func indicator(
        _ id: String, _ type: AnswerType, weight: Decimal = 1, critical: Bool = false,
        criticalPass: Decimal? = nil,
        notApplicable: Bool = true, title: Bilingual? = nil
    ) -> Indicator {
        let article = Int(id.dropFirst().split(separator: ".").first ?? "1") ?? 1
        var levels: [AnswerSpec.Level] = []
        if case .maturity = type {
            levels = (0...4).map {
                AnswerSpec.Level(value: String($0), meaning: Bilingual(zh: "级", en: "level"))
            }
        }
        return Indicator(
            id: id, article: article, title: title ?? bilingual(id), question: bilingual(id),
            guidance: bilingual(id),
            answer: AnswerSpec(type: type, levels: levels), weight: weight, critical: critical,
            criticalPass: criticalPass, evidence: .optional,
            notApplicable: notApplicable
                ? Bilingual(zh: "不适用时", en: "when it does not apply") : nil, rules: [])
    }

    /// A framework of the given articles (numbered as given).
    static func framework(
        _ articles: [(number: Int, weight: Decimal, indicators: [Indicator])],
        criticalPass: Decimal = dec("0.5"),
        id: String = "test", version: String = "1.0", bands: [Framework.Band] = bands,
        titles: [Int: Bilingual] = [:]
    ) -> Framework {
        Framework(
            id: id, version: version, title: Bilingual(zh: "测试框架", en: "Test framework"),
            issued: nil, publisher: nil,
            categories: [Framework.Category(id: "other", title: Bilingual(zh: "其他", en: "Other"))],
            scoring: Framework.Scoring(bands: bands, criticalPass: criticalPass), rules: [],
            articles: articles.map {
                Framework.Article(
                    number: $0.number, weight: $0.weight,
                    title: titles[$0.number]
                        ?? Bilingual(zh: "第\($0.number)条", en: "Article \($0.number)"),
                    indicators: $0.indicators)
            }, sha256: String(repeating: "0", count: 64))
    }

    static func info(
        signatory: String = "acme", name: String = "测试公司", year: Int = 2025,
        framework: FrameworkReference
    ) -> AssessmentInfo {
        AssessmentInfo(
            framework: framework, signatory: .init(id: signatory, name: name, category: "other"),
            year: year,
            contact: .init(name: "王丽", email: "a@example.cn"),
            declaration: .init(signedBy: "王丽", date: CalendarDate.startOfYear(year + 1)))
    }

    static func answer(
        _ id: String, _ value: AnswerValue, evidence: [EvidenceItem] = [], note: String? = nil,
        justification: String? = nil
    ) -> IndicatorAnswer {
        IndicatorAnswer(
            id: id, value: value, evidence: evidence, note: note,
            justification: justification ?? (value == .notApplicable ? "does not apply" : nil),
            location: .file("article.yaml"))
    }

    /// An assessment answering a framework; the answers are grouped into their articles.
    static func assessment(
        _ answers: [IndicatorAnswer], framework: Framework, signatory: String = "acme",
        name: String = "测试公司",
        year: Int = 2025
    ) -> Assessment {
        var articles: [ArticleAnswers] = []
        for article in framework.articles {
            let ids = Set(article.indicators.map(\.id))
            articles.append(
                ArticleAnswers(
                    number: article.number, answers: answers.filter { ids.contains($0.id) }))
        }
        return Assessment(
            info: info(
                signatory: signatory, name: name, year: year, framework: framework.reference),
            articles: articles
        )
    }

    /// A one-article framework with one indicator of `type`, and the score of `value` under it.
    static func single(_ type: AnswerType, _ value: AnswerValue, year: Int = 2025) -> Score {
        let framework = framework([(1, 1, [indicator("X1.1", type)])])
        return Scorer.score(
            assessment([answer("X1.1", value)], framework: framework, year: year), using: framework)
    }

    // MARK: - The worked example of docs/scoring.md

    /// The framework of the worked example in docs/scoring.md.
    static let workedFramework = framework(
        [
            (
                1, 2,
                [
                    indicator(
                        "X1.1", .yesPartialNo, weight: 3, critical: true,
                        title: .init(zh: "许可齐全", en: "Licences in place")),
                    indicator(
                        "X1.2", .maturity, weight: 2,
                        title: .init(zh: "合规义务清单", en: "Compliance register")),
                    indicator(
                        "X1.3", number(floor: "0", target: "100"), weight: 1,
                        title: .init(zh: "培训覆盖率", en: "Training coverage (%)")),
                    indicator(
                        "X1.4", .date(maxAgeMonths: 12), weight: 2,
                        title: .init(zh: "最近一次审计", en: "Latest audit")),
                    indicator(
                        "X1.5", .text, weight: 1, title: .init(zh: "治理说明", en: "Governance notes")),
                ]
            ),
            (
                2, 1,
                [
                    indicator(
                        "X2.1", .yesNo, weight: 2, critical: true, criticalPass: 1,
                        title: .init(zh: "实名认证", en: "Real-name checks")),
                    indicator(
                        "X2.2", number(floor: "72", target: "24"), weight: 3,
                        title: .init(zh: "举报处理时长", en: "Hours to handle a report")),
                    indicator(
                        "X2.3", .yesPartialNo, weight: 1,
                        title: .init(zh: "新功能安全评估", en: "New-feature assessment")),
                    indicator(
                        "X2.4", number(floor: "3", target: "0"), weight: 2, critical: true,
                        criticalPass: 1,
                        title: .init(zh: "逾期整改事项", en: "Overdue rectifications")),
                ]
            ),
            (
                3, 1,
                [
                    indicator(
                        "X3.1", .yesNo, weight: 1,
                        title: .init(zh: "社会责任报告", en: "Social responsibility report"))
                ]
            ),
        ], id: "example", version: "1.0",
        titles: [
            1: .init(zh: "依法经营", en: "Lawful operation"), 2: .init(zh: "网络安全", en: "Cybersecurity"),
            3: .init(zh: "社会责任", en: "Social responsibility"),
        ])

    /// The assessment of the worked example.
    static let workedAssessment = assessment(
        [
            answer("X1.1", .partial),
            answer("X1.2", .maturity(3)),
            answer("X1.3", .number(120)),
            answer(
                "X1.4", .date(CalendarDate(year: 2024, month: 12, day: 31) ?? .startOfYear(2024))),
            answer("X1.5", .text("Quarterly review by the board.")),
            answer("X2.1", .yes),
            answer("X2.2", .number(40)),
            answer("X2.3", .notApplicable, justification: "No new features were launched in 2025."),
            answer("X2.4", .number(1)),
            answer("X3.1", .notApplicable, justification: "Not required at our size."),
        ], framework: workedFramework, signatory: "example", name: "示例科技有限公司", year: 2025)
}
