import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                CLIHelp.verifyAbstract.text,
            discussion: CLIHelp.verifyDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.verifyBundlesHelp.text, valueName: "bundle"))
        var bundles: [String]

        @OptionGroup var keys: TrustedKeyOptions

        @Option(
            help: ArgumentHelp(
                CLIHelp.verifyPriorHelp.text, valueName: "bundle"))
        var prior: String?

        @Option(help: ArgumentHelp(CLIHelp.verifyFormatHelp.text))
        var format: VerifyFormat = .text

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard !bundles.isEmpty else {
                throw ValidationError(CLIMessages.verifyNoBundles.text())
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let (trusted, keyring) = try keys.load(framework: framework, terminal: terminal)
            let verifier = BundleVerifier(trustedKeys: trusted, framework: framework, today: .today)
            var priorState = BundleVerifier.Prior.none
            if let prior {
                do throws(BundleError) {
                    priorState = .verified(
                        try verifier.verify(URL(fileURLWithPath: prior), displayName: prior))
                } catch {
                    priorState = .failed(name: prior, failure: error)
                }
            }
            var entries: [BundleVerificationReport.Entry] = []
            for bundle in bundles {
                let outcome: Result<VerifiedBundle, BundleError>
                do throws(BundleError) {
                    outcome = .success(
                        try verifier.verify(
                            URL(fileURLWithPath: bundle), displayName: bundle, prior: priorState))
                } catch {
                    outcome = .failure(error)
                }
                entries.append(.init(file: bundle, outcome: outcome))
            }
            let report = BundleVerificationReport(entries)
            switch format {
            case .text:
                terminal.out(
                    VerificationRenderer.text(
                        report, style: terminal.outputStyle, language: CLILanguage.current))
            case .json:
                terminal.out(
                    VerificationRenderer.json(
                        report, keyring: keyring, language: CLILanguage.current))
            }
            if report.hasInputOutputFailure { throw ExitCode(2) }
            if report.failedCount > 0 { throw ExitCode(1) }
        }
    }
}

/// The output formats of `verify`.
enum VerifyFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
}
