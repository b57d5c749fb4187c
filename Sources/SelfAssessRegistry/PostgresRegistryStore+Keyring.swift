internal import Foundation
internal import PostgresNIO
internal import SelfAssessKit

extension PostgresRegistryStore {
    /// The key of the transaction-scoped advisory lock under which a keyring is imported, so
    /// that two instances importing at once decide one after the other ("SAKEYRNG" in ASCII).
    static let keyringLock: Int64 = 0x5341_4B45_5952_4E47

    public func currentKeyring() throws(RegistryError) -> RegistryKeyring? {
        try connections.withConnection { connection in
            let rows = try connection.run(
                """
                SELECT serial, sha256, keyring, signature, imported_at FROM keyrings
                ORDER BY serial DESC LIMIT 1
                """)
            guard let row = rows.first else { return nil }
            let (serial, sha256, keyring, signature, imported) = try row.decode(
                (Int, String, ByteBuffer, ByteBuffer, String).self)
            return RegistryKeyring(
                serial: serial, sha256: sha256, bytes: Array(keyring.readableBytesView),
                signature: Array(signature.readableBytesView),
                importedAt: BundleTimestamp(imported) ?? .earliest)
        }
    }

    public func importKeyring(
        _ keyring: RegistryKeyring, file: String
    ) throws(RegistryError) -> RegistryKeyring.ImportOutcome {
        try connections.transaction { connection in
            try connection.run("SELECT pg_advisory_xact_lock(\(Self.keyringLock))")
            let rows = try connection.run(
                "SELECT serial, sha256 FROM keyrings ORDER BY serial DESC LIMIT 1")
            let current = try rows.first.map { row in
                let (serial, sha256) = try row.decode((Int, String).self)
                return (serial: serial, sha256: sha256)
            }
            let outcome = try Self.importDecision(keyring, current: current, file: file)
            if case .imported = outcome {
                try connection.run(
                    """
                    INSERT INTO keyrings (serial, sha256, keyring, signature, imported_at)
                    VALUES (\(keyring.serial), \(keyring.sha256),
                        \(ByteBuffer(bytes: keyring.bytes)), \(ByteBuffer(bytes: keyring.signature)),
                        \(keyring.importedAt.description))
                    """)
            }
            return outcome
        }
    }
}
