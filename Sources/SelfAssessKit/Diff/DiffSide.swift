/// One side of a diff, as summarized in its header.
struct DiffSide: Sendable, Equatable {
    /// Who reported.
    var signatory: AssessmentInfo.Signatory
    /// The reporting year.
    var year: Int
    /// The framework answered.
    var framework: FrameworkReference

    /// Creates a side.
    init(signatory: AssessmentInfo.Signatory, year: Int, framework: FrameworkReference) {
        self.signatory = signatory
        self.year = year
        self.framework = framework
    }
}
