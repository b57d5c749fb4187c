import ArgumentParser
import SelfAssessKit

@main
struct SelfAssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfassess",
        abstract: "Self-assessment toolkit for the 2014 Beijing app self-discipline Convention.",
        version: SelfAssessVersion.current
    )
}
