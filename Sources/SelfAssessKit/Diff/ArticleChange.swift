import Foundation

/// How one article's score changed.
public struct ArticleChange: Sendable, Equatable {
    /// The article number.
    public var number: Int
    /// The article's title (the new framework's, else the old one's).
    public var title: Bilingual
    /// The score and rating before and after (capped scores, the ones that count).
    var score: ScoreChange
    /// Whether the old score was capped by a critical failure.
    public var oldCapped: Bool
    /// Whether the new score is capped by a critical failure.
    public var newCapped: Bool
    /// Whether only one framework has the article.
    public var presence: Presence

    /// Which sides have an article.
    public enum Presence: String, Sendable, Equatable {
        /// Both frameworks have the article.
        case both
        /// Only the old framework has it.
        case onlyOld = "only-old"
        /// Only the new framework has it.
        case onlyNew = "only-new"
    }

    /// Creates an article change.
    init(
        number: Int, title: Bilingual, score: ScoreChange, oldCapped: Bool, newCapped: Bool,
        presence: Presence
    ) {
        self.number = number
        self.title = title
        self.score = score
        self.oldCapped = oldCapped
        self.newCapped = newCapped
        self.presence = presence
    }

    /// How the score moved.
    public var trend: Trend {
        switch presence {
        case .onlyOld: .removed
        case .onlyNew: .added
        case .both: score.trend
        }
    }
}
