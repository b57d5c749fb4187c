import SelfAssessKit

/// The older side of a comparison (`diff OLD`, `report --prior`): an assessment, loaded and
/// validated, and the framework it answers, which is the newer side's unless the user named
/// another file (`--old-framework`, `--prior-framework`).
struct OlderAssessment {
    /// The assessment.
    var input: AssessmentInput
    /// The framework it answers.
    var framework: Framework

    /// Loads the framework file (when one is named) and then the assessment; prints what is
    /// wrong and throws `ExitCode` as ``FrameworkOptions/load(_:terminal:)`` and
    /// ``AssessmentInput/load(_:framework:terminal:outcome:)`` do.
    ///
    /// - Parameters:
    ///   - path: The assessment as the user named it.
    ///   - frameworkFile: The framework file it answers, or nil for `newer`.
    ///   - newer: The framework of the newer side.
    ///   - terminal: Where the diagnostics go.
    ///   - outcome: What the command would have done, for the refusal: `.outcomeCompared` …
    static func load(
        _ path: String, frameworkFile: String?, newer: Framework, terminal: Terminal,
        outcome: CLIMessages
    ) throws -> OlderAssessment {
        let framework =
            try frameworkFile.map { try FrameworkOptions.load($0, terminal: terminal) } ?? newer
        let input = try AssessmentInput.load(
            path, framework: framework, terminal: terminal, outcome: outcome)
        return OlderAssessment(input: input, framework: input.framework)
    }

    /// The side to diff from, with the SHA-256 of its evidence; prints the failure and throws
    /// `ExitCode(2)` when a file cannot be read.
    func diffInput(terminal: Terminal) throws -> DiffInput {
        DiffInput(snapshot: try input.snapshot(terminal: terminal), framework: framework)
    }
}
