import SelfAssessRegistry
import SelfAssessServer

/// The registry's and the server's wordings as the commands print them: in
/// ``CLILanguage/current`` (`registry`, `serve`, `submit`, `receipt verify`).
extension RegistryMessage {
    /// The text in the CLI's language.
    var shown: String { text(in: CLILanguage.current) }
}

extension RegistryError {
    /// The message in the CLI's language.
    var shown: String { message.shown }
}

extension RegistryAccessError {
    /// The message in the CLI's language.
    var shown: String { message.shown }
}

extension RegistryHTTPError {
    /// The message in the CLI's language.
    var shown: String { message.shown }
}

extension RegistryDecisionError {
    /// The message in the CLI's language.
    var shown: String { message.shown }
}
