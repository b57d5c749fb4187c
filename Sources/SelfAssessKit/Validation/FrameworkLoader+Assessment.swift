public import Foundation

extension FrameworkLoader {
    /// The framework to read an assessment with: `framework`, unless it is the current built-in one
    /// and the assessment's `assessment.yaml` names an archived built-in version, which then
    /// answers for it (so a 1.0 assessment keeps its 1.0 rules).
    ///
    /// A framework the user named is always used as it is.
    ///
    /// - Parameters:
    ///   - source: The assessment.
    ///   - framework: The framework the command would use.
    public static func framework(
        for source: any AssessmentSource, default framework: Framework
    ) -> Framework {
        guard framework.sha256 == builtin.framework?.sha256 else { return framework }
        let document = YAMLFile.parse(
            source.read(Validator.infoFileName, limits: .default),
            file: source.displayName(of: Validator.infoFileName), limits: .default)
        guard let named = document.root?.entries?.first(where: { $0.key == "framework" })?.value,
            let id = named.entries?.first(where: { $0.key == "id" })?.value.scalar,
            let version = named.entries?.first(where: { $0.key == "version" })?.value.scalar,
            let archived = archived.first(where: {
                $0.reference == FrameworkReference(id: id, version: version)
            })
        else { return framework }
        return archived
    }
}
