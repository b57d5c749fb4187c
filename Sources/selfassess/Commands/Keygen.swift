import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Keygen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an Ed25519 key pair for signing bundles.",
            discussion: """
                Writes NAME.key, the private key (PKCS#8 PEM, created with mode 0600), and NAME.pub, \
                the public key (SubjectPublicKeyInfo PEM), and prints the key id: sha256: and the \
                SHA-256 of the public key. Register NAME.pub with the society and confirm the key id \
                with them by another channel. OpenSSL reads both files; `selfassess key export \
                --format minisign` writes the public key for minisign and signify.

                Existing files are never overwritten.

                Examples:
                  selfassess keygen acme
                  selfassess keygen acme-2026 --out ~/.selfassess

                Exit codes: 0 created, 1 refused (a key file exists), 2 I/O failure, 64 usage.
                """)

        @Argument(
            help: ArgumentHelp(
                "The key name: letters, digits, '.', '_' and '-'.", valueName: "name"))
        var name: String

        @Option(
            help: ArgumentHelp(
                "The folder to write the key files into (default: the current folder).",
                valueName: "dir"))
        var out: String?

        func validate() throws {
            guard KeyFile.isValidKeyName(name) else {
                throw ValidationError(
                    "'\(name)' is not a usable key name: use 1–64 letters, digits, '.', '_' and '-', starting with a letter or digit."
                )
            }
        }

        func run() async throws {
            let folder = URL(fileURLWithPath: out ?? ".")
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
            let terminal = Terminal.plain
            guard exists, isFolder.boolValue else {
                throw terminal.fail(
                    "\(out ?? "."): \(exists ? "not a folder" : "no such folder")", code: 2)
            }
            let key = SigningKey.generate()
            let display = { (file: String) in
                out.map { ($0 as NSString).appendingPathComponent(file) } ?? file
            }
            do throws(KeyError) {
                try KeyFile.writeKeyPair(key, name: name, in: folder, displayFolder: out)
            } catch {
                throw terminal.fail("\(error)", code: error.isInputOutputFailure ? 2 : 1)
            }
            let privateFile = display("\(name).\(KeyFile.privateKeyExtension)")
            let publicFile = display("\(name).\(KeyFile.publicKeyExtension)")
            terminal.out(
                """
                Created \(privateFile) (private key, mode 0600) and \(publicFile) (public key).
                Key id: \(key.publicKey.keyID)
                Keep \(privateFile) secret. Register \(publicFile) with the society and confirm the key id with them.

                """)
        }
    }
}
