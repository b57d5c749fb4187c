extension AssessmentReport.Input {
    /// The input for a bundle's reports: the draft's assessment, framework, score, comparison
    /// with the prior and evidence hashes.
    public init(_ draft: BundleDraft) {
        self.init(
            assessment: draft.assessment, framework: draft.framework, score: draft.score,
            diff: draft.diff, evidenceHashes: draft.evidenceHashes)
    }
}

extension AssessmentReport {
    /// The reports a bundle carries, rendered for ``BundleBuilder/sign(_:reports:)``: the HTML
    /// page and the Markdown document of the draft.
    ///
    /// - Parameter draft: The bundle's files and results.
    /// - Returns: Both reports as UTF-8; the same draft always gives the same bytes.
    public static func bundleReports(for draft: BundleDraft) -> BundleReports {
        let input = Input(draft)
        return BundleReports(html: html(input), markdown: markdown(input))
    }
}
