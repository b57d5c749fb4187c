import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Templates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.templatesAbstract.text,
            discussion: CLIHelp.templatesDiscussion.text)

        @Option(help: ArgumentHelp(CLIHelp.templatesOutHelp.text, valueName: "dir"))
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
                    throw terminal.fail(
                        CLIMessages.failure.text([
                            "file": "\(out)/\(name)", "reason": CLILanguage.text(of: error),
                        ]),
                        code: 2)
                }
            }
            terminal.out(
                CLIMessages.templatesWrote.text([
                    "articles": .integer(framework.articles.count), "folder": .text(out),
                ]) + "\n"
            )
        }
    }
}
