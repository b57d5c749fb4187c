import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Schema: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write the JSON Schemas of assessment.yaml and the article files for editors.",
            discussion: """
                Writes assessment.schema.json and article.schema.json (JSON Schema draft 2020-12) for the \
                current framework. The files that init writes start with a \
                `# yaml-language-server: $schema=schema/…` line, so VS Code's YAML extension completes \
                and checks them.

                Examples:
                  selfassess schema --out acme-2025/schema
                  selfassess schema            # prints article.schema.json

                Exit codes: 0 written, 2 I/O failure, 64 usage.
                """)

        @Option(
            help: ArgumentHelp(
                "The folder to write the schemas into (default: print the article schema).",
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
                    throw terminal.fail("\(out)/\(name): \(error)", code: 2)
                }
                terminal.out("wrote \(out)/\(name)\n")
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
            throw terminal.fail("\(shown)/\(name) \(reason); nothing was written", code: 1)
        }
    }
}
