import SelfAssessKit

/// The command-line tool's own wordings: what it prints for people that is not a kit error or
/// diagnostic ("Wrote …", summaries, notes, usage errors).
///
/// Each case is a message key; its
/// English template names its arguments in braces.
///
/// Keys start with the command or concern (`bundle.wrote`, `keyring.signed`); counted nouns are
/// wordings of their own (`count.error.one`, `count.error`), given to the sentence as an argument,
/// so that a language without plurals words them once.
enum CLIMessages: String, MessageCatalog {
    // The labels of standard error's lines.
    case errorLabel = "terminal.error"
    case warningLabel = "terminal.warning"
    case noteLabel = "terminal.note"

    // Counted nouns.
    case errorCountOne = "count.error.one"
    case errorCount = "count.error"
    case indicatorCountOne = "count.indicator.one"
    case indicatorCount = "count.indicator"
    case articleCountOne = "count.article.one"
    case articleCount = "count.article"
    case signatoryCountOne = "count.signatory.one"
    case signatoryCount = "count.signatory"
    case keyCountOne = "count.key.one"
    case keyCount = "count.key"

    // What a command would have done, for a refusal ("nothing was scored").
    case outcomeScored = "outcome.scored"
    case outcomeBundled = "outcome.bundled"
    case outcomeCompared = "outcome.compared"
    case outcomeWritten = "outcome.written"

    // Inputs and outputs shared by the commands.
    case optionValue = "option.invalid"
    case unknownLanguage = "option.lang"
    case unknownSubcommand = "command.unknown"
    case excelNeedsCSV = "option.excel-needs-csv"
    case unknownSubcommandUsage = "command.unknown.usage"
    case unknownSubcommandSuggestion = "command.unknown.did-you-mean"
    case noSuchInput = "input.not-found"
    case folderUnreadable = "input.folder-unreadable"
    case notAnAssessment = "input.not-an-assessment"
    case noSuchAssessment = "input.no-such-assessment"
    case readUnsigned = "input.read-unsigned"
    case invalidAssessment = "input.invalid"
    case assessmentUnreadable = "input.unreadable"
    case builtinFrameworkBroken = "input.builtin-framework"
    case failure = "output.failed"
    case refusedTarget = "output.refused"
    case failureWithCode = "output.failed-with-code"

    // aggregate
    case aggregateNoInputs = "aggregate.no-inputs"
    case aggregateInputsAndRegistry = "aggregate.inputs-and-registry"
    case aggregateDatabaseNeedsRegistry = "aggregate.database-needs-registry"
    case exportWritten = "registry.export-written"
    case aggregateYear = "aggregate.year"
    case aggregateSince = "aggregate.since"
    case aggregateSinceAfterYear = "aggregate.since-after-year"
    case aggregateJobs = "aggregate.jobs"
    case aggregateInvalidPolicy = "aggregate.invalid-policy"
    case aggregateProgress = "aggregate.progress"

    // bundle
    case bundleNotAFolder = "bundle.not-a-folder"
    case bundleUnreviewed = "bundle.unreviewed"
    case bundleWrote = "bundle.wrote"
    case bundleSignedWith = "bundle.signed-with"
    case bundleSignatory = "bundle.signatory"
    case bundleAfterPrior = "bundle.after-prior"
    case bundleOverall = "bundle.overall"
    case bundleNoOverall = "bundle.no-overall"
    case bundleNoRating = "bundle.no-rating"
    case bundleSignedUnreviewed = "bundle.signed-unreviewed"
    case bundleNoCriticalFailures = "bundle.no-critical-failures"
    case bundleSourceDateEpoch = "bundle.source-date-epoch"

    // diff
    case diffRegression = "diff.regression"

    // explain
    case explainListLine = "explain.list-line"
    case explainUnknown = "explain.unknown"
    case explainEntry = "explain.entry"

    // init
    case initSignatory = "init.signatory"
    case initYear = "init.year"
    case initCategory = "init.category"
    case initCreated = "init.created"
    case initFiles = "init.files"
    case initCarried = "init.carried"
    case initNext = "init.next"
    case initBackedUp = "init.backed-up"

    // key export, keygen
    case keyID = "key.id"
    case keyExportWrote = "key-export.wrote"
    case keyExportPEM = "key-export.pem"
    case keyExportMinisign = "key-export.minisign"
    case keygenName = "keygen.name"
    case keygenNotAFolder = "keygen.not-a-folder"
    case keygenNoFolder = "keygen.no-folder"
    case keygenCreated = "keygen.created"
    case keygenCreatedSociety = "keygen.created-society"

    // keyring
    case keyringSignatory = "keyring.signatory"
    case keyringUntilBeforeFrom = "keyring.until-before-from"
    case keyringValidFrom = "keyring.valid-from"
    case keyringValidFromUntil = "keyring.valid-from-until"
    case keyringCreatedWithKey = "keyring.created-with-key"
    case keyringAddedKey = "keyring.added-key"
    case keyringConfirm = "keyring.confirm"
    case keyringKeyID = "keyring.key-id"
    case keyringRevoked = "keyring.revoked"
    case keyringSigned = "keyring.signed"
    case keyringVerified = "keyring.verified"
    case keyringInvalid = "keyring.invalid"
    case keyringUncheckedSignature = "keyring.unchecked-signature"
    case keyringSignatureRemoved = "keyring.signature-removed"
    case keyringSignatureNotRemoved = "keyring.signature-not-removed"
    case keyringSignAgain = "keyring.sign-again"
    case keyringSign = "keyring.sign"
    case keyringRewritten = "keyring.rewritten"

    // receipt, registry intake
    case receiptTooLarge = "receipt.too-large"
    case logVerified = "log.verified"
    case receiptInLog = "receipt.in-log"
    case logAudited = "log.audited"
    case receiptNoProof = "receipt.no-proof"
    case intakeNoBundles = "intake.no-bundles"
    case serveListen = "serve.listen"
    case serveMaxBody = "serve.max-body"
    case serveRate = "serve.rate"
    case serveLimits = "serve.limits"
    case serveLogLevel = "serve.log-level"
    case submitNoBundles = "submit.no-bundles"
    case submitURL = "submit.url"
    case submitAttempts = "submit.attempts"
    case tokenAdded = "token.added"
    case tokenNone = "token.none"
    case tokenNever = "token.never"
    case tokenActive = "token.active"
    case tokenRevokedAt = "token.revoked-at"
    case tokenRevoked = "token.revoked"
    case tokenColumnName = "token.column.name"
    case tokenColumnCreated = "token.column.created"
    case tokenColumnLastUsed = "token.column.last-used"
    case tokenColumnStatus = "token.column.status"
    case decisionRecorded = "decision.recorded"
    case decisionNone = "decision.none"
    case decisionSuperseded = "decision.superseded"
    case decisionColumnID = "decision.column.id"
    case decisionColumnSignatory = "decision.column.signatory"
    case decisionColumnYear = "decision.column.year"
    case decisionColumnAction = "decision.column.action"
    case decisionColumnBy = "decision.column.by"
    case decisionColumnAt = "decision.column.at"
    case decisionColumnReason = "decision.column.reason"

    // report, schema, templates, verify
    case reportWriteFailed = "report.write-failed"
    case schemaWrote = "schema.wrote"
    case templatesWrote = "templates.wrote"
    case verifyNoBundles = "verify.no-bundles"

    // options
    case trustedKeyOneOf = "trusted-key.one-of"
    case trustedKeySocietyKey = "trusted-key.society-key"

    var english: String {
        switch self {
        case .errorLabel: "error:"
        case .warningLabel: "warning:"
        case .noteLabel: "note:"

        case .errorCountOne: "{count} error"
        case .errorCount: "{count} errors"
        case .indicatorCountOne: "{count} indicator"
        case .indicatorCount: "{count} indicators"
        case .articleCountOne: "{count} article"
        case .articleCount: "{count} articles"
        case .signatoryCountOne: "{count} signatory"
        case .signatoryCount: "{count} signatories"
        case .keyCountOne: "{count} key"
        case .keyCount: "{count} keys"

        case .outcomeScored: "scored"
        case .outcomeBundled: "bundled"
        case .outcomeCompared: "compared"
        case .outcomeWritten: "written"

        case .optionValue: "{option}: {reason}"
        case .unknownLanguage: "--lang {value}: use zh (Simplified Chinese) or en (English)"
        case .unknownSubcommand:
            "`{name}` is not a selfassess command; `selfassess --help` lists them"
        case .excelNeedsCSV: "--excel writes CSV; it cannot be used with --format {format}"
        case .unknownSubcommandUsage:
            "Usage: selfassess <subcommand>\n  See 'selfassess --help' for more information."
        case .unknownSubcommandSuggestion:
            "`{name}` is not a selfassess command; did you mean `{suggestion}`?"
        case .noSuchInput: "{path}: no such file or folder"
        case .folderUnreadable: "{path}: the folder cannot be read: {reason}"
        case .notAnAssessment: "{path}: not an assessment folder or bundle"
        case .noSuchAssessment: "{path}: no such assessment folder or bundle"
        case .readUnsigned:
            "{path}: read without checking its signature; `selfassess verify` checks who signed it"
        case .invalidAssessment: "{path} is not a valid assessment; nothing was {outcome}"
        case .assessmentUnreadable: "{path}: the assessment could not be read"
        case .builtinFrameworkBroken: "internal error: the built-in framework does not load"
        case .failure: "{file}: {reason}"
        case .refusedTarget: "{file} {reason}; nothing was written"
        case .failureWithCode: "{reason} [{code}]"

        case .aggregateNoInputs: "Name at least one bundle or folder of bundles."
        case .aggregateInputsAndRegistry:
            "Name bundles or folders, or give --registry, not both."
        case .aggregateDatabaseNeedsRegistry:
            "--database needs --registry DIR, the data folder that holds the registry's bundles."
        case .exportWritten:
            "{file}: {rows} rows written"
        case .aggregateYear: "--year {year}: give a four-digit reporting year from 2014."
        case .aggregateSince: "--since {since}: give a four-digit year from 2014."
        case .aggregateSinceAfterYear: "--since {since} is after --year {year}."
        case .aggregateJobs: "--jobs {jobs}: give at least 1."
        case .aggregateInvalidPolicy: "{file} is not a valid policy ({errors}); no bundle was read"
        case .aggregateProgress: "aggregate: {progress}"

        case .bundleNotAFolder: "{path}: not an assessment folder"
        case .bundleUnreviewed:
            "{path}: {count} answers were carried forward and not reviewed ({ids}); nothing was "
                + "signed. Check each one, delete its `carried-forward` line, and bundle again "
                + "(or sign them as they are with --allow-unreviewed)"
        case .bundleWrote: "Wrote {file} ({entries} entries, {size})"
        case .bundleSignedWith: "Signed with key {key}"
        case .bundleSignatory: "Signatory {id} ({name}), year {year}, sequence {sequence}"
        case .bundleAfterPrior: ", after {prior} (manifest sha256 {sha})"
        case .bundleOverall: "Overall {overall} ({rating}); critical failures: {failures}"
        case .bundleNoOverall: "n/a"
        case .bundleNoRating: "no rating"
        case .bundleSignedUnreviewed:
            "Signed with {count} answers carried forward and unreviewed, listed in the manifest: "
                + "{ids}"
        case .bundleNoCriticalFailures: "none"
        case .bundleSourceDateEpoch:
            "SOURCE_DATE_EPOCH={value} is not a number of seconds since 1970 (from 1980 to 9999)"

        case .diffRegression: "regression: {indicators} and {articles} scored lower than in {old}"

        case .explainListLine: "{code}  {severity}  {title}"
        case .explainUnknown:
            "unknown diagnostic code '{code}'; run `selfassess explain` for the list"
        case .explainEntry: "{code} ({severity}): {title}\n\n{explanation}"

        case .initSignatory:
            "'{signatory}' is not a valid signatory id: use 2–63 characters of a-z, 0-9 and -, "
                + "starting with a letter or digit."
        case .initYear: "'{year}' is not a plausible reporting year ({first} to {last})."
        case .initCategory: "unknown category '{category}'; choose one of: {categories}."
        case .initCreated:
            "Created {folder}/ for {signatory}, reporting year {year} (framework {framework})."
        case .initFiles:
            "  assessment.yaml, article-1.yaml … article-{articles}.yaml, schema/, evidence/"
        case .initCarried:
            "  Carried forward {answers} answers and {evidence} evidence files from {year}; each "
                + "is marked for review."
        case .initNext: "Next: fill in the files, then run `selfassess validate {folder}`."
        case .initBackedUp: "Kept a copy of {files} in {backup} before replacing them"

        case .keyID: "Key id: {key}"
        case .keyExportWrote: "Wrote {file} ({kind})."
        case .keyExportPEM: "SubjectPublicKeyInfo PEM"
        case .keyExportMinisign: "minisign public key"
        case .keygenName:
            "'{name}' is not a usable key name: use 1–64 letters, digits, '.', '_' and '-', "
                + "starting with a letter or digit."
        case .keygenNotAFolder: "{folder}: not a folder"
        case .keygenNoFolder: "{folder}: no such folder"
        case .keygenCreated:
            "Created {private} (private key, mode 0600) and {public} (public key).\n"
                + "Key id: {key}\n"
                + "Keep {private} secret. Register {public} with the society and confirm the key "
                + "id with them."
        case .keygenCreatedSociety:
            "Created {private} (private key, mode 0600) and {public} (public key).\n"
                + "Key id: {key}\n"
                + "Keep {private} secret and offline when you can: it signs the keyring and the "
                + "receipts. Publish {public} and its key id to the signatories, who check the "
                + "keyring and their receipts with it."

        case .keyringSignatory:
            "--signatory: '{signatory}' is not a signatory id (2–63 lower-case letters, digits "
                + "and hyphens)."
        case .keyringUntilBeforeFrom: "--valid-until {until} is before the first valid day {from}."
        case .keyringValidFrom: "valid from {from}"
        case .keyringValidFromUntil: "valid from {from} until {until}"
        case .keyringCreatedWithKey:
            "Created {keyring}: added key {key}\nfor {signatory} ({name}), {validity}."
        case .keyringAddedKey:
            "Updated {keyring}: added key {key}\nfor {signatory} ({name}), {validity}."
        case .keyringConfirm:
            "Confirm this key id with the signatory by another channel before you sign the keyring."
        case .keyringKeyID:
            "--key-id: '{id}' is not a key id; write sha256: and 64 lower-case hex digits."
        case .keyringRevoked:
            "Updated {keyring}: revoked key {key}\n"
                + "of {signatory} ({name}) from {date}: {reason}\n"
                + "Bundles it signed that were created on or after {date} are now refused."
        case .keyringSigned:
            "Signed {keyring} ({signatories}, {keys}) with the society key {key}.\n"
                + "Wrote {signature}; trusted comment: {comment}"
        case .keyringVerified:
            "OK: {keyring} is signed by the society key {key}\n({signatories}, {keys}; {comment})."
        case .keyringInvalid: "{file} is not a valid keyring ({errors}); nothing was done"
        case .keyringUncheckedSignature:
            "{keyring}: the keyring's signature was not checked; give --society-key to refuse a "
                + "keyring the society did not sign"
        case .keyringSignatureRemoved:
            "The keyring changed, so its signature {signature} no longer applied and was removed."
        case .keyringSignatureNotRemoved:
            "The keyring changed, so {signature} no longer applies, but it could not be removed "
                + "({reason}); it will fail verification until you sign again."
        case .keyringSignAgain: "Sign it again: selfassess keyring sign {keyring} --key SOCIETY.key"
        case .keyringSign: "Sign it: selfassess keyring sign {keyring} --key SOCIETY.key"
        case .keyringRewritten:
            "{keyring} could not be changed in place, so it was written again from its content: "
                + "its comments and layout were not kept (see docs/keyring.md)"

        case .receiptTooLarge: "{size} bytes, more than the {limit} a receipt may hold"
        case .logAudited:
            "{source}: {entries} log entries checked against their submissions, {hashed} stored bundles hashed, {reverified} accepted bundles verified again ({other} checked against another keyring were not): {findings} findings"
        case .receiptInLog:
            "  in the log {origin}: leaf {leaf} of the checkpoint of {size} entries made {time}, signed by the society key; the inclusion proof leads to its root"
        case .receiptNoProof:
            "  a {version} receipt carries no proof that it is in the log: fetch one with GET /v1/log/proof/inclusion?hash={bundle}&size=N"
        case .logVerified:
            "{folder}: the log of {size} entries extends the checkpoint {file} of {first} entries, whose entries re-derive its root; signed by the society key {key}"
        case .intakeNoBundles: "Name at least one bundle to take in."
        case .serveListen: "--listen {listen}: expected HOST:PORT, such as 127.0.0.1:8400."
        case .serveMaxBody: "--max-body {size}: expected bytes or N KiB/MiB/GiB, such as 64MiB."
        case .serveRate: "--rate {rate}: expected N/s, N/min, N/h or off."
        case .serveLimits:
            "--max-verifications must be at least 1, --max-queued at least 0, --checkpoint-interval at least 1, and --log-origin one word without +."
        case .serveLogLevel:
            "--log-level {level}: expected trace, debug, info, notice, warning or error."
        case .submitNoBundles: "Name at least one bundle to submit."
        case .submitURL: "--to {url}: expected an http:// or https:// URL."
        case .submitAttempts: "--attempts must be at least 1."
        case .tokenAdded:
            "the token for {name} above is shown once; {registry} keeps only its SHA-256."
        case .tokenNone: "{registry}: no tokens."
        case .tokenNever: "never"
        case .tokenActive: "active"
        case .tokenRevokedAt: "revoked {time}"
        case .tokenRevoked: "Revoked the token {name} in {registry}."
        case .tokenColumnName: "NAME"
        case .tokenColumnCreated: "CREATED"
        case .tokenColumnLastUsed: "LAST USED"
        case .tokenColumnStatus: "STATUS"
        case .decisionRecorded:
            "Recorded decision {id} in {registry}: {signatory} {year}, {action}, decided by {by}."
        case .decisionNone: "{registry}: no decisions."
        case .decisionSuperseded: "{action} (superseded)"
        case .decisionColumnID: "ID"
        case .decisionColumnSignatory: "SIGNATORY"
        case .decisionColumnYear: "YEAR"
        case .decisionColumnAction: "ACTION"
        case .decisionColumnBy: "BY"
        case .decisionColumnAt: "AT"
        case .decisionColumnReason: "REASON"

        case .reportWriteFailed: "{file}: cannot write the report: {reason}"
        case .schemaWrote: "wrote {file}"
        case .templatesWrote:
            "wrote assessment.yaml and article-1.yaml … article-{articles}.yaml to {folder}/"
        case .verifyNoBundles: "Name at least one bundle to verify."

        case .trustedKeyOneOf:
            "Give exactly one of --key FILE and --keyring FILE: the keys to trust."
        case .trustedKeySocietyKey:
            "--society-key checks the keyring's signature; it goes with --keyring FILE."
        }
    }

    var chinese: String? {
        switch self {
        case .errorLabel:
            "错误："
        case .warningLabel:
            "警告："
        case .noteLabel:
            "提示："
        case .errorCountOne:
            "{count} 个错误"
        case .errorCount:
            "{count} 个错误"
        case .indicatorCountOne:
            "{count} 个指标"
        case .indicatorCount:
            "{count} 个指标"
        case .articleCountOne:
            "{count} 个条款"
        case .articleCount:
            "{count} 个条款"
        case .signatoryCountOne:
            "{count} 个签约单位"
        case .signatoryCount:
            "{count} 个签约单位"
        case .keyCountOne:
            "{count} 个密钥"
        case .keyCount:
            "{count} 个密钥"
        case .outcomeScored:
            "评分"
        case .outcomeBundled:
            "打包"
        case .outcomeCompared:
            "比较"
        case .outcomeWritten:
            "写入"
        case .optionValue:
            "{option}：{reason}"
        case .unknownLanguage:
            "--lang {value}：请使用 zh（简体中文）或 en（英文）"
        case .unknownSubcommand:
            "`{name}` 不是 selfassess 的命令；`selfassess --help` 列出全部命令"
        case .excelNeedsCSV: "--excel 输出 CSV，不能与 --format {format} 同用"
        case .unknownSubcommandUsage:
            "用法：selfassess <子命令>\n  运行 'selfassess --help' 查看全部命令。"
        case .unknownSubcommandSuggestion:
            "`{name}` 不是 selfassess 的命令；是否想用 `{suggestion}`？"
        case .noSuchInput:
            "{path}：没有这个文件或文件夹"
        case .folderUnreadable:
            "{path}：无法读取该文件夹：{reason}"
        case .notAnAssessment:
            "{path}：不是自评估文件夹或报告包"
        case .noSuchAssessment:
            "{path}：没有这个自评估文件夹或报告包"
        case .readUnsigned:
            "{path}：读取时未检查签名；`selfassess verify` 可核实签名者"
        case .invalidAssessment:
            "{path} 不是有效的自评估，未进行{outcome}"
        case .assessmentUnreadable:
            "{path}：无法读取该自评估"
        case .builtinFrameworkBroken:
            "内部错误：内置框架无法加载"
        case .failure:
            "{file}：{reason}"
        case .refusedTarget:
            "{file} {reason}；未写入任何内容"
        case .failureWithCode:
            "{reason} [{code}]"
        case .aggregateNoInputs:
            "请至少指定一个报告包或报告包所在的文件夹。"
        case .aggregateInputsAndRegistry:
            "请指定报告包或文件夹，或者给出 --registry，两者不能同时使用。"
        case .aggregateDatabaseNeedsRegistry:
            "--database 需要同时给出 --registry DIR，即存放登记库报告包的数据文件夹。"
        case .exportWritten:
            "{file}：已写出 {rows} 行"
        case .aggregateYear:
            "--year {year}：请给出 2014 年及以后的四位数报告年度。"
        case .aggregateSince:
            "--since {since}：请给出 2014 年及以后的四位数年份。"
        case .aggregateSinceAfterYear:
            "--since {since} 晚于 --year {year}。"
        case .aggregateJobs:
            "--jobs {jobs}：至少为 1。"
        case .aggregateInvalidPolicy:
            "{file} 不是有效的处理措施规则（{errors}）；未读取任何报告包"
        case .aggregateProgress:
            "aggregate：{progress}"
        case .bundleNotAFolder:
            "{path}：不是自评估文件夹"
        case .bundleUnreviewed:
            "{path}：有 {count} 个答案沿用自往年且尚未复核（{ids}），未作签署。请逐项核对，删除其 `carried-forward` 行后再打包（或用 --allow-unreviewed 按原样签署）"
        case .bundleWrote:
            "已写入 {file}（{entries} 个条目，{size}）"
        case .bundleSignedWith:
            "签名密钥 {key}"
        case .bundleSignatory:
            "签约单位 {id}（{name}），{year} 年度，序号 {sequence}"
        case .bundleAfterPrior:
            "，接续 {prior}（清单 sha256 {sha}）"
        case .bundleOverall:
            "总分 {overall}（{rating}）；关键指标未达标：{failures}"
        case .bundleNoOverall:
            "无"
        case .bundleNoRating:
            "无评级"
        case .bundleSignedUnreviewed:
            "签署时有 {count} 个答案沿用自往年且尚未复核，已记入清单：{ids}"
        case .bundleNoCriticalFailures:
            "无"
        case .bundleSourceDateEpoch:
            "SOURCE_DATE_EPOCH={value} 不是自 1970 年起的秒数（须在 1980 年至 9999 年之间）"
        case .diffRegression:
            "退步：{indicators}、{articles}的得分低于 {old}"
        case .explainListLine:
            "{code}  {severity}  {title}"
        case .explainUnknown:
            "未知的诊断代码“{code}”；运行 `selfassess explain` 查看列表"
        case .explainEntry:
            "{code}（{severity}）：{title}\n\n{explanation}"
        case .initSignatory:
            "“{signatory}”不是有效的签约单位标识：请使用 2–63 个 a-z、0-9 和 - 字符，以字母或数字开头。"
        case .initYear:
            "“{year}”不是合理的报告年度（{first} 至 {last}）。"
        case .initCategory:
            "未知的类别“{category}”；请从以下类别中选择：{categories}。"
        case .initCreated:
            "已为 {signatory} 创建 {folder}/，报告年度 {year}（框架 {framework}）。"
        case .initFiles:
            "  assessment.yaml、article-1.yaml … article-{articles}.yaml、schema/、evidence/"
        case .initCarried:
            "  已沿用 {year} 年度的 {answers} 个回答和 {evidence} 个证据文件；每项均已标记为待复核。"
        case .initNext:
            "下一步：填写这些文件，然后运行 `selfassess validate {folder}`。"
        case .initBackedUp: "替换前已将 {files} 备份到 {backup}"
        case .keyID:
            "密钥标识：{key}"
        case .keyExportWrote:
            "已写入 {file}（{kind}）。"
        case .keyExportPEM:
            "SubjectPublicKeyInfo PEM"
        case .keyExportMinisign:
            "minisign 公钥"
        case .keygenName:
            "“{name}”不能用作密钥名称：请使用 1–64 个字母、数字、“.”、“_”和“-”，以字母或数字开头。"
        case .keygenNotAFolder:
            "{folder}：不是文件夹"
        case .keygenNoFolder:
            "{folder}：没有这个文件夹"
        case .keygenCreated:
            "已创建 {private}（私钥，权限 0600）和 {public}（公钥）。\n密钥标识：{key}\n请妥善保管 {private}。将 {public} 登记到协会，并与协会核对密钥标识。"
        case .keygenCreatedSociety:
            "已创建 {private}（私钥，权限 0600）和 {public}（公钥）。\n密钥标识：{key}\n请妥善保管 {private}，尽量离线存放：它用于签署密钥环和回执。请向各签约单位公布 {public} 及其密钥标识，他们据此核验密钥环和回执。"
        case .keyringSignatory:
            "--signatory：“{signatory}”不是签约单位标识（2–63 个小写字母、数字和连字符）。"
        case .keyringUntilBeforeFrom:
            "--valid-until {until} 早于首个有效日 {from}。"
        case .keyringValidFrom:
            "自 {from} 起有效"
        case .keyringValidFromUntil:
            "自 {from} 起至 {until} 有效"
        case .keyringCreatedWithKey:
            "已创建 {keyring}：添加密钥 {key}\n属于 {signatory}（{name}），{validity}。"
        case .keyringAddedKey:
            "已更新 {keyring}：添加密钥 {key}\n属于 {signatory}（{name}），{validity}。"
        case .keyringConfirm:
            "在签署名册之前，请通过其他渠道与签约单位核对此密钥标识。"
        case .keyringKeyID:
            "--key-id：“{id}”不是密钥标识；请写 sha256: 加 64 个小写十六进制数字。"
        case .keyringRevoked:
            "已更新 {keyring}：吊销密钥 {key}\n属于 {signatory}（{name}），自 {date} 起：{reason}\n该密钥在 {date} 及以后签署的报告包现在将被拒收。"
        case .keyringSigned:
            "已用协会密钥 {key} 签署 {keyring}（{signatories}，{keys}）。\n已写入 {signature}；可信注释：{comment}"
        case .keyringVerified:
            "通过：{keyring} 由协会密钥 {key} 签署\n（{signatories}，{keys}；{comment}）。"
        case .keyringInvalid:
            "{file} 不是有效的名册（{errors}）；未做任何操作"
        case .keyringUncheckedSignature:
            "{keyring}：未检查名册的签名；请给出 --society-key，以拒绝未经协会签署的名册"
        case .keyringSignatureRemoved:
            "名册已更改，其签名 {signature} 不再适用，已被删除。"
        case .keyringSignatureNotRemoved:
            "名册已更改，{signature} 不再适用，但无法删除（{reason}）；在重新签署之前它将无法通过验证。"
        case .keyringSignAgain:
            "请重新签署：selfassess keyring sign {keyring} --key SOCIETY.key"
        case .keyringSign:
            "请签署：selfassess keyring sign {keyring} --key SOCIETY.key"
        case .keyringRewritten:
            "{keyring} 无法原地修改，已根据其内容重新写入：原有注释和排版未保留（见 docs/keyring.md）"
        case .receiptTooLarge:
            "{size} 字节，超过回执允许的 {limit} 字节"
        case .logAudited:
            "{source}：已对照提交检查 {entries} 条日志记录，已计算 {hashed} 个已存储报告包的哈希，已重新验证 {reverified} 个已接受的报告包（另有 {other} 个按其他密钥环检查过，未重新验证）：发现 {findings} 个问题"
        case .receiptInLog:
            "  在日志 {origin} 中：含 {size} 条记录、生成于 {time} 的检查点的叶子 {leaf}，检查点由协会密钥签名；包含证明可得出其根哈希"
        case .receiptNoProof:
            "  {version} 回执不含其在日志中的证明：可通过 GET /v1/log/proof/inclusion?hash={bundle}&size=N 获取"
        case .logVerified:
            "{folder}：含 {size} 条记录的日志延续了含 {first} 条记录的检查点 {file}，其记录可重新推导出该根哈希；由协会密钥 {key} 签名"
        case .intakeNoBundles:
            "请至少指定一个要接收的报告包。"
        case .serveListen:
            "--listen {listen}：应为 HOST:PORT，例如 127.0.0.1:8400。"
        case .serveMaxBody:
            "--max-body {size}：应为字节数或 N KiB/MiB/GiB，例如 64MiB。"
        case .serveRate:
            "--rate {rate}：应为 N/s、N/min、N/h 或 off。"
        case .serveLimits:
            "--max-verifications 至少为 1，--max-queued 至少为 0，--checkpoint-interval 至少为 1，--log-origin 须为一个不含 + 的词。"
        case .serveLogLevel:
            "--log-level {level}：应为 trace、debug、info、notice、warning 或 error。"
        case .submitNoBundles:
            "请至少指定一个要提交的报告包。"
        case .submitURL:
            "--to {url}：应为 http:// 或 https:// 开头的网址。"
        case .submitAttempts:
            "--attempts 至少为 1。"
        case .tokenAdded:
            "上面 {name} 的令牌只显示这一次；{registry} 只保存其 SHA-256。"
        case .tokenNone:
            "{registry}：没有令牌。"
        case .tokenNever:
            "从未"
        case .tokenActive:
            "有效"
        case .tokenRevokedAt:
            "已于 {time} 吊销"
        case .tokenRevoked:
            "已吊销 {registry} 中的令牌 {name}。"
        case .tokenColumnName:
            "名称"
        case .tokenColumnCreated:
            "创建时间"
        case .tokenColumnLastUsed:
            "最近使用"
        case .tokenColumnStatus:
            "状态"
        case .decisionRecorded:
            "已在 {registry} 中记录决定 {id}：{signatory} {year} 年度，{action}，决定人 {by}。"
        case .decisionNone:
            "{registry}：没有决定。"
        case .decisionSuperseded:
            "{action}（已被取代）"
        case .decisionColumnID:
            "编号"
        case .decisionColumnSignatory:
            "签约单位"
        case .decisionColumnYear:
            "年度"
        case .decisionColumnAction:
            "措施"
        case .decisionColumnBy:
            "决定人"
        case .decisionColumnAt:
            "时间"
        case .decisionColumnReason:
            "理由"
        case .reportWriteFailed:
            "{file}：无法写入报告：{reason}"
        case .schemaWrote:
            "已写入 {file}"
        case .templatesWrote:
            "已将 assessment.yaml 和 article-1.yaml … article-{articles}.yaml 写入 {folder}/"
        case .verifyNoBundles:
            "请至少指定一个要验证的报告包。"
        case .trustedKeyOneOf:
            "请在 --key FILE 和 --keyring FILE 中恰好给出一个：即要信任的密钥。"
        case .trustedKeySocietyKey:
            "--society-key 用于检查名册的签名；须与 --keyring FILE 一起使用。"
        }
    }
}

extension CLIMessages {
    /// The wording with its arguments, to render later or to give to another wording.
    func message(_ arguments: [String: Diagnostic.Message.Argument] = [:]) -> Diagnostic.Message {
        Diagnostic.Message(self, arguments)
    }

    /// The text in the tool's language (``CLILanguage/current``).
    func text(_ arguments: [String: Diagnostic.Message.Argument] = [:]) -> String {
        message(arguments).text(in: CLILanguage.current)
    }

    /// The text with every argument a plain text, in the tool's language.
    func text(_ arguments: KeyValuePairs<String, String>) -> String {
        text(Dictionary(uniqueKeysWithValues: arguments.map { ($0.key, .text($0.value)) }))
    }
}
