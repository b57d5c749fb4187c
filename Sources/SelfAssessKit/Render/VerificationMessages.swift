/// The wordings of `selfassess verify`'s lines for people; the JSON document keeps its own
/// stable words (`ok`, `failed`).
enum VerificationMessages: String, MessageCatalog {
    case ok = "verify.ok"
    case fail = "verify.fail"
    case verified = "verify.verified"
    case failed = "verify.failed"
    case notAvailable = "verify.not-available"
    case noRating = "verify.no-rating"

    var english: String {
        switch self {
        case .ok: "OK"
        case .fail: "FAIL"
        case .verified:
            "   {file}: {signatory} {year}, sequence {sequence}, key {key}, overall {overall} "
                + "({rating})"
        case .failed: " {code} {reason}"
        case .notAvailable: "n/a"
        case .noRating: "no rating"
        }
    }

    /// The text in a language.
    func text(
        _ language: Language, _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> String {
        Diagnostic.Message(self, arguments).text(in: language)
    }
}
