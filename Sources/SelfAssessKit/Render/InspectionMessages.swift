/// The wordings of `selfassess inspect`: the warning that nothing is verified, the labels of what
/// a bundle claims, and the closing hint.
enum InspectionMessages: String, MessageCatalog {
    case notVerified = "inspect.not-verified"
    case notVerifiedText = "inspect.not-verified-text"
    case claimedSignatory = "inspect.claimed-signatory"
    case year = "inspect.year"
    case sequence = "inspect.sequence"
    case follows = "inspect.follows"
    case firstInChain = "inspect.first-in-chain"
    case created = "inspect.created"
    case signerKeyID = "inspect.signer-key-id"
    case framework = "inspect.framework"
    case frameworkValue = "inspect.framework-value"
    case madeBy = "inspect.made-by"
    case overall = "inspect.overall"
    case overallValue = "inspect.overall-value"
    case notAvailable = "inspect.not-available"
    case noRating = "inspect.no-rating"
    case articles = "inspect.articles"
    case criticalFailures = "inspect.critical-failures"
    case none = "inspect.none"
    case manifest = "inspect.manifest"
    case cannotBeRead = "inspect.cannot-be-read"
    case manifestSHA256 = "inspect.manifest-sha256"
    case signatureKeyNumber = "inspect.signature-key-number"
    case trustedComment = "inspect.trusted-comment"
    case signature = "inspect.signature"
    case entries = "inspect.entries"
    case entriesCount = "inspect.entries-count"
    case report = "inspect.report"

    var english: String {
        switch self {
        case .notVerified: "NOT VERIFIED:"
        case .notVerifiedText:
            " {bundle} has not been verified. Everything below is what the bundle\n"
                + "claims about itself; check it with `selfassess verify {bundle} --key KEY` (or "
                + "--keyring) first."
        case .claimedSignatory: "Claimed signatory"
        case .year: "Year"
        case .sequence: "Sequence"
        case .follows: "{sequence} (follows sequence {previous}, manifest sha256 {sha})"
        case .firstInChain: "{sequence} (first in its chain)"
        case .created: "Created"
        case .signerKeyID: "Signer key id"
        case .framework: "Framework"
        case .frameworkValue: "{framework} (sha256 {sha})"
        case .madeBy: "Made by"
        case .overall: "Overall"
        case .overallValue: "{overall} ({rating})"
        case .notAvailable: "n/a"
        case .noRating: "no rating"
        case .articles: "Articles"
        case .criticalFailures: "Critical failures"
        case .none: "none"
        case .manifest: "Manifest"
        case .cannotBeRead: "cannot be read: [{code}] {reason}"
        case .manifestSHA256: "Manifest sha256"
        case .signatureKeyNumber: "Signature key number"
        case .trustedComment: "Trusted comment"
        case .signature: "Signature"
        case .entries: "Entries"
        case .entriesCount: " ({count}, {size}):"
        case .report:
            "The report for people is {path}: unzip -p {bundle} {path} > report.html"
        }
    }

    /// The text in a language.
    func text(
        _ language: Language, _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> String {
        Diagnostic.Message(self, arguments).text(in: language)
    }
}
