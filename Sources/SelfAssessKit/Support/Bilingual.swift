/// A text given in Chinese and English.
public struct Bilingual: Sendable, Hashable, Codable {
    /// The simplified Chinese text.
    public var zh: String
    /// The English text.
    public var en: String

    /// Creates a bilingual text.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// "中文 · English", for one-line labels.
    public var combined: String {
        if zh.isEmpty { return en }
        if en.isEmpty { return zh }
        return "\(zh) · \(en)"
    }
}
