import ArgumentParser
import Foundation
import SelfAssessKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal the tool writes to: standard output and standard error, each with the style
/// chosen for it.
///
/// The colour of each stream is chosen once, when the value is made, and nothing global changes:
/// a command makes one from its `--color` flag (``ColorOptions/terminal``) and passes it to what
/// prints. Colour sequences reach a stream only when its style is on (``TerminalText``), which
/// `--color` or, by default, a terminal turns on; otherwise not one escape character is written.
struct Terminal: Sendable {
    /// The style of standard output.
    let outputStyle: TextStyle
    /// The style of standard error.
    let errorStyle: TextStyle

    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// No colour on either stream, for the commands without `--color`.
    static let plain = Terminal(
        outputStyle: TextStyle(color: false), errorStyle: TextStyle(color: false))

    /// A terminal with the given styles.
    init(outputStyle: TextStyle, errorStyle: TextStyle) {
        self.outputStyle = outputStyle
        self.errorStyle = errorStyle
    }

    /// The terminal for a `--color` flag: each stream is coloured as
    /// ``usesColor(_:isTerminal:environment:)`` decides for it.
    init(
        color flag: Bool?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        stdoutIsTerminal: Bool = Terminal.stdoutIsTerminal,
        stderrIsTerminal: Bool = Terminal.stderrIsTerminal
    ) {
        self.init(
            outputStyle: TextStyle(
                color: Self.usesColor(flag, isTerminal: stdoutIsTerminal, environment: environment)),
            errorStyle: TextStyle(
                color: Self.usesColor(flag, isTerminal: stderrIsTerminal, environment: environment))
        )
    }

    /// Whether to colour a stream: an explicit flag wins; otherwise a terminal, no `NO_COLOR`, and
    /// `TERM` not `dumb`.
    static func usesColor(_ flag: Bool?, isTerminal: Bool, environment: [String: String]) -> Bool {
        if let flag { return flag }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isTerminal
    }

    /// Writes text to standard output, control characters made visible (``TerminalText``).
    func out(_ text: String) {
        Self.write(text, to: .standardOutput, allowingStyles: outputStyle.enabled)
    }

    /// Writes text to standard error, control characters made visible (``TerminalText``).
    func err(_ text: String) {
        Self.write(text, to: .standardError, allowingStyles: errorStyle.enabled)
    }

    /// Prints `error: MESSAGE` to standard error and returns the exit code to throw: the one way
    /// a command refuses or fails after its arguments were parsed.
    ///
    /// ```swift
    /// throw terminal.fail("\(path): not an assessment folder", code: 2)
    /// ```
    ///
    /// - Parameters:
    ///   - message: What went wrong, naming the file; no trailing line feed.
    ///   - code: The exit code: 1 findings or refusal, 2 I/O or internal failure (64 is usage).
    func fail(_ message: String, code: Int32) -> ExitCode {
        error(message)
        return ExitCode(code)
    }

    /// Prints `error: MESSAGE` to standard error, `error:` in red when colour is on; a command
    /// that reports several errors before it stops prints all but the last one with this.
    func error(_ message: String) {
        let label = CLIMessages.errorLabel.text()
        err(errorStyle.red(label) + CLILanguage.gap(after: label) + "\(message)\n")
    }

    /// Prints `warning: MESSAGE` to standard error, `warning:` in yellow when colour is on.
    func warning(_ message: String) {
        let label = CLIMessages.warningLabel.text()
        err(errorStyle.yellow(label) + CLILanguage.gap(after: label) + "\(message)\n")
    }

    /// Prints `note: MESSAGE` to standard error, `note:` in cyan when colour is on.
    func note(_ message: String) {
        let label = CLIMessages.noteLabel.text()
        err(errorStyle.cyan(label) + CLILanguage.gap(after: label) + "\(message)\n")
    }

    private static func write(_ text: String, to handle: FileHandle, allowingStyles: Bool) {
        InterruptCleanup.holdIfInterrupted()
        handle.write(Data(TerminalText.sanitized(text, allowingStyles: allowingStyles).utf8))
    }

    /// Writes the progress line's own control sequence (return, erase the line) to standard error.
    func errControl(_ sequence: String) {
        FileHandle.standardError.write(Data(sequence.utf8))
    }
}
