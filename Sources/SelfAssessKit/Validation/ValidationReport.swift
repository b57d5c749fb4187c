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
    }

    /// Sorts the diagnostics by file and position, and keeps at most
    /// ``Diagnostic/maxPerFile`` per file (with one diagnostic counting the rest).
    public mutating func sort() {
        diagnostics.sort()
        diagnostics = diagnostics.cappedPerFile()
    }
}
