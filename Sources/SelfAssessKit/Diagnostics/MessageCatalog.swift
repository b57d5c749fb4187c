/// One concern's catalog of user-facing wordings: each case is a message key.
///
/// A case's raw value is its key, which starts with the diagnostic code the wording belongs to
/// (`SA402.invalid-id`, `SA402.invalid-id.hint`), or with the concern's name for wordings that
/// are not diagnostics. Templates name their arguments in braces: `` `{id}` is not a valid
/// signatory id``. A translation adds one table per catalog and changes no call site.
public protocol MessageCatalog: RawRepresentable, CaseIterable, Sendable
where RawValue == String {
    /// The English template, with `{name}` placeholders for the arguments.
    var english: String { get }

    /// The Simplified Chinese template, with the same placeholders; nil where there is none yet.
    var chinese: String? { get }
}

extension MessageCatalog {
    /// No Chinese table: the catalog reads in English.
    public var chinese: String? { nil }

    /// The template in a language; English where the language has no text for the key.
    public func template(in language: Language) -> String {
        translation(in: language) ?? english
    }

    /// The language's own template, or nil when the key has none in that language.
    public func translation(in language: Language) -> String? {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }

    /// The diagnostic code named by the key's first component, if it names one.
    public var code: Diagnostic.Code? {
        rawValue.split(separator: ".", maxSplits: 1).first.flatMap {
            Diagnostic.Code(rawValue: String($0))
        }
    }

    /// The wording with its arguments, in a language.
    package func text(
        _ language: Language, _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> String {
        Diagnostic.Message(self, arguments).text(in: language)
    }

    /// A counted noun or wording ("1 error", "3 errors"), as an argument of another wording: `one`
    /// or `many` with the count as `{count}` beside the other arguments.
    package static func count(
        _ count: Int, one: Self, many: Self,
        _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> Diagnostic.Message.Argument {
        .wording(
            Diagnostic.Message(
                count == 1 ? one : many, arguments.merging(["count": .integer(count)]) { $1 }))
    }
}
