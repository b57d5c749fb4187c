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

    /// The report as Markdown.
    ///
    /// This first version reuses the score and diff renderers; the full report (per-indicator
    /// answers, notes and evidence) replaces it.
    public static func markdown(_ input: Input) -> String {
        var text = ScoreRenderer.markdown(input.score, explain: true)
        if let diff = input.diff { text += "\n" + DiffRenderer.markdown(diff) }
        return text
    }

    /// The report as a self-contained HTML page.
    public static func html(_ input: Input) -> String {
        var page = HTMLPage(
            title: Bilingual(zh: "合规自评估报告", en: "Compliance self-assessment report"),
            subtitle: "\(input.score.signatory.name) · \(input.score.year)")
        page.raw("<pre>" + HTML.escape(markdown(input)) + "</pre>")
        return page.render()
    }
}
