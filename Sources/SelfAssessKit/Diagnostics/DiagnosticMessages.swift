/// The wordings of Diagnostics/: the findings cap (SA017), and text that is not ours to word.
enum DiagnosticMessages: String, MessageCatalog {
    case verbatim = "diagnostic.verbatim"
    case tooManyFindingsOne = "SA017.one"
    case tooManyFindingsMany = "SA017.many"
    case tooManyFindingsRefused = "SA017.refused"
    case tooManyFindingsRefusedOne = "SA017.refused-one"
    case tooManyFindingsHint = "SA017.hint"

    var english: String {
        switch self {
        case .verbatim: "{text}"
        case .tooManyFindingsOne:
            "1 more finding in this file from here on is not shown: at most {limit} are reported per file"
        case .tooManyFindingsMany:
            "{count} more findings in this file from here on are not shown: at most {limit} are "
                + "reported per file"
        case .tooManyFindingsRefusedOne:
            "1 more finding in this file from here on is not shown: at most {limit} are reported per "
                + "file, and a file with more cannot be bundled"
        case .tooManyFindingsRefused:
            "{count} more findings in this file from here on are not shown: at most {limit} are "
                + "reported per file, and a file with more cannot be bundled"
        case .tooManyFindingsHint: "fix the findings shown and run validate again"
        }
    }

    var chinese: String? {
        switch self {
        case .verbatim: "{text}"
        case .tooManyFindingsOne: "本文件此后还有 1 个问题未显示：每个文件最多报告 {limit} 个"
        case .tooManyFindingsMany: "本文件此后还有 {count} 个问题未显示：每个文件最多报告 {limit} 个"
        case .tooManyFindingsRefusedOne:
            "本文件此后还有 1 个问题未显示：每个文件最多报告 {limit} 个，问题更多的文件不能打包"
        case .tooManyFindingsRefused:
            "本文件此后还有 {count} 个问题未显示：每个文件最多报告 {limit} 个，问题更多的文件不能打包"
        case .tooManyFindingsHint: "请修正已显示的问题，然后再次运行 validate"
        }
    }
}

extension Diagnostic.Message {
    /// SA017: how many findings of a file were left out, and whether the file is refused.
    static func tooManyFindings(count: Int, limit: Int, refusing: Bool) -> Self {
        let key: DiagnosticMessages =
            switch (count == 1, refusing) {
            case (true, false): .tooManyFindingsOne
            case (false, false): .tooManyFindingsMany
            case (true, true): .tooManyFindingsRefusedOne
            case (false, true): .tooManyFindingsRefused
            }
        return Self(
            key,
            count == 1
                ? ["limit": .integer(limit)] : ["count": .integer(count), "limit": .integer(limit)])
    }

    /// SA017's hint.
    static let tooManyFindingsHint = Self(DiagnosticMessages.tooManyFindingsHint)
}
