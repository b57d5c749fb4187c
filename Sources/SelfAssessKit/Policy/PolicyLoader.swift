internal import Crypto
public import Foundation

/// Reads a `policy.yaml`, checking its shape (unknown keys with did-you-mean, wrong kinds of
/// value) and its rules (unique ids, consistent conditions, escalations that raise the step), and,
/// when a framework is given, that every indicator and rating it names exists.
///
/// Problems are ``Diagnostic`` values with file, 1-based line and column, like every other input.
public enum PolicyLoader {
    /// The outcome of loading a policy: the policy when it is usable, and every problem found.
    public struct Result: Sendable {
        /// The policy, or nil when the file has errors.
        public var policy: Policy?
        /// Every problem found, sorted by position.
        public var diagnostics: [Diagnostic]
        /// The parsed file, for rendering caret lines.
        public var document: YAMLDocument
    }

    /// Loads a policy file from disk.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - displayName: The path shown in diagnostics (defaults to the URL's path).
    ///   - framework: The framework whose indicators and rating bands the policy may name; nil
    ///     skips those checks.
    /// - Returns: The policy (nil when there are errors) and the diagnostics.
    public static func load(
        _ url: URL, displayName: String? = nil, framework: Framework? = nil
    ) -> Result {
        decode(YAMLFile.read(url, displayName: displayName ?? url.path), framework: framework)
    }

    /// Loads a policy from its bytes.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - file: The name shown in diagnostics.
    ///   - framework: The framework to check indicator and band ids against, if any.
    public static func parse(_ bytes: [UInt8], file: String, framework: Framework? = nil) -> Result
    {
        decode(YAMLParser.parse(bytes, file: file), framework: framework)
    }

    /// The default policy built into the tool (`Templates/policy.yaml` at build time), checked
    /// against the built-in framework.
    public static let builtin: Result = parse(
        Array(BuiltinPolicy.text.utf8), file: BuiltinPolicy.displayName,
        framework: FrameworkLoader.builtin.framework)

    private static func decode(_ document: YAMLDocument, framework: Framework?) -> Result {
        var decoder = PolicyDecoder(file: document.file, framework: framework)
        var policy: Policy?
        if let root = document.root, !document.diagnostics.hasErrors {
            policy = decoder.policy(root)
            policy?.sha256 = SHA256.hash(data: document.source?.bytes ?? []).hexString
        }
        let diagnostics = (document.diagnostics + decoder.diagnostics).sorted()
        return Result(
            policy: diagnostics.hasErrors ? nil : policy, diagnostics: diagnostics,
            document: document)
    }
}

/// Decodes the policy tree with diagnostics.
private struct PolicyDecoder {
    var base: NodeDecoder
    let framework: Framework?
    /// Rule and escalation ids seen so far, with where they were first written.
    var seenIDs: [String: Diagnostic.Location] = [:]

    var diagnostics: [Diagnostic] { base.diagnostics }

    init(file: String, framework: Framework?) {
        base = NodeDecoder(file: file)
        self.framework = framework
    }

    mutating func invalid(
        _ message: Diagnostic.Message, at location: Diagnostic.Location, path: FieldPath,
        hint: Diagnostic.Message? = nil
    ) {
        base.report(.invalidPolicy, message, at: location, path: path, hint: hint)
    }

    mutating func policy(_ root: YAMLNode) -> Policy? {
        let path = FieldPath.root
        guard
            let fields = base.mapping(
                root, at: path,
                known: [
                    "schema", "title", "min-category-size", "deadlines", "rules", "escalation",
                ],
                required: ["schema", "rules"])
        else { return nil }
        if let schema = base.text(fields["schema"], at: path.key("schema")), schema != Policy.schema
        {
            invalid(
                .policy(.unsupportedSchema, ["schema": .text(schema)]),
                at: fields["schema"]?.location ?? fields.anchor, path: path.key("schema"),
                hint: .policy(.unsupportedSchemaHint, ["schema": .text(Policy.schema)]))
        }
        let title = fields["title"].flatMap { base.bilingual($0, at: path.key("title")) }
        var minimum = Policy.defaultMinimumCategorySize
        if let node = fields["min-category-size"],
            let value = base.integer(node, at: path.key("min-category-size"), range: 1...10_000)
        {
            minimum = value
        }
        var deadlines = Policy.Deadlines()
        var deadlinesOK = true
        if let node = fields["deadlines"], !node.isNull {
            if let read = self.deadlines(node, at: path.key("deadlines")) {
                deadlines = read
            } else {
                deadlinesOK = false
            }
        }
        let rules = self.rules(fields["rules"], at: path.key("rules"))
        let escalations = self.escalations(fields["escalation"], at: path.key("escalation"))
        if let node = fields["rules"], node.items?.isEmpty == true {
            invalid(
                .policy(.noRules), at: node.location, path: path.key("rules"),
                hint: .policy(.noRulesHint))
        }
        guard let rules, let escalations, deadlinesOK else { return nil }
        return Policy(
            title: title, minimumCategorySize: minimum, rules: rules, escalations: escalations,
            deadlines: deadlines)
    }

    // MARK: Deadlines

    /// `deadlines:`: `due: MM-DD` (in the year after the reporting year), `years:` (a due date
    /// per reporting year), `very-late-days:`.
    mutating func deadlines(_ node: YAMLNode, at path: FieldPath) -> Policy.Deadlines? {
        guard
            let fields = base.mapping(
                node, at: path, known: ["due", "years", "very-late-days"])
        else { return nil }
        var deadlines = Policy.Deadlines()
        var ok = true
        if let node = fields["due"], let text = base.text(node, at: path.key("due")) {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            // A day every year has: 29 February is refused.
            if parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
                let month = Int(parts[0]), let day = Int(parts[1]),
                CalendarDate(year: 2001, month: month, day: day) != nil
            {
                deadlines.dueMonth = month
                deadlines.dueDay = day
            } else {
                invalid(
                    .policy(.dueDay, ["value": .text(text)]), at: node.location,
                    path: path.key("due"), hint: .policy(.dueDayHint))
                ok = false
            }
        }
        if let node = fields["very-late-days"] {
            if let days = base.integer(node, at: path.key("very-late-days"), range: 0...3660) {
                deadlines.veryLateDays = days
            } else {
                ok = false
            }
        }
        if let node = fields["years"], !node.isNull {
            let yearsPath = path.key("years")
            if let entries = node.entries {
                for entry in entries {
                    let entryPath = yearsPath.key(entry.key)
                    guard let year = Int(entry.key), entry.key.count == 4,
                        entry.key.allSatisfy(\.isASCII)
                    else {
                        invalid(
                            .policy(.dueYear, ["year": .text(entry.key)]), at: entry.keyLocation,
                            path: entryPath)
                        ok = false
                        continue
                    }
                    guard let date = base.date(entry.value, at: entryPath) else {
                        ok = false
                        continue
                    }
                    if date <= .endOfYear(year) {
                        invalid(
                            .policy(
                                .dueBeforeYearEnds,
                                ["year": .integer(year), "date": .text(date.description)]),
                            at: entry.value.location, path: entryPath)
                        ok = false
                        continue
                    }
                    deadlines.overrides[year] = date
                }
            } else {
                base.report(
                    .wrongNodeType, .policy(.dueYearsMapping), at: node.location, path: yearsPath)
                ok = false
            }
        }
        return ok ? deadlines : nil
    }

    // MARK: Rules

    mutating func rules(_ node: YAMLNode?, at path: FieldPath) -> [Policy.Rule]? {
        guard let items = base.list(node, at: path) else { return nil }
        var rules: [Policy.Rule] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            guard
                let fields = base.mapping(
                    item, at: itemPath, known: ["id", "action", "when", "reason"],
                    required: ["id", "action", "when", "reason"])
            else { continue }
            let id = ruleID(fields, at: itemPath)
            let action = base.choice(
                fields["action"], at: itemPath.key("action"), from: EnforcementAction.names
            )
            .flatMap(EnforcementAction.init(rawValue:))
            let conditions = self.conditions(
                fields["when"], at: itemPath.key("when"), anchor: fields.location(of: "when"))
            let reason = base.bilingual(fields["reason"], at: itemPath.key("reason"))
            guard let id, let action, let conditions, let reason else { continue }
            rules.append(
                Policy.Rule(id: id, action: action, conditions: conditions, reason: reason))
        }
        return rules
    }

    /// Reads and checks an id shared by rules and escalations.
    mutating func ruleID(_ fields: NodeDecoder.Fields, at path: FieldPath) -> String? {
        guard let node = fields["id"], let id = base.text(node, at: path.key("id")) else {
            return nil
        }
        let bytes = Array(id.utf8)
        let lower = UInt8(ascii: "a")...UInt8(ascii: "z")
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        let valid =
            (1...64).contains(bytes.count)
            && bytes.allSatisfy {
                lower.contains($0) || digits.contains($0) || $0 == UInt8(ascii: "-")
            }
            && bytes.first != UInt8(ascii: "-")
        if !valid {
            invalid(
                .policy(.invalidRuleID, ["id": .text(id)]), at: node.location,
                path: path.key("id"), hint: .policy(.invalidRuleIDHint))
            return nil
        }
        if let first = seenIDs[id] {
            base.report(
                Diagnostic(
                    .invalidPolicy, .policy(.ruleIDTwice, ["id": .text(id)]), at: node.location,
                    path: path.key("id").description, hint: .policy(.ruleIDTwiceHint),
                    notes: [Diagnostic.Note(location: first, .policy(.firstUsedHere))]))
            return nil
        }
        seenIDs[id] = node.location
        return id
    }

    mutating func conditions(
        _ node: YAMLNode?, at path: FieldPath, anchor: Diagnostic.Location
    ) -> Policy.Conditions? {
        guard
            let fields = base.mapping(
                node, at: path, anchor: anchor,
                known: [
                    "submission", "rejected-for", "lateness", "rating", "score-below",
                    "critical-failed", "indicator", "years",
                ],
                what: .policy(.when))
        else { return nil }
        guard let conditions = readConditions(fields, at: path) else { return nil }
        return checked(conditions, fields, at: path) ? conditions : nil
    }

    /// Reads each condition of `when`; nil when one of them is invalid.
    private mutating func readConditions(
        _ fields: NodeDecoder.Fields, at path: FieldPath
    ) -> Policy.Conditions? {
        var conditions = Policy.Conditions()
        let submissionOK = readSubmissionConditions(fields, at: path, into: &conditions)
        let resultsOK = readResultConditions(fields, at: path, into: &conditions)
        return submissionOK && resultsOK ? conditions : nil
    }

    /// Reads the conditions on the submission itself: `submission` and `rejected-for`.
    private mutating func readSubmissionConditions(
        _ fields: NodeDecoder.Fields, at path: FieldPath, into conditions: inout Policy.Conditions
    ) -> Bool {
        var ok = true
        if let node = fields["submission"] {
            if let words = self.words(
                node, at: path.key("submission"), from: SubmissionStatus.names)
            {
                conditions.submission = Set(
                    words.compactMap(Policy.SubmissionCondition.init(rawValue:))
                )
                .sorted { $0.rank < $1.rank }
            } else {
                ok = false
            }
        }
        if let node = fields["lateness"] {
            let names = [Policy.Lateness.late.rawValue, Policy.Lateness.veryLate.rawValue]
            if let words = self.words(node, at: path.key("lateness"), from: names) {
                conditions.lateness = Set(words.compactMap(Policy.Lateness.init(rawValue:)))
                    .sorted { $0.rawValue < $1.rawValue }
            } else {
                ok = false
            }
        }
        if let node = fields["rejected-for"] {
            let words = self.words(node, at: path.key("rejected-for"), from: RejectionReason.names)
            if let words {
                conditions.rejectedFor = Set(words.compactMap(RejectionReason.init(rawValue:)))
                    .sorted()
            } else {
                ok = false
            }
        }
        return ok
    }

    /// Reads the conditions on an accepted submission's results: `rating`, `score-below`,
    /// `critical-failed`, `indicator` and `years`.
    private mutating func readResultConditions(
        _ fields: NodeDecoder.Fields, at path: FieldPath, into conditions: inout Policy.Conditions
    ) -> Bool {
        var ok = true
        if let node = fields["rating"] {
            let bands = framework?.scoring.bands.map(\.id)
            if let words = self.words(node, at: path.key("rating"), from: bands) {
                conditions.ratings = words
            } else {
                ok = false
            }
        }
        if let node = fields["score-below"] {
            if let value = base.decimal(node, at: path.key("score-below")) {
                if value <= 0 || value > 100 {
                    invalid(
                        .policy(.scoreBelowRange, ["value": .text(DecimalText.plain(value))]),
                        at: node.location, path: path.key("score-below"))
                    ok = false
                }
                conditions.scoreBelow = value
            } else {
                ok = false
            }
        }
        if let node = fields["critical-failed"] {
            if let critical = criticalCondition(node, at: path.key("critical-failed")) {
                conditions.criticalFailed = critical
            } else {
                ok = false
            }
        }
        if let node = fields["indicator"] {
            let anchor = fields.location(of: "indicator")
            if let indicator = indicatorCondition(node, at: path.key("indicator"), anchor: anchor) {
                conditions.indicator = indicator
            } else {
                ok = false
            }
        }
        if let node = fields["years"] {
            if let years = base.integer(node, at: path.key("years"), range: 1...10) {
                conditions.years = years
            } else {
                ok = false
            }
        }
        return ok
    }

    /// Checks that the conditions can hold together and that there is at least one.
    private mutating func checked(
        _ conditions: Policy.Conditions, _ fields: NodeDecoder.Fields, at path: FieldPath
    ) -> Bool {
        if conditions.isEmpty {
            invalid(
                .policy(.noCondition), at: fields.anchor, path: path,
                hint: .policy(.noConditionHint))
            return false
        }
        let submission = conditions.submission
        if !conditions.rejectedFor.isEmpty, !submission.isEmpty, submission != [.rejected] {
            invalid(
                .policy(.rejectedForOnlyRejected), at: fields.location(of: "submission"),
                path: path.key("submission"), hint: .policy(.rejectedForOnlyRejectedHint))
            return false
        }
        if conditions.readsResults, !submission.isEmpty, submission != [.accepted] {
            let other = submission.first { $0 != .accepted }?.rawValue ?? ""
            invalid(
                .policy(.resultsOnlyAccepted, ["other": .text(other)]),
                at: fields.location(of: "submission"), path: path.key("submission"),
                hint: .policy(.splitRule))
            return false
        }
        if !conditions.rejectedFor.isEmpty, conditions.readsResults {
            invalid(
                .policy(.rejectedHasNoResults), at: fields.location(of: "rejected-for"),
                path: path.key("rejected-for"), hint: .policy(.splitRule))
            return false
        }
        return true
    }

    /// Reads one word or a list of words; with `allowed`, each must be one of them.
    mutating func words(_ node: YAMLNode, at path: FieldPath, from allowed: [String]?) -> [String]?
    {
        let items: [(node: YAMLNode, path: FieldPath)]
        if node.items != nil {
            guard let list = base.list(node, at: path) else { return nil }
            items = list.enumerated().map { ($0.element, path.index($0.offset)) }
            if items.isEmpty {
                invalid(
                    .policy(.emptyList), at: node.location, path: path,
                    hint: .policy(.emptyListHint))
                return nil
            }
        } else {
            items = [(node, path)]
        }
        var words: [String] = []
        var ok = true
        for item in items {
            let word: String?
            if let allowed {
                word = base.choice(
                    item.node, at: item.path, from: allowed, missing: item.node.location)
            } else {
                word = base.text(item.node, at: item.path, missing: item.node.location)
            }
            if let word { words.append(word) } else { ok = false }
        }
        return ok ? words : nil
    }

    mutating func criticalCondition(
        _ node: YAMLNode, at path: FieldPath
    ) -> Policy.CriticalCondition? {
        if node.items == nil, node.scalar == "any" { return .any }
        guard let ids = words(node, at: path, from: nil) else { return nil }
        let items = node.items ?? [node]
        var ok = true
        for (offset, id) in ids.enumerated() where items.indices.contains(offset) {
            let itemNode = items[offset]
            let itemPath = node.items == nil ? path : path.index(offset)
            let lookup = indicatorReference(
                id, at: itemNode.location, path: itemPath,
                alternatives: node.items == nil ? ["any"] : [])
            guard lookup.ok else {
                ok = false
                continue
            }
            if let indicator = lookup.indicator, !indicator.critical {
                invalid(
                    .policy(.notCritical, ["id": .text(id)]), at: itemNode.location,
                    path: itemPath,
                    hint: .policy(
                        .criticalIndicators, ["ids": .text(criticalIDs().joined(separator: ", "))]))
                ok = false
            }
        }
        return ok ? .indicators(ids) : nil
    }

    /// Checks an indicator id: against the framework when one is loaded (reporting an unknown id
    /// with did-you-mean), otherwise only its shape (`A<article>.<n>`).
    mutating func indicatorReference(
        _ id: String, at location: Diagnostic.Location, path: FieldPath, alternatives: [String] = []
    ) -> (ok: Bool, indicator: Indicator?) {
        if let framework {
            if let indicator = framework.indicator(id) { return (true, indicator) }
            var hint = Diagnostic.Message.policy(
                .frameworkIndicatorsHint, ["framework": .text(framework.reference.description)])
            if let suggestion = Suggestions.closest(
                to: id, in: framework.indicators.map(\.id) + alternatives)
            {
                hint = .policy(.didYouMean, ["suggestion": .text(suggestion)])
            }
            invalid(
                .policy(.noSuchIndicator, ["id": .text(id)]), at: location, path: path, hint: hint)
            return (false, nil)
        }
        if (1...9).contains(where: { Identifiers.isIndicatorID(id, article: $0) }) {
            return (true, nil)
        }
        invalid(
            .policy(.notAnIndicatorID, ["id": .text(id)]), at: location, path: path,
            hint: .didYouMean(
                Suggestions.closest(to: id, in: alternatives), .policy(.indicatorIDHint)))
        return (false, nil)
    }

    func criticalIDs() -> [String] {
        (framework?.indicators ?? []).filter(\.critical).map(\.id)
    }

    mutating func indicatorCondition(
        _ node: YAMLNode, at path: FieldPath, anchor: Diagnostic.Location
    ) -> Policy.IndicatorCondition? {
        guard
            let fields = base.mapping(
                node, at: path, anchor: anchor, known: ["id", "above", "below", "answer"],
                required: ["id"])
        else { return nil }
        let tests = ["above", "below", "answer"].filter { fields[$0] != nil }
        guard let idNode = fields["id"],
            let id = base.text(idNode, at: path.key("id"), missing: fields.anchor)
        else {
            return nil
        }
        guard tests.count == 1 else {
            let location = tests.count > 1 ? fields.location(of: tests[1]) : fields.anchor
            invalid(
                .policy(tests.isEmpty ? .noTest : .moreThanOneTest), at: location, path: path,
                hint: .policy(.oneTestHint))
            return nil
        }
        let lookup = indicatorReference(id, at: idNode.location, path: path.key("id"))
        guard lookup.ok else { return nil }
        let indicator = lookup.indicator
        let key = tests[0]
        guard let valueNode = fields[key] else { return nil }
        let test =
            key == "answer"
            ? answerTest(valueNode, fields, key: key, id: id, indicator: indicator, at: path)
            : numberTest(valueNode, fields, key: key, id: id, indicator: indicator, at: path)
        return test.map { Policy.IndicatorCondition(indicatorID: id, test: $0) }
    }

    /// Reads `above:` or `below:`, which only a number or maturity indicator can be compared by.
    mutating func numberTest(
        _ valueNode: YAMLNode, _ fields: NodeDecoder.Fields, key: String, id: String,
        indicator: Indicator?, at path: FieldPath
    ) -> Policy.IndicatorCondition.Test? {
        guard let value = base.decimal(valueNode, at: path.key(key)) else { return nil }
        if let indicator {
            switch indicator.answer.type {
            case .number, .maturity: break
            default:
                invalid(
                    .policy(
                        .comparesNumbers,
                        [
                            "key": .text(key), "id": .text(id),
                            "type": .text(indicator.answer.type.name),
                        ]),
                    at: fields.location(of: key), path: path.key(key),
                    hint: .policy(.comparesNumbersHint))
                return nil
            }
        }
        return key == "above" ? .above(value) : .below(value)
    }

    /// Reads `answer:`, the answers of a choice indicator (yes, partial, no, not-applicable).
    mutating func answerTest(
        _ valueNode: YAMLNode, _ fields: NodeDecoder.Fields, key: String, id: String,
        indicator: Indicator?, at path: FieldPath
    ) -> Policy.IndicatorCondition.Test? {
        var allowed: [String]?
        if let indicator {
            guard let choices = indicator.answer.choices else {
                invalid(
                    .policy(
                        .listsWords,
                        ["id": .text(id), "type": .text(indicator.answer.type.name)]),
                    at: fields.location(of: key), path: path.key(key),
                    hint: indicator.answer.type.name == "number"
                        ? .policy(.listsWordsHint) : nil)
                return nil
            }
            allowed = choices + (indicator.allowsNotApplicable ? ["not-applicable"] : [])
        }
        guard let words = words(valueNode, at: path.key(key), from: allowed) else { return nil }
        return .answer(words)
    }

    // MARK: Escalations

    mutating func escalations(_ node: YAMLNode?, at path: FieldPath) -> [Policy.Escalation]? {
        guard let items = base.list(node, at: path) else { return nil }
        var escalations: [Policy.Escalation] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            guard
                let fields = base.mapping(
                    item, at: itemPath,
                    known: [
                        "id", "at-least", "consecutive-years", "again-within-years", "raise-to",
                        "unless-improved-by", "reason",
                    ],
                    required: ["id", "at-least", "raise-to", "reason"])
            else { continue }
            let id = ruleID(fields, at: itemPath)
            let atLeast = base.choice(
                fields["at-least"], at: itemPath.key("at-least"), from: EnforcementAction.names
            )
            .flatMap(EnforcementAction.init(rawValue:))
            let raiseTo = base.choice(
                fields["raise-to"], at: itemPath.key("raise-to"), from: EnforcementAction.names
            )
            .flatMap(EnforcementAction.init(rawValue:))
            let reason = base.bilingual(fields["reason"], at: itemPath.key("reason"))
            var pattern: Policy.Escalation.Pattern?
            switch (fields["consecutive-years"], fields["again-within-years"]) {
            case (let node?, nil):
                pattern = base.integer(node, at: itemPath.key("consecutive-years"), range: 2...10)
                    .map { .consecutiveYears($0) }
            case (nil, let node?):
                pattern = base.integer(node, at: itemPath.key("again-within-years"), range: 2...10)
                    .map { .againWithinYears($0) }
            case (.some, .some):
                invalid(
                    .policy(.bothPatterns), at: fields.location(of: "again-within-years"),
                    path: itemPath.key("again-within-years"), hint: .policy(.bothPatternsHint))
            case (nil, nil):
                invalid(
                    .policy(.noPattern), at: fields.anchor, path: itemPath,
                    hint: .policy(.noPatternHint))
            }
            if let atLeast, let raiseTo, raiseTo <= atLeast {
                invalid(
                    .policy(
                        .raiseNotAbove,
                        ["raise": .text(raiseTo.rawValue), "atLeast": .text(atLeast.rawValue)]),
                    at: fields.location(of: "raise-to"), path: itemPath.key("raise-to"),
                    hint: .policy(
                        .ladderHint,
                        ["actions": .text(EnforcementAction.names.joined(separator: ", "))]))
                continue
            }
            var improvement: Decimal?
            if let node = fields["unless-improved-by"] {
                let path = itemPath.key("unless-improved-by")
                guard let value = base.decimal(node, at: path) else { continue }
                guard value > 0, value <= 100 else {
                    invalid(
                        .policy(.improvementRange, ["value": .text(DecimalText.plain(value))]),
                        at: node.location, path: path)
                    continue
                }
                improvement = value
            }
            guard let id, let atLeast, let pattern, let raiseTo, let reason else { continue }
            escalations.append(
                Policy.Escalation(
                    id: id, atLeast: atLeast, pattern: pattern, raiseTo: raiseTo, reason: reason,
                    unlessImprovedBy: improvement))
        }
        return escalations
    }
}
