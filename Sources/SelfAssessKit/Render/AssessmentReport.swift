/// The report for people that goes into a bundle (`report/report.html`, `report/report.md`) and
/// that `selfassess report` writes: signatory and year, overall score and rating, each article,
/// critical failures first, every indicator's answer, note and evidence, and with a prior year
/// the changes.
public enum AssessmentReport {
    /// What a report is made of; the same input gives the same bytes.
    public struct Input: Sendable {
        /// The assessment.
        public var assessment: Assessment
        /// The framework it answers.
        public var framework: Framework
        /// Its score.
        public var score: Score
        /// The comparison with the prior year, if any.
        public var diff: AssessmentDiff?
        /// The SHA-256 of each cited evidence file, by path.
        public var evidenceHashes: [String: String]

        public init(
            assessment: Assessment, framework: Framework, score: Score, diff: AssessmentDiff? = nil,
            evidenceHashes: [String: String] = [:]
        ) {
            self.assessment = assessment
            self.framework = framework
            self.score = score
            self.diff = diff
            self.evidenceHashes = evidenceHashes
        }
    }

    /// The report as Markdown, with the same sections, figures and wording as the HTML page (the
    /// charts become tables).
    ///
    /// Text from the assessment is escaped so that no Markdown or HTML in a note takes effect.
    ///
    /// - Parameter input: The assessment, its framework, score, evidence hashes and prior-year diff.
    /// - Returns: The document, ending in a line feed; the same input always gives the same bytes.
    public static func markdown(_ input: Input) -> String {
        markdownDocument(ReportModel(input))
    }

    /// The report as a self-contained HTML page: UTF-8, inline CSS and SVG only, bilingual
    /// headings, a print stylesheet for A4.
    ///
    /// Sections: the summary (signatory, year, framework, declaration, overall score and rating),
    /// the critical failures with their caps and cited rules, one bar per article, with a prior
    /// year the changes, the indicators that would gain the most, each article's indicators with
    /// answer, score, note and evidence, and appendices on the scoring method and the evidence
    /// files' SHA-256.
    ///
    /// - Parameter input: The assessment, its framework, score, evidence hashes and prior-year diff.
    /// - Returns: The page, ending in a line feed; the same input always gives the same bytes.
    public static func html(_ input: Input) -> String {
        htmlPage(ReportModel(input))
    }
}
