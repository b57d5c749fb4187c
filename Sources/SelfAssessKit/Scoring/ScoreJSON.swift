import Foundation

/// Pieces of the signed JSON documents (the scores and the diff), so both write a score, a
/// title, a band and a critical failure the same way.
enum ScoreJSON {
    static func points(_ value: Decimal?) -> JSONValue {
        .optional(value.map { ScoreText.points($0) })
    }

    static func bilingual(_ text: Bilingual) -> JSONValue {
        .object(["zh": .string(text.zh), "en": .string(text.en)])
    }

    static func band(_ band: Framework.Band?) -> JSONValue {
        guard let band else { return .null }
        return .object(["id": .string(band.id), "title": bilingual(band.title)])
    }

    static func failure(_ failure: CriticalFailure) -> JSONValue {
        .object([
            "indicator": .string(failure.indicatorID), "article": .integer(failure.article),
            "title": bilingual(failure.title), "score": .string(ScoreText.indicator(failure.score)),
            "pass": .string(ScoreText.indicator(failure.pass)),
        ])
    }
}
