/// One side of a diff: an assessment snapshot, the framework it answers, and its score.
public struct DiffInput: Sendable, Equatable {
    /// The assessment and its evidence hashes.
    public var snapshot: AssessmentSnapshot
    /// The framework the assessment answers.
    public var framework: Framework
    /// The assessment's score under that framework.
    public var score: Score

    /// Creates a side, scoring the assessment.
    public init(snapshot: AssessmentSnapshot, framework: Framework) {
        self.snapshot = snapshot
        self.framework = framework
        self.score = Scorer.score(snapshot.assessment, using: framework)
    }

    /// The assessment.
    public var assessment: Assessment { snapshot.assessment }
}
