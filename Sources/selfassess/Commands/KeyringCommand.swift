import ArgumentParser

extension SelfAssessCommand {
    /// `selfassess keyring` (named `KeyringCommand` so that it does not hide the kit's `Keyring`).
    struct KeyringCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keyring",
            abstract:
                CLIHelp.keyringCommandAbstract.text,
            discussion: CLIHelp.keyringCommandDiscussion.text,
            subcommands: [Add.self, List.self, Revoke.self, Sign.self, Verify.self])
    }
}
