import ArgumentParser
import SelfAssessKit

extension SelfAssessCommand {
    struct Explain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain a diagnostic code, or list them all.",
            discussion: """
                Examples:
                  selfassess explain SA202
                  selfassess explain

                Exit codes: 0 ok, 1 unknown code, 64 usage.
                """)

        @Argument(help: "A diagnostic code such as SA202.")
        var code: String?

        @Flag(help: "Print the whole catalogue as Markdown (the source of docs/diagnostics.md).")
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
                        "\(code.rawValue)  \(code.severity.rawValue.padding(7))  \(code.title)\n")
                }
                return
            }
            guard let known = Diagnostic.Code(rawValue: code.uppercased()) else {
                throw terminal.fail(
                    "unknown diagnostic code '\(code)'; run `selfassess explain` for the list",
                    code: 1)
            }
            terminal.out(
                "\(known.rawValue) (\(known.severity.rawValue)): \(known.title)\n\n\(known.explanation)\n"
            )
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
