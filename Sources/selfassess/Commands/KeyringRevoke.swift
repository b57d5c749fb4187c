import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.keyringRevokeAbstract.text,
            discussion: CLIHelp.keyringRevokeDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.keyringRevokeKeyringHelp.text, valueName: "keyring"))
        var keyring: String

        @Option(
            help: ArgumentHelp(
                CLIHelp.keyringRevokeKeyIDHelp.text,
                valueName: "id"))
        var keyID: String

        @Option(help: ArgumentHelp(CLIHelp.keyringRevokeDateHelp.text, valueName: "date"))
        var date: String

        @Option(help: ArgumentHelp(CLIHelp.keyringRevokeReasonHelp.text, valueName: "text"))
        var reason: String

        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard KeyID(keyID) != nil else {
                throw ValidationError(
                    CLIMessages.keyringKeyID.text(["id": keyID])
                )
            }
            _ = try CalendarDate.option(date, name: "--date")
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            guard let id = KeyID(keyID) else { throw ExitCode(64) }
            let revocation = TrustedKey.Revocation(
                date: try CalendarDate.option(date, name: "--date"), reason: reason)
            let update: KeyringFile.Update
            do throws(KeyringError) {
                update = try KeyringFile.update(
                    URL(fileURLWithPath: keyring), displayName: keyring, createIfMissing: false
                ) {
                    original throws(KeyringError) in
                    guard let original else { throw .notFound(file: keyring) }
                    return try KeyringEditor.revoke(
                        id, revocation: revocation, in: original, file: keyring)
                }
            } catch {
                throw KeyringReport.failure(error, terminal: terminal)
            }
            let owner = update.edit.keyring.entry(for: id)?.signatory
            terminal.out(
                CLIMessages.keyringRevoked.text([
                    "keyring": keyring, "key": "\(id)", "signatory": owner?.id ?? "?",
                    "name": owner?.name ?? "?", "date": "\(revocation.date)",
                    "reason": revocation.reason,
                ]) + "\n" + KeyringReport.afterEdit(update, keyring: keyring, terminal: terminal))
        }
    }
}
