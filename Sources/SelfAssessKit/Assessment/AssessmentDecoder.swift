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
        guard
            let fields = decoder.mapping(
                root, at: .root, known: Self.infoKeys, required: Self.infoKeys,
                what: .assessmentFile)
        else { return (nil, decoder.diagnostics) }
        let reference = frameworkReference(fields, decoder: &decoder)
        let signatory = signatory(fields, decoder: &decoder)
        let year = year(fields, decoder: &decoder)
        let contact = contact(fields, decoder: &decoder)
        let declaration = declaration(fields, year: year, decoder: &decoder)
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

    /// Reads `signatory: {id, name, category}`.
    private func signatory(
        _ fields: NodeDecoder.Fields, decoder: inout NodeDecoder
    ) -> AssessmentInfo.Signatory? {
        let path = FieldPath.root.key("signatory")
        guard let node = fields["signatory"],
            let sig = decoder.mapping(
                node, at: path, anchor: fields.location(of: "signatory"),
                known: ["id", "name", "category"], required: ["id", "name", "category"])
        else { return nil }
        let id = decoder.text(sig["id"], at: path.key("id"))
        if let id, !Identifiers.isSignatoryID(id), let node = sig["id"] {
            let lowered = id.lowercased().replacingOccurrences(of: "_", with: "-")
                .replacingOccurrences(of: " ", with: "-")
            decoder.report(
                .invalidSignatoryID, .invalidSignatoryID(id), at: node.location,
                path: path.key("id"),
                hint: .signatoryIDHint(
                    suggestion: Identifiers.isSignatoryID(lowered) ? lowered : nil))
        }
        var name = decoder.text(
            sig["name"], at: path.key("name"), missing: sig.location(of: "name"))
        // The name goes into the bundle's manifest, which holds it on one line of at most
        // 512 bytes: refused here rather than when the bundle checks itself.
        if let text = name, let node = sig["name"],
            text.utf8.count > 512
                || text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        {
            decoder.report(
                .invalidValue, .signatoryName, at: node.location, path: path.key("name"),
                hint: .signatoryNameHint)
            name = nil
        }
        let category = decoder.choice(
            sig["category"], at: path.key("category"), from: framework.categories.map(\.id),
            missing: sig.location(of: "category"), code: .unknownCategory)
        guard let id, let name, let category else { return nil }
        return AssessmentInfo.Signatory(id: id, name: name, category: category)
    }

    /// The reporting year `assessment.yaml` names, when it is a plausible one; nothing else of
    /// the file is decoded, and nothing is reported (validating one article file needs only
    /// the year, for its date checks).
    public func reportingYear(_ root: YAMLNode, file: String) -> Int? {
        guard root.entries != nil else { return nil }
        var decoder = NodeDecoder(file: file)
        return year(
            NodeDecoder.Fields(node: root, path: .root, anchor: root.location), decoder: &decoder)
    }

    /// Reads `year:`, a plausible reporting year.
    private func year(_ fields: NodeDecoder.Fields, decoder: inout NodeDecoder) -> Int? {
        let path = FieldPath.root.key("year")
        guard let node = fields["year"],
            let text = decoder.text(node, at: path, missing: fields.location(of: "year"))
        else { return nil }
        let plausible = AssessmentInfo.plausibleYears(today: today)
        guard let value = Int(text), text.count == 4, plausible.contains(value) else {
            decoder.report(
                .implausibleYear, .implausibleYear(text), at: node.location, path: path,
                hint: .implausibleYearHint(plausible))
            return nil
        }
        return value
    }

    /// Reads `contact: {name, email, phone}`.
    private func contact(
        _ fields: NodeDecoder.Fields, decoder: inout NodeDecoder
    ) -> AssessmentInfo.Contact? {
        let path = FieldPath.root.key("contact")
        guard let node = fields["contact"],
            let con = decoder.mapping(
                node, at: path, anchor: fields.location(of: "contact"),
                known: ["name", "email", "phone"], required: ["name", "email"])
        else { return nil }
        let name = decoder.text(
            con["name"], at: path.key("name"), missing: con.location(of: "name"))
        let email = decoder.text(
            con["email"], at: path.key("email"), missing: con.location(of: "email"))
        if let email, !Identifiers.looksLikeEmail(email), let node = con["email"] {
            decoder.report(
                .invalidEmail, .invalidEmail(email), at: node.location, path: path.key("email"),
                hint: .invalidEmailHint)
        }
        let phone = con["phone"].flatMap { decoder.text($0, at: path.key("phone")) }
        guard let name, let email else { return nil }
        return AssessmentInfo.Contact(name: name, email: email, phone: phone)
    }

    /// Reads `declaration: {signed-by, role, date, statement}` and checks its date against the
    /// reporting year and today.
    private func declaration(
        _ fields: NodeDecoder.Fields, year: Int?, decoder: inout NodeDecoder
    ) -> AssessmentInfo.Declaration? {
        let decPath = FieldPath.root.key("declaration")
        guard let node = fields["declaration"],
            let dec = decoder.mapping(
                node, at: decPath, anchor: fields.location(of: "declaration"),
                known: ["signed-by", "role", "date", "statement"], required: ["signed-by", "date"])
        else { return nil }
        let signedBy = decoder.text(
            dec["signed-by"], at: decPath.key("signed-by"), missing: dec.location(of: "signed-by"))
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
                    .declarationDate, .declarationBeforeYear(date, year: year), at: node.location,
                    path: decPath.key("date"))
            } else if date > today {
                decoder.report(
                    .declarationDate, .declarationInFuture(date), at: node.location,
                    path: decPath.key("date"))
            }
        }
        guard let signedBy, let date else { return nil }
        return AssessmentInfo.Declaration(
            signedBy: signedBy, role: role, date: date, statement: statement)
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
                .otherFramework(answered: reference, loaded: framework.reference),
                at: fields.location(of: "framework"), path: path,
                hint: .otherFrameworkHint(answered: reference, loaded: framework.reference))
        }
        return reference
    }

    // MARK: article-N.yaml

    /// The outcome of decoding one article file.
    public struct ArticleResult: Sendable {
        /// The answers read (possibly incomplete when there are errors).
        var answers: ArticleAnswers?
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

        let number = articleNumber(fields, expected: expectedArticle, decoder: &decoder)
        guard let number, let article = framework.article(number) else {
            return ArticleResult(
                answers: nil, framework: reference,
                frameworkLocation: fields.entry("framework")?.keyLocation,
                diagnostics: decoder.diagnostics)
        }
        let answers = self.answers(
            fields, article: article, year: year, source: source, decoder: &decoder)
        return ArticleResult(
            answers: ArticleAnswers(number: number, answers: answers), framework: reference,
            frameworkLocation: fields.entry("framework")?.keyLocation,
            diagnostics: decoder.diagnostics)
    }

    /// Reads `article:`, which must be the number the file name implies (when it implies one).
    private func articleNumber(
        _ fields: NodeDecoder.Fields, expected expectedArticle: Int?, decoder: inout NodeDecoder
    ) -> Int? {
        let path = FieldPath.root.key("article")
        guard let node = fields["article"],
            let text = decoder.text(node, at: path, missing: fields.location(of: "article"))
        else { return expectedArticle }
        guard let value = Int(text), framework.article(value) != nil else {
            decoder.report(
                .invalidValue, .notAnArticle(text), at: node.location, path: path,
                hint: .notAnArticleHint(count: framework.articles.count))
            return expectedArticle
        }
        if let expectedArticle, value != expectedArticle {
            decoder.report(
                .articleMismatch, .articleMismatch(expected: expectedArticle, value: value),
                at: node.location, path: path,
                hint: .articleMismatchHint(expected: expectedArticle, value: value))
            return expectedArticle
        }
        return value
    }

    /// Reads `indicators:`: an answer for each of the article's indicators, reporting ids the
    /// article does not have (naming the article they belong to) and indicators left out.
    private func answers(
        _ fields: NodeDecoder.Fields, article: Framework.Article, year: Int?,
        source: any AssessmentSource, decoder: inout NodeDecoder
    ) -> [IndicatorAnswer] {
        let indicatorsPath = FieldPath.root.key("indicators")
        // A missing `indicators` key was reported by the file's own `mapping`.
        guard let node = fields["indicators"],
            let map = decoder.mapping(
                node, at: indicatorsPath, anchor: fields.location(of: "indicators"),
                known: article.indicators.map(\.id),
                unknown: { id in
                    (
                        .unknownIndicator, .unknownIndicator(id, article: article.number),
                        .unknownIndicatorHint(id, article: article, framework: framework)
                    )
                })
        else { return [] }
        let indicatorsByID = Dictionary(
            article.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var answers: [IndicatorAnswer] = []
        for entry in map.node.entries ?? [] {
            guard let indicator = indicatorsByID[entry.key] else { continue }
            if let answer = decodeAnswer(
                entry, indicator: indicator, path: indicatorsPath.key(entry.key), year: year,
                source: source, decoder: &decoder)
            {
                answers.append(answer)
            }
        }
        let entries = map.node.entries ?? []
        let present = Set(entries.map(\.key))
        for (index, indicator) in article.indicators.enumerated()
        where !present.contains(indicator.id) {
            let (location, previous) = Self.placeOfMissing(
                before: index, of: article, in: entries,
                fallback: fields.location(of: "indicators"))
            decoder.report(
                .missingIndicator, .missingIndicator(indicator),
                at: location, path: indicatorsPath.key(indicator.id),
                hint: previous.map { .missingIndicatorAfterHint(indicator.id, previous: $0) }
                    ?? .missingIndicatorHint(indicator.id))
        }
        return answers
    }

    /// Where a missing indicator's block belongs: just after the block of the closest earlier
    /// indicator the file has (at the next entry's key, or on the line after the block when it
    /// is the last), else before the file's first indicator of the article; `indicators:` when
    /// it has none.
    ///
    /// - Returns: The place, and the id of the earlier indicator it follows, if any.
    static func placeOfMissing(
        before index: Int, of article: Framework.Article, in entries: [YAMLNode.Entry],
        fallback: Diagnostic.Location
    ) -> (Diagnostic.Location, String?) {
        let ids = Set(article.indicators.map(\.id))
        guard let first = entries.first(where: { ids.contains($0.key) }) else {
            return (fallback, nil)
        }
        for earlier in article.indicators[..<index].reversed() {
            guard let position = entries.firstIndex(where: { $0.key == earlier.id }) else {
                continue
            }
            if position + 1 < entries.count {
                return (entries[position + 1].keyLocation, earlier.id)
            }
            let entry = entries[position]
            var location = entry.keyLocation
            location.line = lastLine(of: entry.value, from: entry.keyLocation.line) + 1
            return (location, earlier.id)
        }
        return (first.keyLocation, nil)
    }

    /// The last line on which a node or one of its descendants starts.
    private static func lastLine(of node: YAMLNode, from line: Int) -> Int {
        var last = max(line, node.location.line)
        for entry in node.entries ?? [] { last = max(last, lastLine(of: entry.value, from: last)) }
        for item in node.items ?? [] { last = max(last, lastLine(of: item, from: last)) }
        return last
    }

    private func decodeAnswer(
        _ entry: YAMLNode.Entry, indicator: Indicator, path: FieldPath, year: Int?,
        source: any AssessmentSource,
        decoder: inout NodeDecoder
    ) -> IndicatorAnswer? {
        if entry.value.isNull {
            decoder.report(
                .unanswered, .unanswered(indicator.id), at: entry.keyLocation,
                path: path.key("answer"), hint: .allowedAnswers(for: indicator))
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
        let carriedForward = self.carriedForward(
            fields, indicator: indicator, path: path, decoder: &decoder)

        var value: AnswerValue?
        if let answerNode = fields["answer"], !answerNode.isNull {
            value = AnswerText.decode(
                answerNode, for: indicator, path: path.key("answer"), year: year, decoder: &decoder)
        } else {
            decoder.report(
                .unanswered, .unanswered(indicator.id), at: fields.location(of: "answer"),
                path: path.key("answer"), hint: .allowedAnswers(for: indicator))
        }

        checkJustification(
            justification, of: value, fields, indicator: indicator, path: path, decoder: &decoder)
        let evidence = EvidenceCheck.decode(
            fields["evidence"], at: path.key("evidence"), indicator: indicator,
            claims: Self.claims(value, fields), today: today, anchor: entry.keyLocation,
            source: source, decoder: &decoder)
        if value == .notApplicable, evidence.isEmpty, indicator.critical,
            framework.scoring.critical?.notApplicableNeedsEvidence == true
        {
            decoder.report(
                .evidenceRequired, .criticalNotApplicableEvidence(indicator.id),
                at: fields.location(of: "answer"), path: path.key("evidence"),
                hint: .criticalNotApplicableEvidenceHint)
        }

        if let carriedForward, let year {
            checkStale(
                value, evidence: evidence, from: carriedForward, year: year, indicator: indicator,
                fields, path: path, decoder: &decoder)
        }

        guard let value else { return nil }
        return IndicatorAnswer(
            id: indicator.id, value: value, evidence: evidence, note: note,
            justification: justification,
            carriedForward: carriedForward, location: entry.keyLocation)
    }

    /// Reads `carried-forward:` and reports the answer as not yet reviewed.
    private func carriedForward(
        _ fields: NodeDecoder.Fields, indicator: Indicator, path: FieldPath,
        decoder: inout NodeDecoder
    ) -> Int? {
        guard let node = fields["carried-forward"],
            let year = decoder.integer(node, at: path.key("carried-forward"), range: 2014...9999)
        else { return nil }
        decoder.report(
            .carriedForward, .carriedForward(indicator.id, from: year),
            at: fields.location(of: "carried-forward"), path: path.key("carried-forward"),
            hint: .carriedForwardHint)
        return year
    }

    /// Flags carried-forward content that has gone stale (docs/scoring.md, "Stale carried-forward content"):
    /// evidence dated before the reporting year (SA214), a date that scores lower this year than
    /// in the year it was carried from (SA215), and a not-applicable justification carried
    /// forward although some evidence is dated after that year (SA216).
    private func checkStale(
        _ value: AnswerValue?, evidence: [EvidenceItem], from: Int, year: Int,
        indicator: Indicator, _ fields: NodeDecoder.Fields, path: FieldPath,
        decoder: inout NodeDecoder
    ) {
        for item in evidence {
            guard let date = item.date, date.year < year else { continue }
            decoder.report(
                .staleEvidence,
                .staleEvidence(indicator.id, from: from, path: item.path, date: date, year: year),
                at: fields.location(of: "evidence"), path: path.key("evidence"),
                hint: .staleEvidenceHint)
        }
        if value == .notApplicable,
            let newer = evidence.first(where: { ($0.date?.year ?? from) > from }),
            let date = newer.date
        {
            decoder.report(
                .staleJustification,
                .staleJustification(indicator.id, from: from, path: newer.path, date: date),
                at: fields.location(of: "justification"), path: path.key("justification"),
                hint: .staleJustificationHint)
        }
        if case .date(let date)? = value, case .date(let maxAge?) = indicator.answer.type,
            from < year, date.isWithin(months: maxAge, beforeEndOf: from),
            !date.isWithin(months: maxAge, beforeEndOf: year)
        {
            decoder.report(
                .staleDate,
                .staleDate(
                    indicator.id, date: date, from: from, before: "100/100", now: "0/100",
                    year: year),
                at: fields.location(of: "answer"), path: path.key("answer"),
                hint: .staleDateHint(months: maxAge, year: year))
        }
    }

    /// Checks that not-applicable has a justification, and that only not-applicable has one.
    private func checkJustification(
        _ justification: String?, of value: AnswerValue?, _ fields: NodeDecoder.Fields,
        indicator: Indicator, path: FieldPath, decoder: inout NodeDecoder
    ) {
        if value == .notApplicable {
            if (justification ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                decoder.report(
                    .missingJustification, .missingJustification(indicator.id),
                    at: fields.location(of: "answer"), path: path.key("justification"),
                    hint: .missingJustificationHint(when: indicator.notApplicable))
            }
        } else if let justification, !justification.isEmpty, value != nil {
            decoder.report(
                .strayJustification, .strayJustification,
                at: fields.location(of: "justification"), path: path.key("justification"),
                hint: .strayJustificationHint)
        }
    }

    /// Whether an answer claims something that needs evidence.
    ///
    /// An answer written but invalid (`yess`) still claims something, so its missing evidence is
    /// reported in the same run; one that reads like not-applicable does not.
    private static func claims(_ value: AnswerValue?, _ fields: NodeDecoder.Fields) -> Bool {
        if let value { return value != .notApplicable }
        guard let answerNode = fields["answer"], !answerNode.isNull else { return false }
        let text = (answerNode.scalar ?? "").lowercased()
        return !(text.hasPrefix("not") || text.hasPrefix("n/a") || text.hasPrefix("na"))
    }
}
