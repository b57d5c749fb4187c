import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand.Key {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a public key for OpenSSL (PEM) or for minisign and signify.",
            discussion: """
                Reads a public key (PEM or minisign) or a private key (PKCS#8 PEM, which must not \
                be readable by group or others) and writes its public key:

                  pem       SubjectPublicKeyInfo PEM, for OpenSSL
                            (openssl pkeyutl -verify -pubin -inkey FILE …)
                  minisign  the two-line minisign public key, for minisign -V -p FILE
                            and signify -V -p FILE; its key number is the first
                            8 bytes of the key id

                The key id is printed (to standard error when the key goes to standard output).
                An existing --out file is never overwritten.

                Examples:
                  selfassess key export acme.pub --format minisign --out acme.minisign.pub
                  selfassess key export acme.key --format pem > acme.pub

                Exit codes: 0 written, 1 refused (wrong key type or format, insecure permissions, the \
                output exists), 2 I/O failure, 64 usage.
                """)

        @Argument(help: ArgumentHelp("A public or private key file.", valueName: "key-file"))
        var keyFile: String

        @Option(help: "The output format.")
        var format: PublicKeyFormat

        @Option(
            help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
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
                    terminal.err("Key id: \(key.keyID)\n")
                    return
                }
                try KeyFile.createNew(
                    Array(text.utf8), at: URL(fileURLWithPath: out), mode: 0o644, file: out)
                let kind = format == .pem ? "SubjectPublicKeyInfo PEM" : "minisign public key"
                terminal.out("Wrote \(out) (\(kind)).\nKey id: \(key.keyID)\n")
            } catch {
                throw terminal.fail("\(error)", code: error.isInputOutputFailure ? 2 : 1)
            }
        }
    }
}

/// The formats `key export` writes.
enum PublicKeyFormat: String, CaseIterable, ExpressibleByArgument {
    case pem
    case minisign
}
