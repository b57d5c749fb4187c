import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Verify signed bundles against a trusted key or keyring, and re-score them from their own bytes.",
            discussion: """
                Only the key given with --key, or the keys of the keyring, are trusted; nothing \
                inside a bundle is. For each bundle, in this order: the ZIP container, the signature \
                file, the signature over manifest.json and its trusted comment, then the manifest \
                (strict, canonical), the key (signer key id, signatory, validity), the files (exactly \
                those listed, sizes and SHA-256), the assessment (it validates, and the recomputed \
                score equals results/scores.json and the summary), and with --prior the chain \
                (sequence, previous manifest hash, results/diff.json). The first failure is \
                reported with its code; docs/bundle.md lists them.

                Text output has one line per bundle: OK, or FAIL with the code and the reason. \
                --format json writes a document described in docs/bundle.md.

                Examples:
                  selfassess verify acme-2025.sabundle --key acme.pub
                  selfassess verify acme-2025.sabundle --key acme.pub --prior acme-2024.sabundle
                  selfassess verify submissions/*.sabundle --keyring keyring.yaml --format json

                Exit codes: 0 every bundle verified, 1 a bundle failed, 2 a bundle or the key could \
                not be read, 64 usage.
                """)

        @Argument(help: ArgumentHelp("The bundles to verify.", valueName: "bundle"))
        var bundles: [String]

        @OptionGroup var keys: TrustedKeyOptions

        @Option(
            help: ArgumentHelp(
                "The bundle each one must follow in the signatory's chain.", valueName: "bundle"))
        var prior: String?

        @Option(help: "Output format: text or json.")
        var format: VerifyFormat = .text

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard !bundles.isEmpty else {
                throw ValidationError("Name at least one bundle to verify.")
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
                terminal.out(VerificationRenderer.text(report, style: terminal.outputStyle))
            case .json:
                terminal.out(VerificationRenderer.json(report, keyring: keyring))
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
