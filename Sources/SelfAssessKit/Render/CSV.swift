import Foundation

/// Comma-separated values as RFC 4180 writes them: fields quoted when they hold a comma, a
/// double quote, a carriage return or a line feed (quotes doubled inside), and records ending in
/// CR LF.
///
/// Cells come from other people's files (file names, messages, answers), and a spreadsheet runs
/// a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (OWASP's
/// "CSV injection"). Such a text cell is written with a single quote `'` before it, which every
/// spreadsheet shows as text; a number (`-3.50`, `+2.24`) is written as it is and stays a number.
/// No control character is ever written: each one but the line feed is shown as its Unicode
/// control picture (ESC as `␛`, BEL as `␇`, a carriage return as `␍`).
public enum CSV {
    /// One field: neutralised when a spreadsheet would take it for a formula, control characters
    /// made visible, and quoted when it needs to be.
    static func field(_ text: String) -> String {
        var cell = visible(neutralised(text))
        let needsQuotes = cell.unicodeScalars.contains {
            $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n"
        }
        guard needsQuotes else { return cell }
        cell = cell.replacingOccurrences(of: "\"", with: "\"\"")
        return "\"" + cell + "\""
    }

    /// One record, ending in CR LF.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A header record and the data records.
    public static func document(header: [String], records: [[String]]) -> String {
        ([header] + records).map(record).joined()
    }

    /// The characters that make a spreadsheet read a cell as a formula when it starts with one.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text with `'` before it when it starts like a formula and is not a plain number.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first),
            !isNumber(text)
        else { return text }
        return "'" + text
    }

    /// Whether the text is a plain decimal number: an optional sign, digits, and optionally a
    /// point and more digits (`-3.50`, `+2.24`, `72`).
    static func isNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        let parts = String(scalars).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
    }

    /// The text with every control character but the line feed shown as its control picture.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isControl(scalar) ? TerminalText.picture(scalar) : scalar)
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar.value != 0x0A) || (0x7F...0x9F).contains(scalar.value)
    }
}
