import ArgumentParser
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand {
    /// `selfassess registry`: the society's system of record.
    struct RegistryCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "registry",
            abstract:
                CLIHelp.registryCommandAbstract.text,
            discussion: CLIHelp.registryCommandDiscussion.text,
            subcommands: [
                Init.self, Intake.self, KeyringGroup.self, Token.self, Export.self, Decide.self,
                Decisions.self,
            ])
    }
}

/// Prints a registry failure to standard error and returns its exit code (2 I/O, 1 refusal).
func registryFailure(_ error: RegistryError, terminal: Terminal) -> ExitCode {
    terminal.fail(
        CLIMessages.failureWithCode.text(["reason": .text(error.shown), "code": .text(error.code)]),
        code: error.isInputOutputFailure ? 2 : 1)
}

/// Prints a transparency log failure with its code and returns the exit code (1: a finding).
func logFailure(_ error: LogError, terminal: Terminal, code: Int32 = 1) -> ExitCode {
    terminal.fail(
        CLIMessages.failureWithCode.text([
            "reason": .text(error.wording.text(in: CLILanguage.current)), "code": .text(error.code),
        ]),
        code: code)
}
