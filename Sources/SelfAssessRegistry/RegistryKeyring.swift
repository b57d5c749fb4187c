public import Foundation
public import SelfAssessKit

/// A keyring the registry holds: the society-signed file, byte for byte, with its signature,
/// its serial and when it was imported (`selfassess registry keyring import`).
///
/// The registry's current keyring is the one with the highest serial; a keyring is imported only
/// when its serial is higher than that (a rolled-back keyring is refused), so the keyring that
/// intake checks bundles against can only move forward.
public struct RegistryKeyring: Sendable, Equatable {
    /// The keyring's serial (`serial:` in the file; 0 when it has none).
    public var serial: Int
    /// The SHA-256 of the keyring file's bytes, lower-case hex: its identity in receipts.
    public var sha256: String
    /// The keyring file's bytes, exactly as signed.
    public var bytes: [UInt8]
    /// The signature file's bytes (`KEYRING.minisig`).
    public var signature: [UInt8]
    /// When the registry imported it, by its own clock.
    public var importedAt: BundleTimestamp

    /// A stored keyring.
    public init(
        serial: Int, sha256: String, bytes: [UInt8], signature: [UInt8],
        importedAt: BundleTimestamp
    ) {
        self.serial = serial
        self.sha256 = sha256
        self.bytes = bytes
        self.signature = signature
        self.importedAt = importedAt
    }

    /// What an import did.
    public enum ImportOutcome: Sendable, Equatable {
        /// The keyring is now the current one; `replacing` is the serial it replaced, if any.
        case imported(replacing: Int?)
        /// The very same keyring (same serial, same bytes) is already the current one: nothing
        /// written.
        case alreadyCurrent
    }

    /// The keyring to import: a keyring whose signature verified with the society's key
    /// (``KeyringFile/loadTrusted(_:displayName:societyKey:framework:)``), with its file's bytes
    /// read again and checked to be the very bytes that verified.
    ///
    /// Import it with ``RegistryStore/importKeyring(_:file:)``.
    ///
    /// - Parameters:
    ///   - loaded: The verified keyring (it must carry its signature).
    ///   - url: The keyring file.
    ///   - displayName: The file's name in messages.
    ///   - importedAt: The registry's time.
    /// - Throws: ``RegistryError/keyringChanged(file:)`` when the file is no longer the one that
    ///   verified, or could not be read again.
    public init(
        verified loaded: KeyringFile.Loaded, url: URL, displayName: String,
        importedAt: BundleTimestamp
    ) throws(RegistryError) {
        let bytes: [UInt8]
        do throws(KeyringError) {
            bytes = try KeyringFile.read(url, displayName: displayName)
        } catch {
            throw .keyringChanged(file: displayName)
        }
        let sha256 = BundleManifest.sha256(bytes)
        guard let signature = loaded.signature, sha256 == loaded.keyring.sha256 else {
            throw .keyringChanged(file: displayName)
        }
        self.init(
            serial: loaded.keyring.serial, sha256: sha256, bytes: bytes,
            signature: signature.encoded, importedAt: importedAt)
    }

    /// The keyring parsed from the stored bytes (checked when it was imported; parsed again, so
    /// a damaged database is found rather than trusted).
    ///
    /// - Parameters:
    ///   - framework: The framework the categories are checked against.
    ///   - source: The store's name, for messages.
    /// - Returns: The keyring, with ``Keyring/sha256`` set.
    /// - Throws: ``RegistryError/storedKeyringInvalid(source:serial:reason:)``.
    public func keyring(framework: Framework?, source: String) throws(RegistryError) -> Keyring {
        let name = "\(source) (keyring serial \(serial))"
        guard BundleManifest.sha256(bytes) == sha256 else {
            throw .storedKeyringInvalid(
                source: source, serial: serial, reason: "its bytes no longer have its SHA-256")
        }
        let result = KeyringLoader.parse(bytes, file: name, framework: framework)
        guard let keyring = result.keyring, keyring.serial == serial else {
            let reason =
                result.diagnostics.first { $0.severity == .error }.map(\.message)
                ?? "its serial is not \(serial)"
            throw .storedKeyringInvalid(source: source, serial: serial, reason: reason)
        }
        return keyring
    }

    /// The registry's current keyring, parsed, for intake.
    ///
    /// - Parameters:
    ///   - store: The registry.
    ///   - framework: The framework the categories are checked against.
    ///   - source: The registry's name, for messages.
    /// - Returns: The stored keyring and its parsed form.
    /// - Throws: ``RegistryError/noKeyring(source:)`` when none was imported, or
    ///   ``RegistryError/storedKeyringInvalid(source:serial:reason:)``.
    public static func current(
        in store: any RegistryStore, framework: Framework?, source: String
    ) throws(RegistryError) -> (stored: RegistryKeyring, keyring: Keyring) {
        guard let stored = try store.currentKeyring() else { throw .noKeyring(source: source) }
        return (stored, try stored.keyring(framework: framework, source: source))
    }
}
