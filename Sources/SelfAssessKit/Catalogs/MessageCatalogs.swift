/// Every catalog of the kit, for the tests that check them and for translators.
///
/// It lives in a folder of its own, above every concern that has a catalog, so that Diagnostics/
/// (which defines what a catalog is) uses none of them.
package enum MessageCatalogs {
    /// A catalog by name, with its keys, its templates (English where a language has none) and
    /// its own translations (nil where a language has none).
    package typealias Entry = (
        name: String, keys: [String], template: @Sendable (String, Language) -> String?,
        translation: @Sendable (String, Language) -> String?
    )

    /// The catalogs' keys and templates, one list per catalog.
    package static let all: [Entry] =
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
            entry(CanonicalJSONMessages.self),
            entry(PEMMessages.self),
            entry(KeyErrorMessages.self),
            entry(KeyReasonMessages.self),
            entry(MinisignErrorMessages.self),
            entry(ContainerErrorMessages.self),
            entry(ManifestErrorMessages.self),
            entry(SnapshotErrorMessages.self),
            entry(AssessmentInitializerMessages.self),
            entry(BundleErrorMessages.self),
            entry(AggregateMessages.self),
            entry(DiagnosticMessages.self),
            entry(KeyringRenderMessages.self),
            entry(InspectionMessages.self),
            entry(VerificationMessages.self),
            entry(DiagnosticRenderMessages.self),
            entry(DiffRenderMessages.self),
            entry(ScoreRenderMessages.self),
            entry(ScoreWording.self),
            entry(StatusMessages.self),
            entry(SectorSummaryMessages.self),
        ]

    /// A catalog's entry, for ``all`` and for the catalogs of other modules.
    package static func entry<Catalog: MessageCatalog>(_ catalog: Catalog.Type) -> Entry {
        (
            String(describing: catalog), catalog.allCases.map(\.rawValue),
            { key, language in Catalog(rawValue: key)?.template(in: language) },
            { key, language in Catalog(rawValue: key)?.translation(in: language) }
        )
    }

    /// What keeps catalogs from reading fully in every language: a key without its own text in a
    /// language (English, or the language's own translation), or whose placeholders differ from the
    /// English ones.
    ///
    /// Empty when every key of every catalog reads in every language; the catalog tests and
    /// translators use it.
    package static func translationProblems(_ catalogs: [Entry] = all) -> [String] {
        var problems: [String] = []
        for catalog in catalogs {
            for key in catalog.keys {
                let english = catalog.template(key, .english) ?? ""
                let placeholders = Diagnostic.Message.placeholders(in: english)
                for language in Language.allCases {
                    let text = language == .english ? english : catalog.translation(key, language)
                    guard let text, !text.isEmpty else {
                        problems.append("\(catalog.name): \(key) has no \(language) text")
                        continue
                    }
                    if Diagnostic.Message.placeholders(in: text) != placeholders {
                        problems.append(
                            "\(catalog.name): \(key) in \(language) names other placeholders")
                    }
                }
            }
        }
        return problems
    }
}
