import SelfAssessTestSupport

/// Fixture text with a `↓` marking where a diagnostic must point (the SwiftLint convention).
enum MarkedText {
    /// The text without the marker, and the marker's 1-based line and column (in Unicode scalars);
    /// line and column are 0 when there is no marker.
    static func strip(_ text: String) -> (text: String, line: Int, column: Int) {
        var line = 1
        var column = 1
        var out = ""
        var found = (0, 0)
        for scalar in text.unicodeScalars {
            if scalar == "↓" {
                found = (line, column)
                continue
            }
            out.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (out, found.0, found.1)
    }
}
