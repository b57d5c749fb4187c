extension Score {
    /// The version of `results/scores.json`'s shape; raised when a field changes meaning or goes.
    ///
    /// Scores under the 1.0 rules keep version 1 and their exact bytes (signed bundles re-score to
    /// them); scores under the 1.1 rules are version 2, with the overall cap and the rules.
    public static let schemaVersion = 2

    /// The schema version of this score's JSON: 1 under the 1.0 rules, else ``schemaVersion``.
    public var jsonSchemaVersion: Int { rules == "1.0" ? 1 : Self.schemaVersion }

    /// `results/scores.json`, as bundles carry it and ``BundleVerifier`` recomputes it: sorted
    /// keys, decimal strings for scores, no timestamps, so the same assessment and framework
    /// always give the same bytes (``JSONValue/rendered()``); docs/scoring.md lists its fields.
    ///
    /// Changing a byte of it invalidates every bundle already signed.
    public var json: String {
        jsonValue.rendered()
    }

    /// ``json`` as UTF-8 bytes, rendered straight into bytes: what bundles store and
    /// ``BundleVerifier`` compares with them.
    package var jsonBytes: [UInt8] {
        jsonValue.renderedBytes()
    }

    /// The JSON document as a value, for embedding in other documents.
    public var jsonValue: JSONValue {
        guard rules != "1.0", case .object(var fields) = version1Value,
            case .object(var overallFields) = fields["overall"] ?? .null
        else { return version1Value }
        fields["schemaVersion"] = .integer(jsonSchemaVersion)
        fields["rules"] = .string(rules)
        overallFields["criticalFailures"] = .array(
            criticalFailures.map { .string($0.indicatorID) })
        overallFields["uncappedScore"] = ScoreJSON.points(overallCap?.original ?? overall)
        overallFields["cap"] = overallCap.map(Self.capValue) ?? .null
        fields["overall"] = .object(overallFields)
        fields["gains"] = .array(
            gains.map { gain in
                .object([
                    "indicator": .string(gain.indicatorID), "article": .integer(gain.article),
                    "current": .string(ScoreText.indicator(gain.current)),
                    "overallPoints": .string(ScoreText.points(gain.overallPoints)),
                    "articlePoints": .string(ScoreText.points(gain.articlePoints)),
                    "removesCap": .bool(gain.removesCap),
                    "fixesCriticalFailure": .bool(gain.fixesFailure),
                ])
            })
        return .object(fields)
    }

    private static func capValue(_ cap: ScoreCap) -> JSONValue {
        .object([
            "original": .string(ScoreText.points(cap.original)),
            "capped": .string(ScoreText.points(cap.capped)),
            "from": .string(cap.from.id), "to": .string(cap.to.id),
            "indicators": .array(cap.indicators.map(JSONValue.string)),
        ])
    }

    /// The version 1 document (the 1.0 rules), byte for byte as bundles signed under them carry it.
    private var version1Value: JSONValue {
        .object([
            "schemaVersion": .integer(1),
            "signatory": .object([
                "id": .string(signatory.id), "name": .string(signatory.name),
                "category": .string(signatory.category),
            ]),
            "year": .integer(year),
            "framework": .object([
                "id": .string(framework.id), "version": .string(framework.version),
                "sha256": .string(frameworkSHA256),
            ]),
            "overall": .object([
                "score": ScoreJSON.points(overall), "rating": ScoreJSON.band(rating),
            ]),
            "articles": .array(articles.map(Self.articleValue)),
            "criticalFailures": .array(criticalFailures.map(ScoreJSON.failure)),
            "gains": .array(
                gains.map { gain in
                    .object([
                        "indicator": .string(gain.indicatorID), "article": .integer(gain.article),
                        "current": .string(ScoreText.indicator(gain.current)),
                        "overallPoints": .string(ScoreText.points(gain.overallPoints)),
                        "articlePoints": .string(ScoreText.points(gain.articlePoints)),
                        "removesCap": .bool(gain.removesCap),
                    ])
                }),
        ])
    }

    private static func articleValue(_ article: ArticleScore) -> JSONValue {
        .object([
            "number": .integer(article.number),
            "title": ScoreJSON.bilingual(article.title),
            "weight": .string(DecimalText.plain(article.weight)),
            "score": ScoreJSON.points(article.score),
            "uncappedScore": ScoreJSON.points(article.uncappedScore),
            "rating": ScoreJSON.band(article.rating),
            "cap": article.cap.map { cap in
                .object([
                    "original": .string(ScoreText.points(cap.original)),
                    "capped": .string(ScoreText.points(cap.capped)),
                    "from": .string(cap.from.id), "to": .string(cap.to.id),
                    "indicators": .array(cap.indicators.map(JSONValue.string)),
                ])
            } ?? .null,
            "criticalFailures": .array(article.criticalFailures.map { .string($0.indicatorID) }),
            "indicators": .array(article.indicators.map(Self.indicatorValue)),
        ])
    }

    private static func indicatorValue(_ indicator: IndicatorScore) -> JSONValue {
        .object([
            "id": .string(indicator.id),
            "title": ScoreJSON.bilingual(indicator.title),
            "answerType": .string(indicator.answerType.name),
            "answer": .optional(indicator.answer?.text),
            "status": .string(indicator.status.rawValue),
            "score": .optional(indicator.score.map(ScoreText.indicator)),
            "weight": .string(DecimalText.plain(indicator.weight)),
            "contribution": ScoreJSON.points(indicator.contribution),
            "maximum": ScoreJSON.points(indicator.maximum),
            "critical": .bool(indicator.critical),
            "criticalPass": indicator.critical
                ? .string(DecimalText.plain(indicator.criticalPass)) : .null,
            "criticalFailed": .bool(indicator.criticalFailed),
            "justification": .optional(indicator.justification),
        ])
    }
}
