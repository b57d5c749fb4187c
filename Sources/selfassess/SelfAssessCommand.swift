import ArgumentParser
import SelfAssessKit

@main
struct SelfAssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfassess",
        abstract: CLIHelp.toolAbstract.text,
        discussion: CLIHelp.toolDiscussion.text,
        version: SelfAssessVersion.current,
        groupedSubcommands: [
            CommandGroup(
                name: "Signatory",
                subcommands: [
                    Init.self, Validate.self, Status.self, ScoreCommand.self, Diff.self,
                    ReportCommand.self,
                    Schema.self,
                    Keygen.self, Key.self, BundleCommand.self, Submit.self,
                ]),
            CommandGroup(
                name: "Society",
                subcommands: [
                    Verify.self, Inspect.self, KeyringCommand.self, Aggregate.self,
                    RegistryCommand.self, ReceiptCommand.self, LogCommand.self, Serve.self,
                ]),
            CommandGroup(name: "Framework", subcommands: [Templates.self, Explain.self]),
        ]
    )

    /// Runs the command as argument-parser's `main()` does, after installing the cleanup that
    /// removes temporary files when the tool is interrupted.
    static func main() async {
        InterruptCleanup.install()
        if let value = CLILanguage.unknownLanguage {
            Terminal.plain.error(CLIMessages.unknownLanguage.text(["value": value]))
            Self.exit(withError: ExitCode(64))
        }
        if let message = unknownSubcommand(in: CLILanguage.arguments) {
            Terminal.plain.error(message)
            Terminal.plain.err(CLIMessages.unknownSubcommandUsage.text() + "\n")
            Self.exit(withError: ExitCode(64))
        }
        await main(CLILanguage.arguments)
    }

    /// What to say when the first argument names no subcommand (`selfassess valdiate`): the
    /// closest command's name when one is close enough; nil when the first argument is an
    /// option, a known command or absent, which argument-parser handles.
    ///
    /// - Parameter arguments: The command line without the program's name and `--lang`.
    static func unknownSubcommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names =
            configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        guard let suggestion = Suggestions.closest(to: first, in: names) else {
            return CLIMessages.unknownSubcommand.text(["name": first])
        }
        return CLIMessages.unknownSubcommandSuggestion.text([
            "name": first, "suggestion": suggestion,
        ])
    }
}
