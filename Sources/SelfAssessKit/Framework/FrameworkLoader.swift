internal import Crypto
public import Foundation

/// Reads a framework file, checking both its shape and its rules (unique ids, positive weights,
/// ordered bands, known rule references …).
public enum FrameworkLoader {
    /// The outcome of loading a framework: the framework when it is usable, and every problem found.
    public struct Result: Sendable {
        /// The framework, or nil when the file has errors.
        public var framework: Framework?
        /// Every problem found.
        public var diagnostics: [Diagnostic]
        /// The parsed file, for rendering caret lines.
        public var document: YAMLDocument
    }

    /// Loads a framework file from disk.
    public static func load(_ url: URL, displayName: String? = nil) -> Result {
        let document = YAMLFile.read(url, displayName: displayName ?? url.path)
        return decode(document)
    }

    /// Loads a framework from its bytes.
    public static func parse(_ bytes: [UInt8], file: String) -> Result {
        decode(YAMLParser.parse(bytes, file: file))
    }

    /// The framework built into the tool (`Templates/framework.yaml` at build time).
    public static let builtin: Result = parse(
        Array(BuiltinFramework.text.utf8), file: BuiltinFramework.displayName)

    /// The earlier versions of the built-in framework, kept so that a bundle signed under one
    /// verifies and re-scores under its own rules forever (`Templates/archive/`).
    public static let archived: [Framework] = [
        parse(Array(BuiltinFramework1_0.text.utf8), file: BuiltinFramework1_0.displayName)
            .framework
    ].compactMap { $0 }

    /// The built-in framework (current or archived) with this id and version, if any.
    public static func builtin(_ reference: FrameworkReference) -> Framework? {
        ([builtin.framework].compactMap { $0 } + archived).first { $0.reference == reference }
    }

    private static func decode(_ document: YAMLDocument) -> Result {
        var decoder = FrameworkDecoder(file: document.file)
        var framework: Framework?
        if let root = document.root, !document.diagnostics.hasErrors {
            framework = decoder.framework(root)
            if var decoded = framework {
                decoded.sha256 = SHA256.hash(data: document.source?.bytes ?? []).hexString
                framework = decoded
            }
        }
        let diagnostics = (document.diagnostics + decoder.diagnostics).sorted()
        return Result(
            framework: diagnostics.hasErrors ? nil : framework, diagnostics: diagnostics,
            document: document)
    }
}

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal.
    package var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Decodes the framework tree with diagnostics.
private struct FrameworkDecoder {
    var base: NodeDecoder
    var diagnostics: [Diagnostic] { base.diagnostics }

    init(file: String) {
        base = NodeDecoder(file: file)
    }

    mutating func invalid(
        _ message: Diagnostic.Message, at location: Diagnostic.Location, path: FieldPath,
        hint: Diagnostic.Message? = nil
    ) {
        base.report(.invalidFramework, message, at: location, path: path, hint: hint)
    }

    mutating func framework(_ root: YAMLNode) -> Framework? {
        let path = FieldPath.root
        guard
            let fields = base.mapping(
                root, at: path,
                known: [
                    "schema", "id", "version", "title", "issued", "publisher", "categories",
                    "scoring", "rules", "articles",
                ],
                required: ["schema", "id", "version", "title", "categories", "scoring", "articles"])
        else { return nil }
        if let schema = base.text(fields["schema"], at: path.key("schema")),
            schema != "selfassess.framework/v1"
        {
            invalid(
                .framework(.unsupportedSchema, ["schema": .text(schema)]),
                at: fields.location(of: "schema"), path: path.key("schema"),
                hint: .framework(.unsupportedSchemaHint))
        }
        let id = base.text(fields["id"], at: path.key("id"))
        if let id, !Identifiers.isFrameworkID(id) {
            invalid(
                .framework(.invalidID, ["id": .text(id)]), at: fields.location(of: "id"),
                path: path.key("id"), hint: .framework(.invalidIDHint))
        }
        let version = base.text(fields["version"], at: path.key("version"))
        let title = base.bilingual(fields["title"], at: path.key("title"))
        let issued = fields["issued"].flatMap { base.date($0, at: path.key("issued")) }
        let publisher = fields["publisher"].flatMap {
            base.bilingual($0, at: path.key("publisher"))
        }
        let categories = self.categories(fields["categories"], at: path.key("categories"))
        let scoring = self.scoring(fields["scoring"], at: path.key("scoring"))
        let rules = self.rules(fields["rules"], at: path.key("rules"))
        let articles = self.articles(
            fields["articles"], at: path.key("articles"), rules: rules ?? [])
        guard let id, let version, let title, let categories, let scoring, let articles else {
            return nil
        }
        return Framework(
            id: id, version: version, title: title, issued: issued, publisher: publisher,
            categories: categories, scoring: scoring, rules: rules ?? [], articles: articles,
            sha256: "")
    }

    mutating func categories(_ node: YAMLNode?, at path: FieldPath) -> [Framework.Category]? {
        guard let items = base.list(node, at: path) else { return nil }
        var categories: [Framework.Category] = []
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            guard
                let fields = base.mapping(
                    item, at: itemPath, known: ["id", "title"], required: ["id", "title"]),
                let id = base.text(fields["id"], at: itemPath.key("id")),
                let title = base.bilingual(fields["title"], at: itemPath.key("title"))
            else { continue }
            if !seen.insert(id).inserted {
                invalid(
                    .framework(.categoryTwice, ["id": .text(id)]), at: fields.location(of: "id"),
                    path: itemPath.key("id"))
            }
            categories.append(Framework.Category(id: id, title: title))
        }
        if categories.isEmpty, let node {
            invalid(.framework(.noCategories), at: node.location, path: path)
        }
        return categories
    }

    mutating func scoring(_ node: YAMLNode?, at path: FieldPath) -> Framework.Scoring? {
        guard
            let fields = base.mapping(
                node, at: path, known: ["bands", "critical-pass", "rules", "critical"],
                required: ["bands"])
        else {
            return nil
        }
        let criticalPass =
            self.criticalPass(fields["critical-pass"], at: path.key("critical-pass"))
            ?? Decimal(string: "0.5") ?? 0
        guard let items = base.list(fields["bands"], at: path.key("bands")) else { return nil }
        var bands: [Framework.Band] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.key("bands").index(index)
            guard
                let band = base.mapping(
                    item, at: itemPath, known: ["id", "title", "min"],
                    required: ["id", "title", "min"]),
                let id = base.text(band["id"], at: itemPath.key("id")),
                let title = base.bilingual(band["title"], at: itemPath.key("title")),
                let min = base.decimal(band["min"], at: itemPath.key("min"))
            else { continue }
            if min < 0 || min > 100 {
                invalid(
                    .framework(.bandMinimumRange, ["min": .text("\(min)")]),
                    at: band.location(of: "min"),
                    path: itemPath.key("min"))
            }
            if let previous = bands.last, min >= previous.min {
                invalid(
                    .framework(.bandOrder),
                    at: band.location(of: "min"),
                    path: itemPath.key("min"))
            }
            if bands.contains(where: { $0.id == id }) {
                invalid(
                    .framework(.bandTwice, ["id": .text(id)]), at: band.location(of: "id"),
                    path: itemPath.key("id"))
            }
            bands.append(Framework.Band(id: id, title: title, min: min))
        }
        if let last = bands.last, last.min != 0, let node = items.last {
            invalid(.framework(.lowestBand), at: node.location, path: path.key("bands"))
        }
        if bands.isEmpty, let node = fields["bands"] {
            invalid(
                .framework(.noBands), at: node.location, path: path.key("bands"))
        }
        var scoring = Framework.Scoring(bands: bands, criticalPass: criticalPass)
        scoring.critical = criticalRules(fields, bands: bands, at: path)
        return scoring
    }

    /// Reads `scoring.rules` and, for the 1.1 rules, `scoring.critical`: nil for the 1.0 rules.
    mutating func criticalRules(
        _ fields: NodeDecoder.Fields, bands: [Framework.Band], at path: FieldPath
    ) -> Framework.CriticalRules? {
        let rules = fields["rules"].flatMap {
            base.choice($0, at: path.key("rules"), from: ["1.0", "1.1"])
        }
        guard rules == "1.1" else {
            if let node = fields["critical"] {
                invalid(
                    .framework(.criticalWithoutRules), at: node.location,
                    path: path.key("critical"),
                    hint: .framework(.criticalWithoutRulesHint))
            }
            return nil
        }
        let criticalPath = path.key("critical")
        guard fields["critical"] != nil else {
            invalid(
                .framework(.rulesNeedCritical), at: fields.location(of: "rules"),
                path: criticalPath)
            return nil
        }
        guard
            let critical = base.mapping(
                fields["critical"], at: criticalPath,
                known: [
                    "choice-pass", "article-ceilings", "overall-ceiling", "not-applicable-evidence",
                ],
                required: ["article-ceilings", "overall-ceiling"])
        else { return nil }
        let choicePass =
            self.criticalPass(critical["choice-pass"], at: criticalPath.key("choice-pass")) ?? 1
        var ceilings: [Framework.ArticleCeiling] = []
        let ceilingsPath = criticalPath.key("article-ceilings")
        for (index, item) in (base.list(critical["article-ceilings"], at: ceilingsPath) ?? [])
            .enumerated()
        {
            let itemPath = ceilingsPath.index(index)
            guard
                let entry = base.mapping(
                    item, at: itemPath, known: ["failures", "band"], required: ["failures", "band"]),
                let failures = base.integer(
                    entry["failures"], at: itemPath.key("failures"), range: 1...1000),
                let band = self.band(entry["band"], in: bands, at: itemPath.key("band"))
            else { continue }
            if let previous = ceilings.last {
                let lower = bands.firstIndex { $0.id == band } ?? 0
                let higher = bands.firstIndex { $0.id == previous.band } ?? 0
                if failures <= previous.failures || lower < higher {
                    invalid(
                        .framework(.ceilingOrder), at: item.location, path: itemPath,
                        hint: .framework(.ceilingOrderHint))
                }
            } else if failures != 1 {
                invalid(
                    .framework(.firstCeiling), at: entry.location(of: "failures"),
                    path: itemPath.key("failures"))
            }
            ceilings.append(Framework.ArticleCeiling(failures: failures, band: band))
        }
        if ceilings.isEmpty, let node = critical["article-ceilings"] {
            invalid(.framework(.noCeilings), at: node.location, path: ceilingsPath)
        }
        let overall = self.band(
            critical["overall-ceiling"], in: bands, at: criticalPath.key("overall-ceiling"))
        let evidence =
            critical["not-applicable-evidence"].flatMap {
                base.choice(
                    $0, at: criticalPath.key("not-applicable-evidence"),
                    from: ["required", "optional"])
            } ?? "optional"
        guard let overall, !ceilings.isEmpty else { return nil }
        return Framework.CriticalRules(
            choicePass: choicePass, articleCeilings: ceilings, overallCeiling: overall,
            notApplicableNeedsEvidence: evidence == "required")
    }

    /// Reads the id of one of the framework's bands.
    mutating func band(_ node: YAMLNode?, in bands: [Framework.Band], at path: FieldPath) -> String?
    {
        guard let node else { return nil }
        return base.choice(node, at: path, from: bands.map(\.id))
    }

    mutating func rules(_ node: YAMLNode?, at path: FieldPath) -> [Framework.Rule]? {
        guard let items = base.list(node, at: path) else { return nil }
        var rules: [Framework.Rule] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            guard
                let fields = base.mapping(
                    item, at: itemPath, known: ["id", "title", "note"], required: ["id", "title"]),
                let id = base.text(fields["id"], at: itemPath.key("id")),
                let title = base.bilingual(fields["title"], at: itemPath.key("title"))
            else { continue }
            if rules.contains(where: { $0.id == id }) {
                invalid(
                    .framework(.ruleTwice, ["id": .text(id)]), at: fields.location(of: "id"),
                    path: itemPath.key("id"))
            }
            let note = fields["note"].flatMap { base.text($0, at: itemPath.key("note")) }
            rules.append(Framework.Rule(id: id, title: title, note: note))
        }
        return rules
    }

    mutating func articles(
        _ node: YAMLNode?, at path: FieldPath, rules: [Framework.Rule]
    ) -> [Framework.Article]? {
        guard let items = base.list(node, at: path) else { return nil }
        var articles: [Framework.Article] = []
        var indicatorIDs: [String: Diagnostic.Location] = [:]
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            guard
                let fields = base.mapping(
                    item, at: itemPath, known: ["number", "weight", "title", "indicators"],
                    required: ["number", "weight", "title", "indicators"]),
                let number = base.integer(fields["number"], at: itemPath.key("number")),
                let weight = positiveWeight(fields["weight"], at: itemPath.key("weight")),
                let title = base.bilingual(fields["title"], at: itemPath.key("title"))
            else { continue }
            if number != index + 1 {
                invalid(
                    .framework(
                        .articlePosition,
                        ["number": .integer(number), "position": .integer(index + 1)]),
                    at: fields.location(of: "number"), path: itemPath.key("number"),
                    hint: .framework(.articlePositionHint))
            }
            let indicatorItems =
                base.list(fields["indicators"], at: itemPath.key("indicators")) ?? []
            var indicators: [Indicator] = []
            for (position, indicatorNode) in indicatorItems.enumerated() {
                let indicatorPath = itemPath.key("indicators").index(position)
                guard
                    let indicator = self.indicator(
                        indicatorNode, at: indicatorPath, article: number, rules: rules)
                else { continue }
                if let first = indicatorIDs[indicator.id] {
                    invalid(
                        .framework(
                            .indicatorTwice,
                            ["id": .text(indicator.id), "line": .integer(first.line)]),
                        at: indicatorNode.location, path: indicatorPath)
                }
                indicatorIDs[indicator.id] = indicatorNode.location
                indicators.append(indicator)
            }
            if indicators.isEmpty, indicatorItems.isEmpty {
                invalid(
                    .framework(.noIndicators, ["number": .integer(number)]),
                    at: fields.location(of: "indicators"),
                    path: itemPath.key("indicators"))
            }
            articles.append(
                Framework.Article(
                    number: number, weight: weight, title: title, indicators: indicators))
        }
        if articles.count != 7, let node {
            invalid(
                .framework(.articleCount, ["count": .integer(articles.count)]),
                at: node.location, path: path)
        }
        return articles
    }

    mutating func positiveWeight(_ node: YAMLNode?, at path: FieldPath) -> Decimal? {
        guard let node, let weight = base.decimal(node, at: path) else {
            if node == nil { return nil }
            return nil
        }
        guard weight > 0 else {
            invalid(
                .framework(.zeroWeight, ["weight": .text(DecimalText.plain(weight))]),
                at: node.location, path: path, hint: .framework(.zeroWeightHint))
            return nil
        }
        return weight
    }

    mutating func indicator(
        _ node: YAMLNode, at path: FieldPath, article: Int, rules: [Framework.Rule]
    ) -> Indicator? {
        guard
            let fields = base.mapping(
                node, at: path,
                known: [
                    "id", "title", "question", "guidance", "answer", "weight", "critical",
                    "critical-pass",
                    "evidence", "not-applicable", "rules",
                ],
                required: ["id", "title", "question", "guidance", "answer", "weight", "evidence"]),
            let id = base.text(fields["id"], at: path.key("id"))
        else { return nil }
        if !Identifiers.isIndicatorID(id, article: article) {
            invalid(
                .framework(.indicatorIDArticle, ["id": .text(id), "article": .integer(article)]),
                at: fields.location(of: "id"), path: path.key("id"),
                hint: .framework(.indicatorIDArticleHint, ["article": .integer(article)]))
        }
        let title = base.bilingual(fields["title"], at: path.key("title"))
        let question = base.bilingual(fields["question"], at: path.key("question"))
        let guidance = base.bilingual(fields["guidance"], at: path.key("guidance"))
        let answer = self.answer(fields["answer"], at: path.key("answer"))
        let weight = positiveWeight(fields["weight"], at: path.key("weight"))
        let critical =
            fields["critical"].flatMap { base.boolean($0, at: path.key("critical")) } ?? false
        let criticalPass = self.criticalPass(fields["critical-pass"], at: path.key("critical-pass"))
        let evidence = base.choice(
            fields["evidence"], at: path.key("evidence"),
            from: EvidenceRequirement.allCases.map(\.rawValue)
        ).flatMap(EvidenceRequirement.init(rawValue:))
        let notApplicable = fields["not-applicable"].flatMap {
            base.mapping($0, at: path.key("not-applicable"), known: ["when"], required: ["when"])
        }.flatMap { base.bilingual($0["when"], at: path.key("not-applicable").key("when")) }
        let citations = self.citations(fields["rules"], at: path.key("rules"), rules: rules)
        guard let title, let question, let guidance, let answer, let weight, let evidence else {
            return nil
        }
        if critical, !answer.type.isScored {
            invalid(
                .framework(.criticalText, ["id": .text(id)]), at: fields.location(of: "critical"),
                path: path.key("critical"), hint: .framework(.criticalTextHint))
        }
        return Indicator(
            id: id, article: article, title: title, question: question, guidance: guidance,
            answer: answer,
            weight: weight, critical: critical, criticalPass: criticalPass, evidence: evidence,
            notApplicable: notApplicable, rules: citations)
    }

    /// Reads a `critical-pass:`, a share above 0 and at most 1.
    mutating func criticalPass(_ node: YAMLNode?, at path: FieldPath) -> Decimal? {
        guard let node, let value = base.decimal(node, at: path) else { return nil }
        if value <= 0 || value > 1 {
            invalid(.framework(.criticalPassRange), at: node.location, path: path)
        }
        return value
    }

    /// Reads an indicator's `rules:`, citations of the framework's rule catalogue.
    mutating func citations(
        _ node: YAMLNode?, at path: FieldPath, rules: [Framework.Rule]
    ) -> [RuleCitation] {
        var citations: [RuleCitation] = []
        for (index, item) in (base.list(node, at: path) ?? []).enumerated() {
            let itemPath = path.index(index)
            guard
                let citation = base.mapping(
                    item, at: itemPath, known: ["ref", "provision", "confidence"], required: ["ref"]
                ),
                let ref = base.text(citation["ref"], at: itemPath.key("ref"))
            else { continue }
            if !rules.contains(where: { $0.id == ref }) {
                var hint = Diagnostic.Message.framework(.addRuleHint)
                if let suggestion = Suggestions.closest(to: ref, in: rules.map(\.id)) {
                    hint = .framework(
                        .didYouMeanOr, ["suggestion": .text(suggestion), "hint": .wording(hint)])
                }
                invalid(
                    .framework(.unknownRule, ["id": .text(ref)]), at: citation.location(of: "ref"),
                    path: itemPath.key("ref"), hint: hint)
            }
            let provision = citation["provision"].flatMap {
                base.text($0, at: itemPath.key("provision"))
            }
            let confidence =
                citation["confidence"].flatMap {
                    base.choice(
                        $0, at: itemPath.key("confidence"),
                        from: RuleCitation.Confidence.allCases.map(\.rawValue))
                }.flatMap(RuleCitation.Confidence.init(rawValue:)) ?? .confirmed
            citations.append(RuleCitation(ref: ref, provision: provision, confidence: confidence))
        }
        return citations
    }

    mutating func answer(_ node: YAMLNode?, at path: FieldPath) -> AnswerSpec? {
        guard
            let fields = base.mapping(
                node, at: path,
                known: [
                    "type", "levels", "unit", "floor", "target", "better", "min", "max", "integer",
                    "max-age-months",
                ],
                required: ["type"]),
            let typeName = base.choice(fields["type"], at: path.key("type"), from: AnswerType.names)
        else { return nil }
        let allowedExtras: [String: [String]] = [
            "yes-no": ["levels"], "yes-partial-no": ["levels"], "maturity": ["levels"],
            "number": ["unit", "floor", "target", "better", "min", "max", "integer"],
            "date": ["max-age-months"], "text": [],
        ]
        for entry in fields.node.entries ?? [] where entry.key != "type" {
            if let allowed = allowedExtras[typeName], !allowed.contains(entry.key),
                allowedExtras.values.contains(where: { $0.contains(entry.key) })
            {
                invalid(
                    .framework(.keyNotForType, ["key": .text(entry.key), "type": .text(typeName)]),
                    at: entry.keyLocation,
                    path: path.key(entry.key))
            }
        }
        let type: AnswerType
        switch typeName {
        case "yes-no": type = .yesNo
        case "yes-partial-no": type = .yesPartialNo
        case "maturity": type = .maturity
        case "date":
            var months: Int?
            if let node = fields["max-age-months"] {
                months = base.integer(node, at: path.key("max-age-months"), range: 1...1200)
            }
            type = .date(maxAgeMonths: months)
        case "text": type = .text
        default:
            guard let rule = numberRule(fields, at: path) else { return nil }
            type = .number(rule)
        }
        var spec = AnswerSpec(type: type, levels: [])
        if let levelsNode = fields["levels"], let choices = spec.choices {
            if let levels = base.mapping(levelsNode, at: path.key("levels"), known: choices) {
                for entry in levels.node.entries ?? [] where choices.contains(entry.key) {
                    if let meaning = base.bilingual(
                        entry.value, at: path.key("levels").key(entry.key))
                    {
                        spec.levels.append(AnswerSpec.Level(value: entry.key, meaning: meaning))
                    }
                }
            }
        }
        if case .maturity = type, Set(spec.levels.map(\.value)) != Set(spec.choices ?? []) {
            invalid(
                .framework(.maturityLevels),
                at: fields.location(of: "levels"),
                path: path.key("levels"))
        }
        return spec
    }

    mutating func numberRule(_ fields: NodeDecoder.Fields, at path: FieldPath) -> NumberRule? {
        for key in ["unit", "floor", "target", "better"] where fields[key] == nil {
            base.report(
                .missingKey, .framework(.numberNeeds, ["key": .text(key)]), at: fields.anchor,
                path: path.key(key))
        }
        let unit = fields["unit"].flatMap { base.bilingual($0, at: path.key("unit")) }
        let floor = fields["floor"].flatMap { base.decimal($0, at: path.key("floor")) }
        let target = fields["target"].flatMap { base.decimal($0, at: path.key("target")) }
        let better = fields["better"].flatMap {
            base.choice(
                $0, at: path.key("better"), from: NumberRule.Direction.allCases.map(\.rawValue))
        }.flatMap(NumberRule.Direction.init(rawValue:))
        let min = fields["min"].flatMap { base.decimal($0, at: path.key("min")) }
        let max = fields["max"].flatMap { base.decimal($0, at: path.key("max")) }
        let integer =
            fields["integer"].flatMap { base.boolean($0, at: path.key("integer")) } ?? false
        guard let unit, let floor, let target, let better else { return nil }
        if floor == target {
            invalid(
                .framework(.floorIsTarget), at: fields.location(of: "target"),
                path: path.key("target"))
        } else if (better == .higher) != (target > floor) {
            invalid(
                .framework(
                    better == .higher ? .targetAbove : .targetBelow,
                    ["better": .text(better.rawValue)]),
                at: fields.location(of: "target"), path: path.key("target"))
        }
        if let min, let max, min > max {
            invalid(.framework(.minAboveMax), at: fields.location(of: "min"), path: path.key("min"))
        }
        return NumberRule(
            unit: unit, floor: floor, target: target, better: better, min: min, max: max,
            integer: integer)
    }
}
