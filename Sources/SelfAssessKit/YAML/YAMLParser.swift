internal import CLibYAML

/// Reads YAML through libyaml's event API into a positioned node tree, refusing what an
/// assessment never needs (anchors, aliases, tags, merge keys, several documents) and enforcing
/// the limits while reading.
public enum YAMLParser {
    /// Parses the bytes of one file.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - file: The path shown in diagnostics.
    ///   - limits: Nesting and reporting limits (the size limit is checked by the caller that reads
    ///     the file; see ``YAMLFile/read(_:displayName:limits:)``).
    /// - Returns: The document; its `root` is nil when parsing failed before a tree could be built.
    public static func parse(
        _ bytes: [UInt8], file: String, limits: YAMLLimits = .default
    ) -> YAMLDocument {
        let source = SourceText(file: file, bytes: bytes)
        var diagnostics: [Diagnostic] = []
        let check = EncodingCheck(bytes)
        diagnostics += encodingDiagnostics(check, source: source, limits: limits)
        guard check.isUTF8 else {
            return YAMLDocument(file: file, root: nil, diagnostics: diagnostics, source: source)
        }
        let separatorOffset = check.findings.first { finding in
            if case .lineSeparator = finding.kind { return true }
            return false
        }?.offset
        var builder = TreeBuilder(source: source, limits: limits)
        let root = bytes.withUnsafeBufferPointer { builder.run($0) }
        let encodingPositions = Set(diagnostics.map(\.location))
        for diagnostic in builder.diagnostics {
            // libyaml's complaint about a character the encoding check has already named (a
            // control character) says the same thing less clearly.
            if diagnostic.code == .syntax, encodingPositions.contains(diagnostic.location) {
                continue
            }
            // After a NEL/LS/PS character libyaml's line numbers drift from the editor's: keep
            // its syntax error only when it lies before the first such character.
            if let separatorOffset, diagnostic.code == .syntax || diagnostic.code == .tabIndentation
            {
                let separator = source.position(ofByte: separatorOffset)
                if (diagnostic.location.line, diagnostic.location.column)
                    > (separator.line, separator.column)
                {
                    continue
                }
            }
            diagnostics.append(diagnostic)
        }
        // The count of those left out stands where the first of them was, after the ones shown.
        for (code, hidden) in builder.suppressed.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            diagnostics.append(Diagnostic(code, .moreProblems(hidden.count), at: hidden.from))
        }
        return YAMLDocument(
            file: file, root: root, diagnostics: diagnostics.sorted(), source: source)
    }

    private static func encodingDiagnostics(
        _ check: EncodingCheck, source: SourceText, limits: YAMLLimits
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var counts: [Diagnostic.Code: Int] = [:]
        for finding in check.findings {
            let code: Diagnostic.Code =
                switch finding.kind {
                case .utf16or32: .wrongEncoding
                case .invalidUTF8: .invalidUTF8
                case .controlCharacter: .controlCharacter
                case .lineSeparator: .lineSeparator
                }
            // Only the findings shown get a position: finding one costs the length of its line,
            // which for every finding of a long line would cost time quadratic in its length.
            guard counts[code, default: 0] < limits.maxRepeatedDiagnostics else {
                counts[code, default: 0] += 1
                continue
            }
            let (line, column) = source.position(ofByte: finding.offset)
            let location = Diagnostic.Location(file: source.file, line: line, column: column)
            let diagnostic: Diagnostic
            switch finding.kind {
            case .utf16or32(let encoding):
                diagnostic = Diagnostic(
                    .wrongEncoding, .wrongEncoding(encoding),
                    at: Diagnostic.Location(file: source.file, line: 1, column: 1),
                    hint: .wrongEncodingHint)
            case .invalidUTF8:
                diagnostic = Diagnostic(
                    .invalidUTF8, .invalidUTF8, at: location, hint: .invalidUTF8Hint)
            case .controlCharacter(let scalar):
                diagnostic = Diagnostic(
                    .controlCharacter, .controlCharacter(unicodeName(scalar)), at: location,
                    hint: .controlCharacterHint)
            case .lineSeparator(let scalar):
                diagnostic = Diagnostic(
                    .lineSeparator, .lineSeparator(unicodeName(scalar)), at: location,
                    hint: .lineSeparatorHint)
            }
            let seen = counts[diagnostic.code, default: 0]
            counts[diagnostic.code] = seen + 1
            if seen < limits.maxRepeatedDiagnostics { diagnostics.append(diagnostic) }
        }
        for (code, count) in counts where count > limits.maxRepeatedDiagnostics {
            let hidden = count - limits.maxRepeatedDiagnostics
            diagnostics.append(
                Diagnostic(code, .moreCharacters(hidden), at: .file(source.file)))
        }
        return diagnostics
    }

    static func unicodeName(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [
            0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC",
            0x7F: "DEL", 0x85: "NEL", 0x2028: "LINE SEPARATOR", 0x2029: "PARAGRAPH SEPARATOR",
        ]
        if let name = names[scalar] { return "U+\(padded) (\(name))" }
        return "U+\(padded)"
    }
}

/// Drives libyaml's event loop and builds the tree, one frame per open collection.
private struct TreeBuilder {
    private struct Frame {
        enum Kind {
            case mapping
            case sequence
        }

        var kind: Kind
        var location: Diagnostic.Location
        var entries: [YAMLNode.Entry] = []
        var items: [YAMLNode] = []
        var pendingKey: (text: String, location: Diagnostic.Location, valid: Bool)?
        var seenKeys: [String: Diagnostic.Location] = [:]
    }

    let source: SourceText
    let limits: YAMLLimits
    private(set) var diagnostics: [Diagnostic] = []
    private var stack: [Frame] = []
    private var root: YAMLNode?
    private var documentCount = 0
    private var repeated: [Diagnostic.Code: Int] = [:]

    /// Where the first diagnostic of each code left out after the limit was.
    private var firstHidden: [Diagnostic.Code: Diagnostic.Location] = [:]

    /// How many diagnostics of each code were left out after the limit, and where the first was.
    var suppressed: [Diagnostic.Code: (count: Int, from: Diagnostic.Location)] {
        repeated.compactMapValues { $0 > limits.maxRepeatedDiagnostics ? $0 : nil }
            .reduce(into: [:]) { result, pair in
                let location = firstHidden[pair.key] ?? .file(source.file)
                result[pair.key] = (pair.value - limits.maxRepeatedDiagnostics, location)
            }
    }

    init(source: SourceText, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
    }

    mutating func run(_ input: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            diagnostics.append(
                Diagnostic(.syntax, .couldNotStart, at: .file(source.file)))
            return nil
        }
        defer { yaml_parser_delete(parser) }
        guard let base = input.baseAddress, input.count > 0 else {
            report(Diagnostic(.emptyFile, .emptyFile, at: .file(source.file)))
            return nil
        }
        yaml_parser_set_input_string(parser, base, input.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) != 0 else {
                reportParserError(parser.pointee)
                return nil
            }
            defer { yaml_event_delete(&event) }
            let location = self.location(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                if documentCount == 0 || root?.isNull == true {
                    report(
                        Diagnostic(.emptyFile, .noContent, at: .file(source.file)))
                }
                return root
            case YAML_DOCUMENT_START_EVENT:
                documentCount += 1
                if documentCount == 2 {
                    report(
                        Diagnostic(
                            .multipleDocuments, .secondDocument, at: location,
                            hint: .secondDocumentHint))
                }
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                checkProperties(anchor: data.anchor, tag: data.tag, at: location)
                guard open(Frame(kind: .mapping, location: location)) else { return nil }
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                checkProperties(anchor: data.anchor, tag: data.tag, at: location)
                guard open(Frame(kind: .sequence, location: location)) else { return nil }
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                guard let frame = stack.popLast() else { break }
                let content: YAMLNode.Content =
                    frame.kind == .mapping ? .mapping(frame.entries) : .sequence(frame.items)
                attach(YAMLNode(content, at: frame.location))
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                checkProperties(anchor: data.anchor, tag: data.tag, at: location)
                let text =
                    data.value.map {
                        String(
                            decoding: UnsafeBufferPointer(start: $0, count: data.length),
                            as: UTF8.self)
                    } ?? ""
                attach(YAMLNode(.scalar(text, Self.style(data.style)), at: location))
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                report(
                    Diagnostic(
                        .aliasOrAnchor, .alias(name), at: location, hint: .aliasHint))
                attach(YAMLNode(.scalar("", .plain), at: location))
            default:
                break
            }
        }
    }

    private mutating func open(_ frame: Frame) -> Bool {
        guard stack.count < limits.maxDepth else {
            report(
                Diagnostic(
                    .nestingTooDeep, .nestingTooDeep(limits.maxDepth), at: frame.location))
            return false
        }
        stack.append(frame)
        return true
    }

    private mutating func attach(_ node: YAMLNode) {
        guard !stack.isEmpty else {
            if documentCount == 1 { root = node }
            return
        }
        let top = stack.count - 1
        switch stack[top].kind {
        case .sequence:
            stack[top].items.append(node)
        case .mapping:
            if let key = stack[top].pendingKey {
                if key.valid {
                    stack[top].entries.append(
                        YAMLNode.Entry(key: key.text, keyLocation: key.location, value: node))
                }
                stack[top].pendingKey = nil
            } else {
                stack[top].pendingKey = acceptKey(node, in: top)
            }
        }
    }

    private mutating func acceptKey(
        _ node: YAMLNode, in frame: Int
    ) -> (text: String, location: Diagnostic.Location, valid: Bool) {
        guard case .scalar(let text, let style) = node.content else {
            report(
                Diagnostic(.complexKey, .complexKey(node), at: node.location))
            return ("", node.location, false)
        }
        if text == "<<", style == .plain {
            report(
                Diagnostic(
                    .mergeKey, .mergeKey, at: node.location, hint: .mergeKeyHint))
            return (text, node.location, false)
        }
        if let first = stack[frame].seenKeys[text] {
            report(
                Diagnostic(
                    .duplicateKey, .duplicateKey(text, first: first), at: node.location,
                    hint: .duplicateKeyHint,
                    notes: [Diagnostic.Note(location: first, .duplicateKeyFirst(text))])
            )
            return (text, node.location, false)
        }
        stack[frame].seenKeys[text] = node.location
        return (text, node.location, true)
    }

    private mutating func checkProperties(
        anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
        at location: Diagnostic.Location
    ) {
        if let anchor {
            report(
                Diagnostic(
                    .aliasOrAnchor, .anchor(String(cString: anchor)), at: location,
                    hint: .anchorHint))
        }
        if let tag {
            report(
                Diagnostic(
                    .explicitTag, .explicitTag(Self.shortTag(String(cString: tag))), at: location,
                    hint: .explicitTagHint))
        }
    }

    private static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private func location(_ mark: yaml_mark_t) -> Diagnostic.Location {
        Diagnostic.Location(
            file: source.file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        let seen = repeated[diagnostic.code, default: 0]
        repeated[diagnostic.code] = seen + 1
        guard seen < limits.maxRepeatedDiagnostics else {
            if seen == limits.maxRepeatedDiagnostics {
                firstHidden[diagnostic.code] = diagnostic.location
            }
            return
        }
        diagnostics.append(diagnostic)
    }

    private mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR || parser.error == YAML_MEMORY_ERROR {
            // The encoding check runs first, so a reader error here is rare; name its byte offset.
            let (line, column) = source.position(ofByte: Int(parser.problem_offset))
            diagnostics.append(
                Diagnostic(
                    .syntax, .couldNotRead(problem),
                    at: Diagnostic.Location(file: source.file, line: line, column: column)))
            return
        }
        let location = self.location(parser.problem_mark)
        let message = Diagnostic.Message.libyamlProblem(
            problem, context: parser.context.map { String(cString: $0) },
            at: self.location(parser.context_mark))
        if Self.isTabProblem(problem, at: location, in: source) {
            diagnostics.append(
                Diagnostic(
                    .tabIndentation, .tabIndentation, at: location,
                    hint: .tabIndentationHint(line: location.line),
                    notes: [Diagnostic.Note(location: location, .libyamlSays(message))]))
            return
        }
        if let colon = YAMLParser.fullWidthColon(upTo: location.line, in: source) {
            let at = Diagnostic.Location(file: source.file, line: colon.line, column: colon.column)
            diagnostics.append(
                Diagnostic(
                    .syntax, .fullWidthColon(key: colon.key), at: at,
                    hint: .fullWidthColonHint(key: colon.key, value: colon.value),
                    notes: [Diagnostic.Note(location: location, .libyamlSays(message))]))
            return
        }
        diagnostics.append(
            Diagnostic(
                .syntax, .syntaxError(message), at: location,
                hint: SyntaxHints.hint(for: problem)))
    }

    private static func isTabProblem(
        _ problem: String, at location: Diagnostic.Location, in source: SourceText
    ) -> Bool {
        if problem.contains("tab") { return true }
        guard let line = source.line(location.line) else { return false }
        let scalars = Array(line.unicodeScalars)
        let index = location.column - 1
        if index >= 0, index < scalars.count, scalars[index] == "\t" { return true }
        let indentation = scalars.prefix { $0 == " " || $0 == "\t" }
        return indentation.contains("\t") && index <= indentation.count
    }
}

extension YAMLParser {
    /// The last line up to `last` whose key ends in a full-width colon `：`.
    ///
    /// That colon comes from a Chinese input method, with no ASCII colon before it:
    /// `answer：partial`, `- path：evidence/a.pdf`. libyaml reads such a line as plain text and fails on a later line; the colon is the
    /// mistake. A key is letters, digits, `.`, `_` and `-`, so `note: 时间：2025` (an ASCII colon
    /// first) and a Chinese sentence are never taken for one.
    ///
    /// - Returns: The colon's 1-based line and column (Unicode scalars), the key and the text
    ///   after the colon.
    static func fullWidthColon(
        upTo last: Int, in source: SourceText
    ) -> (line: Int, column: Int, key: String, value: String)? {
        guard last >= 1 else { return nil }
        for number in stride(from: last, through: 1, by: -1) {
            guard let line = source.line(number) else { continue }
            let scalars = Array(line.unicodeScalars)
            var index = 0
            while index < scalars.count, scalars[index] == " " { index += 1 }
            if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] == " " {
                index += 2
                while index < scalars.count, scalars[index] == " " { index += 1 }
            }
            let keyStart = index
            while index < scalars.count,
                scalars[index].properties.isAlphabetic && scalars[index].isASCII
                    || ("0"..."9").contains(scalars[index])
                    || ".-_".unicodeScalars.contains(
                        scalars[index])
            {
                index += 1
            }
            guard index > keyStart, index < scalars.count, scalars[index] == "：" else { continue }
            var key = String.UnicodeScalarView()
            key.append(contentsOf: scalars[keyStart..<index])
            var value = String.UnicodeScalarView()
            value.append(
                contentsOf: scalars[(index + 1)...].drop { $0 == " " }.reversed().drop {
                    $0 == " "
                }.reversed())
            return (number, index + 1, String(key), String(value))
        }
        return nil
    }
}
