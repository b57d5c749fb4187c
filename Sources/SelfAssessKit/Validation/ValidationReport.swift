/// The outcome of validating one or more assessments or article files.
public struct ValidationReport: Sendable {
    /// Every problem found, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// The files read.
    public var filesChecked: Int
    /// The sources read, by display name, for caret lines.
    public var sources: [String: SourceText]
    /// The assessments read completely without errors (one per valid folder).
    public var assessments: [Assessment]
    /// The answers read so far, one per folder validated, whether or not the folder is complete
    /// and valid: what `status` and draft scores work from.
    package var drafts: [Draft] = []

    /// The first folder's answers as an assessment to score, unanswered indicators counting 0,
    /// when its `assessment.yaml` could be read: what `score --draft` scores.
    public var draftAssessment: Assessment? { drafts.first?.assessment }

    /// Creates an empty report.
    public init(
        diagnostics: [Diagnostic] = [], filesChecked: Int = 0, sources: [String: SourceText] = [:],
        assessments: [Assessment] = []
    ) {
        self.diagnostics = diagnostics
        self.filesChecked = filesChecked
        self.sources = sources
        self.assessments = assessments
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.hasErrors }

    /// Whether a file or folder could not be read at all (exit code 2).
    public var hasInputFailure: Bool { diagnostics.contains { $0.code.isInputFailure } }

    /// Adds another report's findings to this one.
    public mutating func merge(_ other: ValidationReport) {
        diagnostics += other.diagnostics
        filesChecked += other.filesChecked
        sources.merge(other.sources) { first, _ in first }
        assessments += other.assessments
        drafts += other.drafts
    }

    /// Sorts the diagnostics by file and position, and keeps at most
    /// ``Diagnostic/maxPerFile`` per file (with one diagnostic counting the rest).
    public mutating func sort() {
        diagnostics.sort()
        diagnostics = diagnostics.cappedPerFile()
    }
}

/// The answers of one assessment folder as far as they could be read.
///
/// An indicator left out, unanswered or with an answer that could not be read is absent; so is
/// an article whose file is missing or does not parse.
package struct Draft: Sendable, Equatable {
    /// What `assessment.yaml` says, when it could be read.
    package var info: AssessmentInfo?
    /// The answers read, by article.
    var articles: [ArticleAnswers]

    /// Every answer read, in file order.
    package var answers: [IndicatorAnswer] { articles.flatMap(\.answers) }

    /// The draft as an assessment to score, when `assessment.yaml` could be read: unanswered
    /// indicators score 0.
    package var assessment: Assessment? {
        info.map { Assessment(info: $0, articles: articles) }
    }
}
