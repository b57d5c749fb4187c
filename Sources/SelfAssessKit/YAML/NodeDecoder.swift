public import Foundation

/// Reads typed values out of a YAML tree, collecting a diagnostic for every problem instead of
/// stopping at the first.
///
/// Each reader returns nil when the value is missing or wrong.
struct NodeDecoder: Sendable {
    /// A mapping whose keys were checked against the format.
    public struct Fields: Sendable {
        /// The mapping node.
        public let node: YAMLNode
        /// The mapping's path.
        public let path: FieldPath
        /// Where to point when a key is missing: the key that owns the mapping, or its start.
        public let anchor: Diagnostic.Location

        /// The value of a key, or nil.
        public subscript(key: String) -> YAMLNode? { node[key] }

        /// The entry of a key, or nil.
        public func entry(_ key: String) -> YAMLNode.Entry? {
            node.entries?.first { $0.key == key }
        }

        /// Where a key is written, or where the mapping is when the key is absent.
        public func location(of key: String) -> Diagnostic.Location {
            entry(key)?.keyLocation ?? anchor
        }
    }

    /// What makes two diagnostics the same problem at the same place.
    private struct Identity: Hashable {
        var code: Diagnostic.Code
        var location: Diagnostic.Location
        var path: String?
    }

    /// The file being read.
    public let file: String
    /// Every problem found so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The identities of ``diagnostics``, so that a repeat is found in constant time (a file
    /// with many findings must not cost time quadratic in their number).
    private var reported: Set<Identity> = []

    /// Creates a decoder for one file.
    public init(file: String) {
        self.file = file
    }

    /// Adds a diagnostic, unless the same problem at the same place is already reported.
    public mutating func report(_ diagnostic: Diagnostic) {
        guard reported.insert(Self.identity(of: diagnostic)).inserted else { return }
        diagnostics.append(diagnostic)
    }

    private static func identity(of diagnostic: Diagnostic) -> Identity {
        Identity(code: diagnostic.code, location: diagnostic.location, path: diagnostic.path)
    }

    /// Adds a diagnostic built from its parts.
    public mutating func report(
        _ code: Diagnostic.Code, _ message: Diagnostic.Message, at location: Diagnostic.Location,
        path: FieldPath?, hint: Diagnostic.Message? = nil, severity: Diagnostic.Severity? = nil
    ) {
        let pathText = path.map(\.description).flatMap { $0.isEmpty ? nil : $0 }
        report(
            Diagnostic(code, message, at: location, path: pathText, hint: hint, severity: severity))
    }

    // MARK: Mappings and lists

    /// How a key outside the known ones is reported: the code, the message and the hint.
    public typealias UnknownKeyReport = (
        code: Diagnostic.Code, message: Diagnostic.Message, hint: Diagnostic.Message?
    )

    /// The standard report of an unknown key: SA102 with a did-you-mean hint.
    public static func unknownKey(_ key: String, known: [String]) -> UnknownKeyReport {
        (
            .unknownKey, .unknownKey(key),
            .didYouMean(Suggestions.closest(to: key, in: known), .knownKeysHint(known))
        )
    }

    /// Reads a mapping, reporting keys outside `known` and absent `required` keys.
    ///
    /// - Parameters:
    ///   - what: What the mapping is called when it is missing ("a mapping" unless given).
    ///   - unknown: How a key outside `known` is reported; by default SA102 with a
    ///     did-you-mean hint (``unknownKey(_:known:)``).
    public mutating func mapping(
        _ node: YAMLNode?, at path: FieldPath, anchor: Diagnostic.Location? = nil,
        known: [String], required: [String] = [], what: Diagnostic.Message? = nil,
        unknown: ((String) -> UnknownKeyReport)? = nil
    ) -> Fields? {
        let anchor = anchor ?? node?.location ?? .file(file)
        guard let node else {
            report(.missingKey, .mappingMissing(what ?? .aMapping), at: anchor, path: path)
            return nil
        }
        guard let entries = node.entries else {
            report(
                .wrongNodeType, .expectedMapping(found: node), at: node.location, path: path)
            return nil
        }
        for entry in entries where !known.contains(entry.key) {
            let found = unknown?(entry.key) ?? Self.unknownKey(entry.key, known: known)
            report(
                found.code, found.message, at: entry.keyLocation, path: path.key(entry.key),
                hint: found.hint)
        }
        for key in required where node[key] == nil {
            report(
                .missingKey, .requiredKeyMissing(key), at: anchor, path: path.key(key),
                hint: .requiredKeyHint(key))
        }
        return Fields(node: node, path: path, anchor: anchor)
    }

    /// Reads a list; a missing or null value is an empty list.
    public mutating func list(_ node: YAMLNode?, at path: FieldPath) -> [YAMLNode]? {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            report(
                .wrongNodeType, .expectedList(found: node), at: node.location, path: path,
                hint: .expectedListHint)
            return nil
        }
        return items
    }

    // MARK: Scalars

    /// Reads a text value.
    ///
    /// A missing key reports at `missing` when given; an empty value is nil.
    public mutating func text(
        _ node: YAMLNode?, at path: FieldPath, missing: Diagnostic.Location? = nil,
        allowEmpty: Bool = false
    ) -> String? {
        guard let node else {
            if let missing {
                report(
                    .missingKey, .requiredKeyMissing(path.lastKey ?? ""), at: missing, path: path)
            }
            return nil
        }
        guard let text = node.scalar else {
            report(.wrongNodeType, .expectedScalar(found: node), at: node.location, path: path)
            return nil
        }
        if node.isNull && !allowEmpty {
            if let missing {
                report(.missingKey, .noValue(path.lastKey ?? ""), at: missing, path: path)
            }
            return nil
        }
        return text
    }

    /// Reads a whole number.
    public mutating func integer(
        _ node: YAMLNode?, at path: FieldPath, missing: Diagnostic.Location? = nil,
        range: ClosedRange<Int>? = nil
    ) -> Int? {
        guard let node, let text = text(node, at: path, missing: missing) else { return nil }
        guard let value = Int(text), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") })
        else {
            report(.invalidValue, .expectedWholeNumber(text), at: node.location, path: path)
            return nil
        }
        if let range, !range.contains(value) {
            report(.invalidValue, .outOfRange(value, range), at: node.location, path: path)
            return nil
        }
        return value
    }

    /// Reads a decimal number written as digits with an optional sign and fraction (no exponent,
    /// no unit).
    public mutating func decimal(
        _ node: YAMLNode?, at path: FieldPath, missing: Diagnostic.Location? = nil
    ) -> Decimal? {
        guard let node, let text = text(node, at: path, missing: missing) else { return nil }
        guard let value = DecimalText.parse(text) else {
            report(
                .invalidValue, .expectedNumber(text), at: node.location, path: path,
                hint: .expectedNumberHint)
            return nil
        }
        return value
    }

    /// Reads a `YYYY-MM-DD` date.
    public mutating func date(
        _ node: YAMLNode?, at path: FieldPath, missing: Diagnostic.Location? = nil,
        code: Diagnostic.Code = .invalidValue
    ) -> CalendarDate? {
        guard let node, let text = text(node, at: path, missing: missing) else { return nil }
        guard let date = CalendarDate(text) else {
            report(
                code, .notADate(text), at: node.location, path: path,
                hint: CalendarDate.meant(by: text).map { .dateMeant("\($0)") } ?? .notADateHint)
            return nil
        }
        return date
    }

    /// Reads `true` or `false`.
    public mutating func boolean(_ node: YAMLNode?, at path: FieldPath) -> Bool? {
        guard let node, let text = text(node, at: path) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            report(.invalidValue, .expectedBoolean(text), at: node.location, path: path)
            return nil
        }
    }

    /// Reads one of a fixed set of words, with a did-you-mean hint.
    public mutating func choice(
        _ node: YAMLNode?, at path: FieldPath, from allowed: [String],
        missing: Diagnostic.Location? = nil, code: Diagnostic.Code = .invalidValue
    ) -> String? {
        guard let node, let text = text(node, at: path, missing: missing) else { return nil }
        guard allowed.contains(text) else {
            report(
                code, .notAllowed(text), at: node.location, path: path,
                hint: .didYouMean(
                    Suggestions.closest(to: text, in: allowed), .allowedHint(allowed)))
            return nil
        }
        return text
    }

    /// Reads a `{zh, en}` text pair.
    public mutating func bilingual(
        _ node: YAMLNode?, at path: FieldPath, missing: Diagnostic.Location? = nil
    ) -> Bilingual? {
        guard let node else {
            if let missing {
                report(
                    .missingKey, .requiredKeyMissing(path.lastKey ?? ""), at: missing, path: path)
            }
            return nil
        }
        guard let fields = mapping(node, at: path, known: ["zh", "en"], required: ["zh", "en"])
        else {
            return nil
        }
        guard let zh = text(fields["zh"], at: path.key("zh")),
            let en = text(fields["en"], at: path.key("en"))
        else { return nil }
        return Bilingual(zh: zh, en: en)
    }
}

extension FieldPath {
    /// The last key of the path, if it ends in a key.
    public var lastKey: String? {
        if case .key(let key) = components.last { return key }
        return nil
    }
}
