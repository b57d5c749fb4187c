import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the signatories and their keys with each key's validity and status.",
            discussion: """
                Status on the day given with --on (default today, UTC): active, not yet valid, \
                expired, or revoked with the date and reason. The keyring's signature is not checked \
                here; `selfassess keyring verify` does that.

                Examples:
                  selfassess keyring list keyring.yaml
                  selfassess keyring list keyring.yaml --on 2025-12-31 --format json

                Exit codes: 0 listed, 1 the keyring is invalid, 2 it cannot be read, 64 usage.
                """)

        @Argument(help: ArgumentHelp("The keyring file.", valueName: "keyring"))
        var keyring: String

        @Option(help: "Output format: text or json.")
        var format: KeyringRenderer.Format = .text

        @Option(
            help: ArgumentHelp(
                "The day to judge each key's status on (default: today, UTC).", valueName: "date"))
        var on: String?

        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            if let on { _ = try CalendarDate.option(on, name: "--on") }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let loaded: KeyringFile.Loaded
            do throws(KeyringError) {
                loaded = try KeyringFile.loadTrusted(
                    URL(fileURLWithPath: keyring), displayName: keyring, societyKey: nil)
            } catch {
                throw KeyringReport.failure(error, terminal: terminal)
            }
            KeyringReport.warnings(loaded.warnings, sources: loaded.sources, terminal: terminal)
            let date =
                try on.map { try CalendarDate.option($0, name: "--on") } ?? CalendarDate.today
            terminal.out(
                KeyringRenderer.render(
                    loaded.keyring, as: format, file: keyring, on: date,
                    style: terminal.outputStyle))
        }
    }
}

/// The output formats of `keyring list`.
