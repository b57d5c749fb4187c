/// The society's keyring: each signatory of the Convention with the Ed25519 public keys it may
/// sign its bundles with, when each key is valid, and which keys were revoked.
///
/// A keyring is what `verify --keyring` and `aggregate` trust. A key belongs to the signatory it
/// is listed under, and nothing else: a bundle signed with it is accepted only for that
/// signatory. ``KeyringLoader`` reads `keyring.yaml`; ``KeyringFile`` reads it together with its
/// signature; ``KeyringEditor`` changes it.
public struct Keyring: TrustedKeys, Equatable {
    /// The value of the file's `schema` key.
    public static let schema = "selfassess.keyring/v1"

    /// The society's name, shown in listings; optional.
    public let societyName: String?
    /// The keyring's serial number (`serial:`), raised by the society with each new edition so
    /// that the registry can refuse an older one (a rollback); 0 for a keyring without one.
    ///
    /// It is in the file, so the society's signature covers it.
    public let serial: Int
    /// The signatories, in the order the file lists them.
    public let signatories: [Signatory]
    /// The SHA-256 of the file the keyring was read from, in lower-case hex; nil when it was built
    /// in memory.
    ///
    /// It is not compared by `==`.
    public var sha256: String?

    /// Every key by its key number (the first 8 bytes of its key id), in file order.
    private let byKeynum: [[UInt8]: [TrustedKey]]
    /// Every key by its key id.
    private let byKeyID: [KeyID: (signatory: Int, key: Int)]

    /// Creates a keyring.
    ///
    /// - Parameters:
    ///   - societyName: The society's name, if given.
    ///   - signatories: The signatories in order. Ids and key ids are expected to be unique, as
    ///     ``KeyringLoader`` checks; when a key id repeats, the first entry wins in
    ///     ``entry(for:)`` and both are candidates.
    ///   - serial: The serial number; 0 when the file has none.
    public init(societyName: String? = nil, signatories: [Signatory] = [], serial: Int = 0) {
        self.societyName = societyName
        self.serial = serial
        self.signatories = signatories
        var byKeynum: [[UInt8]: [TrustedKey]] = [:]
        var byKeyID: [KeyID: (signatory: Int, key: Int)] = [:]
        for (signatoryIndex, signatory) in signatories.enumerated() {
            for (keyIndex, key) in signatory.keys.enumerated() {
                byKeynum[key.keyID.keynum, default: []].append(key.trusted(for: signatory.id))
                if byKeyID[key.keyID] == nil { byKeyID[key.keyID] = (signatoryIndex, keyIndex) }
            }
        }
        self.byKeynum = byKeynum
        self.byKeyID = byKeyID
    }

    /// The keys whose key number matches, each with its signatory, validity and revocation, in file
    /// order.
    ///
    /// Revoked and expired keys are included: the verifier judges them with
    /// ``TrustedKey/validity(on:)`` and reports why it refused.
    ///
    /// - Parameter keynum: The 8-byte key number from a signature.
    /// - Returns: The matching keys; empty when none matches.
    public func candidates(keynum: [UInt8]) -> [TrustedKey] {
        byKeynum[keynum] ?? []
    }

    /// The signatory with an id.
    ///
    /// - Parameter id: A signatory id such as `acme`.
    /// - Returns: The signatory, or nil when the keyring does not list it.
    public func signatory(_ id: String) -> Signatory? {
        signatories.first { $0.id == id }
    }

    /// The key with a key id and the signatory it is listed under.
    ///
    /// - Parameter keyID: The key id.
    /// - Returns: The signatory and the key, or nil when the keyring does not hold the key.
    public func entry(for keyID: KeyID) -> (signatory: Signatory, key: Key)? {
        guard let position = byKeyID[keyID] else { return nil }
        let signatory = signatories[position.signatory]
        return (signatory, signatory.keys[position.key])
    }

    /// The number of keys, over all signatories.
    public var keyCount: Int { signatories.reduce(0) { $0 + $1.keys.count } }

    /// Compares the society name, the serial and the signatories; ``sha256`` is ignored.
    public static func == (lhs: Keyring, rhs: Keyring) -> Bool {
        lhs.societyName == rhs.societyName && lhs.serial == rhs.serial
            && lhs.signatories == rhs.signatories
    }
}
