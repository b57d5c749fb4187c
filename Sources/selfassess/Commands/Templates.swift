import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Templates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the blank assessment templates generated from the framework.",
            discussion: """
                The files in the project's Templates/ folder are this command's output for the built-in \
                framework (`make templates` regenerates them); a test fails when they drift.

                Examples:
                  selfassess templates --out Templates
                  selfassess templates --framework revised.yaml --out revised-templates

                Exit codes: 0 written, 1 invalid framework, 2 I/O failure, 64 usage.
                """)

        @Option(help: ArgumentHelp("The folder to write the templates into.", valueName: "dir"))
        var out: String

        @OptionGroup var frameworkOptions: FrameworkOptions

        func run() async throws {
            let terminal = Terminal.plain
            // Without --color, the framework's diagnostics are coloured as on a terminal by default.
            let framework = try frameworkOptions.load(terminal: Terminal(color: nil))
            let folder = URL(fileURLWithPath: out)
            let files = TemplateRenderer(framework: framework).files()
            try SelfAssessCommand.Schema.refuseTargets(
                files.map(\.name), in: folder, shown: out, terminal: terminal)
            for (name, content) in files {
                do {
                    try AtomicFile.write(
                        Data(content.utf8), to: folder.appendingPathComponent(name),
                        createFolders: true)
                } catch {
                    throw terminal.fail("\(out)/\(name): \(error)", code: 2)
                }
            }
            terminal.out(
                "wrote assessment.yaml and article-1.yaml … article-\(framework.articles.count).yaml to \(out)/\n"
            )
        }
    }
}
