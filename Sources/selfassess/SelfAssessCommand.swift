import ArgumentParser
import SelfAssessKit

@main
struct SelfAssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfassess",
        abstract: "Self-assessment toolkit for the 2014 Beijing app self-discipline Convention.",
        discussion: """
            Signatories create, validate, score and sign their yearly self-assessment; the Capital \
            Internet Society verifies the bundles and aggregates the sector.

            Exit codes: 0 ok, 1 findings (invalid input, failed verification, a regression when \
            asked to fail on one), 2 I/O or internal failure, 64 usage.
            """,
        version: SelfAssessVersion.current,
        groupedSubcommands: [
            CommandGroup(
                name: "Signatory",
                subcommands: [
                    Init.self, Validate.self, ScoreCommand.self, Diff.self, ReportCommand.self,
                    Schema.self,
                    Keygen.self, Key.self, BundleCommand.self, Submit.self,
                ]),
            CommandGroup(
                name: "Society",
                subcommands: [
                    Verify.self, Inspect.self, KeyringCommand.self, Aggregate.self,
                    RegistryCommand.self, ReceiptCommand.self, Serve.self,
                ]),
            CommandGroup(name: "Framework", subcommands: [Templates.self, Explain.self]),
        ]
    )

    /// Runs the command as argument-parser's `main()` does, after installing the cleanup that
    /// removes temporary files when the tool is interrupted.
    static func main() async {
        InterruptCleanup.install()
        await main(nil)
    }
}
