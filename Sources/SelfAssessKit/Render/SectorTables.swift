import Foundation

/// The CSV files of `aggregate` (RFC 4180, CR LF, a header row): `signatories.csv`,
/// `indicators.csv`, `recommendations.csv`, `rejected.csv` and `skipped.csv`.
///
/// Figures have two decimal places and no plus sign, flags are `yes` or `no` (which DuckDB reads
/// as booleans), and an empty field means there is no value, so that DuckDB, pandas and spreadsheets read every column with
/// its type. docs/aggregate.md describes every column.
enum SectorTables {
    /// One row per signatory with a record in the reporting year, by id: the submission, the
    /// scores, the critical failures, the change since the year before, and the recommendation.
    ///
    /// Categories are the published ones (small categories folded into `other`). A last column,
    /// `unreviewed`, appears only when some bundle was signed with unreviewed answers.
    static func signatoriesCSV(_ aggregate: SectorAggregate) -> String {
        let articles = aggregate.framework.articles.map(\.number)
        let header =
            [
                "signatory", "name", "category", "year", "submission", "rejection_reasons",
                "overall", "rating",
            ]
            + articles.map { "article_\($0)" }
            + [
                "critical_failures", "previous_overall", "change", "action", "rule", "reason_zh",
                "reason_en",
            ]
            + ["critical_not_applicable"]
        // The column is there only when a bundle was signed with unreviewed answers.
        let unreviewedColumn = !aggregate.unreviewedClaims.isEmpty
        let advice = Dictionary(aggregate.recommendations.map { ($0.signatory, $0) }) { first, _ in
            first
        }
        let records = aggregate.statistics.signatories.map { row -> [String] in
            let record = row.record
            let recommendation = advice[record.signatory]
            return [
                record.signatory, record.name, aggregate.publishedCategory(record.category),
                String(record.year),
                record.submission.name,
                record.submission.rejectionReasons.map(\.rawValue).joined(separator: ";"),
                figure(record.overall), record.rating ?? "",
            ]
                + articles.map { figure(record.articleScore($0)) }
                + [
                    record.criticalFailures.joined(separator: ";"), figure(row.previousOverall),
                    figure(row.overallChange), recommendation?.action?.rawValue ?? "",
                    recommendation?.ruleID ?? "",
                    recommendation?.reason?.zh ?? "", recommendation?.reason?.en ?? "",
                ]
                + [record.criticalNotApplicable.joined(separator: ";")]
                + (unreviewedColumn ? [record.unreviewed.joined(separator: ";")] : [])
        }
        return CSV.document(
            header: header + (unreviewedColumn ? ["unreviewed"] : []), records: records)
    }

    /// One row per indicator of the framework, in framework order: the answers counted over the
    /// accepted submissions of the year, the compliance rate, and the rank among the weakest.
    static func indicatorsCSV(_ aggregate: SectorAggregate) -> String {
        let statistics = Dictionary(aggregate.statistics.indicators.map { ($0.id, $0) }) {
            first, _ in first
        }
        let weakest = aggregate.statistics.weakestIndicators.map(\.id)
        let rates = Dictionary(
            aggregate.indicatorNotApplicableRates.map { ($0.id, $0.rate) }
        ) { first, _ in first }
        let header =
            [
                "indicator", "article", "critical", "title_zh", "title_en", "yes", "partial", "no",
                "not_applicable", "other",
                "scored", "compliance_rate", "weakest_rank",
            ]
            + ["not_applicable_rate"]
        let records = aggregate.framework.indicators.map { indicator -> [String] in
            let stats = statistics[indicator.id]
            let rank = weakest.firstIndex(of: indicator.id).map { String($0 + 1) } ?? ""
            let rate = figure(rates[indicator.id] ?? nil)
            let row: [String] = [
                indicator.id, String(indicator.article), indicator.critical ? "yes" : "no",
                indicator.title.zh,
                indicator.title.en, String(stats?.yes ?? 0), String(stats?.partial ?? 0),
                String(stats?.no ?? 0),
                String(stats?.notApplicable ?? 0), String(stats?.other ?? 0),
                String(stats?.scored ?? 0),
                figure(stats?.complianceRate), rank,
            ]
            return row + [rate]
        }
        return CSV.document(header: header, records: records)
    }

    /// One row per finding of every recommendation with an action, by signatory id and then the
    /// order of the findings (the deciding one first): the recommended step and its rule, then
    /// the finding's rule or escalation, its step, the years it read, its reason and its facts.
    static func recommendationsCSV(_ aggregate: SectorAggregate) -> String {
        // The decisions' columns only when the registry holds decisions, so that a sector
        // aggregated without them is written as before.
        let decided = !aggregate.decisions.isEmpty
        let header =
            [
                "signatory", "year", "action", "rule", "finding", "finding_rule", "kind",
                "finding_action", "years", "reason_zh", "reason_en", "details_zh", "details_en",
            ]
            + (decided ? ["decided_action", "decided_by", "decided_at", "decision_reason"] : [])
        var records: [[String]] = []
        for recommendation in aggregate.recommendations {
            guard let action = recommendation.action else { continue }
            for (index, finding) in recommendation.findings.enumerated() {
                records.append(
                    [
                        recommendation.signatory, String(recommendation.year), action.rawValue,
                        recommendation.ruleID ?? "", String(index + 1), finding.ruleID,
                        finding.kind.rawValue, finding.action.rawValue,
                        finding.years.map(String.init).joined(separator: ";"), finding.reason.zh,
                        finding.reason.en, finding.details.zh, finding.details.en,
                    ] + (decided ? decisionCells(aggregate, recommendation) : []))
            }
        }
        return CSV.document(header: header, records: records)
    }

    /// The decision's cells of a recommendation's rows: empty cells where none is recorded.
    private static func decisionCells(
        _ aggregate: SectorAggregate, _ recommendation: PolicyRecommendation
    ) -> [String] {
        guard
            let decision = aggregate.decision(
                for: recommendation.signatory, year: recommendation.year)
        else { return ["", "", "", ""] }
        return [decision.action, decision.decidedBy, decision.decidedAt, decision.reason]
    }

    /// One row per bundle not used (and per folder that could not be read), by file: what it is
    /// for, why it was not used, the code of the check that failed, and the message.
    static func rejectedCSV(_ aggregate: SectorAggregate) -> String {
        let header = ["file", "signatory", "year", "sequence", "reason", "code", "message"]
        let records = aggregate.rejections.map { rejection in
            [
                rejection.file, rejection.signatory ?? "", rejection.year.map(String.init) ?? "",
                rejection.sequence.map(String.init) ?? "", rejection.reason.name, rejection.code,
                rejection.message,
            ]
        }
        return CSV.document(header: header, records: records)
    }

    /// One row per file walked past and not used as a bundle, by file: why (a stable reason and
    /// its code), what bundle it is for when known, and the message.
    static func skippedCSV(_ aggregate: SectorAggregate) -> String {
        let header = ["file", "reason", "code", "signatory", "year", "message"]
        let records = aggregate.skipped.map { skipped in
            [
                skipped.file, skipped.reason.rawValue, skipped.reason.code,
                skipped.signatory ?? "", skipped.year.map(String.init) ?? "", skipped.message,
            ]
        }
        return CSV.document(header: header, records: records)
    }

    /// A figure with two decimal places, or an empty field.
    static func figure(_ value: Decimal?) -> String {
        value.map { DecimalText.format($0, places: 2) } ?? ""
    }
}
