import ArgumentParser

extension SelfAssessCommand {
    struct Key: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.keyAbstract.text,
            discussion: CLIHelp.keyDiscussion.text,
            subcommands: [Export.self])
    }
}
