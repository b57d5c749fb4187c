/// A break in a signatory's chain of yearly bundles, found by `aggregate`.
///
/// A **gap** (bundles of the chain are missing between two that were received) is reported and
/// the later bundle is still used. A **fork** (a bundle that follows another predecessor than the
/// signatory's previous bundle, or starts a new chain) and a **replay** (the same signed bundle
/// received again) are reported, and the bundle is refused as `broken-chain`.
struct ChainFinding: Sendable, Equatable {
    /// The kind of break.
    enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Bundles are missing between two that were received.
        case gap
        /// The bundle does not follow the signatory's previous bundle.
        case fork
        /// The same signed bundle arrived in more than one file.
        case replay

        /// The code of docs/bundle.md for this kind: SB704, SB705, SB703.
        var code: String {
            switch self {
            case .gap: "SB704"
            case .fork: "SB705"
            case .replay: "SB703"
            }
        }
    }

    /// The signatory.
    var signatory: String
    /// The kind of break.
    var kind: Kind
    /// The bundle at which the break shows.
    var file: String
    /// Its reporting year.
    var year: Int
    /// What was found, naming both bundles.
    var message: String

    /// Creates a finding.
    init(signatory: String, kind: Kind, file: String, year: Int, message: String) {
        self.signatory = signatory
        self.kind = kind
        self.file = file
        self.year = year
        self.message = message
    }
}
