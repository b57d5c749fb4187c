import ArgumentParser
import Foundation
import SelfAssessKit

extension SelfAssessCommand {
    struct Inspect: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.inspectAbstract.text,
            discussion: CLIHelp.inspectDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.inspectBundleHelp.text, valueName: "bundle"))
        var bundle: String

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let inspection: BundleInspection
            do throws(BundleError) {
                inspection = try BundleInspection.inspect(
                    URL(fileURLWithPath: bundle), displayName: bundle)
            } catch {
                throw terminal.fail(
                    CLIMessages.failureWithCode.text([
                        "reason": CLILanguage.text(of: error), "code": "\(error.code)",
                    ]),
                    code: error.isInputOutputFailure ? 2 : 1)
            }
            terminal.out(
                InspectionRenderer.text(
                    inspection, style: terminal.outputStyle, language: CLILanguage.current))
            if case .failure = inspection.manifest { throw ExitCode(1) }
        }
    }
}
