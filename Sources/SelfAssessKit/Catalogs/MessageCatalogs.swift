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
}
