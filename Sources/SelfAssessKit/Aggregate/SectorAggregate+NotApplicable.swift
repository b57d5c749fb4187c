import Foundation

extension SectorAggregate {
    /// A signatory's critical indicators answered not-applicable in the reporting year.
    struct CriticalNotApplicableClaim: Sendable, Equatable {
        var signatory: String
        var indicators: [String]
    }

    /// How often not-applicable was answered: by one indicator, or in one category.
    struct NotApplicableRate: Sendable, Equatable {
        /// The indicator id or the published category.
        var id: String
        /// The not-applicable answers.
        var notApplicable: Int
        /// All answers counted.
        var answers: Int
        /// 100 × notApplicable ÷ answers, two places; nil without answers.
        var rate: Decimal?
    }

    /// Every accepted signatory that claims a critical indicator does not apply, by id: under the
    /// rules 1.1 such a claim must cite evidence, and the society reviews each one.
    var criticalNotApplicableClaims: [CriticalNotApplicableClaim] {
        statistics.signatories.map(\.record).filter {
            $0.submission.isAccepted && !$0.criticalNotApplicable.isEmpty
        }.map {
            CriticalNotApplicableClaim(
                signatory: $0.signatory, indicators: $0.criticalNotApplicable)
        }
    }

    /// Every accepted signatory of the reporting year whose bundle was signed with answers still
    /// carried forward and unreviewed (`bundle --allow-unreviewed`), by id.
    var unreviewedClaims: [CriticalNotApplicableClaim] {
        statistics.signatories.map(\.record).filter {
            $0.submission.isAccepted && !$0.unreviewed.isEmpty
        }.map { CriticalNotApplicableClaim(signatory: $0.signatory, indicators: $0.unreviewed) }
    }

    /// The not-applicable rate of each indicator, in framework order.
    var indicatorNotApplicableRates: [NotApplicableRate] {
        let statistics = Dictionary(self.statistics.indicators.map { ($0.id, $0) }) { first, _ in
            first
        }
        return framework.indicators.map { indicator in
            let stats = statistics[indicator.id]
            return Self.rate(
                indicator.id, stats?.notApplicable ?? 0, stats?.answered ?? 0)
        }
    }

    /// The not-applicable rate of each published category (accepted records), by category id.
    var categoryNotApplicableRates: [NotApplicableRate] {
        var counts: [String: (notApplicable: Int, answers: Int)] = [:]
        for record in statistics.signatories.map(\.record) where record.submission.isAccepted {
            let category = publishedCategory(record.category)
            counts[category, default: (0, 0)].notApplicable += record.notApplicable.count
            counts[category, default: (0, 0)].answers += record.answered
        }
        return counts.keys.sorted().map {
            Self.rate($0, counts[$0]?.notApplicable ?? 0, counts[$0]?.answers ?? 0)
        }
    }

    private static func rate(_ id: String, _ count: Int, _ answers: Int) -> NotApplicableRate {
        NotApplicableRate(
            id: id, notApplicable: count, answers: answers,
            rate: (Ratio(count) * Ratio(100)).divided(by: Ratio(answers))?.rounded(places: 2))
    }

    /// The `notApplicable` member of sector.json.
    var notApplicableValue: JSONValue {
        func rates(_ list: [NotApplicableRate], key: String) -> JSONValue {
            .array(
                list.map {
                    .object([
                        key: .string($0.id), "notApplicable": .integer($0.notApplicable),
                        "answers": .integer($0.answers),
                        "rate": $0.rate.map { .string(DecimalText.format($0, places: 2)) } ?? .null,
                    ])
                })
        }
        return .object([
            "criticalClaims": Self.reference(
                count: criticalNotApplicableClaims.count, file: .signatories),
            "indicators": rates(indicatorNotApplicableRates, key: "indicator"),
            "categories": rates(categoryNotApplicableRates, key: "category"),
        ])
    }
}
