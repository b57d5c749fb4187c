public import Foundation

/// `selfassess status` for people (an aligned table and a few lines) and for machines (JSON).
public enum StatusRenderer {
    private typealias Words = StatusMessages

    /// The status as text: the heading, answered / total per article, what is left, what to
    /// review, the evidence not found, the other findings and the provisional score.
    ///
    /// - Parameters:
    ///   - status: The folder's status.
    ///   - folder: The folder as the user named it.
    ///   - style: Colour or plain.
    ///   - language: The language of the wordings.
    public static func text(
        _ status: AssessmentStatus, folder: String, style: TextStyle,
        language: Language = .english
    ) -> String {
        let word = { (key: Words, arguments: [String: Diagnostic.Message.Argument]) in
            key.text(language, arguments)
        }
        var out: String
        if let info = status.info {
            out = word(
                .heading,
                [
                    "folder": .text(folder), "name": .text(info.signatory.name),
                    "id": .text(info.signatory.id), "year": .integer(info.year),
                ])
        } else {
            out = word(.headingNoInfo, ["folder": .text(folder)])
        }
        out = style.bold(out) + "\n\n"
        var table = TextTable(columns: [
            .init(word(.numberColumn, [:]), alignment: .right), .init(word(.articleColumn, [:])),
            .init(word(.answeredColumn, [:]), alignment: .right),
        ])
        for article in status.articles {
            table.append([
                TextTable.Cell(String(article.number)),
                TextTable.Cell(language == .chinese ? article.title.zh : article.title.en),
                TextTable.Cell(
                    fraction(article.answered, article.total, language),
                    article.answered == article.total ? .green : .yellow),
            ])
        }
        table.appendRule()
        table.append([
            "", TextTable.Cell(word(.overall, [:]), .bold),
            TextTable.Cell(fraction(status.answered, status.total, language), .bold),
        ])
        out += table.render(style: style) + "\n"
        let unanswered = status.unanswered
        let unreadable = status.unreadable
        if unanswered.isEmpty, unreadable.isEmpty {
            out += style.green(word(.allAnswered, [:])) + "\n"
        }
        if !unanswered.isEmpty {
            out +=
                word(
                    .unanswered,
                    [
                        "count": .integer(unanswered.count),
                        "ids": .text(list(unanswered, language)),
                    ]) + "\n"
        }
        if !unreadable.isEmpty {
            out +=
                style.red(
                    word(
                        .unreadable,
                        [
                            "count": .integer(unreadable.count),
                            "ids": .text(list(unreadable, language)),
                        ])) + "\n"
        }
        if !status.carriedForward.isEmpty {
            let items = status.carriedForward.map {
                word(.carriedItem, ["id": .text($0.indicatorID), "year": .integer($0.year)])
            }
            out +=
                style.yellow(
                    word(
                        .carriedForward,
                        [
                            "count": .integer(items.count),
                            "items": .text(list(items, language)),
                        ])) + "\n"
        }
        if !status.missingEvidence.isEmpty {
            out +=
                style.red(word(.missingEvidence, ["count": .integer(status.missingEvidence.count)]))
                + "\n"
            for diagnostic in status.missingEvidence {
                out += "  \(diagnostic.location): \(diagnostic.message(in: language))\n"
            }
        }
        if status.errors > 0 || status.warnings > 0 {
            out +=
                word(
                    .findings,
                    [
                        "errors": .integer(status.errors), "warnings": .integer(status.warnings),
                        "folder": .text(folder),
                    ]) + "\n"
        }
        out += "\n"
        if let score = status.provisional {
            let rating = score.rating.map { language == .chinese ? $0.title.zh : $0.title.en }
            out +=
                style.bold(
                    word(
                        .provisional,
                        [
                            "score": .text(ScoreText.points(score.overall)),
                            "rating": .text(rating ?? ScoreText.rating(nil)),
                        ])) + "\n"
            let failures = score.criticalFailures.map(\.indicatorID)
            if !failures.isEmpty {
                out +=
                    style.red(
                        word(.provisionalFailures, ["ids": .text(list(failures, language))]))
                    + "\n"
            }
        } else {
            out += word(.noProvisional, [:]) + "\n"
        }
        if status.isComplete, status.carriedForward.isEmpty, status.info != nil {
            out += style.green(word(.complete, ["folder": .text(folder)])) + "\n"
        }
        return out
    }

    /// The status as JSON: `answered` and `total` overall and per article, the lists, the counts
    /// and the provisional score, with the evidence findings' messages in `language`.
    public static func json(
        _ status: AssessmentStatus, folder: String, language: Language = .english
    ) -> String {
        let info = status.info
        let score = status.provisional
        let value: JSONValue = .object([
            "folder": .string(folder),
            "signatory": info.map {
                .object([
                    "id": .string($0.signatory.id), "name": .string($0.signatory.name),
                    "category": .string($0.signatory.category),
                ])
            } ?? .null,
            "year": info.map { .integer($0.year) } ?? .null,
            "answered": .integer(status.answered),
            "total": .integer(status.total),
            "complete": .bool(status.isComplete),
            "articles": .array(
                status.articles.map {
                    .object([
                        "number": .integer($0.number), "answered": .integer($0.answered),
                        "total": .integer($0.total),
                        "unanswered": .array($0.unanswered.map(JSONValue.string)),
                        "unreadable": .array($0.unreadable.map(JSONValue.string)),
                    ])
                }),
            "unanswered": .array(status.unanswered.map(JSONValue.string)),
            "unreadable": .array(status.unreadable.map(JSONValue.string)),
            "carriedForward": .array(
                status.carriedForward.map {
                    .object(["indicator": .string($0.indicatorID), "year": .integer($0.year)])
                }),
            "missingEvidence": .array(
                status.missingEvidence.map { diagnostic in
                    let location = diagnostic.location
                    return .object([
                        "code": .string(diagnostic.code.rawValue),
                        "message": .string(diagnostic.message(in: language)),
                        "file": .string(location.file),
                        "line": location.hasPosition ? .integer(location.line) : .null,
                        "column": location.hasPosition ? .integer(location.column) : .null,
                    ])
                }),
            "errors": .integer(status.errors),
            "warnings": .integer(status.warnings),
            "provisional": score.map {
                .object([
                    "overall": ScoreJSON.points($0.overall),
                    "rating": $0.rating.map { .string($0.id) } ?? .null,
                    "criticalFailures": .array(
                        $0.criticalFailures.map { .string($0.indicatorID) }),
                    "unansweredCountAsZero": .bool(true),
                ])
            } ?? .null,
        ])
        return value.rendered()
    }

    /// The loud line that marks a score, report or diff made from a draft.
    public static func draftBanner(
        _ status: AssessmentStatus, language: Language = .english
    )
        -> String
    {
        Words.draftBanner.text(
            language,
            [
                "answered": .integer(status.answered), "total": .integer(status.total),
                "errors": .integer(status.errors),
            ])
    }

    /// A draft's scores JSON: the scores as `score --format json` writes them, with a
    /// `provisional` member saying how much of the draft is answered.
    public static func draftJSON(_ score: Score, status: AssessmentStatus) -> String {
        draftJSON(score.jsonValue, status: status) ?? score.json
    }

    /// A draft's JSON document (the scores, the diff) with the `provisional` member saying how
    /// much of the draft is answered; nil when the document is not a JSON object.
    public static func draftJSON(_ document: JSONValue, status: AssessmentStatus) -> String? {
        guard case .object(var members) = document else { return nil }
        members["provisional"] = .object([
            "answered": .integer(status.answered), "total": .integer(status.total),
            "errors": .integer(status.errors),
            "unanswered": .array(status.unanswered.map(JSONValue.string)),
            "unreadable": .array(status.unreadable.map(JSONValue.string)),
            "unansweredCountAsZero": .bool(true),
        ])
        return JSONValue.object(members).rendered()
    }

    private static func fraction(_ answered: Int, _ total: Int, _ language: Language) -> String {
        Words.fraction.text(language, ["answered": .integer(answered), "total": .integer(total)])
    }

    private static func list(_ items: [String], _ language: Language) -> String {
        items.joined(separator: language == .chinese ? "、" : ", ")
    }
}
