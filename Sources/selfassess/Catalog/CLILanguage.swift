import Foundation
import SelfAssessKit

/// The language the command-line tool speaks: the one place that chooses it.
///
/// Every line the tool prints for people (``CLIMessages``) and every help text (``CLIHelp``) is
/// rendered in ``current``, which is chosen once, when the tool starts and before the commands'
/// `configuration` is built. English is the only language today, so the choice is fixed; a
/// translation makes ``choose(arguments:environment:)`` read `--lang` and the locale variables
/// here, and no call site changes.
enum CLILanguage {
    /// The language of this run.
    static let current: Language = choose(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    /// The language asked for by the arguments or the environment, English otherwise.
    ///
    /// - Parameters:
    ///   - arguments: The command line.
    ///   - environment: The process environment (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    static func choose(arguments: [String], environment: [String: String]) -> Language {
        .english
    }
}
