import Foundation

/// A score and rating before and after.
struct ScoreChange: Sendable, Equatable {
    /// The old score (two decimal places), nil when there was none.
    var old: Decimal?
    /// The new score (two decimal places), nil when there is none.
    var new: Decimal?
    /// The old rating.
    var oldRating: Framework.Band?
    /// The new rating.
    var newRating: Framework.Band?

    /// Creates a change.
    init(
        old: Decimal?, new: Decimal?, oldRating: Framework.Band?, newRating: Framework.Band?
    ) {
        self.old = old
        self.new = new
        self.oldRating = oldRating
        self.newRating = newRating
    }

    /// `new − old` in points, when both exist.
    var delta: Decimal? {
        guard let old, let new else { return nil }
        return new - old
    }

    /// How the score moved.
    var trend: Trend {
        switch (old, new) {
        case (nil, nil): .unchanged
        case (nil, .some): .stoppedBeingNotApplicable
        case (.some, nil): .becameNotApplicable
        case (.some(let old), .some(let new)):
            new > old ? .improved : new < old ? .regressed : .unchanged
        }
    }

    /// Whether the rating changed.
    var ratingChanged: Bool { oldRating?.id != newRating?.id }
}
