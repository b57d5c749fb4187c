/// A bundle that `aggregate` did not use, with why: a line of `rejected.csv`.
///
/// A bundle is *refused* when it fails verification or breaks its signatory's chain (the
/// ``Reason/refused(_:)`` reasons are the ones `policy.yaml` reads), or *superseded* when it
/// verified but a later bundle of the same signatory and year replaced it.
struct BundleRejection: Sendable, Equatable {
    /// Why a bundle was not used.
    enum Reason: Sendable, Hashable {
        /// Refused: the bundle fails verification, or breaks its signatory's chain.
        case refused(RejectionReason)
        /// A valid bundle replaced by a later one for the same signatory and year.
        case superseded

        /// The word in `rejected.csv`: a ``RejectionReason`` spelling or `superseded`.
        var name: String {
            switch self {
            case .refused(let reason): reason.rawValue
            case .superseded: "superseded"
            }
        }
    }

    /// The bundle's path, as shown in outputs.
    var file: String
    /// The signatory the bundle is for: verified for a bundle that verified, claimed (unverified)
    /// for one that did not; nil when nothing could be read.
    var signatory: String?
    /// The reporting year, verified or claimed like ``signatory``.
    var year: Int?
    /// The bundle's sequence in the chain, verified or claimed.
    var sequence: Int?
    /// Why it was not used.
    var reason: Reason
    /// The check that failed, a code of docs/bundle.md such as `SB504`.
    var code: String
    /// The problem in plain words, naming the file.
    var message: String

    /// Creates a rejection.
    init(
        file: String, signatory: String?, year: Int?, sequence: Int?, reason: Reason, code: String,
        message: String
    ) {
        self.file = file
        self.signatory = signatory
        self.year = year
        self.sequence = sequence
        self.reason = reason
        self.code = code
        self.message = message
    }

    /// Whether the bundle was refused (rather than superseded), which the policy reads.
    var refusal: RejectionReason? {
        if case .refused(let reason) = reason { return reason }
        return nil
    }
}
