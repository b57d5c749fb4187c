import Foundation
import SelfAssessKit
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal the tool runs in: whether streams are terminals, and colour.
enum Terminal {
    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether to colour a stream: an explicit flag wins; otherwise a terminal, no `NO_COLOR`, and
    /// `TERM` not `dumb`.
    static func useColor(_ flag: Bool?, isTerminal: Bool) -> Bool {
        let color = resolveColor(flag, isTerminal: isTerminal)
        if color { stylesAllowed.store(flag == true ? 2 : 1, ordering: .relaxed) }
        return color
    }

    private static func resolveColor(_ flag: Bool?, isTerminal: Bool) -> Bool {
        if let flag { return flag }
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isTerminal
    }

    /// Whether colour was chosen for this run (1), or asked for with `--color` (2): only then do
    /// colour sequences reach the output (``TerminalText``), and without `--color` only on a
    /// stream that is a terminal. Otherwise not one escape character is written.
    private static let stylesAllowed = Atomic<Int>(0)

    private static func allowsStyles(isTerminal: Bool) -> Bool {
        switch stylesAllowed.load(ordering: .relaxed) {
        case 2: true
        case 1: isTerminal
        default: false
        }
    }

    /// Writes text to standard output, control characters made visible (``TerminalText``).
    static func out(_ text: String) {
        write(text, to: .standardOutput, isTerminal: stdoutIsTerminal)
    }

    /// Writes text to standard error, control characters made visible (``TerminalText``).
    static func err(_ text: String) {
        write(text, to: .standardError, isTerminal: stderrIsTerminal)
    }

    private static func write(_ text: String, to handle: FileHandle, isTerminal: Bool) {
        InterruptCleanup.holdIfInterrupted()
        let safe = TerminalText.sanitized(
            text, allowingStyles: allowsStyles(isTerminal: isTerminal))
        handle.write(Data(safe.utf8))
    }

    /// Writes the progress line's own control sequence (return, erase the line) to standard error.
    static func errControl(_ sequence: String) {
        FileHandle.standardError.write(Data(sequence.utf8))
    }
}
