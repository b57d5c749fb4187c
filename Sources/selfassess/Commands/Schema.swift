import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Schema: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                CLIHelp.schemaAbstract.text,
            discussion: CLIHelp.schemaDiscussion.text)

        @Option(
            help: ArgumentHelp(
                CLIHelp.schemaOutHelp.text,
                valueName: "dir"))
        var out: String?

        @OptionGroup var frameworkOptions: FrameworkOptions

        func run() async throws {
            let terminal = Terminal.plain
            // Without --color, the framework's diagnostics are coloured as on a terminal by default.
            let framework = try frameworkOptions.load(terminal: Terminal(color: nil))
            let files = SchemaGenerator(framework: framework).files()
            guard let out else {
                terminal.out(files.first { $0.name == "article.schema.json" }?.content ?? "")
                return
            }
            let folder = URL(fileURLWithPath: out)
            try Self.refuseTargets(files.map(\.name), in: folder, shown: out, terminal: terminal)
            for (name, content) in files {
                do {
                    try AtomicFile.write(
                        Data(content.utf8), to: folder.appendingPathComponent(name),
                        createFolders: true)
                } catch {
                    throw terminal.fail(
                        CLIMessages.failure.text([
                            "file": "\(out)/\(name)", "reason": CLILanguage.text(of: error),
                        ]),
                        code: 2)
                }
                terminal.out(CLIMessages.schemaWrote.text(["file": "\(out)/\(name)"]) + "\n")
            }
        }

        /// Refuses, before anything is written, when one of the files a command writes into a
        /// folder exists and is not a regular file (a device, a named pipe): exit code 1.
        ///
        /// - Parameters:
        ///   - names: The files' names.
        ///   - folder: The folder they go into.
        ///   - shown: The folder as the user wrote it.
        static func refuseTargets(
            _ names: [String], in folder: URL, shown: String, terminal: Terminal
        ) throws {
            let paths = names.map { folder.appendingPathComponent($0).path }
            guard let (path, reason) = OutputTarget.firstRefusal(among: paths) else { return }
            let name = URL(fileURLWithPath: path).lastPathComponent
            throw terminal.fail(
                CLIMessages.refusedTarget.text(["file": "\(shown)/\(name)", "reason": "\(reason)"]),
                code: 1)
        }
    }
}
