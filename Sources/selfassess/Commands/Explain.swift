import ArgumentParser
import SelfAssessKit

extension SelfAssessCommand {
    struct Explain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.explainAbstract.text,
            discussion: CLIHelp.explainDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.explainCodeHelp.text))
        var code: String?

        @Flag(help: ArgumentHelp(CLIHelp.explainMarkdownHelp.text))
        var markdown = false

        func run() async throws {
            let terminal = Terminal.plain
            if markdown {
                terminal.out(DiagnosticCatalog.markdown())
                return
            }
            guard let code else {
                for code in Diagnostic.Code.allCases {
                    terminal.out(
                        CLIMessages.explainListLine.text([
                            "code": code.rawValue,
                            "severity": code.severity.word(in: CLILanguage.current).padding(7),
                            "title": code.title(in: CLILanguage.current),
                        ]) + "\n")
                }
                return
            }
            guard let known = Diagnostic.Code(rawValue: code.uppercased()) else {
                throw terminal.fail(
                    CLIMessages.explainUnknown.text(["code": code]),
                    code: 1)
            }
            terminal.out(
                CLIMessages.explainEntry.text([
                    "code": known.rawValue,
                    "severity": known.severity.word(in: CLILanguage.current),
                    "title": known.title(in: CLILanguage.current),
                    "explanation": known.explanation(in: CLILanguage.current),
                ]) + "\n"
            )
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
