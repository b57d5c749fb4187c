extension Diagnostic.Code {
    /// The severity a diagnostic with this code has unless it says otherwise.
    public var severity: Diagnostic.Severity {
        switch self {
        case .unexpectedFile, .strayJustification, .carriedForward, .evidenceDuplicate,
            .declarationDate, .implausibleNumber, .staleEvidence, .staleDate, .staleJustification:
            .warning
        default: .error
        }
    }

    /// A short title for the documentation table, in English.
    public var title: String { title(in: .english) }

    /// A longer explanation in English: what triggers the code and how to fix it.
    public var explanation: String { explanation(in: .english) }

    /// The code's title in a language.
    public func title(in language: Language) -> String {
        switch language {
        case .english: englishEntry.title
        case .chinese: chineseEntry.title
        }
    }

    /// The code's explanation in a language.
    public func explanation(in language: Language) -> String {
        switch language {
        case .english: englishEntry.explanation
        case .chinese: chineseEntry.explanation
        }
    }

    /// The Simplified Chinese catalog of codes: title and explanation.
    private var chineseEntry: (title: String, explanation: String) {
        switch self {
        case .syntax:
            ("YAML 语法错误", "libyaml 无法解析该文件。消息给出 libyaml 自己的说法和位置；建议说明通常的原因。")
        case .tabIndentation:
            ("用制表符缩进", "YAML 只能用空格缩进。请把行首的制表符换成空格。")
        case .duplicateKey:
            ("重复的键", "同一个映射中出现了两次相同的键。键按值比较，所以 `\"A2.1\"` 和 `A2.1` 是同一个键。两处位置都已指出；请只保留一处。")
        case .aliasOrAnchor:
            ("锚点或别名", "不接受锚点（`&name`）和别名（`*name`）：自评估用不到它们，拒绝它们也杜绝了别名展开攻击。请把值完整写出。")
        case .mergeKey:
            ("合并键", "与别名一样，不接受合并键 `<<`。请把各个键完整写出。")
        case .explicitTag:
            (
                "显式标签",
                "不接受 `!!str`、`!!python/object` 之类的显式标签。值的类型由自评估格式决定，而不是由标签决定；如果一个值必须保持为文字，请给它加引号。"
            )
        case .multipleDocuments:
            ("多于一个文档", "一个文件只能包含一个 YAML 文档。请删除多余的 `---` 分隔符，或把文件拆开。")
        case .emptyFile:
            ("空文件", "文件没有内容（为空或只有注释）。")
        case .invalidUTF8:
            ("不是有效的 UTF-8", "文件必须是 UTF-8 编码。消息给出第一个无效字节的位置；请将文件另存为 UTF-8。")
        case .wrongEncoding:
            ("UTF-16 或 UTF-32 文本", "文件是 UTF-16 或 UTF-32 编码（libyaml 会悄悄接受 UTF-16）。请将文件另存为 UTF-8。")
        case .controlCharacter:
            ("控制字符", "文本中含有不可见的控制字符（制表符、换行符和回车符除外）。请删除它；它通常来自从其他程序复制的内容。")
        case .lineSeparator:
            (
                "Unicode 行分隔符",
                "不接受 NEL（U+0085）、LINE SEPARATOR（U+2028）和 PARAGRAPH SEPARATOR（U+2029）：YAML 把它们当作换行，编辑器却不会，行号因此对不上。请换成普通换行或空格。"
            )
        case .fileTooLarge:
            ("文件过大", "文件超过大小上限（默认 8 MiB），未被读取。")
        case .nestingTooDeep:
            ("嵌套过深", "集合的嵌套层数超过上限（64 层）；读取在此停止。")
        case .complexKey:
            ("键不是文字", "映射的键本身是一个映射或列表。键必须是普通文字。")
        case .unreadable:
            ("无法读取文件", "文件或文件夹不存在、不是普通文件，或无法读取。")
        case .tooManyFindings:
            (
                "一个文件中的问题过多",
                "每个文件最多报告 1,000 个问题；这一条说明还有多少个未列出。问题这么多的文件会被 `bundle` 拒绝（并计为错误），因为检查它会拖慢报告包的每一位读者。请先修正前面的问题，然后再次运行 `validate`。"
            )
        case .fileOutsideFolder:
            (
                "文件在自评估文件夹之外",
                "`assessment.yaml` 或某个条款文件是指向自评估文件夹之外的符号链接。报告包只收入文件夹内的文件，与证据文件的规则相同：请把文件复制到文件夹中，替换该链接。"
            )
        case .missingKey:
            ("缺少必需的键", "缺少格式要求的某个键。建议中给出了它的名字。")
        case .unknownKey:
            ("未知的键", "格式中没有定义的键，通常是拼写错误：建议中给出最接近的已知键。")
        case .wrongNodeType:
            ("值的种类不对", "此处应为映射、列表或单个值，却是其他内容。")
        case .missingArticleFile:
            ("缺少条款文件", "自评估文件夹中应有 `article-1.yaml` 至 `article-7.yaml`；其中一个缺失。")
        case .articleMismatch:
            ("条款编号与文件不符", "`article-N.yaml` 中的 `article:` 必须是 N。")
        case .unexpectedFile:
            ("意外的文件", "自评估文件夹中有一个不属于格式的 YAML 文件（例如 `article-8.yaml` 或 `article-2.yml`）。它不会被读取。")
        case .frameworkMismatch:
            ("各文件的框架不一致", "自评估的每个文件必须写明相同的框架标识和版本。")
        case .unknownFramework:
            ("未知的框架", "文件中写明的框架标识或版本不是已加载的框架。请用 `--framework` 加载该自评估所依据的框架，或更新自评估。")
        case .unknownIndicator:
            ("未知的指标", "该指标标识不属于本条款的指标。建议中给出最接近的标识，或指出它所属的条款。")
        case .missingIndicator:
            ("缺少指标", "本条款的某个指标没有条目。每个指标都必须作答（或在框架允许时标为 `not-applicable`）。")
        case .invalidValue:
            ("无效的值", "值的形式不符合要求（日期、数字、电子邮件地址、标识）。")
        case .unanswered:
            ("未作答", "指标存在，但其 `answer` 为空。")
        case .invalidAnswer:
            ("该指标不允许此回答", "该回答不在指标的回答类型所允许的范围内。建议中列出了允许的回答。")
        case .maturityOutOfRange:
            ("成熟度等级超出范围", "成熟度回答是 0 到 4 的整数。")
        case .invalidNumber:
            ("无效的数字", "数字回答必须是指标单位下的普通十进制数（不带单位，不带 %），并在有效范围内。")
        case .invalidDate:
            ("无效的日期", "日期必须是按 YYYY-MM-DD 书写的真实日历日期，且不晚于报告年度结束；证据文件的日期不能在将来。")
        case .emptyText:
            ("文字回答为空", "文字回答不能为空。")
        case .notApplicableNotAllowed:
            ("不允许 not-applicable", "框架不允许该指标回答 `not-applicable`。")
        case .missingJustification:
            ("not-applicable 缺少理由", "`not-applicable` 总是需要一条 `justification`，说明该指标为何不适用。")
        case .strayJustification:
            ("适用的回答带有理由", "只有 `not-applicable` 时才读取 `justification`。请把这段文字移到 `note`。")
        case .carriedForward:
            ("沿用的回答尚未复核", "`init --from` 从上一年度的自评估中复制了这个回答。请核对后删除 `carried-forward` 这一行。")
        case .evidenceNameUnusable:
            ("证据路径无法记录", "所引用的证据路径含有控制字符（换行、制表符、ESC 等）或超过 1,024 字节，报告包清单无法记录它。请重命名文件并引用新名称。")
        case .evidenceTooLarge:
            ("证据文件过大", "所引用的证据文件超过报告包条目允许的大小（默认 100 MiB）；大小取自文件系统，文件本身未被读取。请引用较小的摘录，或拆分文件。")
        case .implausibleNumber:
            (
                "数值与单位不符",
                "回答是有效的数字，但对其单位来说不太可能：以百分比计的指标填了小于 1 的小数（0.815 按 0.815% 计分，而非 81.5%），以月计的指标超过 120 个月，或计数指标（项、个、次等）填了小数。请确认单位后改正；如确实如此，可忽略此警告。"
            )
        case .staleEvidence:
            (
                "沿用的证据日期早于报告年度",
                "标记为 carried-forward 的回答所引用的证据带有日期（`date:`），且早于本报告年度的 1 月 1 日：这份文件可能已被更新的版本取代。错误示例（2026 年度）：`carried-forward: 2025`，证据 `date: 2025-03-01`。正确示例：引用 2026 年的版本（`date: 2026-02-10`），或确认旧文件仍然有效后删除 `carried-forward` 行。"
            )
        case .staleDate:
            (
                "沿用的日期今年得分更低",
                "标记为 carried-forward 的日期回答，按它沿用自的年度计分高于按本报告年度计分：日期必须落在年底之前的若干个月内，去年有效的日期今年可能已过期。错误示例（2026 年度，要求 12 个月内）：`answer: 2025-06-12`、`carried-forward: 2025`，2025 年度得满分，2026 年度得 0 分。正确示例：`answer: 2026-05-20`，即最近一次的日期。"
            )
        case .staleJustification:
            (
                "沿用的不适用理由与新证据不符",
                "回答 `not-applicable` 且标记为 carried-forward，但引用的证据中有日期晚于沿用年度的文件：情况已有变化，而理由仍是往年的原文。规则：not-applicable、`carried-forward: Y`，且至少一份证据的 `date:` 在 Y 年之后。错误示例（2026 年度）：`carried-forward: 2025`、理由“没有三级以上系统”，证据 `date: 2026-01-15` 的定级备案表。正确示例：对照新证据改写理由，或如实回答该指标，然后删除 `carried-forward` 行。"
            )
        case .evidenceRequired:
            ("需要证据", "框架要求该指标提供证据，但没有引用任何证据。")
        case .evidenceAbsolute:
            ("证据路径为绝对路径", "证据路径应相对于自评估文件夹。")
        case .evidenceEscapes:
            ("证据路径离开了文件夹", "证据路径（经由 `..` 或符号链接）指向自评估文件夹之外。")
        case .evidenceMissing:
            ("找不到证据文件", "所引用的证据文件不存在。")
        case .evidenceNotFile:
            ("证据不是普通文件", "所引用的证据路径是文件夹、设备、管道或其他非普通文件。")
        case .evidenceDuplicate:
            ("证据被引用两次", "同一个指标中列出了两次相同的证据文件。")
        case .missingAssessmentFile:
            ("缺少 assessment.yaml", "自评估文件夹需要一个写明签约单位、年度和框架的 `assessment.yaml`。")
        case .invalidSignatoryID:
            ("无效的签约单位标识", "签约单位标识为 2–63 个小写字母、数字和连字符，以字母或数字开头，与在协会登记的一致。")
        case .implausibleYear:
            ("不合理的报告年度", "报告年度必须是 2014 年（公约签署之年）至明年之间的四位数年份。")
        case .unknownCategory:
            ("未知的类别", "签约单位的类别必须是框架中的类别之一。")
        case .invalidEmail:
            ("无效的电子邮件地址", "联系人电子邮件不像一个电子邮件地址。")
        case .declarationDate:
            ("声明日期异常", "声明日期早于报告年度开始，或比它晚太多。")
        case .invalidFramework:
            ("无效的框架", "框架文件违反了框架格式的规则（重复的标识、权重为零、评级区间顺序不对、缺少条款等）。")
        case .invalidPolicy:
            (
                "无效的处理措施规则",
                "规则文件违反了规则格式：重复的规则标识、没有条件的规则、相互矛盾的条件、没有提高处理级别的升级，或框架中没有定义的指标或评级。docs/policy.md 说明了该格式。"
            )
        case .invalidKeyring:
            (
                "无效的名册",
                "名册文件违反了名册格式的规则：密钥不是 Ed25519 公钥（X25519、RSA、私钥、损坏的 PEM 或 base64）、指纹与密钥不符、同一密钥登记了两次（同一或不同签约单位）、签约单位没有密钥、`valid-until` 早于 `valid-from`，或不支持的格式版本。早于密钥 `valid-from` 的吊销日期只是警告。docs/keyring.md 说明了该格式。"
            )
        }
    }

    /// The English catalog of codes: title and explanation.
    private var englishEntry: (title: String, explanation: String) {
        switch self {
        case .syntax:
            (
                "YAML syntax error",
                "libyaml could not parse the file. The message gives libyaml's own words and position; the "
                    + "hint explains the usual cause."
            )
        case .tabIndentation:
            (
                "Tab used for indentation",
                "YAML indents with spaces only. Replace the tab characters at the start of the line with spaces."
            )
        case .duplicateKey:
            (
                "Duplicate key",
                "The same key appears twice in one mapping. Keys are compared by value, so `\"A2.1\"` and "
                    + "`A2.1` are the same key. Both places are named; keep one."
            )
        case .aliasOrAnchor:
            (
                "Anchor or alias",
                "Anchors (`&name`) and aliases (`*name`) are refused: an assessment needs none, and refusing "
                    + "them closes alias-expansion attacks. Write the value out in full."
            )
        case .mergeKey:
            (
                "Merge key",
                "The merge key `<<` is refused, like aliases. Write the keys out in full."
            )
        case .explicitTag:
            (
                "Explicit tag",
                "Explicit tags such as `!!str` or `!!python/object` are refused. Values are typed by the "
                    + "assessment format, not by tags; quote a value if it must stay text."
            )
        case .multipleDocuments:
            (
                "More than one document",
                "A file holds exactly one YAML document. Remove the extra `---` separator or split the file."
            )
        case .emptyFile:
            (
                "Empty file",
                "The file holds no content (it is empty or has only comments)."
            )
        case .invalidUTF8:
            (
                "Not valid UTF-8",
                "The file must be UTF-8. The position of the first byte that is not valid UTF-8 is given; "
                    + "re-save the file as UTF-8."
            )
        case .wrongEncoding:
            (
                "UTF-16 or UTF-32 text",
                "The file is UTF-16 or UTF-32 (libyaml would accept UTF-16 silently). Re-save it as UTF-8."
            )
        case .controlCharacter:
            (
                "Control character",
                "The text holds an invisible control character (other than tab, line feed and carriage "
                    + "return). Delete it; it usually comes from copying out of another program."
            )
        case .lineSeparator:
            (
                "Unicode line separator",
                "NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) are refused: YAML "
                    + "counts them as line breaks and editors do not, so line numbers would disagree. "
                    + "Replace them with a normal line break or a space."
            )
        case .fileTooLarge:
            (
                "File too large",
                "The file is larger than the size limit (8 MiB by default) and was not read."
            )
        case .nestingTooDeep:
            (
                "Nesting too deep",
                "Collections are nested deeper than the limit (64 levels); reading stopped there."
            )
        case .complexKey:
            (
                "Key is not text",
                "A mapping key is itself a mapping or a list. Keys must be plain text."
            )
        case .unreadable:
            (
                "File cannot be read",
                "The file or folder does not exist, is not a regular file, or cannot be read."
            )
        case .tooManyFindings:
            (
                "Too many findings in one file",
                "At most 1,000 findings are reported per file; this one says how many more were left out. "
                    + "A file with that many problems is refused by `bundle` (and counts as an error), "
                    + "because checking it would make every reader of the bundle slow. Fix the first "
                    + "findings and run `validate` again."
            )
        case .fileOutsideFolder:
            (
                "File outside the assessment folder",
                "`assessment.yaml` or an article file is a symbolic link leading outside the assessment "
                    + "folder. The bundle takes files from inside the folder only, the same rule as for "
                    + "evidence: copy the file into the folder in place of the link."
            )
        case .missingKey:
            (
                "Required key missing",
                "A key the format requires is absent. The hint names it."
            )
        case .unknownKey:
            (
                "Unknown key",
                "A key the format does not define. Usually a misspelling: the hint suggests the closest "
                    + "known key."
            )
        case .wrongNodeType:
            (
                "Wrong kind of value",
                "A mapping, list or single value was expected and something else was found."
            )
        case .missingArticleFile:
            (
                "Article file missing",
                "An assessment folder holds `article-1.yaml` to `article-7.yaml`; one of them is absent."
            )
        case .articleMismatch:
            (
                "Article number does not match the file",
                "`article:` inside `article-N.yaml` must be N."
            )
        case .unexpectedFile:
            (
                "Unexpected file",
                "A YAML file in the assessment folder that is not part of the format (for example "
                    + "`article-8.yaml` or `article-2.yml`). It is not read."
            )
        case .frameworkMismatch:
            (
                "Framework differs between files",
                "Every file of an assessment must name the same framework id and version."
            )
        case .unknownFramework:
            (
                "Unknown framework",
                "The framework id or version named in the file is not the one loaded. Use `--framework` "
                    + "to load the framework the assessment answers, or update the assessment."
            )
        case .unknownIndicator:
            (
                "Unknown indicator",
                "The indicator id is not one of this article's indicators. The hint suggests the closest id "
                    + "or names the article it belongs to."
            )
        case .missingIndicator:
            (
                "Indicator missing",
                "An indicator of the article has no entry. Every indicator must be answered (or marked "
                    + "`not-applicable` where the framework allows it)."
            )
        case .invalidValue:
            (
                "Invalid value",
                "A value does not have the expected form (a date, a number, an e-mail address, an id)."
            )
        case .unanswered:
            (
                "Not answered",
                "The indicator is present but its `answer` is empty."
            )
        case .invalidAnswer:
            (
                "Answer not allowed for this indicator",
                "The answer is not one the indicator's answer type allows. The hint lists the allowed answers."
            )
        case .maturityOutOfRange:
            (
                "Maturity level out of range",
                "A maturity answer is a whole number from 0 to 4."
            )
        case .invalidNumber:
            (
                "Invalid number",
                "A number answer must be a plain decimal number in the indicator's unit (no unit, no %), "
                    + "within its valid range."
            )
        case .invalidDate:
            (
                "Invalid date",
                "A date must be a real calendar date written YYYY-MM-DD, and not after the end of the "
                    + "reporting year; an evidence file cannot be dated in the future."
            )
        case .emptyText:
            (
                "Empty text answer",
                "A text answer must not be empty."
            )
        case .notApplicableNotAllowed:
            (
                "not-applicable not allowed",
                "The framework does not allow `not-applicable` for this indicator."
            )
        case .missingJustification:
            (
                "not-applicable without justification",
                "`not-applicable` always needs a `justification` saying why the indicator does not apply."
            )
        case .strayJustification:
            (
                "Justification on an applicable answer",
                "A `justification` is only read with `not-applicable`. Move the text to `note`."
            )
        case .carriedForward:
            (
                "Carried-forward answer not reviewed",
                "`init --from` copied this answer from last year's assessment. Check it, then delete the "
                    + "`carried-forward` line."
            )
        case .evidenceNameUnusable:
            (
                "Evidence path cannot be recorded",
                "The cited evidence path holds a control character (a line break, a tab, ESC …) or is "
                    + "longer than 1,024 bytes, so the bundle's manifest cannot record it. Rename the file "
                    + "and cite the new name."
            )
        case .evidenceTooLarge:
            (
                "Evidence file too large",
                "The cited evidence file is larger than a bundle entry may be (100 MiB by default); "
                    + "its size is read from the file system, the file is not read. Cite a smaller "
                    + "extract, or split the document."
            )
        case .implausibleNumber:
            (
                "Number implausible for its unit",
                "The answer is a valid number but unlikely for its unit: a fraction under 1 on a "
                    + "percent indicator (0.815 scores as 0.815 %, not 81.5 %), more than 120 "
                    + "months on a month indicator, or decimals on a count (items, times, people). "
                    + "Check the unit and correct it; if the value is right, the warning can stay."
            )
        case .staleEvidence:
            (
                "Carried-forward evidence dated before the year",
                "An answer still marked carried-forward cites evidence whose `date:` is before 1 "
                    + "January of the reporting year: a newer version of the document may replace it. "
                    + "Wrong (year 2026): `carried-forward: 2025` with evidence `date: 2025-03-01`. "
                    + "Right: cite the 2026 version (`date: 2026-02-10`), or check that the old "
                    + "document still holds and delete the `carried-forward` line."
            )
        case .staleDate:
            (
                "Carried-forward date scores lower this year",
                "A date answer still marked carried-forward scores lower in the reporting year than "
                    + "in the year it was carried from: the date must fall within some months before "
                    + "the end of the year, so last year's date may have run out. Wrong (year 2026, "
                    + "12 months): `answer: 2025-06-12` with `carried-forward: 2025`, full marks in "
                    + "2025 and 0 in 2026. Right: `answer: 2026-05-20`, the date of the latest one."
            )
        case .staleJustification:
            (
                "Carried-forward not-applicable against newer evidence",
                "A `not-applicable` answer still marked carried-forward cites evidence dated after "
                    + "the year it was carried from: the facts changed, but the justification is "
                    + "last year's text. The rule: not-applicable, `carried-forward: Y`, and at least "
                    + "one evidence `date:` after year Y. Wrong (year 2026): `carried-forward: 2025`, "
                    + "justification \"no system graded level 3\", evidence `date: 2026-01-15` (a new "
                    + "grading record). Right: rewrite the justification against the new evidence, or "
                    + "answer the indicator, then delete the `carried-forward` line."
            )
        case .evidenceRequired:
            (
                "Evidence required",
                "The framework requires evidence for this indicator and none is cited."
            )
        case .evidenceAbsolute:
            (
                "Absolute evidence path",
                "Evidence paths are relative to the assessment folder."
            )
        case .evidenceEscapes:
            (
                "Evidence path leaves the folder",
                "The evidence path leads outside the assessment folder (through `..` or a symbolic link)."
            )
        case .evidenceMissing:
            (
                "Evidence file not found",
                "The cited evidence file does not exist."
            )
        case .evidenceNotFile:
            (
                "Evidence is not a regular file",
                "The cited evidence path is a folder, a device, a pipe or otherwise not a regular file."
            )
        case .evidenceDuplicate:
            (
                "Evidence cited twice",
                "The same evidence file is listed twice for one indicator."
            )
        case .missingAssessmentFile:
            (
                "assessment.yaml missing",
                "An assessment folder needs an `assessment.yaml` naming the signatory, year and framework."
            )
        case .invalidSignatoryID:
            (
                "Invalid signatory id",
                "A signatory id is 2–63 characters of lower-case letters, digits and hyphens, starting with "
                    + "a letter or digit, as registered with the society."
            )
        case .implausibleYear:
            (
                "Implausible reporting year",
                "The reporting year must be a four-digit year from 2014 (the Convention's year) to next year."
            )
        case .unknownCategory:
            (
                "Unknown category",
                "The signatory's category must be one of the framework's categories."
            )
        case .invalidEmail:
            (
                "Invalid e-mail address",
                "The contact e-mail does not look like an e-mail address."
            )
        case .declarationDate:
            (
                "Unusual declaration date",
                "The declaration is dated before the reporting year began, or too far after it."
            )
        case .invalidFramework:
            (
                "Invalid framework",
                "The framework file breaks a rule of the framework format (duplicate ids, zero weights, "
                    + "bands out of order, a missing article …)."
            )
        case .invalidPolicy:
            (
                "Invalid policy",
                "The policy file breaks a rule of the policy format: a duplicate rule id, a rule without "
                    + "conditions, contradictory conditions, an escalation that does not raise the step, or an "
                    + "indicator or rating the framework does not define. docs/policy.md describes the format."
            )
        case .invalidKeyring:
            (
                "Invalid keyring",
                "The keyring file breaks a rule of the keyring format: a key that is not an Ed25519 public "
                    + "key (X25519, RSA, a private key, damaged PEM or base64), a fingerprint that does not "
                    + "match its key, a key registered twice (for one signatory or for two), a signatory "
                    + "without keys, `valid-until` before `valid-from`, or an unsupported schema. A "
                    + "revocation dated before the key's `valid-from` is a warning. docs/keyring.md "
                    + "describes the format."
            )
        }
    }
}
