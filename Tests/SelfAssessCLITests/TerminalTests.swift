import ArgumentParser
import SelfAssessTestSupport
import Testing

@testable import selfassess

/// The colour of each stream is chosen from `--color`, the environment and whether the stream is
/// a terminal, once, and without changing anything for other values.
@Suite(.tags(.small))
struct TerminalTests {
    @Test(arguments: [
        // An explicit flag wins over everything.
        (true as Bool?, false, [:] as [String: String], true),
        (true, false, ["NO_COLOR": "1", "TERM": "dumb"], true),
        (false, true, [:], false),
        // Otherwise: a terminal, no NO_COLOR (an empty one does not count), TERM not dumb.
        (nil, true, [:], true),
        (nil, false, [:], false),
        (nil, true, ["NO_COLOR": "1"], false),
        (nil, true, ["NO_COLOR": ""], true),
        (nil, true, ["TERM": "dumb"], false),
        (nil, true, ["TERM": "xterm-256color"], true),
    ])
    func colourChoice(flag: Bool?, isTerminal: Bool, environment: [String: String], color: Bool) {
        #expect(Terminal.usesColor(flag, isTerminal: isTerminal, environment: environment) == color)
    }

    @Test func eachStreamGetsItsOwnStyle() {
        let terminal = Terminal(
            color: nil, environment: [:], stdoutIsTerminal: true, stderrIsTerminal: false)
        #expect(terminal.outputStyle.enabled)
        #expect(!terminal.errorStyle.enabled)
        let forced = Terminal(
            color: true, environment: [:], stdoutIsTerminal: false, stderrIsTerminal: false)
        #expect(forced.outputStyle.enabled && forced.errorStyle.enabled)
    }

    /// Choosing colour for one command leaves nothing behind for the next (it used to switch on a
    /// process-wide flag that every later write obeyed).
    @Test func choosingColourHasNoSideEffects() {
        _ = Terminal(color: true, environment: [:], stdoutIsTerminal: true, stderrIsTerminal: true)
        let later = Terminal(
            color: nil, environment: [:], stdoutIsTerminal: false, stderrIsTerminal: false)
        #expect(!later.outputStyle.enabled && !later.errorStyle.enabled)
        #expect(!Terminal.plain.outputStyle.enabled && !Terminal.plain.errorStyle.enabled)
    }

    @Test func colorFlagsChooseTheTerminal() throws {
        let forced = try ColorOptions.parse(["--color"]).terminal
        #expect(forced.outputStyle.enabled && forced.errorStyle.enabled)
        let off = try ColorOptions.parse(["--no-color"]).terminal
        #expect(!off.outputStyle.enabled && !off.errorStyle.enabled)
    }
}
