import Foundation

/// Comma-separated values as RFC 4180 writes them: fields quoted when they hold a comma, a
/// double quote, a carriage return or a line feed (quotes doubled inside), and records ending in
/// CR LF.
public enum CSV {
    /// One field, quoted when it needs to be.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains {
            $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n"
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record, ending in CR LF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A header record and the data records.
    public static func document(header: [String], records: [[String]]) -> String {
        ([header] + records).map(record).joined()
    }
}
