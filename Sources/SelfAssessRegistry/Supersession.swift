internal import SelfAssessKit

/// Which accepted bundle of a signatory-year counts: the rule `aggregate` applies to a year's
/// bundles (``SelfAssessKit``'s chain resolution, step 3), applied as each one is recorded.
///
/// Of two accepted bundles of the same signatory and year, the later one counts: a higher
/// sequence, then a later creation time, then (for a total order) the greater manifest SHA-256.
/// The other stays in the registry, marked superseded and pointing at the one that counts, so
/// the history is kept. Whether a bundle links to its predecessor (forks, replays across years)
/// stays `aggregate`'s business.
enum Supersession {
    /// What orders two bundles of one signatory-year.
    struct Rank: Equatable {
        var sequence: Int
        var createdAt: String
        var manifestSHA256: String
    }

    /// Whether `new` supersedes `current`.
    static func supersedes(_ new: Rank, _ current: Rank) -> Bool {
        if new.sequence != current.sequence { return new.sequence > current.sequence }
        if new.createdAt != current.createdAt { return new.createdAt > current.createdAt }
        return current.manifestSHA256.utf8.lexicographicallyPrecedes(new.manifestSHA256.utf8)
    }

    /// The rank of an entry about to be recorded, when it is an accepted one with everything
    /// that orders it.
    static func rank(of entry: RegistryEntry) -> Rank? {
        let receipt = entry.receipt
        guard receipt.outcome == .accepted, receipt.signatory != nil, receipt.year != nil,
            let sequence = receipt.sequence, let createdAt = entry.createdAt,
            let manifest = receipt.manifestSHA256
        else { return nil }
        // Timestamps are written YYYY-MM-DDThh:mm:ssZ, so their text sorts as their time does.
        return Rank(sequence: sequence, createdAt: createdAt.description, manifestSHA256: manifest)
    }
}
