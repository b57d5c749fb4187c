public import Foundation

/// A score and rating before and after.
public struct ScoreChange: Sendable, Equatable {
    /// The old score (two decimal places), nil when there was none.
    public var old: Decimal?
    /// The new score (two decimal places), nil when there is none.
    public var new: Decimal?
    /// The old rating.
    public var oldRating: Framework.Band?
    /// The new rating.
    public var newRating: Framework.Band?

    /// Creates a change.
    public init(
        old: Decimal?, new: Decimal?, oldRating: Framework.Band?, newRating: Framework.Band?
    ) {
        self.old = old
        self.new = new
        self.oldRating = oldRating
        self.newRating = newRating
    }

    /// `new − old` in points, when both exist.
    public var delta: Decimal? {
        guard let old, let new else { return nil }
        return new - old
    }

    /// How the score moved.
    public var trend: Trend {
        switch (old, new) {
        case (nil, nil): .unchanged
        case (nil, .some): .stoppedBeingNotApplicable
        case (.some, nil): .becameNotApplicable
        case (.some(let old), .some(let new)):
            new > old ? .improved : new < old ? .regressed : .unchanged
        }
    }

    /// Whether the rating changed.
    public var ratingChanged: Bool { oldRating?.id != newRating?.id }
}
