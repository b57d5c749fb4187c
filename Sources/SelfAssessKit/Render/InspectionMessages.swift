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
    case labelEnd = "inspect.label-end"

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
        case .labelEnd: ":"
        }
    }

    var chinese: String? {
        switch self {
        case .notVerified: "未验证："
        case .notVerifiedText:
            "{bundle} 尚未验证。以下内容均为报告包的自我声明；\n请先用 `selfassess verify {bundle} --key KEY`（或 --keyring）验证。"
        case .claimedSignatory: "声明的签约单位"
        case .year: "年度"
        case .sequence: "序号"
        case .follows: "{sequence}（接续序号 {previous}，清单 sha256 {sha}）"
        case .firstInChain: "{sequence}（报告链中的第一个）"
        case .created: "创建时间"
        case .signerKeyID: "签名密钥标识"
        case .framework: "框架"
        case .frameworkValue: "{framework}（sha256 {sha}）"
        case .madeBy: "生成工具"
        case .overall: "总分"
        case .overallValue: "{overall}（{rating}）"
        case .notAvailable: "无"
        case .noRating: "无评级"
        case .articles: "各条款"
        case .criticalFailures: "关键指标未达标"
        case .none: "无"
        case .manifest: "清单"
        case .cannotBeRead: "无法读取：[{code}] {reason}"
        case .manifestSHA256: "清单 sha256"
        case .signatureKeyNumber: "签名密钥编号"
        case .trustedComment: "可信注释"
        case .signature: "签名"
        case .entries: "条目"
        case .entriesCount: "（{count} 个，{size}）："
        case .report: "供人阅读的报告是 {path}：unzip -p {bundle} {path} > report.html"
        case .labelEnd: "："
        }
    }

    /// The text in a language.
    func text(
        _ language: Language, _ arguments: [String: Diagnostic.Message.Argument] = [:]
    ) -> String {
        Diagnostic.Message(self, arguments).text(in: language)
    }
}
