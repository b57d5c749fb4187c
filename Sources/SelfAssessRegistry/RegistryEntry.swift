public import SelfAssessKit

/// One submission the registry recorded: the row (everything its receipt states, plus whether
/// the bundle's body is stored) and the signed receipt that was given for it.
public struct RegistryEntry: Sendable, Equatable {
    /// The signed receipt; its ``SignedReceipt/receipt`` holds the row's fields.
    public var signed: SignedReceipt
    /// Whether the bundle's bytes are stored (not for a signer the keyring does not know).
    public var bodyStored: Bool
    /// The bundle's creation time, as its manifest states it once its signature verified: what
    /// orders two bundles of the same sequence (``Supersession``).
    public var createdAt: BundleTimestamp?
    /// The entry that superseded this accepted one (a later bundle of the same signatory and
    /// year, as `aggregate` decides); nil while it is the one that counts, and for a refused one.
    public var supersededBy: String?

    /// An entry.
    public init(
        signed: SignedReceipt, bodyStored: Bool, createdAt: BundleTimestamp? = nil,
        supersededBy: String? = nil
    ) {
        self.signed = signed
        self.bodyStored = bodyStored
        self.createdAt = createdAt
        self.supersededBy = supersededBy
    }

    /// The receipt's fields.
    public var receipt: RegistryReceipt { signed.receipt }
}
