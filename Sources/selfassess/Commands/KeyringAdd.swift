import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.KeyringCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.keyringAddAbstract.text,
            discussion: CLIHelp.keyringAddDiscussion.text)

        @Argument(
            help: ArgumentHelp(CLIHelp.keyringAddKeyringHelp.text, valueName: "keyring"))
        var keyring: String

        @Option(help: ArgumentHelp(CLIHelp.keyringAddSignatoryHelp.text, valueName: "id"))
        var signatory: String

        @Option(
            help: ArgumentHelp(
                CLIHelp.keyringAddNameHelp.text, valueName: "name"))
        var name: String?

        @Option(
            help: ArgumentHelp(
                CLIHelp.keyringAddCategoryHelp.text,
                valueName: "id"))
        var category: String?

        @Option(
            help: ArgumentHelp(
                CLIHelp.keyringAddKeyHelp.text, valueName: "file"))
        var key: String

        @Option(
            help: ArgumentHelp(
                CLIHelp.keyringAddValidFromHelp.text, valueName: "date"))
        var validFrom: String?

        @Option(
            help: ArgumentHelp(
                CLIHelp.keyringAddValidUntilHelp.text, valueName: "date"))
        var validUntil: String?

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard Identifiers.isSignatoryID(signatory) else {
                throw ValidationError(
                    CLIMessages.keyringSignatory.text(["signatory": signatory])
                )
            }
            let from = try validFrom.map { try CalendarDate.option($0, name: "--valid-from") }
            if let until = try validUntil.map({
                try CalendarDate.option($0, name: "--valid-until")
            }),
                until < from ?? CalendarDate.today
            {
                throw ValidationError(
                    CLIMessages.keyringUntilBeforeFrom.text([
                        "until": "\(until)", "from": "\(from ?? CalendarDate.today)",
                    ])
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
            let validity =
                until.map {
                    CLIMessages.keyringValidFromUntil.message([
                        "from": .text("\(from)"), "until": .text("\($0)"),
                    ])
                } ?? CLIMessages.keyringValidFrom.message(["from": .text("\(from)")])
            let added: CLIMessages = update.created ? .keyringCreatedWithKey : .keyringAddedKey
            terminal.out(
                added.text([
                    "keyring": .text(keyring), "key": .text("\(entry.keyID)"),
                    "signatory": .text(signatory),
                    "name": .text(registered?.name ?? name ?? signatory),
                    "validity": .wording(validity),
                ]) + "\n" + CLIMessages.keyringConfirm.text() + "\n"
                    + KeyringReport.afterEdit(update, keyring: keyring, terminal: terminal))
        }
    }
}
