import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Text from assessments and bundles cannot drive the terminal: control characters become
/// control pictures of the same width, and only our own colour sequences pass.
@Suite(.tags(.small))
struct TerminalTextTests {
    @Test(arguments: [
        ("plain text, 中文", "plain text, 中文"),
        ("lines\nand\ttabs\n", "lines\nand\ttabs\n"),
        ("csv\r\nrows\r\n", "csv\r\nrows\r\n"),
        ("answer: yes\u{1B}[2J", "answer: yes\u{241B}[2J"),
        ("title \u{1B}]0;pwned\u{07}", "title \u{241B}]0;pwned\u{2407}"),
        ("over\rwrite", "over\u{240D}write"),
        ("nul\u{00} del\u{7F} csi\u{9B}", "nul\u{2400} del\u{2421} csi\u{FFFD}"),
        ("conceal \u{1B}[8m", "conceal \u{241B}[8m"),
        ("\u{1B}[1;31merror:\u{1B}[0m fine", "\u{1B}[1;31merror:\u{1B}[0m fine"),
        ("\u{1B}[36mnote\u{1B}[0m \u{1B}[", "\u{1B}[36mnote\u{1B}[0m \u{241B}["),
    ])
    func sanitizes(_ input: String, _ expected: String) {
        #expect(TerminalText.sanitized(input) == expected)
    }

    /// Every sequence ``TextStyle`` writes passes unchanged.
    @Test func ourOwnStylesPass() {
        let style = TextStyle(color: true)
        let text = [
            style.bold("a"), style.dim("b"), style.red("c"), style.yellow("d"), style.green("e"),
            style.cyan("f"),
        ].joined(separator: " ")
        #expect(TerminalText.sanitized(text) == text)
    }

    /// Without colour, even our own colour sequences are shown, not sent.
    @Test func withoutColourNothingPasses() {
        let text = TextStyle(color: true).red("error:")
        #expect(
            TerminalText.sanitized(text, allowingStyles: false) == "\u{241B}[1;31merror:\u{241B}[0m"
        )
    }

    /// A control picture takes one column, as the character it replaces would: caret lines
    /// under a sanitized source line stay aligned.
    @Test func picturesKeepTheWidth() {
        let line = "answer: \u{1B}yes"
        let shown = TerminalText.sanitized(line)
        #expect(shown.unicodeScalars.count == line.unicodeScalars.count)
        #expect(DisplayWidth.of(shown) == line.unicodeScalars.count)
    }
}
