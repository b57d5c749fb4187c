/// Why the registry could not do what it was asked: input that is not a bundle at all, a registry
/// folder that cannot be used, a receipt that does not verify.
///
/// Each case has a stable code (`SR…`, docs/registry.md) and a message that names the file.
///
/// A bundle that is a bundle but fails verification is no error here: it is recorded, and its
/// receipt says that it was refused and why (``RegistryReceipt/Outcome``).
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is not a bundle at all (no readable container, no signature, no manifest):
    /// refused before anything is stored, and no receipt. `underlying` is the kit's code.
    case notABundle(file: String, code: String, reason: String)
    /// The input is larger than the registry accepts.
    case tooLarge(file: String, size: Int, limit: Int)
    /// The folder holds no registry.
    case notInitialized(folder: String, database: String)
    /// `registry init` on a folder that already holds one.
    case alreadyInitialized(folder: String, database: String)
    /// The database failed (open, migrate, read or write).
    case database(file: String, reason: String)
    /// A bundle's body could not be written durably.
    case bundleWriteFailed(file: String, reason: String)
    /// A stored bundle could not be read.
    case bundleReadFailed(file: String, reason: String)
    /// A stored bundle's bytes no longer have the SHA-256 it is stored under.
    case bundleDamaged(file: String, expected: String, actual: String)
    /// A submitted bundle could not be read (before anything was stored).
    case submissionUnreadable(file: String, reason: String)
    /// The society's key could not sign a receipt.
    case receiptSigningFailed(file: String, reason: String)
    /// A receipt or its signature could not be written.
    case receiptWriteFailed(file: String, reason: String)
    /// A receipt or its signature could not be read.
    case receiptUnreadable(file: String, reason: String)
    /// The receipt is not canonical JSON of the receipt format.
    case receiptMalformed(file: String, reason: String)
    /// The receipt's signature does not verify with the society's key.
    case receiptSignature(file: String, reason: String)
    /// The signature is valid but its trusted comment describes another document.
    case receiptTrustedComment(file: String, expected: String, found: String)
    /// The bundle given is not the one the receipt is for.
    case receiptBundleMismatch(file: String, bundle: String, receipt: String, actual: String)
    /// The bundle given to check the receipt against could not be read.
    case receiptBundleUnreadable(file: String, reason: String)
    /// `--database` is not a PostgreSQL connection URL the registry can use.
    case databaseURL(url: String, reason: String)
    /// The PostgreSQL database holds no registry (no migrations recorded).
    case databaseNotInitialized(database: String, table: String)
    /// `registry init` on a PostgreSQL database that already holds a registry.
    case databaseAlreadyInitialized(database: String, table: String)
    /// The PostgreSQL server could not be reached or refused the connection.
    case databaseConnection(database: String, reason: String)
    /// `registry keyring import` of a keyring whose serial is not higher than the current one's
    /// (a rollback, or another keyring under the same serial).
    case keyringNotNewer(file: String, serial: Int, current: Int)
    /// The keyring file changed while it was read for import.
    case keyringChanged(file: String)
    /// Intake without `--keyring` in a registry that holds no keyring.
    case noKeyring(source: String)
    /// The registry's stored keyring no longer reads as the keyring imported.
    case storedKeyringInvalid(source: String, serial: Int, reason: String)
    /// `--keyring` names a keyring older (a lower serial) than the registry's current one.
    case keyringOlderThanRegistry(file: String, serial: Int, current: Int)

    /// The wording: a catalog key and its arguments.
    public var message: RegistryMessage {
        switch self {
        case .notABundle(let file, let code, let reason):
            RegistryMessage(
                .notABundle, ["file": .text(file), "code": .text(code), "reason": .text(reason)])
        case .tooLarge(let file, let size, let limit):
            RegistryMessage(
                .tooLarge, ["file": .text(file), "size": .integer(size), "limit": .integer(limit)])
        case .notInitialized(let folder, let database):
            RegistryMessage(
                .notInitialized, ["folder": .text(folder), "database": .text(database)])
        case .alreadyInitialized(let folder, let database):
            RegistryMessage(
                .alreadyInitialized, ["folder": .text(folder), "database": .text(database)])
        case .database(let file, let reason):
            RegistryMessage(.databaseFailed, ["file": .text(file), "reason": .text(reason)])
        case .bundleWriteFailed(let file, let reason):
            RegistryMessage(.bundleWriteFailed, ["file": .text(file), "reason": .text(reason)])
        case .bundleReadFailed(let file, let reason):
            RegistryMessage(.bundleReadFailed, ["file": .text(file), "reason": .text(reason)])
        case .bundleDamaged(let file, let expected, let actual):
            RegistryMessage(
                .bundleDamaged,
                ["file": .text(file), "expected": .text(expected), "actual": .text(actual)])
        case .submissionUnreadable(let file, let reason):
            RegistryMessage(.submissionUnreadable, ["file": .text(file), "reason": .text(reason)])
        case .receiptSigningFailed(let file, let reason):
            RegistryMessage(.receiptSigningFailed, ["file": .text(file), "reason": .text(reason)])
        case .receiptWriteFailed(let file, let reason):
            RegistryMessage(.receiptWriteFailed, ["file": .text(file), "reason": .text(reason)])
        case .receiptUnreadable(let file, let reason):
            RegistryMessage(.receiptUnreadable, ["file": .text(file), "reason": .text(reason)])
        case .receiptMalformed(let file, let reason):
            RegistryMessage(.receiptMalformed, ["file": .text(file), "reason": .text(reason)])
        case .receiptSignature(let file, let reason):
            RegistryMessage(.receiptSignature, ["file": .text(file), "reason": .text(reason)])
        case .receiptTrustedComment(let file, let expected, let found):
            RegistryMessage(
                .receiptTrustedComment,
                ["file": .text(file), "expected": .text(expected), "found": .text(found)])
        case .receiptBundleMismatch(let file, let bundle, let receipt, let actual):
            RegistryMessage(
                .receiptBundleMismatch,
                [
                    "file": .text(file), "bundle": .text(bundle), "receipt": .text(receipt),
                    "actual": .text(actual),
                ])
        case .receiptBundleUnreadable(let file, let reason):
            RegistryMessage(
                .receiptBundleUnreadable, ["file": .text(file), "reason": .text(reason)])
        case .databaseURL(let url, let reason):
            RegistryMessage(.databaseURL, ["url": .text(url), "reason": .text(reason)])
        case .databaseNotInitialized(let database, let table):
            RegistryMessage(
                .databaseNotInitialized, ["database": .text(database), "table": .text(table)])
        case .databaseAlreadyInitialized(let database, let table):
            RegistryMessage(
                .databaseAlreadyInitialized, ["database": .text(database), "table": .text(table)])
        case .databaseConnection(let database, let reason):
            RegistryMessage(
                .databaseConnection, ["database": .text(database), "reason": .text(reason)])
        case .keyringNotNewer(let file, let serial, let current):
            RegistryMessage(
                .keyringNotNewer,
                ["file": .text(file), "serial": .integer(serial), "current": .integer(current)])
        case .keyringChanged(let file):
            RegistryMessage(.keyringChanged, ["file": .text(file)])
        case .noKeyring(let source):
            RegistryMessage(.noKeyring, ["source": .text(source)])
        case .storedKeyringInvalid(let source, let serial, let reason):
            RegistryMessage(
                .storedKeyringInvalid,
                ["source": .text(source), "serial": .integer(serial), "reason": .text(reason)])
        case .keyringOlderThanRegistry(let file, let serial, let current):
            RegistryMessage(
                .keyringOlderThanRegistry,
                ["file": .text(file), "serial": .integer(serial), "current": .integer(current)])
        }
    }

    /// The stable code, such as `SR001`.
    public var code: String { message.code }

    /// Whether this is an input/output or internal failure (exit code 2) rather than a refusal
    /// of the input (exit code 1).
    public var isInputOutputFailure: Bool {
        switch self {
        case .notInitialized, .database, .bundleWriteFailed,
            .bundleReadFailed, .bundleDamaged, .submissionUnreadable, .receiptSigningFailed,
            .receiptWriteFailed,
            .receiptUnreadable,
            .receiptBundleUnreadable, .databaseNotInitialized, .databaseConnection,
            .keyringChanged, .storedKeyringInvalid:
            true
        case .notABundle, .tooLarge, .alreadyInitialized, .receiptMalformed, .receiptSignature,
            .receiptTrustedComment, .receiptBundleMismatch, .databaseURL,
            .databaseAlreadyInitialized, .keyringNotNewer, .noKeyring, .keyringOlderThanRegistry:
            false
        }
    }

    /// The message in English.
    public var description: String { message.description }
}
