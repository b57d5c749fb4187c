import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Escaping returns text that needs none as it is.
///
/// `HTML.escape` and the report's Markdown `inline` do so without a copy (issue 13: the sample
/// generator and the reports escape the framework's texts over and over). The outcome must be the character-by-character escaping's, for text with and
/// without something to escape, in every byte sequence the quick check looks at.
@Suite(.tags(.small))
struct EscapeFastPathTests {
    static let texts = [
        "", "plain text", "中文 · English", "emoji 🙂 and é", "a&b", "<tag>", "\"quoted\"", "it's",
        "tab\there", "line\nbreak", "cr\rlf\r\n", "nul\u{0}", "bell\u{7}", "del\u{7F}",
        "nel\u{85}after", "c1\u{9F}", "nbsp\u{A0}kept", "\u{FFFE}", "\u{FFFF}x", "\u{FFFD}kept",
        "ls\u{2028}ps\u{2029}", "dagger\u{2020}", "vt\u{B}ff\u{C}", "back\\slash", "`code`",
        "*em* _em_", "[link]", "a|b", "# heading", "~strike~", "ー〜（全角）", "\u{E2}\u{80}",
    ]

    /// The escaping as it was before the quick check: every scalar looked at.
    static func referenceHTML(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE
                    || value == 0xFFFF
                {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The Markdown escaping as it was before the quick check: every character looked at.
    static func referenceInline(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isNewline {
                out.append(" ")
                continue
            }
            if "\\`*_[]<>|#&~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    @Test(arguments: texts)
    func htmlEscapeIsTheScalarByScalarEscape(text: String) {
        #expect(HTML.escape(text) == Self.referenceHTML(text))
        #expect(HTML.escape(text + " tail") == Self.referenceHTML(text + " tail"))
    }

    @Test(arguments: texts)
    func markdownInlineIsTheCharacterByCharacterEscape(text: String) {
        #expect(AssessmentReport.inline(text) == Self.referenceInline(text))
        #expect(AssessmentReport.inline("起" + text) == Self.referenceInline("起" + text))
    }

    @Test func theQuickChecksFindWhatNeedsEscaping() {
        #expect(!HTML.mayNeedEscape("中文 · English 🙂"))
        #expect(HTML.mayNeedEscape("x\u{85}"))
        #expect(HTML.mayNeedEscape("x\u{FFFE}"))
        #expect(!Markdown.mayNeedInlineEscape("中文 · English 🙂 \u{2020}"))
        #expect(Markdown.mayNeedInlineEscape("x\u{2029}"))
        #expect(Markdown.mayNeedInlineEscape("x\u{85}"))
    }
}
