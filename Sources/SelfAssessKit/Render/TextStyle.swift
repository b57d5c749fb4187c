/// ANSI styling for terminal output; a no-op when colour is off.
public struct TextStyle: Sendable {
    /// Whether escape sequences are written.
    public let enabled: Bool

    /// Creates a style.
    public init(color: Bool) {
        enabled = color
    }

    /// The select-graphic-rendition codes this style writes: the only escape sequences that
    /// ``TerminalText/sanitized(_:)`` lets through.
    static let codes: Set<String> = ["0", "1", "2", "1;31", "1;33", "32", "36"]

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "1;31") }
    public func yellow(_ text: String) -> String { wrap(text, "1;33") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    /// The colour of a severity label.
    public func severity(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: red(severity.rawValue)
        case .warning: yellow(severity.rawValue)
        case .note: cyan(severity.rawValue)
        }
    }
}
