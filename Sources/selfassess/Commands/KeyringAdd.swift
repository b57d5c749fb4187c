import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a signatory's public key, and the signatory when it is new.",
            discussion: """
                Reads the public key (SubjectPublicKeyInfo PEM, as `selfassess keygen` writes it, or a \
                minisign public key) and adds it under the signatory, with the days it may sign on. \
                The keyring is created when it does not exist. A key that is already registered, for \
                this signatory or another, is refused; so is a private key, and a category that is not \
                one of the framework's (the built-in one, or --framework). The result is validated \
                against the framework before it is written, and written atomically; comments are kept where the file's \
                layout allows.

                Confirm the printed key id with the signatory by another channel (phone, letter) \
                before you sign the keyring.

                Examples:
                  selfassess keyring add keyring.yaml --signatory acme --name 北京艾克米科技有限公司 --key acme.pub
                  selfassess keyring add keyring.yaml --signatory acme --key acme-2027.pub --valid-from 2027-01-01

                Exit codes: 0 added, 1 refused (invalid keyring, key registered, wrong key), 2 I/O \
                failure, 64 usage.
                """)

        @Argument(
            help: ArgumentHelp("The keyring file (created when missing).", valueName: "keyring"))
        var keyring: String

        @Option(help: ArgumentHelp("The signatory id, as in its assessment.yaml.", valueName: "id"))
        var signatory: String

        @Option(
            help: ArgumentHelp(
                "The signatory's name (required for a new signatory).", valueName: "name"))
        var name: String?

        @Option(
            help: ArgumentHelp(
                "The category of a new signatory (one of the framework's category ids).",
                valueName: "id"))
        var category: String?

        @Option(
            help: ArgumentHelp(
                "The signatory's public key file (PEM or minisign).", valueName: "file"))
        var key: String

        @Option(
            help: ArgumentHelp(
                "The first day the key may sign (default: today, UTC).", valueName: "date"))
        var validFrom: String?

        @Option(
            help: ArgumentHelp(
                "The last day the key may sign (default: no limit).", valueName: "date"))
        var validUntil: String?

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard Identifiers.isSignatoryID(signatory) else {
                throw ValidationError(
                    "--signatory: '\(signatory)' is not a signatory id (2–63 lower-case letters, digits and hyphens)."
                )
            }
            let from = try validFrom.map { try CalendarDate.option($0, name: "--valid-from") }
            if let until = try validUntil.map({
                try CalendarDate.option($0, name: "--valid-until")
            }),
                until < from ?? CalendarDate.today
            {
                throw ValidationError(
                    "--valid-until \(until) is before the first valid day \(from ?? CalendarDate.today)."
                )
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let publicKey: PublicKey
            do throws(KeyError) {
                publicKey = try KeyFile.readPublicKey(
                    at: URL(fileURLWithPath: key), displayName: key)
            } catch {
                throw KeyringReport.failure(error, terminal: terminal)
            }
            let from =
                try validFrom.map { try CalendarDate.option($0, name: "--valid-from") }
                ?? CalendarDate.today
            let until = try validUntil.map { try CalendarDate.option($0, name: "--valid-until") }
            let entry = Keyring.Key(publicKey: publicKey, validFrom: from, validUntil: until)
            let update: KeyringFile.Update
            do throws(KeyringError) {
                update = try KeyringFile.update(
                    URL(fileURLWithPath: keyring), displayName: keyring, createIfMissing: true,
                    framework: framework
                ) {
                    original throws(KeyringError) in
                    try KeyringEditor.add(
                        entry, signatory: signatory, name: name, category: category, to: original,
                        file: keyring, framework: framework)
                }
            } catch {
                throw KeyringReport.failure(error, terminal: terminal)
            }
            let registered = update.edit.keyring.signatory(signatory)
            var validity = "valid from \(from)"
            if let until { validity += " until \(until)" }
            terminal.out(
                """
                \(update.created ? "Created" : "Updated") \(keyring): added key \(entry.keyID)
                for \(signatory) (\(registered?.name ?? name ?? signatory)), \(validity).
                Confirm this key id with the signatory by another channel before you sign the keyring.

                """ + KeyringReport.afterEdit(update, keyring: keyring, terminal: terminal))
        }
    }
}
