import ArgumentParser
import SelfAssessKit

/// `--color` / `--no-color`: nil means automatic.
struct ColorOptions: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(CLIHelp.colorOptionsColorHelp.text))
    var color: Bool?

    /// The terminal with the colour this flag, the environment and the streams choose.
    var terminal: Terminal { Terminal(color: color) }
}
