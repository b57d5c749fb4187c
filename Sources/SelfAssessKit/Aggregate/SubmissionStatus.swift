/// What became of a signatory's submission for one reporting year.
///
/// A year is `accepted` when at least one bundle for it verified; `rejected` when bundles arrived
/// and none verified; `missing` when the signatory is registered and nothing arrived.
public enum SubmissionStatus: Sendable, Hashable, CustomStringConvertible {
    /// A bundle verified and its assessment was read.
    case accepted
    /// Every bundle received for the year was refused, for these reasons (sorted, without repeats).
    case rejected([RejectionReason])
    /// Nothing was received for the year.
    case missing

    /// Whether something was received (accepted or rejected).
    public var isSubmitted: Bool {
        if case .missing = self { return false }
        return true
    }

    /// Whether the submission was accepted.
    public var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }

    /// The reasons of a rejection, or an empty list.
    public var rejectionReasons: [RejectionReason] {
        if case .rejected(let reasons) = self { return reasons }
        return []
    }

    /// `accepted`, `rejected` or `missing`, as `policy.yaml` and machine outputs spell it.
    public var name: String {
        switch self {
        case .accepted: "accepted"
        case .rejected: "rejected"
        case .missing: "missing"
        }
    }

    /// The status's spellings in `policy.yaml`.
    public static let names = ["accepted", "rejected", "missing"]

    /// `accepted`, `missing`, or `rejected (tampered, bad-signature)`.
    public var description: String {
        if case .rejected(let reasons) = self, !reasons.isEmpty {
            return "rejected (\(reasons.map(\.rawValue).joined(separator: ", ")))"
        }
        return name
    }

    /// A rejection with its reasons sorted and without repeats.
    public static func rejected(for reasons: some Sequence<RejectionReason>) -> Self {
        .rejected(Set(reasons).sorted())
    }
}

/// Why a submitted bundle was refused, in the coarse kinds that `policy.yaml` can name.
///
/// The aggregate's `rejected.csv` gives the detailed reason for each bundle; the policy only needs
/// to tell a forgery from an administrative slip.
public enum RejectionReason: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
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
    public static let names = allCases.map(\.rawValue)

    /// Reasons sort in declaration order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
