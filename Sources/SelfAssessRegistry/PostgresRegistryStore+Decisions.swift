internal import PostgresNIO
public import SelfAssessKit

extension PostgresRegistryStore: RegistryDecisionStore {
    public func recordDecision(
        _ decision: AnalystDecision
    ) throws(RegistryError) -> AnalystDecision {
        try connections.withConnection { connection in
            let rows = try connection.run(
                """
                INSERT INTO decisions (signatory, year, action, reason, decided_by, decided_at)
                VALUES (\(decision.signatory), \(decision.year), \(decision.action),
                    \(decision.reason), \(decision.decidedBy), \(decision.decidedAt.description))
                RETURNING decision_id
                """)
            var recorded = decision
            for row in rows { recorded.id = Int(try row.decode(Int64.self)) }
            return recorded
        }
    }

    public func decisions(
        year: Int?, signatory: String?
    ) throws(RegistryError) -> [AnalystDecision] {
        var binds = PostgresBindings()
        var conditions: [String] = []
        if let year {
            binds.append(year)
            conditions.append("year = $\(binds.count)")
        }
        if let signatory {
            binds.append(signatory)
            conditions.append("signatory = $\(binds.count)")
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let query = PostgresQuery(
            unsafeSQL: """
                SELECT decision_id, signatory, year, action, reason, decided_by, decided_at
                FROM decisions\(filter) ORDER BY decision_id
                """, binds: binds)
        return try connections.withConnection { connection in
            try connection.run(query).map { row in
                let (id, signatory, year, action, reason, by, at) = try row.decode(
                    (Int64, String, Int64, String, String, String, String).self)
                return AnalystDecision(
                    id: Int(id), signatory: signatory, year: Int(year), action: action,
                    reason: reason, decidedBy: by, decidedAt: BundleTimestamp(at) ?? .earliest)
            }
        }
    }
}
