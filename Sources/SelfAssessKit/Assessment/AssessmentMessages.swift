/// The wordings of Assessment/: `assessment.yaml`, article files, answers and evidence.
enum AssessmentMessages: String, MessageCatalog {
    // assessment.yaml
    case assessmentFile = "SA101.assessment-file"
    case invalidSignatoryID = "SA402.invalid-id"
    case signatoryIDHint = "SA402.invalid-id.hint"
    case signatoryName = "SA111.signatory-name"
    case signatoryNameHint = "SA111.signatory-name.hint"
    case implausibleYear = "SA403.implausible"
    case implausibleYearHint = "SA403.implausible.hint"
    case invalidEmail = "SA405.invalid"
    case invalidEmailHint = "SA405.invalid.hint"
    case declarationBeforeYear = "SA406.before-year"
    case declarationInFuture = "SA406.future"
    case otherFramework = "SA108.other"
    case otherVersionHint = "SA108.other-version.hint"
    case otherFrameworkHint = "SA108.other-framework.hint"
    // article-N.yaml
    case articleMismatch = "SA105.mismatch"
    case articleMismatchHint = "SA105.mismatch.hint"
    case notAnArticle = "SA111.article"
    case notAnArticleHint = "SA111.article.hint"
    case unknownIndicator = "SA109.unknown"
    case indicatorBelongsElsewhere = "SA109.elsewhere.hint"
    case articleHas = "SA109.article-has.hint"
    case missingIndicator = "SA110.missing"
    case missingIndicatorHint = "SA110.missing.hint"
    case missingIndicatorAfterHint = "SA110.missing.after.hint"
    // answers
    case unanswered = "SA201.unanswered"
    case carriedForward = "SA210.carried-forward"
    case carriedForwardHint = "SA210.carried-forward.hint"
    case missingJustification = "SA208.missing"
    case missingJustificationHint = "SA208.missing.hint"
    case missingJustificationWhenHint = "SA208.missing-when.hint"
    case strayJustification = "SA209.stray"
    case strayJustificationHint = "SA209.stray.hint"
    case answerWith = "SA202.answer-with.hint"
    case aLevel = "SA202.a-level"
    case aNumberIn = "SA202.a-number-in"
    case aDate = "SA202.a-date"
    case text = "SA202.text"
    case notApplicableNotAllowed = "SA207.not-allowed"
    case notApplicableNotAllowedHint = "SA207.not-allowed.hint"
    case invalidAnswer = "SA202.invalid"
    case yesOrNoOnly = "SA202.yes-or-no.hint"
    case maturityOutOfRange = "SA203.out-of-range"
    case notAMaturityLevel = "SA203.not-a-level"
    case maturityHint = "SA203.whole-number.hint"
    case maturityLevels = "SA203.levels.hint"
    case maturityLevel = "SA203.level"
    case notADate = "SA205.not-a-date"
    case notADateHint = "SA205.not-a-date.hint"
    case afterReportingYear = "SA205.after-year"
    case afterReportingYearHint = "SA205.after-year.hint"
    case emptyText = "SA206.empty"
    case notANumber = "SA204.not-a-number"
    case plainNumberHint = "SA204.plain.hint"
    case withoutUnitHint = "SA204.without-unit.hint"
    case thousandsHint = "SA204.thousands.hint"
    case notWholeNumber = "SA204.not-whole"
    case notWholeNumberHint = "SA204.not-whole.hint"
    case belowMinimum = "SA204.below"
    case aboveMaximum = "SA204.above"
    case percentAsFraction = "SA213.percent-fraction"
    case percentAsFractionHint = "SA213.percent-fraction.hint"
    case tooManyMonths = "SA213.months"
    case tooManyMonthsHint = "SA213.months.hint"
    case countWithDecimals = "SA213.count-decimals"
    case countWithDecimalsHint = "SA213.count-decimals.hint"
    case staleEvidence = "SA214.stale-evidence"
    case staleEvidenceHint = "SA214.stale-evidence.hint"
    case staleDate = "SA215.stale-date"
    case staleDateHint = "SA215.stale-date.hint"
    case staleJustification = "SA216.stale-justification"
    case staleJustificationHint = "SA216.stale-justification.hint"
    case validRange = "SA204.range.hint"
    // evidence
    case evidenceInFuture = "SA205.evidence-future"
    case evidenceInFutureHint = "SA205.evidence-future.hint"
    case emptyEvidencePath = "SA111.evidence-empty"
    case evidenceDuplicate = "SA306.duplicate"
    case evidenceRequired = "SA301.required"
    case evidenceRequiredHint = "SA301.required.hint"
    case criticalNotApplicableEvidence = "SA301.critical-not-applicable"
    case criticalNotApplicableEvidenceHint = "SA301.critical-not-applicable.hint"
    case evidenceAbsolute = "SA302.absolute"
    case evidenceAbsoluteHint = "SA302.absolute.hint"
    case evidencePathTooLong = "SA211.too-long"
    case evidenceControlCharacter = "SA211.control"
    case evidenceNameHint = "SA211.hint"
    case evidenceBackslashes = "SA111.backslashes"
    case evidenceBackslashesHint = "SA111.backslashes.hint"
    case evidenceEscapes = "SA303.escapes"
    case evidenceEscapesHint = "SA303.escapes.hint"
    case evidenceLinkEscapes = "SA303.link"
    case evidenceLinkEscapesHint = "SA303.link.hint"
    case evidenceNotFile = "SA305.not-file"
    case evidenceTooLarge = "SA212.too-large"
    case evidenceTooLargeHint = "SA212.too-large.hint"
    case evidenceMissing = "SA304.missing"
    case evidenceDidYouMean = "SA304.did-you-mean.hint"

    var english: String {
        switch self {
        case .assessmentFile: "assessment.yaml"
        case .invalidSignatoryID: "`{id}` is not a valid signatory id"
        case .signatoryIDHint: "2–63 characters: a-z, 0-9 and -, starting with a letter or digit"
        case .signatoryName:
            "the signatory's name must be one line of at most 512 bytes, without tabs or other "
                + "control characters"
        case .signatoryNameHint:
            "write the registered name of the company, as on its business licence"
        case .implausibleYear: "`{text}` is not a plausible reporting year"
        case .implausibleYearHint: "a four-digit year from {first} to {last}"
        case .invalidEmail: "`{email}` does not look like an e-mail address"
        case .invalidEmailHint: "write one address, such as compliance@example.cn"
        case .declarationBeforeYear:
            "the declaration is dated {date}, before the reporting year {year} began"
        case .declarationInFuture: "the declaration is dated {date}, which is in the future"
        case .otherFramework: "the file answers framework {answered}, but {loaded} is loaded"
        case .otherVersionHint:
            "update the version to \"{loadedVersion}\", or load framework {version} with --framework"
        case .otherFrameworkHint: "load the framework this assessment answers with --framework FILE"
        case .articleMismatch: "this file is article-{expected}.yaml but says `article: {value}`"
        case .articleMismatchHint:
            "set `article: {expected}`, or rename the file to article-{value}.yaml"
        case .notAnArticle: "`{text}` is not an article number"
        case .notAnArticleHint: "articles are numbered 1 to {count}"
        case .unknownIndicator: "`{id}` is not an indicator of article {article}"
        case .indicatorBelongsElsewhere:
            "{id} belongs to article {other}; move it to article-{other}.yaml"
        case .articleHas: "article {article} has {ids}"
        case .missingIndicator: "indicator {id} ({title}) is missing"
        case .missingIndicatorHint:
            "add `{id}:` with an `answer:`; the template has every indicator"
        case .missingIndicatorAfterHint:
            "add `{id}:` with an `answer:` here, after {previous}'s block; the template has every indicator"
        case .unanswered: "indicator {id} is not answered"
        case .carriedForward:
            "the answer to {id} was carried forward from {year} and not yet reviewed"
        case .carriedForwardHint:
            "check the answer, evidence and note, then delete the `carried-forward` line"
        case .missingJustification: "{id} is marked not-applicable without a justification"
        case .missingJustificationHint: "add `justification:` saying why it does not apply"
        case .missingJustificationWhenHint:
            "add `justification:` saying why it does not apply (allowed when: {when})"
        case .strayJustification: "`justification` is only read with not-applicable"
        case .strayJustificationHint: "move the text to `note`"
        case .answerWith: "answer with {allowed}"
        case .aLevel: "a level from 0 to 4"
        case .aNumberIn: "a number in {unit}"
        case .aDate: "a date written YYYY-MM-DD"
        case .text: "text"
        case .notApplicableNotAllowed: "{id} cannot be answered not-applicable"
        case .notApplicableNotAllowedHint: "the framework requires an answer here: {hint}"
        case .invalidAnswer: "`{text}` is not an answer {id} allows"
        case .yesOrNoOnly: "{id} takes yes or no only; {hint}"
        case .maturityOutOfRange: "maturity level {text} is out of range 0–4"
        case .notAMaturityLevel: "`{text}` is not a maturity level"
        case .maturityHint: "a whole number from 0 to 4"
        case .maturityLevels: "levels: {levels}"
        case .maturityLevel: "{value} = {meaning}"
        case .notADate: "`{text}` is not a date"
        case .notADateHint: "write a real date as YYYY-MM-DD, for example 2025-06-30"
        case .afterReportingYear: "{date} is after the end of the reporting year {year}"
        case .afterReportingYearHint: "give the date of the latest event within the reporting year"
        case .emptyText: "the text answer is empty"
        case .notANumber: "`{text}` is not a number"
        case .plainNumberHint: "write a plain number in {unit}, such as {example}"
        case .withoutUnitHint: "write {number} without the unit; the unit is {unit}"
        case .thousandsHint: "write the number without thousands separators"
        case .notWholeNumber: "{text} is not a whole number"
        case .notWholeNumberHint: "{unit} are counted in whole numbers"
        case .belowMinimum: "{text} is below the smallest valid value {min}"
        case .aboveMaximum: "{text} is above the largest valid value {max}"
        case .percentAsFraction:
            "{text} looks like a fraction, but the unit is percent: it scores as {text} %"
        case .percentAsFractionHint: "for {percent} %, write {percent}"
        case .tooManyMonths: "{text} months is more than ten years"
        case .tooManyMonthsHint: "give the number of months (12 for one year)"
        case .countWithDecimals: "{text} {unit} is not a whole count"
        case .countWithDecimalsHint: "{unit} are counted one by one: write a whole number"
        case .staleEvidence:
            "{id} was carried forward from {from}, and its evidence {path} is dated {date}, "
                + "before the reporting year {year}"
        case .staleEvidenceHint:
            "cite this year's version of the document, or check that it still holds, before you "
                + "delete the `carried-forward` line"
        case .staleDate:
            "{id}: {date}, carried forward from {from}, scored {before} in {from} and scores "
                + "{now} in {year}"
        case .staleDateHint:
            "the date must fall in the {months} months before the end of {year}: give the date "
                + "of the latest one"
        case .staleJustification:
            "{id} is not-applicable with the justification carried forward from {from}, but its "
                + "evidence {path} is dated {date}, after {from}: the facts changed"
        case .staleJustificationHint:
            "read the justification again against the new evidence; rewrite it, or answer the "
                + "indicator"
        case .validRange: "valid values run from {low} to {high} {unit}"
        case .evidenceInFuture: "the evidence is dated {date}, which is in the future"
        case .evidenceInFutureHint: "give the date the document was made or signed"
        case .emptyEvidencePath: "the evidence path is empty"
        case .evidenceDuplicate: "`{path}` is cited twice (first at line {line})"
        case .evidenceRequired: "{id} requires evidence and none is cited"
        case .criticalNotApplicableEvidence:
            "{id} is a critical indicator: not-applicable must cite evidence and none is cited"
        case .criticalNotApplicableEvidenceHint:
            "cite the document that shows why the obligation does not apply (framework rules 1.1)"
        case .evidenceRequiredHint:
            "add `evidence:` with the path of at least one file under evidence/"
        case .evidenceAbsolute: "`{path}` is an absolute path"
        case .evidenceAbsoluteHint:
            "copy the file into the assessment's evidence/ folder and cite it as evidence/NAME"
        case .evidencePathTooLong: "the evidence path is {bytes} bytes long, over 1,024"
        case .evidenceControlCharacter: "`{path}` holds a control character"
        case .evidenceNameHint:
            "rename the file without line breaks, tabs or other control characters, and cite the "
                + "new name"
        case .evidenceBackslashes: "`{path}` uses backslashes"
        case .evidenceBackslashesHint: "separate folders with / : {fixed}"
        case .evidenceEscapes: "`{path}` leads outside the assessment folder"
        case .evidenceEscapesHint: "copy the file into the assessment's evidence/ folder"
        case .evidenceLinkEscapes:
            "`{path}` is a symbolic link leading outside the assessment folder"
        case .evidenceLinkEscapesHint: "copy the file itself into evidence/"
        case .evidenceNotFile: "`{path}` is not a regular file (it is {kind})"
        case .evidenceTooLarge: "`{path}` is {size}, over the {limit} a bundle entry may hold"
        case .evidenceTooLargeHint: "cite a smaller extract of the document, or split it into parts"
        case .evidenceMissing: "evidence file `{path}` does not exist"
        case .evidenceDidYouMean: "did you mean `{path}`?"
        }
    }

    var chinese: String? {
        switch self {
        case .assessmentFile: "assessment.yaml"
        case .invalidSignatoryID: "`{id}` 不是有效的签约单位标识"
        case .signatoryIDHint: "2–63 个字符：a-z、0-9 和 -，以字母或数字开头"
        case .signatoryName: "签约单位名称必须是一行，不超过 512 字节，不含制表符或其他控制字符"
        case .signatoryNameHint: "请写公司的登记名称，与营业执照上的一致"
        case .implausibleYear: "`{text}` 不是合理的报告年度"
        case .implausibleYearHint: "{first} 至 {last} 之间的四位数年份"
        case .invalidEmail: "`{email}` 不像电子邮件地址"
        case .invalidEmailHint: "请写一个地址，例如 compliance@example.cn"
        case .declarationBeforeYear: "声明日期为 {date}，早于报告年度 {year} 的开始"
        case .declarationInFuture: "声明日期为 {date}，在将来"
        case .otherFramework: "本文件作答的是框架 {answered}，但加载的是 {loaded}"
        case .otherVersionHint: "请把版本改为“{loadedVersion}”，或用 --framework 加载框架 {version}"
        case .otherFrameworkHint: "请用 --framework FILE 加载本自评估所作答的框架"
        case .articleMismatch: "本文件是 article-{expected}.yaml，却写着 `article: {value}`"
        case .articleMismatchHint: "请设为 `article: {expected}`，或把文件改名为 article-{value}.yaml"
        case .notAnArticle: "`{text}` 不是条款编号"
        case .notAnArticleHint: "条款编号为 1 至 {count}"
        case .unknownIndicator: "`{id}` 不是第 {article} 条的指标"
        case .indicatorBelongsElsewhere: "{id} 属于第 {other} 条；请把它移到 article-{other}.yaml"
        case .articleHas: "第 {article} 条的指标有 {ids}"
        case .missingIndicator: "缺少指标 {id}（{title}）"
        case .missingIndicatorHint: "请添加 `{id}:` 及其 `answer:`；模板中列有每个指标"
        case .missingIndicatorAfterHint:
            "请在此处、{previous} 的内容之后添加 `{id}:` 及其 `answer:`；模板中列有每个指标"
        case .unanswered: "指标 {id} 尚未作答"
        case .carriedForward: "{id} 的回答沿用自 {year} 年度，尚未复核"
        case .carriedForwardHint: "请核对回答、证据和备注，然后删除 `carried-forward` 这一行"
        case .missingJustification: "{id} 标为 not-applicable，但没有理由"
        case .missingJustificationHint: "请添加 `justification:`，说明该指标为何不适用"
        case .missingJustificationWhenHint: "请添加 `justification:`，说明该指标为何不适用（允许的情形：{when}）"
        case .strayJustification: "只有 not-applicable 时才读取 `justification`"
        case .strayJustificationHint: "请把这段文字移到 `note`"
        case .answerWith: "请回答 {allowed}"
        case .aLevel: "0 到 4 的等级"
        case .aNumberIn: "一个数字（单位：{unit}）"
        case .aDate: "按 YYYY-MM-DD 书写的日期"
        case .text: "文字"
        case .notApplicableNotAllowed: "{id} 不能回答 not-applicable"
        case .notApplicableNotAllowedHint: "框架要求此处作答：{hint}"
        case .invalidAnswer: "`{text}` 不是 {id} 允许的回答"
        case .yesOrNoOnly: "{id} 只接受 yes 或 no；{hint}"
        case .maturityOutOfRange: "成熟度等级 {text} 超出范围 0–4"
        case .notAMaturityLevel: "`{text}` 不是成熟度等级"
        case .maturityHint: "0 到 4 的整数"
        case .maturityLevels: "等级：{levels}"
        case .maturityLevel: "{value} = {meaning}"
        case .notADate: "`{text}` 不是日期"
        case .notADateHint: "请按 YYYY-MM-DD 写一个真实的日期，例如 2025-06-30"
        case .afterReportingYear: "{date} 晚于报告年度 {year} 的结束"
        case .afterReportingYearHint: "请给出报告年度内最近一次事件的日期"
        case .emptyText: "文字回答为空"
        case .notANumber: "`{text}` 不是数字"
        case .plainNumberHint: "请写普通数字（单位：{unit}），例如 {example}"
        case .withoutUnitHint: "请写 {number}，不带单位；单位是{unit}"
        case .thousandsHint: "请写数字，不带千位分隔符"
        case .notWholeNumber: "{text} 不是整数"
        case .notWholeNumberHint: "单位为{unit}时须为整数"
        case .belowMinimum: "{text} 小于最小有效值 {min}"
        case .aboveMaximum: "{text} 大于最大有效值 {max}"
        case .percentAsFraction: "{text} 像是小数，但单位是百分比：它按 {text}% 计分"
        case .percentAsFractionHint: "如为 {percent}%，请填写 {percent}"
        case .tooManyMonths: "{text} 个月超过十年"
        case .tooManyMonthsHint: "请填写月数（一年为 12）"
        case .countWithDecimals: "{text} {unit}不是整数个数"
        case .countWithDecimalsHint: "{unit}是逐一计数的：请填写整数"
        case .staleEvidence: "{id} 的回答沿用自 {from} 年度，其证据 {path} 的日期为 {date}，早于报告年度 {year}"
        case .staleEvidenceHint: "请引用该文件今年的版本，或在删除 `carried-forward` 行之前确认它仍然有效"
        case .staleDate: "{id}：{date} 沿用自 {from} 年度，在 {from} 年度得 {before} 分，在 {year} 年度得 {now} 分"
        case .staleDateHint: "日期必须在 {year} 年底之前的 {months} 个月内：请填写最近一次的日期"
        case .staleJustification:
            "{id} 回答 not-applicable，其理由沿用自 {from} 年度，但其证据 {path} 的日期为 {date}，晚于 {from} 年度：情况已有变化"
        case .staleJustificationHint: "请对照新的证据重新审视理由：改写理由，或如实回答该指标"
        case .validRange: "有效值为 {low} 至 {high} {unit}"
        case .evidenceInFuture: "证据日期为 {date}，在将来"
        case .evidenceInFutureHint: "请给出文件制作或签署的日期"
        case .emptyEvidencePath: "证据路径为空"
        case .evidenceDuplicate: "`{path}` 被引用了两次（首次在第 {line} 行）"
        case .evidenceRequired: "{id} 需要证据，但没有引用任何证据"
        case .criticalNotApplicableEvidence: "{id} 是关键指标：not-applicable 必须引用证据，但没有引用任何证据"
        case .criticalNotApplicableEvidenceHint: "请引用说明该义务为何不适用的文件（框架规则 1.1）"
        case .evidenceRequiredHint: "请添加 `evidence:`，写明 evidence/ 下至少一个文件的路径"
        case .evidenceAbsolute: "`{path}` 是绝对路径"
        case .evidenceAbsoluteHint: "请把文件复制到自评估的 evidence/ 文件夹中，并以 evidence/NAME 引用"
        case .evidencePathTooLong: "证据路径长 {bytes} 字节，超过 1,024"
        case .evidenceControlCharacter: "`{path}` 含有控制字符"
        case .evidenceNameHint: "请重命名文件，去掉换行、制表符或其他控制字符，并引用新名称"
        case .evidenceBackslashes: "`{path}` 使用了反斜杠"
        case .evidenceBackslashesHint: "请用 / 分隔文件夹：{fixed}"
        case .evidenceEscapes: "`{path}` 指向自评估文件夹之外"
        case .evidenceEscapesHint: "请把文件复制到自评估的 evidence/ 文件夹中"
        case .evidenceLinkEscapes: "`{path}` 是指向自评估文件夹之外的符号链接"
        case .evidenceLinkEscapesHint: "请把文件本身复制到 evidence/ 中"
        case .evidenceNotFile: "`{path}` 不是普通文件（它是 {kind}）"
        case .evidenceTooLarge: "`{path}` 大小为 {size}，超过报告包条目允许的 {limit}"
        case .evidenceTooLargeHint: "请引用文件的较小摘录，或把它拆分成几部分"
        case .evidenceMissing: "证据文件 `{path}` 不存在"
        case .evidenceDidYouMean: "是否想写 `{path}`？"
        }
    }
}

extension Diagnostic.Message {
    fileprivate init(_ key: AssessmentMessages, _ arguments: [String: Argument] = [:]) {
        self.init(catalogKey: key, arguments)
    }

    // MARK: assessment.yaml

    static let assessmentFile = Self(.assessmentFile)

    static func invalidSignatoryID(_ id: String) -> Self {
        Self(.invalidSignatoryID, ["id": .text(id)])
    }

    static func signatoryIDHint(suggestion: String?) -> Self {
        .didYouMean(suggestion, Self(.signatoryIDHint))
    }

    static let signatoryName = Self(.signatoryName)
    static let signatoryNameHint = Self(.signatoryNameHint)

    static func implausibleYear(_ text: String) -> Self {
        Self(.implausibleYear, ["text": .text(text)])
    }

    static func implausibleYearHint(_ years: ClosedRange<Int>) -> Self {
        Self(
            .implausibleYearHint,
            ["first": .integer(years.lowerBound), "last": .integer(years.upperBound)])
    }

    static func invalidEmail(_ email: String) -> Self {
        Self(.invalidEmail, ["email": .text(email)])
    }
    static let invalidEmailHint = Self(.invalidEmailHint)

    static func declarationBeforeYear(_ date: CalendarDate, year: Int) -> Self {
        Self(.declarationBeforeYear, ["date": .text(date.description), "year": .integer(year)])
    }

    static func declarationInFuture(_ date: CalendarDate) -> Self {
        Self(.declarationInFuture, ["date": .text(date.description)])
    }

    static func otherFramework(answered: FrameworkReference, loaded: FrameworkReference) -> Self {
        Self(
            .otherFramework,
            ["answered": .text(answered.description), "loaded": .text(loaded.description)])
    }

    static func otherFrameworkHint(answered: FrameworkReference, loaded: FrameworkReference) -> Self
    {
        answered.id == loaded.id
            ? Self(
                .otherVersionHint,
                ["loadedVersion": .text(loaded.version), "version": .text(answered.version)])
            : Self(.otherFrameworkHint)
    }

    // MARK: article-N.yaml

    static func articleMismatch(expected: Int, value: Int) -> Self {
        Self(.articleMismatch, ["expected": .integer(expected), "value": .integer(value)])
    }

    static func articleMismatchHint(expected: Int, value: Int) -> Self {
        Self(.articleMismatchHint, ["expected": .integer(expected), "value": .integer(value)])
    }

    static func notAnArticle(_ text: String) -> Self { Self(.notAnArticle, ["text": .text(text)]) }

    static func notAnArticleHint(count: Int) -> Self {
        Self(.notAnArticleHint, ["count": .integer(count)])
    }

    static func unknownIndicator(_ id: String, article: Int) -> Self {
        Self(.unknownIndicator, ["id": .text(id), "article": .integer(article)])
    }

    static func unknownIndicatorHint(
        _ id: String, article: Framework.Article, framework: Framework
    ) -> Self {
        if let other = framework.indicator(id) {
            return Self(
                .indicatorBelongsElsewhere, ["id": .text(id), "other": .integer(other.article)])
        }
        let ids = article.indicators.map(\.id)
        return .didYouMean(
            Suggestions.closest(to: id, in: ids),
            Self(.articleHas, ["article": .integer(article.number), "ids": .texts(ids, .and)]))
    }

    static func missingIndicator(_ indicator: Indicator) -> Self {
        Self(.missingIndicator, ["id": .text(indicator.id), "title": .bilingual(indicator.title)])
    }

    static func missingIndicatorHint(_ id: String) -> Self {
        Self(.missingIndicatorHint, ["id": .text(id)])
    }

    static func missingIndicatorAfterHint(_ id: String, previous: String) -> Self {
        Self(.missingIndicatorAfterHint, ["id": .text(id), "previous": .text(previous)])
    }

    // MARK: Answers

    static func unanswered(_ id: String) -> Self { Self(.unanswered, ["id": .text(id)]) }

    static func carriedForward(_ id: String, from year: Int) -> Self {
        Self(.carriedForward, ["id": .text(id), "year": .integer(year)])
    }

    static let carriedForwardHint = Self(.carriedForwardHint)

    static func staleEvidence(
        _ id: String, from: Int, path: String, date: CalendarDate, year: Int
    ) -> Self {
        Self(
            .staleEvidence,
            [
                "id": .text(id), "from": .integer(from), "path": .text(path),
                "date": .text(date.description), "year": .integer(year),
            ])
    }

    static let staleEvidenceHint = Self(.staleEvidenceHint)

    static func staleDate(
        _ id: String, date: CalendarDate, from: Int, before: String, now: String, year: Int
    ) -> Self {
        Self(
            .staleDate,
            [
                "id": .text(id), "date": .text(date.description), "from": .integer(from),
                "before": .text(before), "now": .text(now), "year": .integer(year),
            ])
    }

    static func staleDateHint(months: Int, year: Int) -> Self {
        Self(.staleDateHint, ["months": .integer(months), "year": .integer(year)])
    }

    static func staleJustification(
        _ id: String, from: Int, path: String, date: CalendarDate
    ) -> Self {
        Self(
            .staleJustification,
            [
                "id": .text(id), "from": .integer(from), "path": .text(path),
                "date": .text(date.description),
            ])
    }

    static let staleJustificationHint = Self(.staleJustificationHint)

    static func missingJustification(_ id: String) -> Self {
        Self(.missingJustification, ["id": .text(id)])
    }

    static func missingJustificationHint(when: Bilingual?) -> Self {
        guard let when else { return Self(.missingJustificationHint) }
        return Self(.missingJustificationWhenHint, ["when": .bilingual(when)])
    }

    static let strayJustification = Self(.strayJustification)
    static let strayJustificationHint = Self(.strayJustificationHint)

    /// "answer with yes, no or not-applicable": the answers an indicator allows.
    static func allowedAnswers(for indicator: Indicator) -> Self {
        var allowed: [Argument]
        switch indicator.answer.type {
        case .yesNo, .yesPartialNo:
            allowed = (indicator.answer.choices ?? []).map(Argument.text)
        case .maturity:
            allowed = [.wording(Self(.aLevel))]
        case .number(let rule):
            allowed = [.wording(Self(.aNumberIn, ["unit": .bilingual(rule.unit)]))]
        case .date:
            allowed = [.wording(Self(.aDate))]
        case .text:
            allowed = [.wording(Self(.text))]
        }
        if indicator.allowsNotApplicable { allowed.append(.text("not-applicable")) }
        return Self(.answerWith, ["allowed": .list(allowed, .or)])
    }

    static func notApplicableNotAllowed(_ id: String) -> Self {
        Self(.notApplicableNotAllowed, ["id": .text(id)])
    }

    static func notApplicableNotAllowedHint(_ indicator: Indicator) -> Self {
        Self(.notApplicableNotAllowedHint, ["hint": .wording(.allowedAnswers(for: indicator))])
    }

    static func invalidAnswer(_ text: String, id: String) -> Self {
        Self(.invalidAnswer, ["text": .text(text), "id": .text(id)])
    }

    static func yesOrNoOnly(_ indicator: Indicator) -> Self {
        Self(
            .yesOrNoOnly,
            ["id": .text(indicator.id), "hint": .wording(.allowedAnswers(for: indicator))])
    }

    static func maturityOutOfRange(_ text: String) -> Self {
        Self(.maturityOutOfRange, ["text": .text(text)])
    }

    static func notAMaturityLevel(_ text: String) -> Self {
        Self(.notAMaturityLevel, ["text": .text(text)])
    }

    static func maturityHint(_ indicator: Indicator) -> Self {
        let levels = indicator.answer.levels
        guard !levels.isEmpty else { return Self(.maturityHint) }
        let each = levels.map {
            Argument.wording(
                Self(.maturityLevel, ["value": .text($0.value), "meaning": .bilingual($0.meaning)]))
        }
        return Self(.maturityLevels, ["levels": .list(each, .semicolons)])
    }

    static func answerNotADate(_ text: String) -> Self { Self(.notADate, ["text": .text(text)]) }
    static let answerNotADateHint = Self(.notADateHint)

    static func afterReportingYear(_ date: CalendarDate, year: Int) -> Self {
        Self(.afterReportingYear, ["date": .text(date.description), "year": .integer(year)])
    }

    static let afterReportingYearHint = Self(.afterReportingYearHint)
    static let emptyText = Self(.emptyText)

    static func notANumber(_ text: String) -> Self { Self(.notANumber, ["text": .text(text)]) }

    static func plainNumberHint(unit: Bilingual, example: String) -> Self {
        Self(.plainNumberHint, ["unit": .bilingual(unit), "example": .text(example)])
    }

    static func withoutUnitHint(_ number: String, unit: Bilingual) -> Self {
        Self(.withoutUnitHint, ["number": .text(number), "unit": .bilingual(unit)])
    }

    static let thousandsHint = Self(.thousandsHint)

    static func notWholeNumber(_ text: String) -> Self {
        Self(.notWholeNumber, ["text": .text(text)])
    }

    static func notWholeNumberHint(unit: Bilingual) -> Self {
        Self(.notWholeNumberHint, ["unit": .bilingual(unit)])
    }

    static func belowMinimum(_ text: String, min: String) -> Self {
        Self(.belowMinimum, ["text": .text(text), "min": .text(min)])
    }

    static func percentAsFraction(_ text: String) -> Self {
        Self(.percentAsFraction, ["text": .text(text)])
    }

    static func percentAsFractionHint(percent: String) -> Self {
        Self(.percentAsFractionHint, ["percent": .text(percent)])
    }

    static func countWithDecimals(_ text: String, unit: Bilingual) -> Self {
        Self(.countWithDecimals, ["text": .text(text), "unit": .bilingual(unit)])
    }

    static func countWithDecimalsHint(unit: Bilingual) -> Self {
        Self(.countWithDecimalsHint, ["unit": .bilingual(unit)])
    }

    static func tooManyMonths(_ text: String) -> Self {
        Self(.tooManyMonths, ["text": .text(text)])
    }

    static func aboveMaximum(_ text: String, max: String) -> Self {
        Self(.aboveMaximum, ["text": .text(text), "max": .text(max)])
    }

    static func validRange(low: String, high: String, unit: Bilingual) -> Self {
        Self(.validRange, ["low": .text(low), "high": .text(high), "unit": .bilingual(unit)])
    }

    // MARK: Evidence

    static func evidenceInFuture(_ date: CalendarDate) -> Self {
        Self(.evidenceInFuture, ["date": .text(date.description)])
    }

    static let evidenceInFutureHint = Self(.evidenceInFutureHint)
    static let emptyEvidencePath = Self(.emptyEvidencePath)

    static func evidenceDuplicate(_ path: String, firstLine: Int) -> Self {
        Self(.evidenceDuplicate, ["path": .text(path), "line": .integer(firstLine)])
    }

    static func evidenceRequired(_ id: String) -> Self {
        Self(.evidenceRequired, ["id": .text(id)])
    }
    static let evidenceRequiredHint = Self(.evidenceRequiredHint)
    static func criticalNotApplicableEvidence(_ id: String) -> Self {
        Self(.criticalNotApplicableEvidence, ["id": .text(id)])
    }
    static let criticalNotApplicableEvidenceHint = Self(.criticalNotApplicableEvidenceHint)

    static func evidenceAbsolute(_ path: String) -> Self {
        Self(.evidenceAbsolute, ["path": .text(path)])
    }
    static let evidenceAbsoluteHint = Self(.evidenceAbsoluteHint)

    static func evidencePathTooLong(bytes: Int) -> Self {
        Self(.evidencePathTooLong, ["bytes": .integer(bytes)])
    }

    static func evidenceControlCharacter(_ escaped: String) -> Self {
        Self(.evidenceControlCharacter, ["path": .text(escaped)])
    }

    static let evidenceNameHint = Self(.evidenceNameHint)

    static func evidenceBackslashes(_ path: String) -> Self {
        Self(.evidenceBackslashes, ["path": .text(path)])
    }

    static func evidenceBackslashesHint(fixed: String) -> Self {
        Self(.evidenceBackslashesHint, ["fixed": .text(fixed)])
    }

    static func evidenceEscapes(_ path: String) -> Self {
        Self(.evidenceEscapes, ["path": .text(path)])
    }
    static let evidenceEscapesHint = Self(.evidenceEscapesHint)

    static func evidenceLinkEscapes(_ path: String) -> Self {
        Self(.evidenceLinkEscapes, ["path": .text(path)])
    }

    static let evidenceLinkEscapesHint = Self(.evidenceLinkEscapesHint)

    static func evidenceNotFile(_ path: String, kind: String) -> Self {
        Self(.evidenceNotFile, ["path": .text(path), "kind": .text(kind)])
    }

    static func evidenceTooLarge(_ path: String, size: String, limit: String) -> Self {
        Self(.evidenceTooLarge, ["path": .text(path), "size": .text(size), "limit": .text(limit)])
    }

    static let evidenceTooLargeHint = Self(.evidenceTooLargeHint)

    static func evidenceMissing(_ path: String) -> Self {
        Self(.evidenceMissing, ["path": .text(path)])
    }

    static func evidenceDidYouMean(_ path: String) -> Self {
        Self(.evidenceDidYouMean, ["path": .text(path)])
    }
}
