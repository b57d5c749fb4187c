internal import Foundation
public import SelfAssessKit

/// An analyst's decision on a signatory's recommended enforcement step for a year
/// (`registry decide`, docs/policy.md): accepting the step the policy recommended, or changing
/// it, with the reason, who decided and when.
///
/// Decisions are append-only: a later decision for the same signatory and year supersedes the
/// earlier ones, which stay recorded; nothing is updated or deleted (the store's table refuses
/// `UPDATE` and `DELETE` with triggers on both backends).
public struct AnalystDecision: Sendable, Equatable {
    /// The steps a decision may name: `none` (no step) and the ladder's steps, mildest first, as
    /// `policy.yaml` and `recommendations.csv` spell them.
    public static let actions = [
        "none", "warning", "censure", "blacklist", "media-exposure", "exclusion",
    ]

    /// The longest reason, in bytes.
    public static let maxReasonBytes = 2000

    /// The registry's number for the decision, increasing in the order recorded (0 before it is
    /// recorded).
    public var id: Int
    /// The signatory decided on.
    public var signatory: String
    /// The reporting year.
    public var year: Int
    /// The step decided, one of ``actions``.
    public var action: String
    /// Why, in the analyst's words.
    public var reason: String
    /// Who decided.
    public var decidedBy: String
    /// When it was recorded, the registry's clock.
    public var decidedAt: BundleTimestamp

    /// A decision.
    public init(
        id: Int = 0, signatory: String, year: Int, action: String, reason: String,
        decidedBy: String, decidedAt: BundleTimestamp
    ) {
        self.id = id
        self.signatory = signatory
        self.year = year
        self.action = action
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }

    /// Why a decision cannot be recorded, or nil when it can: the step must be one of
    /// ``actions``, the reason must say something (and fit ``maxReasonBytes``), the signatory id
    /// and the name of who decided must be given.
    public var problem: RegistryDecisionError? {
        if !Self.actions.contains(action) { return .action(action: String(action.prefix(80))) }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || reason.utf8.count > Self.maxReasonBytes {
            return .reason(limit: Self.maxReasonBytes)
        }
        if signatory.isEmpty || signatory.utf8.count > 200
            || signatory.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control
            })
        {
            return .signatory(signatory: String(signatory.prefix(80)))
        }
        if !(1900...9999).contains(year) { return .year(year: year) }
        if decidedBy.trimmingCharacters(in: .whitespaces).isEmpty || decidedBy.utf8.count > 200 {
            return .decidedBy
        }
        return nil
    }

    /// The decisions in force: the latest (highest ``id``) for each signatory and year, in
    /// signatory then year order.
    public static func current(_ decisions: [AnalystDecision]) -> [AnalystDecision] {
        var latest: [String: AnalystDecision] = [:]
        for decision in decisions {
            let key = "\(decision.signatory)\u{0}\(decision.year)"
            if let found = latest[key], found.id > decision.id { continue }
            latest[key] = decision
        }
        return latest.values.sorted {
            ($0.signatory, $0.year) < ($1.signatory, $1.year)
        }
    }
}

/// Why `registry decide` refused a decision (codes SR055-SR059, docs/policy.md).
public enum RegistryDecisionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A step that is not `none` nor one of the ladder's.
    case action(action: String)
    /// An empty reason, or one too long.
    case reason(limit: Int)
    /// An empty or unusable signatory id.
    case signatory(signatory: String)
    /// A year out of range.
    case year(year: Int)
    /// No name for who decided.
    case decidedBy

    /// The wording: a catalog key and its arguments.
    public var message: RegistryMessage {
        switch self {
        case .action(let action):
            RegistryMessage(
                .decisionAction,
                [
                    "action": .text(action),
                    "actions": .text(AnalystDecision.actions.joined(separator: ", ")),
                ])
        case .reason(let limit): RegistryMessage(.decisionReason, ["limit": .integer(limit)])
        case .signatory(let signatory):
            RegistryMessage(.decisionSignatory, ["signatory": .text(signatory)])
        case .year(let year): RegistryMessage(.decisionYear, ["year": .integer(year)])
        case .decidedBy: RegistryMessage(.decisionDecidedBy, [:])
        }
    }

    /// The stable code, such as `SR055`.
    public var code: String { message.code }

    /// The message in English.
    public var description: String { message.description }
}

/// A store that keeps the analysts' decisions: both backends, over the `v6-decisions` migration.
public protocol RegistryDecisionStore: RegistryStore {
    /// Appends a decision (its ``AnalystDecision/id`` is ignored) and returns it as recorded,
    /// with its id.
    func recordDecision(_ decision: AnalystDecision) throws(RegistryError) -> AnalystDecision

    /// Every decision recorded, superseded ones included, in the order recorded; only those of
    /// a year and of a signatory when given.
    func decisions(year: Int?, signatory: String?) throws(RegistryError) -> [AnalystDecision]
}

/// The `v6-decisions` migration: the analysts' decisions, append-only.
///
/// The table is the same on both backends but for the id's type; each refuses `UPDATE` and
/// `DELETE` on it with a trigger, so that not even a mistaken statement rewrites history.
enum DecisionSchema {
    /// The migration's name.
    static let name = "v6-decisions"

    /// The table.
    static func table(id: String) -> String {
        """
        CREATE TABLE decisions (
            decision_id \(id),
            signatory   TEXT NOT NULL,
            year        BIGINT NOT NULL,
            action      TEXT NOT NULL CHECK (action IN (\(
                AnalystDecision.actions.map { "'\($0)'" }.joined(separator: ", "))
            )),
            reason      TEXT NOT NULL,
            decided_by  TEXT NOT NULL,
            decided_at  TEXT NOT NULL
        )
        """
    }

    static let index = "CREATE INDEX decisions_signatory_year ON decisions (signatory, year)"

    /// SQLite's statements.
    static let sqlite = [
        table(id: "INTEGER PRIMARY KEY AUTOINCREMENT"), index,
        """
        CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END
        """,
        """
        CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END
        """,
    ]

    /// PostgreSQL's statements.
    static let postgres = [
        table(id: "BIGSERIAL PRIMARY KEY"), index,
        """
        CREATE FUNCTION decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'decisions are append-only';
        END
        $$
        """,
        """
        CREATE TRIGGER decisions_no_change BEFORE UPDATE OR DELETE ON decisions
        FOR EACH ROW EXECUTE FUNCTION decisions_append_only()
        """,
        """
        CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions
        FOR EACH STATEMENT EXECUTE FUNCTION decisions_append_only()
        """,
    ]
}
