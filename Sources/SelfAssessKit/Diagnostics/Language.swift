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
