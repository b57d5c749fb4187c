/// The wordings of `selfassess verify`'s lines for people; the JSON document keeps its own
/// stable words (`ok`, `failed`).
enum VerificationMessages: String, MessageCatalog {
    case ok = "verify.ok"
    case fail = "verify.fail"
    case verified = "verify.verified"
    case failed = "verify.failed"
    case notAvailable = "verify.not-available"
    case noRating = "verify.no-rating"
    case unreviewed = "verify.unreviewed"

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
        case .unreviewed:
            "     {count} answers were carried forward and signed unreviewed: {ids}"
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
        case .unreviewed: "     有 {count} 个答案沿用自往年，签署时尚未复核：{ids}"
        }
    }

}
