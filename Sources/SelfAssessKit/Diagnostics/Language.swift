/// A language user-facing wordings are rendered in.
///
/// Wordings are kept as a key plus typed arguments (``Diagnostic/Message``) and turned into text
/// only at the edge, in the language asked for. A catalog without a Chinese table, or a key without
/// a Chinese text, reads in English.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// English, the language of every wording the tool has printed so far.
    case english = "en"
    /// Simplified Chinese.
    case chinese = "zh"
}

extension Language {
    /// What separates a label ("note:", "提示：") from the text after it: a space after an ASCII
    /// colon, nothing after a full-width one, as Chinese is set.
    ///
    /// - Parameter label: The label, in any language.
    package static func gap(after label: String) -> String { label.hasSuffix("：") ? "" : " " }
}
