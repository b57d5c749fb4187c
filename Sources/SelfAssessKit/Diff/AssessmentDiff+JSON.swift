import Foundation

extension AssessmentDiff {
    /// The version of `results/diff.json`'s shape; raised when a field changes meaning or goes.
    public static let schemaVersion = 1

    /// `results/diff.json`, as bundles with a prior carry it and ``BundleVerifier`` recomputes it:
    /// sorted keys, decimal strings for scores, every indicator listed (``JSONValue/rendered()``);
    /// docs/scoring.md lists its fields.
    ///
    /// Changing a byte of it invalidates every bundle already signed.
    public var json: String {
        jsonValue.rendered()
    }

    /// The JSON document `selfassess diff --format json` writes, unsigned.
    ///
    /// It is ``jsonValue`` with, on each indicator whose note or not-applicable justification
    /// changed, the old and new texts (`oldNote`/`newNote`, `justificationChanged` with
    /// `oldJustification`/`newJustification`). Bundles keep ``json`` (signed, byte-identical to
    /// earlier releases).
    public var reportJSONValue: JSONValue {
        guard case .object(var members) = jsonValue else { return jsonValue }
        members["indicators"] = .array(
            indicators.map { change in
                guard case .object(var object) = Self.indicatorValue(change) else {
                    return Self.indicatorValue(change)
                }
                if change.noteChanged {
                    object["oldNote"] = .optional(change.oldNote)
                    object["newNote"] = .optional(change.newNote)
                }
                if change.justificationChanged {
                    object["justificationChanged"] = .bool(true)
                    object["oldJustification"] = .optional(change.oldJustification)
                    object["newJustification"] = .optional(change.newJustification)
                }
                return .object(object)
            })
        return .object(members)
    }

    /// ``reportJSONValue`` rendered, as `selfassess diff --format json` writes it.
    public var reportJSON: String { reportJSONValue.rendered() }

    /// The JSON document as a value.
    public var jsonValue: JSONValue {
        var summary: [String: JSONValue] = [
            "hasRegression": .bool(hasRegression), "flags": .integer(flags.count),
        ]
        for kind in IndicatorChange.Kind.allCases {
            summary[Self.camel(kind.rawValue)] = .integer(count(kind))
        }
        return .object([
            "schemaVersion": .integer(Self.schemaVersion),
            "old": Self.side(old, score: overall.old, rating: overall.oldRating),
            "new": Self.side(new, score: overall.new, rating: overall.newRating),
            "warnings": .array(
                warnings.map {
                    .object(["code": .string($0.code), "message": .string($0.description)])
                }),
            "overall": .object(Self.scoreChange(overall)),
            "articles": .array(
                articles.map { article in
                    var object = Self.scoreChange(article.score)
                    object["number"] = .integer(article.number)
                    object["title"] = ScoreJSON.bilingual(article.title)
                    object["trend"] = .string(article.trend.rawValue)
                    object["oldCapped"] = .bool(article.oldCapped)
                    object["newCapped"] = .bool(article.newCapped)
                    return .object(object)
                }),
            "criticalFailures": .object([
                "new": .array(newCriticalFailures.map(ScoreJSON.failure)),
                "continuing": .array(continuingCriticalFailures.map(ScoreJSON.failure)),
                "resolved": .array(resolvedCriticalFailures.map(ScoreJSON.failure)),
            ]),
            "indicators": .array(indicators.map(Self.indicatorValue)),
            "flags": .array(flags.map(Self.flagValue)),
            "summary": .object(summary),
        ])
    }

    private static func side(
        _ side: DiffSide, score: Decimal?, rating: Framework.Band?
    ) -> JSONValue {
        .object([
            "signatory": .object([
                "id": .string(side.signatory.id), "name": .string(side.signatory.name),
                "category": .string(side.signatory.category),
            ]),
            "year": .integer(side.year),
            "framework": .object([
                "id": .string(side.framework.id), "version": .string(side.framework.version),
            ]),
            "score": ScoreJSON.points(score),
            "rating": ScoreJSON.band(rating),
        ])
    }

    private static func scoreChange(_ change: ScoreChange) -> [String: JSONValue] {
        [
            "old": ScoreJSON.points(change.old),
            "new": ScoreJSON.points(change.new),
            "delta": ScoreJSON.points(change.delta),
            "trend": .string(change.trend.rawValue),
            "oldRating": .optional(change.oldRating?.id),
            "newRating": .optional(change.newRating?.id),
            "ratingChanged": .bool(change.ratingChanged),
        ]
    }

    private static func indicatorValue(_ change: IndicatorChange) -> JSONValue {
        .object([
            "id": .string(change.id),
            "article": .integer(change.article),
            "title": ScoreJSON.bilingual(change.title),
            "kind": .string(change.kind.rawValue),
            "oldAnswer": .optional(change.oldAnswer?.text),
            "newAnswer": .optional(change.newAnswer?.text),
            "oldScore": .optional(change.oldScore.map(ScoreText.indicator)),
            "newScore": .optional(change.newScore.map(ScoreText.indicator)),
            "evidence": .array(change.evidence.map(evidenceValue)),
            "noteChanged": .bool(change.noteChanged),
            "definitionChanged": .bool(change.definitionChanged),
        ])
    }

    private static func evidenceValue(_ change: EvidenceChange) -> JSONValue {
        var object: [String: JSONValue] = [
            "change": .string(change.code), "path": .string(change.path),
        ]
        switch change {
        case .added(_, let sha256):
            object["oldSha256"] = .null
            object["newSha256"] = .optional(sha256)
        case .removed(_, let sha256):
            object["oldSha256"] = .optional(sha256)
            object["newSha256"] = .null
        case .changed(_, let old, let new):
            object["oldSha256"] = .optional(old)
            object["newSha256"] = .optional(new)
        case .renamed(let from, _, let sha256):
            object["from"] = .string(from)
            object["oldSha256"] = .optional(sha256)
            object["newSha256"] = .optional(sha256)
        }
        return .object(object)
    }

    private static func flagValue(_ flag: ConsistencyFlag) -> JSONValue {
        var object: [String: JSONValue] = [
            "code": .string(flag.code), "indicator": .string(flag.indicatorID),
            "message": .string(flag.description),
        ]
        switch flag {
        case .improvedWithoutSupport(_, let old, let new):
            object["oldAnswer"] = .string(old.text)
            object["newAnswer"] = .string(new.text)
        case .sameEvidenceForFlippedClaim(_, let old, let new, let paths):
            object["oldAnswer"] = .string(old.text)
            object["newAnswer"] = .string(new.text)
            object["paths"] = .array(paths.map(JSONValue.string))
        case .evidenceDateOutsideYear(_, let path, let date, let year):
            object["path"] = .string(path)
            object["date"] = .string(date.description)
            object["year"] = .integer(year)
        }
        return .object(object)
    }

    /// `answer-changed` → `answerChanged`.
    static func camel(_ text: String) -> String {
        let parts = text.split(separator: "-")
        guard let first = parts.first else { return text }
        return String(first)
            + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
