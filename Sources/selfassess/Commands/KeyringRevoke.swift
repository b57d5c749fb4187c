import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a key from a day on, with the reason.",
            discussion: """
                A bundle signed with the key is refused when it was created on or after the \
                revocation date. The creation date is the signer's own claim, and whoever holds a \
                stolen key can backdate it: date a compromise from the first day the key may have been \
                exposed, not from the day it was found out. The key stays in the keyring, so the \
                bundles it signed before stay verifiable.

                Examples:
                  selfassess keyring revoke keyring.yaml --key-id sha256:… --date 2026-03-01 --reason "laptop stolen"

                Exit codes: 0 revoked, 1 refused (unknown key, already revoked, invalid keyring), 2 I/O \
                failure, 64 usage.
                """)

        @Argument(help: ArgumentHelp("The keyring file.", valueName: "keyring"))
        var keyring: String

        @Option(
            help: ArgumentHelp(
                "The key id, sha256: and 64 hex digits, as `keyring list` shows it.",
                valueName: "id"))
        var keyID: String

        @Option(help: ArgumentHelp("The first day the key may no longer sign.", valueName: "date"))
        var date: String

        @Option(help: ArgumentHelp("Why the key is revoked (one line).", valueName: "text"))
        var reason: String

        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard KeyID(keyID) != nil else {
                throw ValidationError(
                    "--key-id: '\(keyID)' is not a key id; write sha256: and 64 lower-case hex digits."
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
                """
                Updated \(keyring): revoked key \(id)
                of \(owner?.id ?? "?") (\(owner?.name ?? "?")) from \(revocation.date): \(revocation.reason)
                Bundles it signed that were created on or after \(revocation.date) are now refused.

                """ + KeyringReport.afterEdit(update, keyring: keyring, terminal: terminal))
        }
    }
}
