import ArgumentParser
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand {
    /// `selfassess registry`: the society's system of record.
    struct RegistryCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "registry",
            abstract:
                "Keep the society's registry: submissions, their signed receipts, the bundles.",
            discussion: """
                The registry (docs/registry.md) records every bundle submitted to the society: \
                verified on arrival against the society's keyring, stored by its SHA-256, and \
                answered with a receipt the society signs. A data folder holds registry.sqlite \
                and bundles/.

                Examples:
                  selfassess registry init --data registry
                  selfassess registry intake submissions/*.sabundle --data registry \\
                      --receipt-key society.key --keyring keyring.yaml --society-key society.pub
                """,
            subcommands: [Init.self, Intake.self])
    }
}

/// Prints a registry failure to standard error and returns its exit code (2 I/O, 1 refusal).
func registryFailure(_ error: RegistryError, terminal: Terminal) -> ExitCode {
    terminal.fail("\(error) [\(error.code)]", code: error.isInputOutputFailure ? 2 : 1)
}
