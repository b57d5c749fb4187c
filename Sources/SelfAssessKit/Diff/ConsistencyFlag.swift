/// Something in a diff that a reviewer should look at twice.
///
/// Flags are not errors: each has an innocent explanation, but each is also how an overstated
/// answer tends to look.
enum ConsistencyFlag: Sendable, Equatable, CustomStringConvertible {
    /// The score improved but neither the note nor any evidence changed.
    case improvedWithoutSupport(indicatorID: String, old: AnswerValue, new: AnswerValue)
    /// The claim flipped between no credit and full credit (such as `no` → `yes`) while citing the
    /// same evidence content (by SHA-256); `paths` are the new side's paths of that content.
    case sameEvidenceForFlippedClaim(
        indicatorID: String, old: AnswerValue, new: AnswerValue, paths: [String])
    /// Evidence in the new assessment is dated outside its reporting year.
    case evidenceDateOutsideYear(indicatorID: String, path: String, date: CalendarDate, year: Int)

    /// The indicator the flag is about.
    var indicatorID: String {
        switch self {
        case .improvedWithoutSupport(let id, _, _), .sameEvidenceForFlippedClaim(let id, _, _, _),
            .evidenceDateOutsideYear(let id, _, _, _):
            id
        }
    }

    /// A stable identifier for machines.
    var code: String {
        switch self {
        case .improvedWithoutSupport: "improved-without-support"
        case .sameEvidenceForFlippedClaim: "same-evidence-flipped-claim"
        case .evidenceDateOutsideYear: "evidence-date-outside-year"
        }
    }

    /// The flag as a sentence.
    var description: String {
        switch self {
        case .improvedWithoutSupport(_, let old, let new):
            "improved from \(old.text) to \(new.text) with neither the note nor the evidence changed"
        case .sameEvidenceForFlippedClaim(_, let old, let new, let paths):
            "the answer flipped from \(old.text) to \(new.text) citing the same evidence content: "
                + paths.joined(separator: ", ")
        case .evidenceDateOutsideYear(_, let path, let date, let year):
            "\(path) is dated \(date), outside the reporting year \(year)"
        }
    }
}
