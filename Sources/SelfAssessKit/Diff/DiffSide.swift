/// One side of a diff, as summarized in its header.
public struct DiffSide: Sendable, Equatable {
    /// Who reported.
    public var signatory: AssessmentInfo.Signatory
    /// The reporting year.
    public var year: Int
    /// The framework answered.
    public var framework: FrameworkReference

    /// Creates a side.
    public init(signatory: AssessmentInfo.Signatory, year: Int, framework: FrameworkReference) {
        self.signatory = signatory
        self.year = year
        self.framework = framework
    }
}
