/// A failure that stops the work and whose message is a catalog wording, so that it can be
/// printed in any language.
///
/// Its `description` is the wording in English, for logs and for the English output; a tool
/// that speaks another language prints `wording.text(in:)`.
public protocol WordedError: Error, CustomStringConvertible {
    /// The message as a catalog wording.
    var wording: Diagnostic.Message { get }
}
