/// What became of a signatory's submission for one reporting year.
///
/// A year is `accepted` when at least one bundle for it verified; `rejected` when bundles arrived
/// and none verified; `missing` when the signatory is registered and nothing arrived.
enum SubmissionStatus: Sendable, Hashable, CustomStringConvertible {
    /// A bundle verified and its assessment was read.
    case accepted
    /// Every bundle received for the year was refused, for these reasons (sorted, without repeats).
    case rejected([RejectionReason])
    /// Nothing was received for the year.
    case missing

    /// Whether something was received (accepted or rejected).
    var isSubmitted: Bool {
        if case .missing = self { return false }
        return true
    }

    /// Whether the submission was accepted.
    var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }

    /// The reasons of a rejection, or an empty list.
    var rejectionReasons: [RejectionReason] {
        if case .rejected(let reasons) = self { return reasons }
        return []
    }

    /// `accepted`, `rejected` or `missing`, as `policy.yaml` and machine outputs spell it.
    var name: String {
        switch self {
        case .accepted: "accepted"
        case .rejected: "rejected"
        case .missing: "missing"
        }
    }

    /// The status's spellings in `policy.yaml`.
    static let names = ["accepted", "rejected", "missing"]

    /// `accepted`, `missing`, or `rejected (tampered, bad-signature)`.
    var description: String {
        if case .rejected(let reasons) = self, !reasons.isEmpty {
            return "rejected (\(reasons.map(\.rawValue).joined(separator: ", ")))"
        }
        return name
    }

    /// A rejection with its reasons sorted and without repeats.
    static func rejected(for reasons: some Sequence<RejectionReason>) -> Self {
        .rejected(Set(reasons).sorted())
    }
}
