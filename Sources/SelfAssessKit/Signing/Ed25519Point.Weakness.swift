extension Ed25519Point {
    /// Why a point encoding is refused as a public key or as a signature's R.
    public enum Weakness: Sendable, Equatable, CaseIterable {
        /// A point of order 1, 2, 4 or 8 (the identity, the all-zero encoding …), in any
        /// encoding: with such a key anyone can forge a signature.
        case smallOrder
        /// y is not below p = 2^255 − 19: a second spelling of a point.
        case nonCanonical

        /// The code of a public key refused for this reason: SB230 or SB231.
        public var keyCode: String {
            switch self {
            case .smallOrder: "SB230"
            case .nonCanonical: "SB231"
            }
        }

        /// The code of a signature whose R is refused for this reason: SB232 or SB233.
        public var signatureCode: String {
            switch self {
            case .smallOrder: "SB232"
            case .nonCanonical: "SB233"
            }
        }

        /// What is wrong with a public key, as messages say it.
        public var keyProblem: String {
            switch self {
            case .smallOrder: "weak public key: small order"
            case .nonCanonical: "public key not canonically encoded"
            }
        }

        /// Why that matters, for messages and hints.
        public var keyExplanation: String {
            switch self {
            case .smallOrder:
                "anyone could forge signatures that verify with it, without any private key"
            case .nonCanonical:
                "its y coordinate is not below 2^255 − 19, so it spells a point another way, with "
                    + "another key id"
            }
        }

        /// What is wrong with a signature's R, as messages say it.
        public var signatureProblem: String {
            switch self {
            case .smallOrder:
                "the signature's R is a point of small order (a forgery pattern; no signer makes it)"
            case .nonCanonical:
                "the signature's R is not canonically encoded (y is not below 2^255 − 19)"
            }
        }
    }
}
