import Foundation
import SelfAssessKit

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
        if let flag { return flag }
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isTerminal
    }

    /// Writes text to standard output, control characters made visible (``TerminalText``).
    static func out(_ text: String) {
        InterruptCleanup.holdIfInterrupted()
        FileHandle.standardOutput.write(Data(TerminalText.sanitized(text).utf8))
    }

    /// Writes text to standard error, control characters made visible (``TerminalText``).
    static func err(_ text: String) {
        InterruptCleanup.holdIfInterrupted()
        FileHandle.standardError.write(Data(TerminalText.sanitized(text).utf8))
    }

    /// Writes the progress line's own control sequence (return, erase the line) to standard error.
    static func errControl(_ sequence: String) {
        FileHandle.standardError.write(Data(sequence.utf8))
    }
}
