import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Keygen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.keygenAbstract.text,
            discussion: CLIHelp.keygenDiscussion.text)

        @Argument(
            help: ArgumentHelp(
                CLIHelp.keygenNameHelp.text, valueName: "name"))
        var name: String

        @Option(
            help: ArgumentHelp(
                CLIHelp.keygenOutHelp.text,
                valueName: "dir"))
        var out: String?

        func validate() throws {
            guard KeyFile.isValidKeyName(name) else {
                throw ValidationError(
                    CLIMessages.keygenName.text(["name": name])
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
                    (exists ? CLIMessages.keygenNotAFolder : .keygenNoFolder).text([
                        "folder": out ?? "."
                    ]), code: 2)
            }
            let key = SigningKey.generate()
            let display = { (file: String) in
                out.map { ($0 as NSString).appendingPathComponent(file) } ?? file
            }
            do throws(KeyError) {
                try KeyFile.writeKeyPair(key, name: name, in: folder, displayFolder: out)
            } catch {
                throw terminal.fail(
                    CLILanguage.text(of: error), code: error.isInputOutputFailure ? 2 : 1)
            }
            let privateFile = display("\(name).\(KeyFile.privateKeyExtension)")
            let publicFile = display("\(name).\(KeyFile.publicKeyExtension)")
            terminal.out(
                (name.lowercased() == "society" ? CLIMessages.keygenCreatedSociety : .keygenCreated)
                    .text([
                        "private": privateFile, "public": publicFile,
                        "key": "\(key.publicKey.keyID)",
                    ]) + "\n")
        }
    }
}
