/// A problem the generator plants in a sample sector, so that tests and demonstrations can check
/// that `aggregate` finds it.
///
/// Each is planted in the last year, on its own signatory.
public enum SamplePlant: String, Sendable, Codable, CaseIterable {
    /// No bundle for the last year.
    case missing
    /// No bundle for the last two years.
    case missingRepeated = "missing-repeated"
    /// An evidence file changed inside the bundle after signing (the ZIP rewritten): SB504.
    case tampered
    /// The manifest changed after signing, the signature left as it was: SB221.
    case badSignature = "bad-signature"
    /// Signed with the signatory's key after the society revoked it: SB405.
    case revokedKey = "revoked-key"
    /// Signed with a key the society never registered: SB220.
    case unknownKey = "unknown-key"
    /// The bundle file cut in half: SB101.
    case truncated
    /// `results/scores.json` and the manifest's summary raised and signed again: SB605.
    case inflatedScores = "inflated-scores"
    /// Two bundles for the last year, both after last year's: the earlier is superseded (SB706).
    case duplicate
    /// Last year's bundle sent again as this year's (a copy of the file): a duplicate of last
    /// year's (SB715), counted once; the year is missing.
    case replay
    /// The last year's bundle made without `--prior`, starting a new chain: SB705.
    case fork
    /// The year before's bundle made but not sent, the last year's after it: a gap (SB704).
    case gap

    /// The fewest reporting years the plant needs.
    public var minimumYears: Int {
        switch self {
        case .missingRepeated, .replay, .fork: 2
        case .gap: 3
        default: 1
        }
    }

    /// The order in which plants are given to signatories when there are not enough for all.
    public static let priority: [SamplePlant] = [
        .missing, .tampered, .duplicate, .replay, .fork, .badSignature, .revokedKey, .unknownKey,
        .truncated,
        .inflatedScores, .missingRepeated, .gap,
    ]
}
