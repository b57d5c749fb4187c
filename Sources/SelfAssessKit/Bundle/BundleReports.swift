/// The reports for people that a bundle carries (`report/report.html`, `report/report.md`),
/// rendered by the caller, not by the kit's signing step.
///
/// The verifier does not recompute them, so the bytes are the caller's to choose:
/// `selfassess bundle` renders them with `AssessmentReport.html` and `AssessmentReport.markdown`
/// from the ``BundleDraft``.
public struct BundleReports: Sendable, Equatable {
    /// The HTML page's bytes.
    public var html: [UInt8]
    /// The Markdown document's bytes.
    public var markdown: [UInt8]

    /// Reports from their bytes.
    public init(html: [UInt8], markdown: [UInt8]) {
        self.html = html
        self.markdown = markdown
    }

    /// Reports from their text, written as UTF-8.
    public init(html: String, markdown: String) {
        self.init(html: Array(html.utf8), markdown: Array(markdown.utf8))
    }
}
