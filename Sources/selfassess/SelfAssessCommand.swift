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
        await main(CLILanguage.arguments)
    }
}
