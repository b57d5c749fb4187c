/// A node of a parsed YAML document: a scalar, a mapping or a sequence, with its position.
///
/// Scalars keep the text as written; nothing is typed by YAML's implicit rules. The assessment
/// format decides where a value is read as a number, a date or a boolean.
public struct YAMLNode: Sendable, Equatable {
    /// How a scalar was written.
    public enum ScalarStyle: String, Sendable, Equatable {
        case plain
        case singleQuoted = "single-quoted"
        case doubleQuoted = "double-quoted"
        case literal
        case folded

        /// Whether the scalar was written in quotes or as a block (any style but plain).
        public var isExplicit: Bool { self != .plain }
    }

    /// One key and its value in a mapping.
    public struct Entry: Sendable, Equatable {
        /// The key's text.
        public var key: String
        /// Where the key starts.
        public var keyLocation: Diagnostic.Location
        /// The key's value.
        public var value: YAMLNode

        /// Creates an entry.
        public init(key: String, keyLocation: Diagnostic.Location, value: YAMLNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// The node's content.
    public indirect enum Content: Sendable, Equatable {
        case scalar(String, ScalarStyle)
        case mapping([Entry])
        case sequence([YAMLNode])
    }

    /// The node's content.
    public var content: Content
    /// Where the node starts (file, 1-based line, 1-based column).
    public var location: Diagnostic.Location

    /// Creates a node.
    public init(_ content: Content, at location: Diagnostic.Location) {
        self.content = content
        self.location = location
    }
}

extension YAMLNode {
    /// The scalar's text, or nil for a mapping or sequence.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The scalar's style, or nil for a mapping or sequence.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    /// The mapping's entries, or nil for a scalar or sequence.
    public var entries: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The sequence's items, or nil for a scalar or mapping.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// Whether the node is a plain scalar with no text (`key:` with nothing after it), or `~` / `null`.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The value of the first entry with this key, for a mapping.
    public subscript(key: String) -> YAMLNode? {
        entries?.first { $0.key == key }?.value
    }

    /// A short name for the node's kind, for messages ("a mapping", "a list", "text").
    public var kindDescription: String { kindWording.text(in: .english) }

    /// A short name for the node's kind, as a catalog wording.
    var kindWording: Diagnostic.Message {
        switch content {
        case .scalar: Diagnostic.Message(NodeMessages.kindScalar)
        case .mapping: Diagnostic.Message(NodeMessages.kindMapping)
        case .sequence: Diagnostic.Message(NodeMessages.kindSequence)
        }
    }
}
