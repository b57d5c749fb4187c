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
