/// The keys a verifier trusts: the one public key given with `--key`, or the society's keyring.
///
/// Verification never trusts a key found inside a bundle.
public protocol TrustedKeys: Sendable {
    /// The trusted keys whose key number (the first 8 bytes of the key id) matches; more than
    /// one may match, and each is tried.
    func candidates(keynum: [UInt8]) -> [TrustedKey]
}

/// A public key the verifier trusts, with whom it belongs to and when it may sign.
public struct TrustedKey: Sendable, Equatable {
    /// The key.
    public var publicKey: PublicKey
    /// The signatory it belongs to, or nil for a bare `--key` that may sign for anyone.
    public var signatory: String?
    /// The first day it may sign, if limited.
    public var validFrom: CalendarDate?
    /// The last day it may sign, if limited.
    public var validUntil: CalendarDate?
    /// When it was revoked and why, if it was.
    public var revocation: Revocation?

    /// A key revocation.
    public struct Revocation: Sendable, Equatable {
        /// The day the key was revoked.
        public var date: CalendarDate
        /// Why.
        public var reason: String

        public init(date: CalendarDate, reason: String) {
            self.date = date
            self.reason = reason
        }
    }

    /// Whether the key may sign a bundle, judged by the bundle's creation date.
    public enum Validity: Sendable, Equatable {
        case valid
        case notYetValid(from: CalendarDate)
        case expired(until: CalendarDate)
        case revoked(Revocation)
    }

    public init(
        publicKey: PublicKey, signatory: String? = nil, validFrom: CalendarDate? = nil,
        validUntil: CalendarDate? = nil, revocation: Revocation? = nil
    ) {
        self.publicKey = publicKey
        self.signatory = signatory
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.revocation = revocation
    }

    /// Whether the key may have signed a bundle created on `date`: on or after `validFrom`, on
    /// or before `validUntil`, and not revoked on or before that day.
    public func validity(on date: CalendarDate) -> Validity {
        if let revocation, revocation.date <= date { return .revoked(revocation) }
        if let validFrom, date < validFrom { return .notYetValid(from: validFrom) }
        if let validUntil, date > validUntil { return .expired(until: validUntil) }
        return .valid
    }
}

/// The single public key given with `--key`: it may sign for any signatory, at any time.
public struct SingleTrustedKey: TrustedKeys {
    /// The key.
    public let key: TrustedKey

    public init(_ publicKey: PublicKey) {
        key = TrustedKey(publicKey: publicKey)
    }

    public func candidates(keynum: [UInt8]) -> [TrustedKey] {
        key.publicKey.keyID.keynum == keynum ? [key] : []
    }
}
