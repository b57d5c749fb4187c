import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.keyringListAbstract.text,
            discussion: CLIHelp.keyringListDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.keyringListKeyringHelp.text, valueName: "keyring"))
        var keyring: String

        @Option(help: ArgumentHelp(CLIHelp.keyringListFormatHelp.text))
        var format: KeyringRenderer.Format = .text

        @Option(
            help: ArgumentHelp(
                CLIHelp.keyringListOnHelp.text, valueName: "date"))
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
                    style: terminal.outputStyle, language: CLILanguage.current))
        }
    }
}

/// The output formats of `keyring list`.
