/// Escaping and small pieces of markup shared by the HTML page and the SVG charts.
public enum HTML {
    /// Escapes text for an HTML or SVG text node or a quoted attribute value: `&`, `<`, `>`, `"`
    /// and `'` become character references.
    ///
    /// Control characters other than tab, line feed and carriage return (which HTML forbids) are
    /// dropped.
    public static func escape(_ text: String) -> String {
        if !mayNeedEscape(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
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

    /// Whether ``escape(_:)`` could change the text: false when its UTF-8 holds none of the five
    /// escaped characters and no character it drops (C0 controls other than tab and line breaks,
    /// DEL, the C1 controls U+0080–U+009F, U+FFFE, U+FFFF), so the text is returned as it is
    /// without a copy.
    static func mayNeedEscape(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                switch byte {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x7F: return true
                case 0x09, 0x0A, 0x0D: break
                case 0x00..<0x20: return true
                case 0xC2:
                    // U+0080–U+009F: C2 80 … C2 9F.
                    if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                case 0xEF:
                    // U+FFFE, U+FFFF: EF BF BE, EF BF BF.
                    if index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                        return true
                    }
                default: break
                }
                index += 1
            }
            return false
        }
    }

    /// A value usable as an element id: letters, digits, `-` and `_` kept, anything else turned
    /// into `-`, prefixed with `x-` when it would not start with a letter.
    public static func identifier(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let allowed =
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
                || scalar == "_"
            if scalar.isASCII, allowed {
                out.unicodeScalars.append(scalar)
            } else {
                out += "-"
            }
        }
        if let first = out.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic {
            return out
        }
        return "x-" + out
    }

    /// Bilingual text as two spans, Chinese first, each marked with its language so that the
    /// browser picks fitting fonts: `<span lang="zh-Hans">…</span> <span class="en" lang="en">…</span>`.
    ///
    /// A side that is empty is left out.
    public static func bilingual(_ text: Bilingual) -> String {
        var parts: [String] = []
        if !text.zh.isEmpty { parts.append("<span lang=\"zh-Hans\">\(escape(text.zh))</span>") }
        if !text.en.isEmpty {
            parts.append("<span class=\"en\" lang=\"en\">\(escape(text.en))</span>")
        }
        return parts.joined(separator: " ")
    }
}
