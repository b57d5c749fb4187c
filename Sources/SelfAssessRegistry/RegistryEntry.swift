/// One submission the registry recorded: the row (everything its receipt states, plus whether
/// the bundle's body is stored) and the signed receipt that was given for it.
public struct RegistryEntry: Sendable, Equatable {
    /// The signed receipt; its ``SignedReceipt/receipt`` holds the row's fields.
    public var signed: SignedReceipt
    /// Whether the bundle's bytes are stored (not for a signer the keyring does not know).
    public var bodyStored: Bool

    /// An entry.
    public init(signed: SignedReceipt, bodyStored: Bool) {
        self.signed = signed
        self.bodyStored = bodyStored
    }

    /// The receipt's fields.
    public var receipt: RegistryReceipt { signed.receipt }
}
