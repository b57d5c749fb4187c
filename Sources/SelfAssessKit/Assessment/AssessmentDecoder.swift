import Foundation

/// Decodes `assessment.yaml` and article files against a framework, reporting every problem.
///
/// Decoding is pure apart from asking the ``AssessmentSource`` what evidence paths lead to.
public struct AssessmentDecoder {
    /// The framework the assessment is checked against.
    public let framework: Framework
    /// Today's date, for plausibility checks of years and dates.
    public let today: CalendarDate

    /// Creates a decoder.
    public init(framework: Framework, today: CalendarDate) {
        self.framework = framework
        self.today = today
    }

    static let infoKeys = ["framework", "signatory", "year", "contact", "declaration"]
    static let articleKeys = ["framework", "article", "indicators"]
    static let entryKeys = ["answer", "evidence", "note", "justification", "carried-forward"]

    // MARK: assessment.yaml

    /// Decodes `assessment.yaml`.
    public func decodeInfo(_ root: YAMLNode, file: String) -> (AssessmentInfo?, [Diagnostic]) {
        var decoder = NodeDecoder(file: file)
        let path = FieldPath.root
        guard
            let fields = decoder.mapping(
                root, at: path, known: Self.infoKeys, required: Self.infoKeys,
                what: "assessment.yaml")
        else { return (nil, decoder.diagnostics) }
        let reference = frameworkReference(fields, decoder: &decoder)

        var signatory: AssessmentInfo.Signatory?
        if let node = fields["signatory"],
            let sig = decoder.mapping(
                node, at: path.key("signatory"), anchor: fields.location(of: "signatory"),
                known: ["id", "name", "category"], required: ["id", "name", "category"])
        {
            let id = decoder.text(sig["id"], at: path.key("signatory").key("id"))
            if let id, !Identifiers.isSignatoryID(id), let node = sig["id"] {
                var hint = "2–63 characters: a-z, 0-9 and -, starting with a letter or digit"
                let lowered = id.lowercased().replacingOccurrences(of: "_", with: "-")
                    .replacingOccurrences(of: " ", with: "-")
                if Identifiers.isSignatoryID(lowered) {
                    hint = "did you mean `\(lowered)`? " + hint
                }
                decoder.report(
                    .invalidSignatoryID, "`\(id)` is not a valid signatory id", at: node.location,
                    path: path.key("signatory").key("id"), hint: hint)
            }
            var name = decoder.text(
                sig["name"], at: path.key("signatory").key("name"),
                missing: sig.location(of: "name"))
            // The name goes into the bundle's manifest, which holds it on one line of at most
            // 512 bytes: refused here rather than when the bundle checks itself.
            if let text = name, let node = sig["name"],
                text.utf8.count > 512
                    || text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
            {
                decoder.report(
                    .invalidValue,
                    "the signatory's name must be one line of at most 512 bytes, "
                        + "without tabs or other control characters",
                    at: node.location, path: path.key("signatory").key("name"),
                    hint: "write the registered name of the company, as on its business licence")
                name = nil
            }
            let category = decoder.choice(
                sig["category"], at: path.key("signatory").key("category"),
                from: framework.categories.map(\.id),
                missing: sig.location(of: "category"), code: .unknownCategory)
            if let id, let name, let category {
                signatory = AssessmentInfo.Signatory(id: id, name: name, category: category)
            }
        }

        let plausible = AssessmentInfo.plausibleYears(today: today)
        var year: Int?
        if let node = fields["year"],
            let text = decoder.text(
                node, at: path.key("year"), missing: fields.location(of: "year"))
        {
            if let value = Int(text), text.count == 4, plausible.contains(value) {
                year = value
            } else {
                decoder.report(
                    .implausibleYear, "`\(text)` is not a plausible reporting year",
                    at: node.location,
                    path: path.key("year"),
                    hint:
                        "a four-digit year from \(plausible.lowerBound) to \(plausible.upperBound)")
            }
        }

        var contact: AssessmentInfo.Contact?
        if let node = fields["contact"],
            let con = decoder.mapping(
                node, at: path.key("contact"), anchor: fields.location(of: "contact"),
                known: ["name", "email", "phone"], required: ["name", "email"])
        {
            let name = decoder.text(
                con["name"], at: path.key("contact").key("name"), missing: con.location(of: "name"))
            let email = decoder.text(
                con["email"], at: path.key("contact").key("email"),
                missing: con.location(of: "email"))
            if let email, !Identifiers.looksLikeEmail(email), let node = con["email"] {
                decoder.report(
                    .invalidEmail, "`\(email)` does not look like an e-mail address",
                    at: node.location,
                    path: path.key("contact").key("email"),
                    hint: "write one address, such as compliance@example.cn")
            }
            let phone = con["phone"].flatMap {
                decoder.text($0, at: path.key("contact").key("phone"))
            }
            if let name, let email {
                contact = AssessmentInfo.Contact(name: name, email: email, phone: phone)
            }
        }

        var declaration: AssessmentInfo.Declaration?
        if let node = fields["declaration"],
            let dec = decoder.mapping(
                node, at: path.key("declaration"), anchor: fields.location(of: "declaration"),
                known: ["signed-by", "role", "date", "statement"], required: ["signed-by", "date"])
        {
            let decPath = path.key("declaration")
            let signedBy = decoder.text(
                dec["signed-by"], at: decPath.key("signed-by"),
                missing: dec.location(of: "signed-by"))
            let role = dec["role"].flatMap { decoder.text($0, at: decPath.key("role")) }
            let statement = dec["statement"].flatMap {
                decoder.text($0, at: decPath.key("statement"))
            }
            let date = decoder.date(
                dec["date"], at: decPath.key("date"), missing: dec.location(of: "date"),
                code: .invalidDate)
            if let date, let node = dec["date"] {
                if let year, date < CalendarDate.startOfYear(year) {
                    decoder.report(
                        .declarationDate,
                        "the declaration is dated \(date), before the reporting year \(year) began",
                        at: node.location, path: decPath.key("date"))
                } else if date > today {
                    decoder.report(
                        .declarationDate,
                        "the declaration is dated \(date), which is in the future",
                        at: node.location, path: decPath.key("date"))
                }
            }
            if let signedBy, let date {
                declaration = AssessmentInfo.Declaration(
                    signedBy: signedBy, role: role, date: date, statement: statement)
            }
        }

        guard let reference, let signatory, let year, let contact, let declaration else {
            return (nil, decoder.diagnostics)
        }
        return (
            AssessmentInfo(
                framework: reference, signatory: signatory, year: year, contact: contact,
                declaration: declaration),
            decoder.diagnostics
        )
    }

    /// Reads `framework: {id, version}` and reports a framework other than the loaded one.
    private func frameworkReference(
        _ fields: NodeDecoder.Fields, decoder: inout NodeDecoder
    ) -> FrameworkReference? {
        let path = FieldPath.root.key("framework")
        guard let node = fields["framework"],
            let ref = decoder.mapping(
                node, at: path, anchor: fields.location(of: "framework"), known: ["id", "version"],
                required: ["id", "version"]),
            let id = decoder.text(ref["id"], at: path.key("id")),
            let version = decoder.text(ref["version"], at: path.key("version"))
        else { return nil }
        let reference = FrameworkReference(id: id, version: version)
        if reference != framework.reference {
            decoder.report(
                .unknownFramework,
                "the file answers framework \(reference), but \(framework.reference) is loaded",
                at: fields.location(of: "framework"), path: path,
                hint: id == framework.id
                    ? "update the version to \"\(framework.version)\", or load framework \(version) with --framework"
                    : "load the framework this assessment answers with --framework FILE")
        }
        return reference
    }

    // MARK: article-N.yaml

    /// The outcome of decoding one article file.
    public struct ArticleResult: Sendable {
        /// The answers read (possibly incomplete when there are errors).
        public var answers: ArticleAnswers?
        /// The framework the file names.
        public var framework: FrameworkReference?
        /// Where the file names its framework.
        public var frameworkLocation: Diagnostic.Location?
        /// Every problem found.
        public var diagnostics: [Diagnostic]
    }

    /// Decodes an article file.
    ///
    /// - Parameters:
    ///   - root: The file's root node.
    ///   - file: The file's display name.
    ///   - expectedArticle: The article number the file name implies, if any.
    ///   - year: The reporting year, for date checks (nil when `assessment.yaml` is unavailable).
    ///   - source: Where evidence paths are looked up.
    public func decodeArticle(
        _ root: YAMLNode, file: String, expectedArticle: Int?, year: Int?,
        source: any AssessmentSource
    ) -> ArticleResult {
        var decoder = NodeDecoder(file: file)
        let path = FieldPath.root
        guard
            let fields = decoder.mapping(
                root, at: path, known: Self.articleKeys, required: Self.articleKeys)
        else {
            return ArticleResult(
                answers: nil, framework: nil, frameworkLocation: nil,
                diagnostics: decoder.diagnostics)
        }
        let reference = frameworkReference(fields, decoder: &decoder)

        var number = expectedArticle
        if let node = fields["article"],
            let text = decoder.text(
                node, at: path.key("article"), missing: fields.location(of: "article"))
        {
            if let value = Int(text), framework.article(value) != nil {
                if let expectedArticle, value != expectedArticle {
                    decoder.report(
                        .articleMismatch,
                        "this file is article-\(expectedArticle).yaml but says `article: \(value)`",
                        at: node.location, path: path.key("article"),
                        hint:
                            "set `article: \(expectedArticle)`, or rename the file to article-\(value).yaml"
                    )
                } else {
                    number = value
                }
            } else {
                decoder.report(
                    .invalidValue, "`\(text)` is not an article number", at: node.location,
                    path: path.key("article"),
                    hint: "articles are numbered 1 to \(framework.articles.count)")
            }
        }
        guard let number, let article = framework.article(number) else {
            return ArticleResult(
                answers: nil, framework: reference,
                frameworkLocation: fields.entry("framework")?.keyLocation,
                diagnostics: decoder.diagnostics)
        }

        var answers: [IndicatorAnswer] = []
        let indicatorsPath = path.key("indicators")
        if let node = fields["indicators"],
            let map = decoder.mapping(
                node, at: indicatorsPath, anchor: fields.location(of: "indicators"),
                known: article.indicators.map(\.id))
        {
            // Unknown ids were reported by `mapping` with a did-you-mean; add where they belong.
            decoder.refineUnknownIndicators(in: map, article: article, framework: framework)
            let indicatorsByID = Dictionary(
                article.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for entry in map.node.entries ?? [] {
                guard let indicator = indicatorsByID[entry.key] else { continue }
                if let answer = decodeAnswer(
                    entry, indicator: indicator, path: indicatorsPath.key(entry.key), year: year,
                    source: source,
                    decoder: &decoder)
                {
                    answers.append(answer)
                }
            }
            let present = Set((map.node.entries ?? []).map(\.key))
            for indicator in article.indicators where !present.contains(indicator.id) {
                decoder.report(
                    .missingIndicator,
                    "indicator \(indicator.id) (\(indicator.title.en)) is missing",
                    at: fields.location(of: "indicators"), path: indicatorsPath.key(indicator.id),
                    hint:
                        "add `\(indicator.id):` with an `answer:`; the template has every indicator"
                )
            }
        } else if fields["indicators"] == nil {
            // `mapping` above already reported the missing key.
        }
        return ArticleResult(
            answers: ArticleAnswers(number: number, answers: answers), framework: reference,
            frameworkLocation: fields.entry("framework")?.keyLocation,
            diagnostics: decoder.diagnostics)
    }

    private func decodeAnswer(
        _ entry: YAMLNode.Entry, indicator: Indicator, path: FieldPath, year: Int?,
        source: any AssessmentSource,
        decoder: inout NodeDecoder
    ) -> IndicatorAnswer? {
        if entry.value.isNull {
            decoder.report(
                .unanswered, "indicator \(indicator.id) is not answered", at: entry.keyLocation,
                path: path.key("answer"),
                hint: AnswerText.allowedHint(for: indicator))
            return nil
        }
        guard
            let fields = decoder.mapping(
                entry.value, at: path, anchor: entry.keyLocation, known: Self.entryKeys)
        else { return nil }
        let note = fields["note"].flatMap {
            decoder.text($0, at: path.key("note"), allowEmpty: true)
        }
        let justification = fields["justification"].flatMap {
            decoder.text($0, at: path.key("justification"), allowEmpty: true)
        }
        var carriedForward: Int?
        if let node = fields["carried-forward"] {
            carriedForward = decoder.integer(
                node, at: path.key("carried-forward"), range: 2014...9999)
            if let carriedForward {
                decoder.report(
                    .carriedForward,
                    "the answer to \(indicator.id) was carried forward from \(carriedForward) and not yet reviewed",
                    at: fields.location(of: "carried-forward"), path: path.key("carried-forward"),
                    hint:
                        "check the answer, evidence and note, then delete the `carried-forward` line"
                )
            }
        }

        var value: AnswerValue?
        if let answerNode = fields["answer"], !answerNode.isNull {
            value = AnswerText.decode(
                answerNode, for: indicator, path: path.key("answer"), year: year, decoder: &decoder)
        } else {
            decoder.report(
                .unanswered, "indicator \(indicator.id) is not answered",
                at: fields.location(of: "answer"),
                path: path.key("answer"), hint: AnswerText.allowedHint(for: indicator))
        }

        if value == .notApplicable {
            if (justification ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                decoder.report(
                    .missingJustification,
                    "\(indicator.id) is marked not-applicable without a justification",
                    at: fields.location(of: "answer"), path: path.key("justification"),
                    hint: "add `justification:` saying why it does not apply"
                        + (indicator.notApplicable.map { " (allowed when: \($0.en))" } ?? ""))
            }
        } else if let justification, !justification.isEmpty, value != nil {
            decoder.report(
                .strayJustification, "`justification` is only read with not-applicable",
                at: fields.location(of: "justification"), path: path.key("justification"),
                hint: "move the text to `note`")
        }

        // An answer written but invalid (`yess`) still claims something, so its missing evidence
        // is reported in the same run; one that reads like not-applicable does not.
        let claims: Bool
        if let value {
            claims = value != .notApplicable
        } else if let answerNode = fields["answer"], !answerNode.isNull {
            let text = (answerNode.scalar ?? "").lowercased()
            claims = !(text.hasPrefix("not") || text.hasPrefix("n/a") || text.hasPrefix("na"))
        } else {
            claims = false
        }
        let evidence = EvidenceCheck.decode(
            fields["evidence"], at: path.key("evidence"), indicator: indicator, claims: claims,
            today: today,
            anchor: entry.keyLocation, source: source, decoder: &decoder)

        guard let value else { return nil }
        return IndicatorAnswer(
            id: indicator.id, value: value, evidence: evidence, note: note,
            justification: justification,
            carriedForward: carriedForward, location: entry.keyLocation)
    }
}

extension NodeDecoder {
    /// Improves the hint of unknown indicator ids: names the article an id belongs to.
    mutating func refineUnknownIndicators(
        in map: Fields, article: Framework.Article, framework: Framework
    ) {
        let known = Set(article.indicators.map(\.id))
        let listed = Suggestions.list(article.indicators.map(\.id), conjunction: "and")
        for entry in map.node.entries ?? [] where !known.contains(entry.key) {
            guard let index = lastIndex(of: .unknownKey, at: entry.keyLocation) else { continue }
            var diagnostic = diagnostics[index]
            diagnostic.code = .unknownIndicator
            diagnostic.severity = Diagnostic.Code.unknownIndicator.severity
            diagnostic.message = "`\(entry.key)` is not an indicator of article \(article.number)"
            if let other = framework.indicator(entry.key) {
                diagnostic.hint =
                    "\(entry.key) belongs to article \(other.article); move it to article-\(other.article).yaml"
            } else if let suggestion = Suggestions.closest(
                to: entry.key, in: article.indicators.map(\.id))
            {
                diagnostic.hint =
                    "did you mean `\(suggestion)`? article \(article.number) has " + listed
            } else {
                diagnostic.hint = "article \(article.number) has " + listed
            }
            replace(at: index, with: diagnostic)
        }
    }
}
