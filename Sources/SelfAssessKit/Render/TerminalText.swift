/// Text made safe for a terminal.
///
/// Assessments, bundles, keyrings and framework files come from other people, and their text
/// reaches the terminal in diagnostics, tables and messages: an escape sequence hidden in an answer
/// or a manifest field could clear the screen, retitle the window or hide a line. Every line the
/// tool prints goes through here.
public enum TerminalText {
    /// The text with every control character shown as a visible symbol of the same width (the
    /// Unicode control pictures, so that caret lines stay aligned): C0 controls, DEL and the C1
    /// controls.
    ///
    /// Kept as they are: line feeds, tabs, a carriage return before a line feed (CSV), and, when
    /// `allowingStyles`, the colour sequences ``TextStyle`` writes (colour is on: the text shown
    /// may then carry colour from the input too, but nothing else).
    public static func sanitized(_ text: String, allowingStyles: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x0A, 0x09:
                result.append(scalar)
            case 0x0D where index + 1 < scalars.count && scalars[index + 1].value == 0x0A:
                result.append(scalar)
            case 0x1B:
                if allowingStyles, let length = styleSequenceLength(scalars, at: index) {
                    result.append(contentsOf: scalars[index..<index + length])
                    index += length
                    continue
                }
                result.append(picture(scalar))
            default:
                result.append(isControl(scalar) ? picture(scalar) : scalar)
            }
            index += 1
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar.value != 0x0A && scalar.value != 0x09
            || (0x7F...0x9F).contains(scalar.value)
            || scalar.value == 0x0D
    }

    /// U+2400…U+241F for C0 controls, U+2421 for DEL, U+FFFD for the C1 controls.
    package static func picture(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0..<0x20: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }

    /// The length of a colour sequence that ``TextStyle`` writes (`ESC [ code m`) at `index`.
    private static func styleSequenceLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index + 2 < scalars.count, scalars[index + 1] == "[" else { return nil }
        var code = ""
        var position = index + 2
        while position < scalars.count, position - index <= 8 {
            let scalar = scalars[position]
            if scalar == "m" { return TextStyle.codes.contains(code) ? position - index + 1 : nil }
            code.unicodeScalars.append(scalar)
            position += 1
        }
        return nil
    }
}
