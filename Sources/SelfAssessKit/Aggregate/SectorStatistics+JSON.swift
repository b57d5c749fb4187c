import Foundation

extension SectorStatistics {
    /// The statistics as JSON for `sector.json`: camelCase keys, sorted by ``JSONValue``;
    /// every figure a string with two decimal places (`"72.50"`), or null when there is none;
    /// lists in the same order as the properties.
    public var jsonValue: JSONValue {
        .object([
            "year": .integer(year),
            "minimumCategorySize": .integer(minimumCategorySize),
            "participation": participation.jsonValue,
            "overall": overall.jsonValue,
            "articles": .array(articles.map(\.jsonValue)),
            "categories": .array(
                categories.map { category in
                    .object([
                        "id": .string(category.id),
                        "folded": .array(category.folded.map(JSONValue.string)),
                        "count": .integer(category.count), "overall": category.overall.jsonValue,
                        "articles": .array(category.articles.map(\.jsonValue)),
                    ])
                }),
            "indicators": .array(indicators.map(\.jsonValue)),
            "weakestIndicators": .array(weakestIndicators.map { .string($0.id) }),
            "change": change.map(\.jsonValue) ?? .null,
        ])
    }

    /// A figure as machine outputs write it: two decimal places, or null.
    static func figure(_ value: Decimal?) -> JSONValue {
        value.map { .string(DecimalText.format($0, places: 2)) } ?? .null
    }
}

extension SectorStatistics.Participation {
    /// The counts as JSON.
    public var jsonValue: JSONValue {
        .object([
            "registered": .integer(registered), "submitted": .integer(submitted),
            "accepted": .integer(accepted),
            "rejected": .integer(rejected), "missing": .integer(missing),
            "rejectionReasons": .object(
                Dictionary(
                    uniqueKeysWithValues: rejectionReasons.map {
                        ($0.reason.rawValue, JSONValue.integer($0.count))
                    })),
        ])
    }
}

extension SectorStatistics.ArticleDistribution {
    /// The article's number and distribution as JSON.
    public var jsonValue: JSONValue {
        .object(["number": .integer(number), "distribution": distribution.jsonValue])
    }
}

extension SectorStatistics.IndicatorStatistics {
    /// The indicator's counts and compliance rate as JSON.
    public var jsonValue: JSONValue {
        .object([
            "id": .string(id), "article": .integer(article), "yes": .integer(yes),
            "partial": .integer(partial),
            "no": .integer(no), "notApplicable": .integer(notApplicable), "other": .integer(other),
            "scored": .integer(scored), "complianceRate": SectorStatistics.figure(complianceRate),
        ])
    }
}

extension SectorStatistics.SectorChange {
    /// The changes as JSON.
    public var jsonValue: JSONValue {
        .object([
            "previousYear": .integer(previousYear), "previousOverall": previousOverall.jsonValue,
            "overallMean": SectorStatistics.figure(overallMean),
            "overallMedian": SectorStatistics.figure(overallMedian),
            "articles": .array(
                articles.map {
                    .object([
                        "number": .integer($0.number),
                        "meanChange": SectorStatistics.figure($0.change),
                    ])
                }),
            "accepted": .integer(accepted),
        ])
    }
}

extension Distribution {
    /// The distribution as JSON: count, figures as two-place strings (null when there are no
    /// values) and the ten histogram counts.
    public var jsonValue: JSONValue {
        .object([
            "count": .integer(count), "mean": SectorStatistics.figure(mean),
            "median": SectorStatistics.figure(median), "p10": SectorStatistics.figure(p10),
            "p25": SectorStatistics.figure(p25), "p75": SectorStatistics.figure(p75),
            "p90": SectorStatistics.figure(p90), "min": SectorStatistics.figure(min),
            "max": SectorStatistics.figure(max),
            "histogram": .array(histogram.map(JSONValue.integer)),
        ])
    }
}

extension PolicyRecommendation {
    /// The recommendation as JSON: the action (null when none), the deciding rule, the reason and
    /// every finding.
    public var jsonValue: JSONValue {
        .object([
            "signatory": .string(signatory), "year": .integer(year),
            "action": action.map { .string($0.rawValue) } ?? .null,
            "rule": ruleID.map(JSONValue.string) ?? .null,
            "reason": reason.map { .object(["zh": .string($0.zh), "en": .string($0.en)]) } ?? .null,
            "findings": .array(
                findings.map { finding in
                    .object([
                        "rule": .string(finding.ruleID), "kind": .string(finding.kind.rawValue),
                        "action": .string(finding.action.rawValue),
                        "reason": .object([
                            "zh": .string(finding.reason.zh), "en": .string(finding.reason.en),
                        ]),
                        "details": .object([
                            "zh": .string(finding.details.zh), "en": .string(finding.details.en),
                        ]),
                        "years": .array(finding.years.map(JSONValue.integer)),
                    ])
                }),
        ])
    }
}
