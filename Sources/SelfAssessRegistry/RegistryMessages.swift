public import SelfAssessKit

/// The registry's wordings: each case is a message key, starting with the registry code it
/// belongs to (`SR001.not-a-bundle`), and its English template names its arguments in braces.
///
/// This is the catalog pattern of the kit's diagnostics (a key plus typed arguments, rendered in
/// a language at the edge): a translation adds one table here and changes no call site.
public enum RegistryMessages: String, MessageCatalog {
    case notABundle = "SR001.not-a-bundle"
    case tooLarge = "SR002.too-large"
    case notInitialized = "SR010.not-initialized"
    case alreadyInitialized = "SR011.already-initialized"
    case databaseFailed = "SR012.database"
    case bundleWriteFailed = "SR013.bundle-write"
    case bundleReadFailed = "SR014.bundle-read"
    case bundleDamaged = "SR015.bundle-damaged"
    case submissionUnreadable = "SR016.submission-unreadable"
    case receiptSigningFailed = "SR020.receipt-signing"
    case receiptWriteFailed = "SR021.receipt-write"
    case receiptUnreadable = "SR030.receipt-unreadable"
    case receiptMalformed = "SR031.receipt-malformed"
    case receiptSignature = "SR032.receipt-signature"
    case receiptTrustedComment = "SR033.receipt-trusted-comment"
    case receiptBundleMismatch = "SR034.receipt-bundle-mismatch"
    case receiptBundleUnreadable = "SR035.receipt-bundle-unreadable"
    case databaseURL = "SR036.database-url"
    case databaseNotInitialized = "SR037.database-not-initialized"
    case databaseAlreadyInitialized = "SR038.database-already-initialized"
    case databaseConnection = "SR039.database-connection"
    // What the registry knows (keyring, deadlines, history): codes SR050-SR069.
    case keyringNotNewer = "SR050.keyring-not-newer"
    case keyringChanged = "SR051.keyring-changed"
    case noKeyring = "SR052.no-keyring"
    case storedKeyringInvalid = "SR053.stored-keyring-invalid"
    case keyringOlderThanRegistry = "SR054.keyring-older-than-registry"
    case keyringImported = "registry.keyring-imported"
    case keyringAlreadyCurrent = "registry.keyring-current"
    case created = "registry.created"
    case createdInDatabase = "registry.created-in-database"
    case accepted = "intake.accepted"
    case refused = "intake.refused"
    case recordedBefore = "intake.recorded-before"
    case receiptWritten = "intake.receipt-written"
    case intakeSummary = "intake.summary"
    case receiptVerified = "receipt.verified"
    case receiptAccepted = "receipt.accepted"
    case receiptRefused = "receipt.refused"
    case receiptBundleMatches = "receipt.bundle-matches"
    // The registry over HTTP (`serve`, `submit`): codes SR040-SR049.
    case rateLimited = "SR040.rate-limited"
    case busy = "SR041.busy"
    case notAHash = "SR042.not-a-hash"
    case receiptNotFound = "SR043.receipt-not-found"
    case serverFailure = "SR044.server-failure"
    case listenFailed = "SR045.listen-failed"
    case unreachable = "SR046.unreachable"
    case unexpectedAnswer = "SR047.unexpected-answer"
    case portFileWriteFailed = "SR048.port-file"
    case listening = "serve.listening"
    case stopped = "serve.stopped"
    case submitAccepted = "submit.accepted"
    case submitRefused = "submit.refused"
    case submitRecordedBefore = "submit.recorded-before"
    case submitProblem = "submit.problem"
    case submitSummary = "submit.summary"
    // Analysts' access (tokens, the read API): codes SR070-SR089.
    case tokenMissing = "SR070.token-missing"
    case tokenRefused = "SR071.token-refused"
    case badQuery = "SR072.bad-query"
    case submissionNotFound = "SR073.submission-not-found"
    case tokenExists = "SR074.token-exists"
    case tokenNotFound = "SR075.token-not-found"
    case tokenName = "SR076.token-name"
    // Analysts' decisions (registry decide, registry decisions): codes SR055-SR069.
    case decisionAction = "SR055.decision-action"
    case decisionReason = "SR056.decision-reason"
    case decisionSignatory = "SR057.decision-signatory"
    case decisionYear = "SR058.decision-year"
    case decisionDecidedBy = "SR059.decision-decided-by"

    /// The English template.
    public var english: String {
        switch self {
        case .notABundle: "{file}: not a selfassess bundle ([{code}] {reason})"
        case .tooLarge: "{file}: {size} bytes, more than the registry's limit of {limit} bytes"
        case .notInitialized:
            "{folder}: no registry here (no {database}); create one with `selfassess registry init --data {folder}`"
        case .alreadyInitialized: "{folder}: a registry already exists here ({database})"
        case .databaseFailed: "{file}: the registry's database failed: {reason}"
        case .bundleWriteFailed: "{file}: the bundle could not be stored durably: {reason}"
        case .bundleReadFailed: "{file}: the stored bundle could not be read: {reason}"
        case .bundleDamaged:
            "{file}: the stored bundle's SHA-256 is {actual}, not {expected}: the file was changed"
        case .submissionUnreadable: "{file}: cannot read the submitted bundle: {reason}"
        case .receiptSigningFailed: "{file}: the receipt could not be signed: {reason}"
        case .receiptWriteFailed: "{file}: the receipt could not be written: {reason}"
        case .receiptUnreadable: "{file}: cannot read the receipt: {reason}"
        case .receiptMalformed: "{file}: not a selfassess receipt: {reason}"
        case .receiptSignature: "{file}: the receipt's signature does not verify: {reason}"
        case .receiptTrustedComment:
            "{file}: the signature's trusted comment \"{found}\" does not describe this receipt (expected \"{expected}\")"
        case .receiptBundleMismatch:
            "{file}: the receipt is for the bundle with SHA-256 {receipt}, but {bundle} has {actual}"
        case .receiptBundleUnreadable: "{file}: cannot read the bundle: {reason}"
        case .databaseURL:
            "{url}: not a PostgreSQL connection URL the registry can use: {reason} (expected postgres://USER@HOST:PORT/DATABASE)"
        case .databaseNotInitialized:
            "{database}: no registry in this database (no table {table}); create one with `selfassess registry init --data DIR --database {database}`"
        case .databaseAlreadyInitialized:
            "{database}: a registry already exists in this database ({table})"
        case .databaseConnection: "{database}: cannot connect to PostgreSQL: {reason}"
        case .keyringNotNewer:
            "{file}: serial {serial} is not higher than the registry's current keyring (serial {current}); a rolled-back or reused serial is refused"
        case .keyringChanged: "{file}: the keyring changed while it was read; import it again"
        case .noKeyring:
            "{source}: the registry holds no keyring; import one with `selfassess registry keyring import FILE --society-key PUB` or give --keyring"
        case .storedKeyringInvalid:
            "{source}: the registry's keyring (serial {serial}) no longer reads back: {reason}"
        case .keyringOlderThanRegistry:
            "{file}: serial {serial} is older than the registry's current keyring (serial {current}); leave out --keyring to use the registry's"
        case .keyringImported:
            "{file}: imported keyring serial {serial} ({signatories} signatories, {keys} keys, SHA-256 {sha256}); the registry checks bundles against it from now on"
        case .keyringAlreadyCurrent:
            "{file}: keyring serial {serial} is already the registry's current keyring; nothing changed"
        case .created:
            "Created a registry in {folder}: {database} (SQLite, WAL) and {bundles}/ for the bundles."
        case .createdInDatabase:
            "Created a registry in {database} (PostgreSQL, migrations {migrations}) with {folder}/{bundles}/ for the bundles."
        case .accepted: "{file}: accepted: {signatory} {year}, sequence {sequence} (entry {entry})"
        case .refused: "{file}: refused [{code}] {reason} (entry {entry})"
        case .recordedBefore:
            "{file}: recorded before ({outcome}, entry {entry}, received {received}); the same receipt again"
        case .receiptWritten: "  receipt: {receipt}, signature {signature}"
        case .intakeSummary:
            "{count} bundle(s): {accepted} accepted, {refused} refused, {notBundles} not a bundle"
        case .receiptVerified: "{file}: receipt OK, signed by the society key {key}"
        case .receiptAccepted:
            "  accepted: {signatory} {year}, sequence {sequence}; bundle SHA-256 {bundle}; received {received}; entry {entry}"
        case .receiptRefused:
            "  refused [{code}]: {reason}; bundle SHA-256 {bundle}; received {received}; entry {entry}"
        case .receiptBundleMatches: "  {bundle} is the bundle this receipt is for"
        case .rateLimited:
            "{address}: more submissions than the registry takes from one address ({rate}); try again in {seconds} s"
        case .busy:
            "the registry is verifying {limit} bundle(s) already and its queue is full; try again in {seconds} s"
        case .notAHash: "`{text}` is not a bundle SHA-256 (64 lower-case hexadecimal digits)"
        case .receiptNotFound: "no submission of the bundle with SHA-256 {bundle} is recorded"
        case .serverFailure:
            "the registry could not record the submission [{code}]; nothing was acknowledged"
        case .listenFailed: "cannot listen on {address}: {reason}"
        case .unreachable: "{url}: cannot reach the registry: {reason}"
        case .unexpectedAnswer: "{url}: unexpected answer (HTTP {status}): {reason}"
        case .portFileWriteFailed: "{file}: the bound address could not be written: {reason}"
        case .listening:
            "The registry listens on http://{address} (data {folder}); SIGTERM or SIGINT stops it gracefully."
        case .stopped: "The registry stopped: in-flight submissions finished, new ones refused."
        case .submitAccepted:
            "{file}: accepted: {signatory} {year}, sequence {sequence} (entry {entry}); receipt {receipt}"
        case .submitRefused: "{file}: refused [{code}] {reason} (entry {entry}); receipt {receipt}"
        case .submitRecordedBefore:
            "{file}: recorded before ({outcome}, entry {entry}, received {received}); receipt {receipt}"
        case .submitProblem: "{file}: refused by {url} (HTTP {status}) [{code}] {detail}"
        case .submitSummary:
            "{count} bundle(s): {accepted} accepted, {refused} refused, {failed} not taken"
        case .tokenMissing:
            "{path} needs an analyst's token: send Authorization: Bearer TOKEN (made by `selfassess registry token add NAME`)"
        case .tokenRefused:
            "{path}: the bearer token is not one the registry holds, or it was revoked"
        case .badQuery: "{parameter}={value}: {reason}"
        case .submissionNotFound: "no submission with entry id {entry} is recorded"
        case .tokenExists:
            "{registry}: an active token is named {name} already; revoke it first or choose another name"
        case .tokenNotFound: "{registry}: no active token is named {name}"
        case .tokenName:
            "`{name}` is not a token name: 1 to 64 letters, digits, `.`, `_` or `-`"
        case .decisionAction:
            "`{action}` is not a step a decision can name (expected one of {actions})"
        case .decisionReason:
            "a decision needs a reason: say why, in at most {limit} bytes"
        case .decisionSignatory:
            "`{signatory}` is not a signatory id a decision can name"
        case .decisionYear: "{year} is not a reporting year (expected 1900 to 9999)"
        case .decisionDecidedBy:
            "a decision needs the name of who decided: give --by NAME (or set USER)"
        }
    }

    /// The Simplified Chinese template, with the English one's placeholders.
    public var chinese: String? {
        switch self {
        case .notABundle:
            "{file}：不是 selfassess 报告包（[{code}] {reason}）"
        case .tooLarge:
            "{file}：{size} 字节，超过登记库 {limit} 字节的上限"
        case .notInitialized:
            "{folder}：此处没有登记库（没有 {database}）；请用 `selfassess registry init --data {folder}` 创建"
        case .alreadyInitialized:
            "{folder}：此处已有登记库（{database}）"
        case .databaseFailed:
            "{file}：登记库数据库出错：{reason}"
        case .bundleWriteFailed:
            "{file}：报告包未能持久保存：{reason}"
        case .bundleReadFailed:
            "{file}：无法读取已保存的报告包：{reason}"
        case .bundleDamaged:
            "{file}：已保存报告包的 SHA-256 为 {actual}，而不是 {expected}：文件已被改动"
        case .submissionUnreadable:
            "{file}：无法读取提交的报告包：{reason}"
        case .receiptSigningFailed:
            "{file}：回执未能签署：{reason}"
        case .receiptWriteFailed:
            "{file}：回执未能写出：{reason}"
        case .receiptUnreadable:
            "{file}：无法读取回执：{reason}"
        case .receiptMalformed:
            "{file}：不是 selfassess 回执：{reason}"
        case .receiptSignature:
            "{file}：回执的签名验证失败：{reason}"
        case .receiptTrustedComment:
            "{file}：签名的可信注释“{found}”与此回执不符（应为“{expected}”）"
        case .receiptBundleMismatch:
            "{file}：回执对应 SHA-256 为 {receipt} 的报告包，但 {bundle} 的 SHA-256 为 {actual}"
        case .receiptBundleUnreadable:
            "{file}：无法读取报告包：{reason}"
        case .databaseURL:
            "{url}：不是登记库可用的 PostgreSQL 连接地址：{reason}（应为 postgres://USER@HOST:PORT/DATABASE）"
        case .databaseNotInitialized:
            "{database}：此数据库中没有登记库（没有表 {table}）；请用 `selfassess registry init --data DIR --database {database}` 创建"
        case .databaseAlreadyInitialized:
            "{database}：此数据库中已有登记库（{table}）"
        case .databaseConnection:
            "{database}：无法连接 PostgreSQL：{reason}"
        case .keyringNotNewer:
            "{file}：序号 {serial} 不高于登记库当前密钥环的序号（{current}）；回退或重复使用的序号一律拒绝"
        case .keyringChanged:
            "{file}：读取期间密钥环发生了变化；请重新导入"
        case .noKeyring:
            "{source}：登记库中没有密钥环；请用 `selfassess registry keyring import FILE --society-key PUB` 导入，或给出 --keyring"
        case .storedKeyringInvalid:
            "{source}：登记库的密钥环（序号 {serial}）已无法读回：{reason}"
        case .keyringOlderThanRegistry:
            "{file}：序号 {serial} 早于登记库当前密钥环的序号（{current}）；不给出 --keyring 即使用登记库的密钥环"
        case .keyringImported:
            "{file}：已导入序号为 {serial} 的密钥环（{signatories} 个签署方，{keys} 个密钥，SHA-256 {sha256}）；此后登记库据此核验报告包"
        case .keyringAlreadyCurrent:
            "{file}：序号为 {serial} 的密钥环已是登记库的当前密钥环；未作任何更改"
        case .created:
            "已在 {folder} 中创建登记库：{database}（SQLite，WAL）以及存放报告包的 {bundles}/。"
        case .createdInDatabase:
            "已在 {database} 中创建登记库（PostgreSQL，迁移 {migrations}），报告包存放在 {folder}/{bundles}/。"
        case .accepted:
            "{file}：已接受：{signatory} {year}，序号 {sequence}（条目 {entry}）"
        case .refused:
            "{file}：已拒绝 [{code}] {reason}（条目 {entry}）"
        case .recordedBefore:
            "{file}：此前已记录（{outcome}，条目 {entry}，接收于 {received}）；再次给出同一回执"
        case .receiptWritten:
            "  回执：{receipt}，签名 {signature}"
        case .intakeSummary:
            "{count} 个报告包：{accepted} 个已接受，{refused} 个已拒绝，{notBundles} 个不是报告包"
        case .receiptVerified:
            "{file}：回执有效，由协会密钥 {key} 签署"
        case .receiptAccepted:
            "  已接受：{signatory} {year}，序号 {sequence}；报告包 SHA-256 {bundle}；接收于 {received}；条目 {entry}"
        case .receiptRefused:
            "  已拒绝 [{code}]：{reason}；报告包 SHA-256 {bundle}；接收于 {received}；条目 {entry}"
        case .receiptBundleMatches:
            "  {bundle} 正是此回执所对应的报告包"
        case .rateLimited:
            "{address}：来自同一地址的提交超过登记库的接收限度（{rate}）；请在 {seconds} 秒后重试"
        case .busy:
            "登记库已在核验 {limit} 个报告包且队列已满；请在 {seconds} 秒后重试"
        case .notAHash:
            "`{text}` 不是报告包的 SHA-256（64 位小写十六进制数字）"
        case .receiptNotFound:
            "没有 SHA-256 为 {bundle} 的报告包的提交记录"
        case .serverFailure:
            "登记库未能记录此次提交 [{code}]；未作任何确认"
        case .listenFailed:
            "无法在 {address} 上监听：{reason}"
        case .unreachable:
            "{url}：无法连接登记库：{reason}"
        case .unexpectedAnswer:
            "{url}：意外的应答（HTTP {status}）：{reason}"
        case .portFileWriteFailed:
            "{file}：绑定的地址未能写出：{reason}"
        case .listening:
            "登记库在 http://{address} 上监听（数据 {folder}）；SIGTERM 或 SIGINT 可使其平稳停止。"
        case .stopped:
            "登记库已停止：进行中的提交已完成，新的提交被拒绝。"
        case .submitAccepted:
            "{file}：已接受：{signatory} {year}，序号 {sequence}（条目 {entry}）；回执 {receipt}"
        case .submitRefused:
            "{file}：已拒绝 [{code}] {reason}（条目 {entry}）；回执 {receipt}"
        case .submitRecordedBefore:
            "{file}：此前已记录（{outcome}，条目 {entry}，接收于 {received}）；回执 {receipt}"
        case .submitProblem:
            "{file}：被 {url} 拒绝（HTTP {status}）[{code}] {detail}"
        case .submitSummary:
            "{count} 个报告包：{accepted} 个已接受，{refused} 个已拒绝，{failed} 个未被接收"
        case .tokenMissing:
            "{path} 需要分析员令牌：请发送 Authorization: Bearer TOKEN（由 `selfassess registry token add NAME` 生成）"
        case .tokenRefused:
            "{path}：该持有者令牌不在登记库中，或已被吊销"
        case .badQuery:
            "{parameter}={value}：{reason}"
        case .submissionNotFound:
            "没有条目编号为 {entry} 的提交记录"
        case .tokenExists:
            "{registry}：已有名为 {name} 的有效令牌；请先吊销它或换一个名称"
        case .tokenNotFound:
            "{registry}：没有名为 {name} 的有效令牌"
        case .tokenName:
            "`{name}` 不是令牌名称：须为 1 到 64 个字母、数字、`.`、`_` 或 `-`"
        case .decisionAction:
            "`{action}` 不是决定可以采用的措施（应为以下之一：{actions}）"
        case .decisionReason:
            "决定须附理由：请说明原因，不超过 {limit} 字节"
        case .decisionSignatory:
            "`{signatory}` 不是决定可以指向的签约单位编号"
        case .decisionYear: "{year} 不是报告年度（应为 1900 到 9999）"
        case .decisionDecidedBy:
            "决定须写明决定人：请给出 --by NAME（或设置 USER）"
        }
    }

    /// The key's first component: the registry code (`SR001`) for a failure, or the concern
    /// (`intake`, `receipt`) for a wording that is not one.
    public var code: String {
        String(rawValue.prefix { $0 != "." })
    }
}

/// The kit's languages: the registry's wordings are a catalog like every other.
public typealias RegistryLanguage = Language

/// A registry wording: a catalog key plus typed arguments, rendered with ``text(in:)``.
public struct RegistryMessage: Sendable, Hashable, CustomStringConvertible {
    /// A value filled into a placeholder.
    public enum Argument: Sendable, Hashable {
        /// Text as it is: a file name, a hash, a reason quoted from the kit.
        case text(String)
        /// A whole number.
        case integer(Int)
    }

    /// The key.
    public let key: RegistryMessages
    /// The arguments by placeholder name.
    public let arguments: [String: Argument]

    /// A message.
    public init(_ key: RegistryMessages, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The code of the message's key.
    public var code: String { key.code }

    /// The text in a language: each `{name}` replaced by its argument, in one pass (a value that
    /// itself holds braces is never filled again).
    public func text(in language: RegistryLanguage) -> String {
        var output = ""
        var rest = key.template(in: language)[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            if let close = rest[after...].firstIndex(of: "}"),
                let argument = arguments[String(rest[after..<close])]
            {
                output += rest[..<open]
                switch argument {
                case .text(let string): output += string
                case .integer(let number): output += String(number)
                }
                rest = rest[rest.index(after: close)...]
            } else {
                output += rest[...open]
                rest = rest[after...]
            }
        }
        return output + rest
    }

    /// The text in English.
    public var description: String { text(in: .english) }

    /// The placeholders a template names.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            let name = rest[after..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter }) {
                names.insert(String(name))
            }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
