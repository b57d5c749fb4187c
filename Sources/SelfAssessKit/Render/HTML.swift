/// Escaping and small pieces of markup shared by the HTML page and the SVG charts.
public enum HTML {
    /// Escapes text for an HTML or SVG text node or a quoted attribute value: `&`, `<`, `>`, `"`
    /// and `'` become character references.
    ///
    /// Control characters other than tab, line feed and carriage return (which HTML forbids) are
    /// dropped.
    public static func escape(_ text: String) -> String {
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
