import Foundation

/// How scores and answers are written in every output.
enum ScoreText {
    /// A score or points with two decimal places (`83.50`), or `n/a`.
    static func points(_ value: Decimal?) -> String {
        guard let value else { return "n/a" }
        return DecimalText.format(value, places: Scorer.places)
    }

    /// Points with a sign (`+1.25`, `-0.50`, `0.00`).
    static func signed(_ value: Decimal) -> String {
        let text = DecimalText.format(value, places: Scorer.places)
        return value > 0 ? "+" + text : text
    }

    /// An indicator score or pass mark in its shortest form, at most four decimal places (`0.5`, `0.6667`).
    static func indicator(_ value: Decimal) -> String {
        DecimalText.shortest(value, places: Scorer.indicatorPlaces)
    }

    /// An indicator's score cell.
    static func indicatorScore(_ item: IndicatorScore) -> String {
        switch item.status {
        case .scored, .unanswered: item.score.map(indicator(_:)) ?? "0"
        case .notApplicable: "n/a"
        case .notScored: "-"
        }
    }

    /// A bilingual title on two lines, Chinese above English.
    static func twoLines(_ text: Bilingual) -> String {
        text.zh.isEmpty || text.en.isEmpty ? text.combined : "\(text.zh)\n\(text.en)"
    }

    /// An answer as written, or `(none)`.
    static func answer(_ value: AnswerValue?) -> String {
        guard let value else { return "(none)" }
        return value.text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A rating as "中文 English", or `not applicable`.
    static func rating(_ band: Framework.Band?) -> String {
        band.map { "\($0.title.zh) \($0.title.en)" } ?? "not applicable"
    }

    /// The critical column: empty, `pass (≥ 0.5)` or `FAILED (< 1)`.
    static func critical(_ item: IndicatorScore) -> String {
        guard item.critical else { return "" }
        let pass = indicator(item.criticalPass)
        if item.criticalFailed { return "FAILED (< \(pass))" }
        if item.status == .notApplicable || item.status == .notScored { return "n/a" }
        return "pass (≥ \(pass))"
    }
}
