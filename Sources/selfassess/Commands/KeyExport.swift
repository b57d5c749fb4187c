import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.Key {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.keyExportAbstract.text,
            discussion: CLIHelp.keyExportDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.keyExportKeyFileHelp.text, valueName: "key-file"))
        var keyFile: String

        @Option(help: ArgumentHelp(CLIHelp.keyExportFormatHelp.text))
        var format: PublicKeyFormat

        @Option(
            help: ArgumentHelp(CLIHelp.keyExportOutHelp.text, valueName: "file"))
        var out: String?

        func run() async throws {
            let terminal = Terminal.plain
            do throws(KeyError) {
                let key = try KeyFile.readPublicKey(
                    fromEither: URL(fileURLWithPath: keyFile), displayName: keyFile)
                let text =
                    switch format {
                    case .pem: key.pemRepresentation
                    case .minisign: key.minisignRepresentation
                    }
                guard let out else {
                    terminal.out(text)
                    terminal.err(CLIMessages.keyID.text(["key": "\(key.keyID)"]) + "\n")
                    return
                }
                try KeyFile.createNew(
                    Array(text.utf8), at: URL(fileURLWithPath: out), mode: 0o644, file: out)
                let kind: CLIMessages = format == .pem ? .keyExportPEM : .keyExportMinisign
                terminal.out(
                    CLIMessages.keyExportWrote.text([
                        "file": .text(out), "kind": .wording(kind.message()),
                    ])
                        + "\n" + CLIMessages.keyID.text(["key": "\(key.keyID)"]) + "\n")
            } catch {
                throw terminal.fail(
                    CLILanguage.text(of: error), code: error.isInputOutputFailure ? 2 : 1)
            }
        }
    }
}

/// The formats `key export` writes.
enum PublicKeyFormat: String, CaseIterable, ExpressibleByArgument {
    case pem
    case minisign
}
