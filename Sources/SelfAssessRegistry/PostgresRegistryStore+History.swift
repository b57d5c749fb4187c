internal import Foundation
internal import PostgresNIO
internal import SelfAssessKit

extension PostgresRegistryStore {
    /// Applies ``Supersession`` to a new entry inside its recording transaction (under the
    /// signatory-year's advisory lock): of the entry and the signatory-year's accepted entry
    /// that counts so far, the later one counts and the other is marked superseded by it.
    ///
    /// - Returns: The entry that supersedes the new one, when an earlier-recorded bundle is the
    ///   later one; nil otherwise.
    static func supersede(
        _ entry: RegistryEntry, on connection: PostgresConnection
    ) throws -> String? {
        guard let rank = Supersession.rank(of: entry) else { return nil }
        let receipt = entry.receipt
        let rows = try connection.run(
            """
            SELECT entry_id, sequence, created_at, manifest_sha256 FROM submissions
            WHERE signatory = \(receipt.signatory) AND year = \(receipt.year)
                AND outcome = 'accepted' AND superseded_by IS NULL
                AND entry_id <> \(receipt.entryID) AND created_at IS NOT NULL
            """)
        guard let row = rows.first else { return nil }
        let (currentID, sequence, createdAt, manifest) = try row.decode(
            (String, Int, String, String).self)
        let current = Supersession.Rank(
            sequence: sequence, createdAt: createdAt, manifestSHA256: manifest)
        if Supersession.supersedes(rank, current) {
            try connection.run(
                "UPDATE submissions SET superseded_by = \(receipt.entryID) WHERE entry_id = \(currentID)"
            )
            return nil
        }
        try connection.run(
            "UPDATE submissions SET superseded_by = \(currentID) WHERE entry_id = \(receipt.entryID)"
        )
        return currentID
    }
}
