extension CalendarDate {
    /// A text that is not a `YYYY-MM-DD` date.
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The text, as given.
        public var text: String

        public var description: String {
            "'\(text)' is not a date; write YYYY-MM-DD, such as 2026-01-01."
        }
    }

    /// Parses exactly `YYYY-MM-DD`, a real calendar date (as ``init(_:)``).
    ///
    /// - Parameter text: The text, such as a command-line value.
    /// - Returns: The date.
    /// - Throws: ``ParseError`` naming the text.
    public static func parse(_ text: String) throws(ParseError) -> CalendarDate {
        guard let date = CalendarDate(text) else { throw ParseError(text: text) }
        return date
    }
}
