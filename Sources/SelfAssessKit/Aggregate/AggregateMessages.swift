/// The wordings of Aggregate/'s failures (``AggregateError``, ``SectorAccumulatorError``).
enum AggregateMessages: String, MessageCatalog {
    case noYearOne = "aggregate.no-year-one"
    case noYear = "aggregate.no-year"
    case noBundleFound = "aggregate.no-bundle-found"
    case noneForYearOne = "aggregate.none-for-year-one"
    case noneForYear = "aggregate.none-for-year"
    case heldYears = "aggregate.held-years"
    case nothingToReport = "aggregate.nothing-to-report"
    case sinceAfterYear = "aggregate.since-after-year"
    case outputExists = "aggregate.output-exists"
    case outputNotFolder = "aggregate.output-not-folder"
    case writeFailed = "aggregate.write-failed"
    case duplicateRecord = "aggregate.duplicate-record"
    case mixedRules = "aggregate.mixed-rules"
    case rulesUsedBy = "aggregate.rules-used-by"

    var english: String {
        switch self {
        case .noYearOne:
            "none of the 1 bundle found was accepted, so there is no year to report on; name it "
                + "with --year YYYY"
        case .noYear:
            "none of the {count} bundles found was accepted, so there is no year to report on; "
                + "name it with --year YYYY"
        case .noBundleFound: "no bundle was found"
        case .noneForYearOne:
            "no registered signatory's bundle for {year} is among the 1 bundle found"
        case .noneForYear:
            "no registered signatory's bundle for {year} is among the {count} bundles found"
        case .heldYears: "{found} (they are for {years})"
        case .nothingToReport:
            "{found}, so there is nothing to report on for {year}; give that year's bundles, or "
                + "another --year"
        case .sinceAfterYear:
            "--since {since} is after the reporting year {year}; give a first year covered up to "
                + "{year}"
        case .outputExists:
            "{folder}: the output folder exists and is not empty; choose another, or give --force "
                + "to write the outputs into it"
        case .outputNotFolder:
            "{path}: exists and is not a folder; --out names a folder to write the outputs into"
        case .writeFailed: "{path}: cannot be written: {reason}"
        case .mixedRules:
            "the bundles of {year} were scored under different scoring rules ({rules}); a year's "
                + "statistics never mix two rule sets: aggregate {year} with bundles of one "
                + "framework version, or have the others re-submitted under the current framework "
                + "(docs/scoring.md)"
        case .rulesUsedBy: "rules {rules}: {signatories}"
        case .duplicateRecord:
            "a record for signatory `{signatory}` and year {year} was already added; resolve "
                + "duplicate submissions before accumulating"
        }
    }

    var chinese: String? {
        switch self {
        case .noYearOne: "找到的 1 个报告包未被接受，因此没有可报告的年度；请用 --year YYYY 指定"
        case .noYear: "找到的 {count} 个报告包都未被接受，因此没有可报告的年度；请用 --year YYYY 指定"
        case .noBundleFound: "没有找到报告包"
        case .noneForYearOne: "找到的 1 个报告包中没有已登记签约单位 {year} 年度的报告包"
        case .noneForYear: "找到的 {count} 个报告包中没有已登记签约单位 {year} 年度的报告包"
        case .heldYears: "{found}（它们属于 {years} 年度）"
        case .nothingToReport: "{found}，因此 {year} 年度没有可报告的内容；请给出该年度的报告包，或另选 --year"
        case .sinceAfterYear: "--since {since} 晚于报告年度 {year}；请给出不晚于 {year} 的起始年度"
        case .outputExists: "{folder}：输出文件夹已存在且不为空；请另选文件夹，或加上 --force 把输出写入其中"
        case .outputNotFolder: "{path}：已存在且不是文件夹；--out 指定的是写入输出的文件夹"
        case .writeFailed: "{path}：无法写入：{reason}"
        case .mixedRules:
            "{year} 年度的报告包按不同的评分规则评分（{rules}）；一个年度的统计绝不混用两套规则：请用同一框架版本的报告包汇总 {year} 年度，或请其他签约单位按现行框架重新提交（docs/scoring.md）"
        case .rulesUsedBy: "规则 {rules}：{signatories}"
        case .duplicateRecord: "签约单位 `{signatory}` {year} 年度的记录已经添加；请先处理重复的提交，再进行汇总"
        }
    }
}

extension AggregateError: WordedError {
    /// The message as a catalog wording.
    public var wording: Diagnostic.Message {
        typealias Message = Diagnostic.Message
        switch self {
        case .noYear(let bundles):
            return bundles == 1
                ? Message(AggregateMessages.noYearOne)
                : Message(AggregateMessages.noYear, ["count": .integer(bundles)])
        case .noBundleForYear(let year, let bundles, let held):
            var found: Message =
                switch bundles {
                case 0: Message(AggregateMessages.noBundleFound)
                case 1: Message(AggregateMessages.noneForYearOne, ["year": .integer(year)])
                default:
                    Message(
                        AggregateMessages.noneForYear,
                        ["year": .integer(year), "count": .integer(bundles)])
                }
            if bundles != 0, !held.isEmpty {
                found = Message(
                    AggregateMessages.heldYears,
                    [
                        "found": .wording(found),
                        "years": .text(held.map(String.init).joined(separator: ", ")),
                    ])
            }
            return Message(
                AggregateMessages.nothingToReport,
                ["found": .wording(found), "year": .integer(year)])
        case .sinceAfterYear(let since, let year):
            return Message(
                AggregateMessages.sinceAfterYear,
                ["since": .integer(since), "year": .integer(year)])
        case .mixedRules(let year, let rules):
            let list = rules.keys.sorted().map { key -> Message.Argument in
                .wording(
                    Message(
                        AggregateMessages.rulesUsedBy,
                        [
                            "rules": .text(key),
                            "signatories": .list(
                                (rules[key] ?? []).sorted().map { .text($0) }, .and),
                        ]))
            }
            return Message(
                AggregateMessages.mixedRules,
                ["year": .integer(year), "rules": .list(list, .semicolons)])
        case .outputExists(let folder):
            return Message(AggregateMessages.outputExists, ["folder": .text(folder)])
        case .outputNotFolder(let path):
            return Message(AggregateMessages.outputNotFolder, ["path": .text(path)])
        case .writeFailed(let path, let reason):
            return Message(
                AggregateMessages.writeFailed, ["path": .text(path), "reason": .text(reason)])
        }
    }
}

extension SectorAccumulatorError {
    /// The message as a catalog wording.
    var wording: Diagnostic.Message {
        switch self {
        case .duplicateRecord(let signatory, let year):
            Diagnostic.Message(
                AggregateMessages.duplicateRecord,
                ["signatory": .text(signatory), "year": .integer(year)])
        }
    }
}
