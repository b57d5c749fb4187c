public import Foundation

/// How one indicator changed between two assessments.
public struct IndicatorChange: Sendable, Equatable {
    /// How the answer and score moved.
    ///
    /// Exactly one applies to each indicator.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// The score went up.
        case improved
        /// The score went down.
        case regressed
        /// The same answer (and so the same score).
        case unchanged
        /// A different answer with the same score (a number past its target, a text answer).
        case answerChanged = "answer-changed"
        /// Answered before, `not-applicable` now.
        case becameNotApplicable = "became-not-applicable"
        /// `not-applicable` before, answered now.
        case stoppedBeingNotApplicable = "stopped-being-not-applicable"
        /// Only the new framework has the indicator: not a regression.
        case added
        /// Only the old framework has the indicator: not a regression.
        case removed
    }

    /// The indicator id, such as `A2.5`.
    public var id: String
    /// The article it belongs to.
    public var article: Int
    /// Its title (the new framework's, else the old one's).
    public var title: Bilingual
    /// How the answer and score moved.
    public var kind: Kind
    /// The old answer; nil when only the new framework has the indicator (or it was unanswered).
    public var oldAnswer: AnswerValue?
    /// The new answer; nil when only the old framework has the indicator (or it is unanswered).
    public var newAnswer: AnswerValue?
    /// The old score (0…1, four decimal places); nil when not scored.
    public var oldScore: Decimal?
    /// The new score (0…1, four decimal places); nil when not scored.
    public var newScore: Decimal?
    /// How the cited evidence changed, by path and content hash.
    var evidence: [EvidenceChange]
    /// Whether the note changed (surrounding white space ignored).
    public var noteChanged: Bool
    /// Whether the framework's definition changed: answer type, weight, critical flag or pass mark.
    public var definitionChanged: Bool
    /// The old and new notes, for the unsigned outputs of `diff` (not in `results/diff.json`).
    public var oldNote: String?
    /// The new note.
    public var newNote: String?
    /// The old `not-applicable` justification.
    public var oldJustification: String?
    /// The new `not-applicable` justification.
    public var newJustification: String?
    /// Whether the indicator is `not-applicable` in both years with a different justification
    /// (surrounding white space ignored); not in `results/diff.json`, whose bytes are signed.
    public var justificationChanged: Bool = false

    /// Creates an indicator change.
    init(
        id: String, article: Int, title: Bilingual, kind: Kind, oldAnswer: AnswerValue?,
        newAnswer: AnswerValue?,
        oldScore: Decimal?, newScore: Decimal?, evidence: [EvidenceChange], noteChanged: Bool,
        definitionChanged: Bool
    ) {
        self.id = id
        self.article = article
        self.title = title
        self.kind = kind
        self.oldAnswer = oldAnswer
        self.newAnswer = newAnswer
        self.oldScore = oldScore
        self.newScore = newScore
        self.evidence = evidence
        self.noteChanged = noteChanged
        self.definitionChanged = definitionChanged
    }

    /// Whether anything about the indicator changed.
    public var hasChanges: Bool {
        kind != .unchanged || !evidence.isEmpty || noteChanged || definitionChanged
    }
}
