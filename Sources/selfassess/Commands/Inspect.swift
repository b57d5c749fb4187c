import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Inspect: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a bundle holds and claims, without verifying it.",
            discussion: """
                Lists the entries and what the manifest claims: signatory, year, sequence, creation \
                time, signer key id, framework and summary scores. None of it is verified: the \
                container is read with the same hardened reader as verify, but no signature is \
                checked, so anyone could have written these claims. Use `selfassess verify` with the \
                signatory's registered key before relying on them.

                Examples:
                  selfassess inspect acme-2025.sabundle
                  unzip -p acme-2025.sabundle report/report.html > report.html

                Exit codes: 0 shown, 1 the container or the manifest cannot be read (what can be \
                read is still shown), 2 I/O failure, 64 usage.
                """)

        @Argument(help: ArgumentHelp("The bundle.", valueName: "bundle"))
        var bundle: String

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let inspection: BundleInspection
            do throws(BundleError) {
                inspection = try BundleInspection.inspect(
                    URL(fileURLWithPath: bundle), displayName: bundle)
            } catch {
                throw terminal.fail(
                    "\(error) [\(error.code)]", code: error.isInputOutputFailure ? 2 : 1)
            }
            terminal.out(InspectionRenderer.text(inspection, style: terminal.outputStyle))
            if case .failure = inspection.manifest { throw ExitCode(1) }
        }
    }
}
