extension Diagnostic {
    /// A user-facing wording: a catalog key plus typed arguments, rendered in a language at the
    /// edge with ``text(in:)``.
    ///
    /// Messages are made by the factories in each concern's catalog
    /// (`AssessmentMessages.swift`, `KeyringMessages.swift` …), never from inline text.
    public struct Message: Sendable, Hashable, CustomStringConvertible {
        /// A value filled into a placeholder.
        public enum Argument: Sendable, Hashable {
            /// Text quoted as it is: a value from the input, an id, a path, a file name.
            case text(String)
            /// A whole number.
            case integer(Int)
            /// Values joined as a list ("a, b or c"), with the conjunction of the language.
            indirect case list([Argument], Conjunction)
            /// Framework text in both languages; the language's own half is shown.
            case bilingual(Bilingual)
            /// Another wording, rendered in the same language (a noun phrase such as "the name").
            indirect case wording(Message)
        }

        /// How the last two values of a ``Argument/list(_:_:)`` are joined.
        public enum Conjunction: Sendable, Hashable {
            /// "a, b and c".
            case and
            /// "a, b or c".
            case or
            /// "a; b; c": items that hold commas themselves.
            case semicolons
        }

        /// The key, such as `SA402.invalid-id`.
        public let key: String
        /// The arguments by placeholder name.
        public let arguments: [String: Argument]
        private let template: @Sendable (Language) -> String

        /// Creates a message from a catalog key and its arguments.
        public init<Catalog: MessageCatalog>(
            _ key: Catalog, _ arguments: [String: Argument] = [:]
        ) {
            self.init(catalogKey: key, arguments)
        }

        /// Creates a message from a catalog key and its arguments (for catalogs' own shorthands).
        init<Catalog: MessageCatalog>(catalogKey key: Catalog, _ arguments: [String: Argument]) {
            self.key = key.rawValue
            self.arguments = arguments
            self.template = { key.template(in: $0) }
        }

        /// A message made of text that is not ours to word (quoted from an error or a tool).
        static func verbatim(_ text: String) -> Message {
            Message(DiagnosticMessages.verbatim, ["text": .text(text)])
        }

        /// The text in a language.
        public func text(in language: Language) -> String {
            Self.fill(template(language), with: arguments, in: language)
        }

        /// The text in English.
        public var description: String { text(in: .english) }

        /// The template's placeholders that no argument fills, and the arguments no placeholder
        /// uses, in a language: both are empty for a well-made message.
        public func mismatches(
            in language: Language
        ) -> (unfilled: Set<String>, unused: Set<String>) {
            let names = Self.placeholders(in: template(language))
            let given = Set(arguments.keys)
            return (names.subtracting(given), given.subtracting(names))
        }

        /// Two messages are equal when they read the same in English, whatever their keys: a
        /// message built from a catalog equals the same words given verbatim.
        public static func == (lhs: Message, rhs: Message) -> Bool {
            (lhs.key == rhs.key && lhs.arguments == rhs.arguments)
                || lhs.text(in: .english) == rhs.text(in: .english)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(text(in: .english))
        }

        // MARK: Templates

        /// The placeholder names of a template: identifiers in braces.
        public static func placeholders(in template: String) -> Set<String> {
            var names: Set<String> = []
            forEachPart(of: template) { part in
                if case .placeholder(let name) = part { names.insert(name) }
            }
            return names
        }

        private enum Part {
            case literal(Substring)
            case placeholder(String)
        }

        private static func forEachPart(of template: String, _ body: (Part) -> Void) {
            var rest = template[...]
            while let open = rest.firstIndex(of: "{") {
                let after = rest.index(after: open)
                if let close = rest[after...].firstIndex(of: "}"),
                    !rest[after..<close].isEmpty,
                    rest[after..<close].allSatisfy({ $0.isASCII && $0.isLetter })
                {
                    body(.literal(rest[..<open]))
                    body(.placeholder(String(rest[after..<close])))
                    rest = rest[rest.index(after: close)...]
                } else {
                    body(.literal(rest[...open]))
                    rest = rest[after...]
                }
            }
            body(.literal(rest))
        }

        private static func fill(
            _ template: String, with arguments: [String: Argument], in language: Language
        ) -> String {
            var result = ""
            forEachPart(of: template) { part in
                switch part {
                case .literal(let text): result += text
                case .placeholder(let name):
                    result += arguments[name].map { render($0, in: language) } ?? "{\(name)}"
                }
            }
            return result
        }

        /// "a、b 和 c": an enumeration comma between items, the conjunction before the last.
        private static func chineseList(_ values: [String], conjunction: String) -> String {
            guard let last = values.last, values.count > 1 else { return values.first ?? "" }
            return values.dropLast().joined(separator: "、") + " \(conjunction) " + last
        }

        private static func render(_ argument: Argument, in language: Language) -> String {
            switch argument {
            case .text(let text): text
            case .integer(let value): String(value)
            case .list(let values, let conjunction):
                switch (language, conjunction) {
                case (_, .semicolons):
                    values.map { render($0, in: language) }.joined(separator: "; ")
                case (.english, .and), (.english, .or):
                    Suggestions.list(
                        values.map { render($0, in: language) },
                        conjunction: conjunction == .and ? "and" : "or")
                case (.chinese, .and), (.chinese, .or):
                    chineseList(
                        values.map { render($0, in: language) },
                        conjunction: conjunction == .and ? "和" : "或")
                }
            case .wording(let message): message.text(in: language)
            case .bilingual(let text):
                switch language {
                case .english: text.en
                case .chinese: text.zh
                }
            }
        }
    }
}

extension Diagnostic.Message.Argument {
    /// Texts joined as a list ("a, b or c").
    public static func texts(
        _ values: [String], _ conjunction: Diagnostic.Message.Conjunction
    ) -> Self {
        .list(values.map(Self.text), conjunction)
    }
}
