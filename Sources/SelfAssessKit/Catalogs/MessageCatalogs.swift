/// Every catalog of the kit, for the tests that check them and for translators.
///
/// It lives in a folder of its own, above every concern that has a catalog, so that Diagnostics/
/// (which defines what a catalog is) uses none of them.
enum MessageCatalogs {
    /// The catalogs' keys and templates, one list per catalog.
    static let all:
        [(
            name: String, keys: [String], template: @Sendable (String, Language) -> String?,
            translation: @Sendable (String, Language) -> String?
        )] =
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
                entry(SectorSummaryMessages.self),
            ]

    private static func entry<Catalog: MessageCatalog>(
        _ catalog: Catalog.Type
    ) -> (
        name: String, keys: [String], template: @Sendable (String, Language) -> String?,
        translation: @Sendable (String, Language) -> String?
    ) {
        (
            String(describing: catalog), catalog.allCases.map(\.rawValue),
            { key, language in Catalog(rawValue: key)?.template(in: language) },
            { key, language in Catalog(rawValue: key)?.translation(in: language) }
        )
    }
}
