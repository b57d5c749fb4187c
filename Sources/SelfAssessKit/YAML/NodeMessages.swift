/// The wordings of ``NodeDecoder``: the findings every format shares (SA101–SA103, SA111).
enum NodeMessages: String, MessageCatalog {
    case kindScalar = "SA103.kind-scalar"
    case kindMapping = "SA103.kind-mapping"
    case kindSequence = "SA103.kind-sequence"
    case aMapping = "SA101.a-mapping"
    case mappingMissing = "SA101.mapping-missing"
    case requiredKeyMissing = "SA101.required-key"
    case requiredKeyHint = "SA101.required-key.hint"
    case noValue = "SA101.no-value"
    case unknownKey = "SA102.unknown-key"
    case knownKeysHint = "SA102.known-keys.hint"
    case didYouMean = "SA102.did-you-mean.hint"
    case expectedMapping = "SA103.expected-mapping"
    case expectedList = "SA103.expected-list"
    case expectedListHint = "SA103.expected-list.hint"
    case expectedScalar = "SA103.expected-scalar"
    case expectedWholeNumber = "SA111.whole-number"
    case outOfRange = "SA111.out-of-range"
    case expectedNumber = "SA111.number"
    case expectedNumberHint = "SA111.number.hint"
    case notADate = "SA111.date"
    case notADateHint = "SA111.date.hint"
    case dateMeant = "SA111.date.meant.hint"
    case expectedBoolean = "SA111.boolean"
    case notAllowed = "SA111.not-allowed"
    case allowedHint = "SA111.allowed.hint"

    var english: String {
        switch self {
        case .kindScalar: "a single value"
        case .kindMapping: "a mapping (keys and values)"
        case .kindSequence: "a list"
        case .aMapping: "a mapping"
        case .mappingMissing: "{what} is missing"
        case .requiredKeyMissing: "required key `{key}` is missing"
        case .requiredKeyHint: "add `{key}:`"
        case .noValue: "`{key}` has no value"
        case .unknownKey: "unknown key `{key}`"
        case .knownKeysHint: "known keys here: {known}"
        case .didYouMean: "did you mean `{suggestion}`? {hint}"
        case .expectedMapping: "expected a mapping (keys and values), found {found}"
        case .expectedList: "expected a list, found {found}"
        case .expectedListHint: "write a list as `[a, b]` or as lines starting with `- `"
        case .expectedScalar: "expected a single value, found {found}"
        case .expectedWholeNumber: "expected a whole number, found `{text}`"
        case .outOfRange: "{value} is out of range ({lower}–{upper})"
        case .expectedNumber: "expected a number, found `{text}`"
        case .expectedNumberHint: "write digits with an optional decimal point, such as 6 or 92.5"
        case .notADate: "`{text}` is not a date"
        case .notADateHint: "write a real date as YYYY-MM-DD, for example 2025-06-30"
        case .dateMeant: "write it as `{date}` (YYYY-MM-DD)"
        case .expectedBoolean: "expected true or false, found `{text}`"
        case .notAllowed: "`{text}` is not one of the allowed values"
        case .allowedHint: "allowed: {allowed}"
        }
    }

    var chinese: String? {
        switch self {
        case .kindScalar: "单个值"
        case .kindMapping: "映射（键和值）"
        case .kindSequence: "列表"
        case .aMapping: "映射"
        case .mappingMissing: "缺少{what}"
        case .requiredKeyMissing: "缺少必需的键 `{key}`"
        case .requiredKeyHint: "请添加 `{key}:`"
        case .noValue: "`{key}` 没有值"
        case .unknownKey: "未知的键 `{key}`"
        case .knownKeysHint: "此处已知的键：{known}"
        case .didYouMean: "是否想写 `{suggestion}`？{hint}"
        case .expectedMapping: "此处应为映射（键和值），实际是{found}"
        case .expectedList: "此处应为列表，实际是{found}"
        case .expectedListHint: "列表写作 `[a, b]`，或写成以 `- ` 开头的若干行"
        case .expectedScalar: "此处应为单个值，实际是{found}"
        case .expectedWholeNumber: "此处应为整数，实际是 `{text}`"
        case .outOfRange: "{value} 超出范围（{lower}–{upper}）"
        case .expectedNumber: "此处应为数字，实际是 `{text}`"
        case .expectedNumberHint: "请写数字，可带小数点，例如 6 或 92.5"
        case .notADate: "`{text}` 不是日期"
        case .notADateHint: "请按 YYYY-MM-DD 写一个真实的日期，例如 2025-06-30"
        case .dateMeant: "请写作 `{date}`（YYYY-MM-DD）"
        case .expectedBoolean: "此处应为 true 或 false，实际是 `{text}`"
        case .notAllowed: "`{text}` 不是允许的值"
        case .allowedHint: "允许的值：{allowed}"
        }
    }
}

extension Diagnostic.Message {
    /// A hint preceded by a did-you-mean suggestion, when there is one.
    static func didYouMean(_ suggestion: String?, _ hint: Self) -> Self {
        guard let suggestion else { return hint }
        return Self(
            NodeMessages.didYouMean, ["suggestion": .text(suggestion), "hint": .wording(hint)])
    }

    /// "a mapping", what a missing mapping is called unless the caller names it.
    static let aMapping = Self(NodeMessages.aMapping)

    static func mappingMissing(_ what: Self) -> Self {
        Self(NodeMessages.mappingMissing, ["what": .wording(what)])
    }

    static func requiredKeyMissing(_ key: String) -> Self {
        Self(NodeMessages.requiredKeyMissing, ["key": .text(key)])
    }

    static func requiredKeyHint(_ key: String) -> Self {
        Self(NodeMessages.requiredKeyHint, ["key": .text(key)])
    }

    static func noValue(_ key: String) -> Self { Self(NodeMessages.noValue, ["key": .text(key)]) }

    static func unknownKey(_ key: String) -> Self {
        Self(NodeMessages.unknownKey, ["key": .text(key)])
    }

    static func knownKeysHint(_ known: [String]) -> Self {
        Self(NodeMessages.knownKeysHint, ["known": .texts(known, .and)])
    }

    static func expectedMapping(found node: YAMLNode) -> Self {
        Self(NodeMessages.expectedMapping, ["found": .wording(node.kindWording)])
    }

    static func expectedList(found node: YAMLNode) -> Self {
        Self(NodeMessages.expectedList, ["found": .wording(node.kindWording)])
    }

    static let expectedListHint = Self(NodeMessages.expectedListHint)

    static func expectedScalar(found node: YAMLNode) -> Self {
        Self(NodeMessages.expectedScalar, ["found": .wording(node.kindWording)])
    }

    static func expectedWholeNumber(_ text: String) -> Self {
        Self(NodeMessages.expectedWholeNumber, ["text": .text(text)])
    }

    static func outOfRange(_ value: Int, _ range: ClosedRange<Int>) -> Self {
        Self(
            NodeMessages.outOfRange,
            [
                "value": .integer(value), "lower": .integer(range.lowerBound),
                "upper": .integer(range.upperBound),
            ])
    }

    static func expectedNumber(_ text: String) -> Self {
        Self(NodeMessages.expectedNumber, ["text": .text(text)])
    }

    static let expectedNumberHint = Self(NodeMessages.expectedNumberHint)

    static func notADate(_ text: String) -> Self {
        Self(NodeMessages.notADate, ["text": .text(text)])
    }

    static let notADateHint = Self(NodeMessages.notADateHint)

    /// The ISO form of a date written another way (`2027年1月20日` → `2027-01-20`).
    static func dateMeant(_ date: String) -> Self {
        Self(NodeMessages.dateMeant, ["date": .text(date)])
    }

    static func expectedBoolean(_ text: String) -> Self {
        Self(NodeMessages.expectedBoolean, ["text": .text(text)])
    }

    static func notAllowed(_ text: String) -> Self {
        Self(NodeMessages.notAllowed, ["text": .text(text)])
    }

    static func allowedHint(_ allowed: [String]) -> Self {
        Self(NodeMessages.allowedHint, ["allowed": .texts(allowed, .or)])
    }
}
