import ArgumentParser
import Foundation
import SelfAssessKit

/// `[--policy FILE]` for intake (`registry intake`, `serve`): the policy whose submission
/// windows (`deadlines:`) decide on time or late; the built-in policy (due 31 March of the
/// following year) without it.
struct RegistryPolicyOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CLIHelp.registryPolicyHelp.text, valueName: "file"))
    var policy: String?

    /// The policy's deadlines; an invalid policy is printed with its diagnostics and becomes
    /// the exit code (1, or 2 when it could not be read).
    func deadlines(framework: Framework, terminal: Terminal) throws -> Policy.Deadlines {
        try Self.load(policy, framework: framework, terminal: terminal).deadlines
    }

    /// A policy file, or the built-in policy for nil; an invalid policy is printed with its
    /// diagnostics and becomes the exit code (1, or 2 when it could not be read).
    static func load(
        _ policy: String?, framework: Framework, terminal: Terminal
    ) throws -> Policy {
        let result =
            policy.map {
                PolicyLoader.load(URL(fileURLWithPath: $0), displayName: $0, framework: framework)
            } ?? PolicyLoader.builtin
        var sources: [String: SourceText] = [:]
        if let source = result.document.source { sources[result.document.file] = source }
        for diagnostic in result.diagnostics {
            terminal.err(
                DiagnosticRenderer.text(
                    diagnostic, sources: sources, style: terminal.errorStyle,
                    language: CLILanguage.current) + "\n\n")
        }
        guard let loaded = result.policy else {
            let report = ValidationReport(diagnostics: result.diagnostics, filesChecked: 1)
            throw terminal.fail(
                CLIMessages.aggregateInvalidPolicy.text([
                    "file": .text(policy ?? result.document.file),
                    "errors": CLIMessages.count(
                        result.diagnostics.errorCount, one: .errorCountOne, many: .errorCount),
                ]),
                code: report.hasInputFailure || policy == nil ? 2 : 1)
        }
        return loaded
    }
}
