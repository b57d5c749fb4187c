import Foundation
import SelfAssessKit

/// The language the command-line tool speaks: the one place that chooses it.
///
/// Every line the tool prints for people (``CLIMessages``) and every help text (``CLIHelp``) is
/// rendered in ``current``, which is chosen once, when the tool starts and before the commands'
/// `configuration` is built: `--lang zh|en` anywhere on the command line, else the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (`zh…` is Chinese), else English. `--lang` is
/// taken off the arguments before argument-parser reads them (``arguments``).
enum CLILanguage {
    /// The language of this run; English when `--lang` names no language the tool speaks (the
    /// tool then stops with a usage error, ``unknownLanguage``).
    static let current: Language =
        choose(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
        ?? .english

    /// The value of a `--lang` that names no language, if one was given.
    static let unknownLanguage: String? = {
        guard let value = option(in: CommandLine.arguments) else { return nil }
        return Language(rawValue: value) == nil ? value : nil
    }()

    /// The command line without the program's name and without `--lang`, for argument-parser.
    static var arguments: [String] { withoutOption(Array(CommandLine.arguments.dropFirst())) }

    /// The language asked for by the arguments or the environment: `--lang` wins, then the
    /// locale variables in POSIX order; English when neither asks for Chinese, nil when `--lang`
    /// names a language the tool does not speak.
    ///
    /// - Parameters:
    ///   - arguments: The command line.
    ///   - environment: The process environment (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    static func choose(arguments: [String], environment: [String: String]) -> Language? {
        if let value = option(in: arguments) { return Language(rawValue: value) }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }
            .first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("zh") == true ? .chinese : .english
    }

    /// An error's message in ``current``: a kit failure's catalog wording (``WordedError``),
    /// else its description.
    ///
    /// - Parameter error: The error to print.
    static func text(of error: any Error) -> String {
        (error as? any WordedError)?.wording.text(in: current) ?? "\(error)"
    }

    /// What follows a label such as ``CLIMessages/noteLabel`` in ``current``: a space after
    /// "note:", nothing after "提示：".
    ///
    /// - Parameter label: The label as printed, before any colour.
    static func gap(after label: String) -> String { Language.gap(after: label) }

    /// The value of the last `--lang VALUE` or `--lang=VALUE` before a `--`.
    static func option(in arguments: [String]) -> String? {
        var value: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex {
                value = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        return value
    }

    /// The arguments without `--lang VALUE` and `--lang=VALUE` (before a `--`).
    static func withoutOption(_ arguments: [String]) -> [String] {
        var kept: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                kept += arguments[index...]
                break
            }
            if argument == "--lang", index + 1 < arguments.endIndex {
                index += 2
                continue
            }
            if !argument.hasPrefix("--lang=") { kept.append(argument) }
            index += 1
        }
        return kept
    }
}
