import ArgumentParser

extension SelfAssessCommand {
    struct Key: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work with signing keys.",
            discussion: """
                Examples:
                  selfassess key export acme.pub --format minisign --out acme.minisign.pub
                  selfassess key export acme.key --format pem
                """,
            subcommands: [Export.self])
    }
}
