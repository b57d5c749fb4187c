import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct YAMLWriterTests {
    @Test(arguments: [
        "yes", "no", "true", "null", "~", "2025", "1.10", "- item", "key: value", "# comment",
        "a #b",
        "", " leading", "trailing ", "北京：说明", "quote \"inside\"", "back\\slash", "line\nbreak",
        "tab\there",
        "@at", "`tick", "%pct", "&anchor", "*alias", "!tag", "{a}", "[a]", "ends:",
    ])
    func writtenScalarsReadBackAsText(_ text: String) throws {
        let document = YAMLParser.parse(
            Array("value: \(YAMLWriter.scalar(text))\n".utf8), file: "t.yaml")
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics)")
        #expect(document.root?["value"]?.scalar == text)
    }
}
