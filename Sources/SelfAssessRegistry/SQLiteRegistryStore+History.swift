internal import Foundation
internal import GRDB
internal import SelfAssessKit

extension SQLiteRegistryStore {
    /// Applies ``Supersession`` to a new entry inside its recording transaction: of the entry
    /// and the signatory-year's accepted entry that counts so far, the later one counts and the
    /// other is marked superseded by it.
    ///
    /// - Returns: The entry that supersedes the new one, when an earlier-recorded bundle is the
    ///   later one; nil otherwise.
    static func supersede(_ entry: RegistryEntry, in db: Database) throws -> String? {
        guard let rank = Supersession.rank(of: entry) else { return nil }
        let receipt = entry.receipt
        let current = try Row.fetchOne(
            db,
            sql: """
                SELECT entry_id, sequence, created_at, manifest_sha256 FROM submissions
                WHERE signatory = ? AND year = ? AND outcome = 'accepted'
                    AND superseded_by IS NULL AND entry_id <> ? AND created_at IS NOT NULL
                """,
            arguments: [receipt.signatory, receipt.year, receipt.entryID])
        guard let current else { return nil }
        let currentID: String = current["entry_id"]
        let currentRank = Supersession.Rank(
            sequence: current["sequence"], createdAt: current["created_at"],
            manifestSHA256: current["manifest_sha256"])
        if Supersession.supersedes(rank, currentRank) {
            try db.execute(
                sql: "UPDATE submissions SET superseded_by = ? WHERE entry_id = ?",
                arguments: [receipt.entryID, currentID])
            return nil
        }
        try db.execute(
            sql: "UPDATE submissions SET superseded_by = ? WHERE entry_id = ?",
            arguments: [currentID, receipt.entryID])
        return currentID
    }
}
