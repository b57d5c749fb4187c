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
}

extension MessageCatalog {
    /// The template in a language.
    public func template(in language: Language) -> String {
        switch language {
        case .english: english
        }
    }

    /// The diagnostic code named by the key's first component, if it names one.
    public var code: Diagnostic.Code? {
        rawValue.split(separator: ".", maxSplits: 1).first.flatMap {
            Diagnostic.Code(rawValue: String($0))
        }
    }
}

/// Every catalog of the kit, for the tests that check them and for translators.
public enum MessageCatalogs {
    /// The catalogs' keys and templates, one list per catalog.
    public static let all:
        [(name: String, keys: [String], template: @Sendable (String, Language) -> String?)] =
            [
                entry(NodeMessages.self),
                entry(YAMLMessages.self),
                entry(SyntaxHints.self),
                entry(AssessmentMessages.self),
                entry(ValidationMessages.self),
                entry(FrameworkMessages.self),
                entry(KeyringMessages.self),
                entry(KeyringErrorMessages.self),
                entry(PolicyMessages.self),
                entry(AggregateMessages.self),
                entry(DiagnosticMessages.self),
            ]

    private static func entry<Catalog: MessageCatalog>(
        _ catalog: Catalog.Type
    ) -> (name: String, keys: [String], template: @Sendable (String, Language) -> String?) {
        (
            String(describing: catalog), catalog.allCases.map(\.rawValue),
            { key, language in Catalog(rawValue: key)?.template(in: language) }
        )
    }
}
