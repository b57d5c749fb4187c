internal import Foundation
internal import GRDB
internal import SelfAssessKit

extension SQLiteRegistryStore {
    public func currentKeyring() throws(RegistryError) -> RegistryKeyring? {
        let row = try database { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT serial, sha256, keyring, signature, imported_at FROM keyrings
                    ORDER BY serial DESC LIMIT 1
                    """)
        }
        guard let row else { return nil }
        let imported: String = row["imported_at"]
        let keyring: Data = row["keyring"]
        let signature: Data = row["signature"]
        return RegistryKeyring(
            serial: row["serial"], sha256: row["sha256"], bytes: Array(keyring),
            signature: Array(signature),
            importedAt: BundleTimestamp(imported) ?? .earliest)
    }

    public func importKeyring(
        _ keyring: RegistryKeyring, file: String
    ) throws(RegistryError) -> RegistryKeyring.ImportOutcome {
        let decided: Result<RegistryKeyring.ImportOutcome, RegistryError> = try write { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT serial, sha256 FROM keyrings ORDER BY serial DESC LIMIT 1")
            let current = row.map { (serial: $0["serial"] as Int, sha256: $0["sha256"] as String) }
            let outcome: RegistryKeyring.ImportOutcome
            do throws(RegistryError) {
                outcome = try Self.importDecision(keyring, current: current, file: file)
            } catch {
                return .failure(error)
            }
            if case .imported = outcome {
                try db.execute(
                    sql: """
                        INSERT INTO keyrings (serial, sha256, keyring, signature, imported_at)
                        VALUES (?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        keyring.serial, keyring.sha256, Data(keyring.bytes),
                        Data(keyring.signature), keyring.importedAt.description,
                    ])
            }
            return .success(outcome)
        }
        return try decided.get()
    }
}
