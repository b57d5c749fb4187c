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

        /// What is wrong with a public key, as messages say it (in English).
        public var keyProblem: String { keyProblemWording.description }

        /// Why that matters, for messages and hints (in English).
        public var keyExplanation: String { keyExplanationWording.description }

        /// What is wrong with a signature's R, as messages say it (in English).
        public var signatureProblem: String { signatureProblemWording.description }

        /// What is wrong with a public key, as a catalog wording.
        public var keyProblemWording: Diagnostic.Message {
            switch self {
            case .smallOrder: KeyReasonMessages.smallOrderKey.message()
            case .nonCanonical: KeyReasonMessages.nonCanonicalKey.message()
            }
        }

        /// Why a weak public key matters, as a catalog wording.
        public var keyExplanationWording: Diagnostic.Message {
            switch self {
            case .smallOrder: KeyReasonMessages.smallOrderKeyExplanation.message()
            case .nonCanonical: KeyReasonMessages.nonCanonicalKeyExplanation.message()
            }
        }

        /// What is wrong with a signature's R, as a catalog wording.
        public var signatureProblemWording: Diagnostic.Message {
            switch self {
            case .smallOrder: KeyReasonMessages.smallOrderSignature.message()
            case .nonCanonical: KeyReasonMessages.nonCanonicalSignature.message()
            }
        }
    }
}
