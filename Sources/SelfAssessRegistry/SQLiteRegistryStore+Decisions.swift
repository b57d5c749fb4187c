internal import GRDB
public import SelfAssessKit

extension SQLiteRegistryStore: RegistryDecisionStore {
    public func recordDecision(
        _ decision: AnalystDecision
    ) throws(RegistryError) -> AnalystDecision {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO decisions (signatory, year, action, reason, decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    decision.signatory, decision.year, decision.action, decision.reason,
                    decision.decidedBy, decision.decidedAt.description,
                ])
            var recorded = decision
            recorded.id = Int(db.lastInsertedRowID)
            return recorded
        }
    }

    public func decisions(
        year: Int?, signatory: String?
    ) throws(RegistryError) -> [AnalystDecision] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let year {
            conditions.append("year = ?")
            arguments += [year]
        }
        if let signatory {
            conditions.append("signatory = ?")
            arguments += [signatory]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try database { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT decision_id, signatory, year, action, reason, decided_by, decided_at
                    FROM decisions\(filter) ORDER BY decision_id
                    """, arguments: arguments)
        }
        return rows.map { row in
            AnalystDecision(
                id: row["decision_id"], signatory: row["signatory"], year: row["year"],
                action: row["action"], reason: row["reason"], decidedBy: row["decided_by"],
                decidedAt: BundleTimestamp(row["decided_at"] as String) ?? .earliest)
        }
    }
}
