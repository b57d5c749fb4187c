/// Why a submitted bundle was refused, in the coarse kinds that `policy.yaml` can name.
///
/// The aggregate's `rejected.csv` gives the detailed reason for each bundle; the policy only needs
/// to tell a forgery from an administrative slip.
enum RejectionReason: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// The signature does not verify against any valid key of the signatory.
    case badSignature = "bad-signature"
    /// The signing key is unknown, expired or revoked on the bundle's creation date.
    case untrustedKey = "untrusted-key"
    /// An entry is missing, extra, changed, duplicated or escapes the bundle.
    case tampered
    /// The bundle verified but its assessment does not validate.
    case invalidAssessment = "invalid-assessment"
    /// The assessment answers a framework the society does not know.
    case unknownFramework = "unknown-framework"
    /// The chain of yearly bundles is broken: a fork, or an older bundle replayed.
    case brokenChain = "broken-chain"
    /// The file is not a readable bundle at all (corrupt, truncated, not a ZIP).
    case unreadable

    /// The spellings `policy.yaml` accepts.
    static let names = allCases.map(\.rawValue)

    /// Reasons sort in declaration order.
    static func < (lhs: Self, rhs: Self) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
