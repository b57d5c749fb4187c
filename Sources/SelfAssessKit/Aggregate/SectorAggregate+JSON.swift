extension SectorAggregate {
    /// The version of `sector.json`'s layout; it changes when a field is removed or changes
    /// meaning (fields may be added without a change).
    ///
    /// Version 2: the lists that grow with the number of signatories or bundles
    /// (`recommendations`, `missing`, `rejected`, `skipped`, `notApplicable.criticalClaims`) are
    /// counts with the CSV file that lists them (``reference(count:file:)``); the recommendations'
    /// findings are rows of `recommendations.csv`.
    public static let schemaVersion = 2

    /// A list kept in a CSV file of the output folder: how many rows, and the file.
    static func reference(count: Int, file: SectorOutput.File) -> JSONValue {
        .object(["count": .integer(count), "file": .string(file.name)])
    }

    /// `sector.json`: everything the aggregate found, for programs.
    ///
    /// Keys are camelCase and sorted, figures strings with two decimals (`"72.50"`) or null;
    /// docs/aggregate.md describes every field. The same inputs give the same bytes.
    public var jsonValue: JSONValue {
        var members: [String: JSONValue] = [
            "schemaVersion": .integer(Self.schemaVersion),
            "tool": .object([
                "name": .string("selfassess"), "version": .string(SelfAssessVersion.current),
            ]),
            "year": .integer(year),
            "years": .array(years.map(JSONValue.integer)),
            "coverage": .object([
                "since": .integer(coverage.since), "sinceGiven": .bool(coverage.sinceGiven),
                "yearGiven": .bool(coverage.yearGiven),
                "years": .array(
                    coverage.years.map {
                        .object([
                            "year": .integer($0.year), "held": .bool($0.held),
                            "bundles": .integer($0.bundles), "reason": .string($0.reason),
                            "rules": .array($0.rules.map(JSONValue.string)),
                        ])
                    }),
            ]),
            "framework": .object([
                "id": .string(framework.id), "version": .string(framework.version),
                "sha256": .string(framework.sha256),
            ]),
            "policy": .object([
                "builtin": .bool(provenance.policyIsBuiltin), "sha256": .string(policy.sha256),
                "title": policy.title.map { .object(["zh": .string($0.zh), "en": .string($0.en)]) }
                    ?? .null,
                "minimumCategorySize": .integer(policy.minimumCategorySize),
            ]),
            "keyring": .object([
                "sha256": .string(provenance.keyringSHA256),
                "signedBy": JSONValue.optional(provenance.keyringSignedBy),
            ]),
            "bundles": .object([
                "found": .integer(counts.found), "accepted": .integer(counts.accepted),
                "refused": .integer(counts.refused), "superseded": .integer(counts.superseded),
                "unreadableFolders": .integer(counts.unreadableFolders),
                "laterYears": .integer(counts.laterYears),
                "duplicates": .integer(counts.duplicates),
                "outOfRange": .integer(counts.outOfRange), "skipped": .integer(counts.skipped),
            ]),
            "statistics": statistics.jsonValue,
            "notApplicable": notApplicableValue,
            "trend": .array(history.map(Self.trendValue)),
            "actions": .object(
                Dictionary(
                    uniqueKeysWithValues: actionCounts.map {
                        ($0.action.rawValue, JSONValue.integer($0.count))
                    })),
            "recommendations": recommendationsValue,
            "missing": Self.reference(
                count: statistics.signatories.count { !$0.record.submission.isSubmitted },
                file: .signatories),
            "rejected": Self.reference(count: rejections.count, file: .rejected),
            "chain": .array(chainFindings.map(\.jsonValue)),
            "skipped": Self.reference(count: skipped.count, file: .skipped),
            "categoryDisagreements": .array(
                categoryDisagreements.map {
                    .object([
                        "signatory": .string($0.signatory), "year": .integer($0.year),
                        "file": .string($0.file), "keyring": .string($0.keyring),
                        "assessment": .string($0.assessment),
                    ])
                }),
        ]
        // Only when a bundle was signed with unreviewed answers, so that every other sector.json
        // keeps its bytes: the signatories, listed with their indicators in signatories.csv.
        let unreviewed = unreviewedClaims
        if !unreviewed.isEmpty {
            members["unreviewed"] = .object([
                "count": .integer(unreviewed.count),
                "indicators": .integer(unreviewed.reduce(0) { $0 + $1.indicators.count }),
                "file": .string(SectorOutput.File.signatories.name),
            ])
        }
        return .object(members)
    }

    /// The recommendations with an action: how many, how many findings they carry (the rows of
    /// `recommendations.csv`), and the file.
    private var recommendationsValue: JSONValue {
        let acted = recommendations.filter { $0.action != nil }
        return .object([
            "count": .integer(acted.count),
            "findings": .integer(acted.reduce(0) { $0 + $1.findings.count }),
            "file": .string(SectorOutput.File.recommendations.name),
        ])
    }

    /// One year's headline figures, for the trend.
    private static func trendValue(_ statistics: SectorStatistics) -> JSONValue {
        .object([
            "year": .integer(statistics.year),
            "participation": statistics.participation.jsonValue,
            "overall": statistics.overall.jsonValue,
            "articles": .array(
                statistics.articles.map {
                    .object([
                        "number": .integer($0.number),
                        "mean": SectorStatistics.figure($0.distribution.mean),
                    ])
                }),
        ])
    }
}

extension BundleRejection {
    /// The rejection as JSON (the columns of `rejected.csv`).
    public var jsonValue: JSONValue {
        .object([
            "file": .string(file), "signatory": JSONValue.optional(signatory),
            "year": year.map(JSONValue.integer) ?? .null,
            "sequence": sequence.map(JSONValue.integer) ?? .null, "reason": .string(reason.name),
            "code": .string(code),
            "message": .string(message),
        ])
    }
}

extension SkippedFile {
    /// The skipped file as JSON (the columns of `skipped.csv`).
    public var jsonValue: JSONValue {
        .object([
            "file": .string(file), "reason": .string(reason.rawValue), "code": .string(reason.code),
            "signatory": JSONValue.optional(signatory),
            "year": year.map(JSONValue.integer) ?? .null, "message": .string(message),
        ])
    }
}

extension ChainFinding {
    /// The finding as JSON.
    public var jsonValue: JSONValue {
        .object([
            "signatory": .string(signatory), "kind": .string(kind.rawValue),
            "code": .string(kind.code),
            "file": .string(file), "year": .integer(year), "message": .string(message),
        ])
    }
}
