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

    var chinese: String? {
        switch self {
        case .ok: "通过"
        case .fail: "失败"
        case .verified:
            " {file}：{signatory} {year} 年度，序号 {sequence}，密钥 {key}，总分 {overall}（{rating}）"
        case .failed: " {code} {reason}"
        case .notAvailable: "无"
        case .noRating: "无评级"
        }
    }

}
