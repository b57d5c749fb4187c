/// Plain-words explanations of libyaml's problem texts (SA001 hints), keyed by the start of the
/// text; libyaml's own words are matched, never shown translated.
enum SyntaxHints: String, MessageCatalog {
    case didNotFindExpectedKey = "SA001.hint.did-not-find-expected-key"
    case mappingValuesAreNotAllowed = "SA001.hint.mapping-values-are-not-allowed"
    case missingColon = "SA001.hint.missing-colon"
    case foundCharacterThatCannotStart = "SA001.hint.found-character-that-cannot-start"
    case unclosedFlowList = "SA001.hint.unclosed-flow-list"
    case unclosedFlowMapping = "SA001.hint.unclosed-flow-mapping"
    case foundUnexpectedEndOfStream = "SA001.hint.found-unexpected-end-of-stream"
    case didNotFindExpectedIndicator = "SA001.hint.did-not-find-expected-indicator"
    case didNotFindExpectedNode = "SA001.hint.did-not-find-expected-node"
    case blockSequenceEntriesAreNot = "SA001.hint.block-sequence-entries-are-not"
    case foundUnknownEscapeCharacter = "SA001.hint.found-unknown-escape-character"
    case foundUndefinedTagHandle = "SA001.hint.found-undefined-tag-handle"
    case foundUnexpectedDocumentIndicator = "SA001.hint.found-unexpected-document-indicator"
    case didNotFindExpectedComment = "SA001.hint.did-not-find-expected-comment"
    case didNotFindExpectedDocument = "SA001.hint.did-not-find-expected-document"
    case foundDuplicateYamlDirective = "SA001.hint.found-duplicate-yaml-directive"
    case foundIncompatibleYamlDocument = "SA001.hint.found-incompatible-yaml-document"
    case whileScanningAnAnchor = "SA001.hint.while-scanning-an-anchor"
    case didNotFindExpectedAlphabetic = "SA001.hint.did-not-find-expected-alphabetic"

    var english: String {
        switch self {
        case .didNotFindExpectedKey:
            "a line is indented differently from the keys around it, or a key lacks its colon"
        case .mappingValuesAreNotAllowed:
            "a value contains ': ' or a key is indented too far; put the value in quotes or fix the indentation"
        case .missingColon:
            "a key has no ':' after it, or a value spanning several lines needs quotes"
        case .foundCharacterThatCannotStart:
            "characters such as @, ` and % cannot start a plain value; put the value in quotes"
        case .unclosedFlowList:
            "a [ ] list is not closed, or its items are not separated by commas"
        case .unclosedFlowMapping:
            "a { } mapping is not closed, or its entries are not separated by commas"
        case .foundUnexpectedEndOfStream:
            "a quoted value is not closed: look for the missing closing quote"
        case .didNotFindExpectedIndicator:
            "a list item is indented differently from the items before it"
        case .didNotFindExpectedNode:
            "a value is missing after a key or a '- ' marker"
        case .blockSequenceEntriesAreNot:
            "a '- ' list item cannot follow text on the same line; start the list on its own line, indented"
        case .foundUnknownEscapeCharacter:
            "in double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes"
        case .foundUndefinedTagHandle:
            "a value starts with '!', which YAML reads as a tag; put the value in quotes"
        case .foundUnexpectedDocumentIndicator:
            "a line starting with '---' or '...' ends the document; indent it or put it in quotes"
        case .didNotFindExpectedComment:
            "something follows a value on the same line; put the whole value in quotes"
        case .didNotFindExpectedDocument:
            "the file continues after its content ended; check the indentation of this line"
        case .foundDuplicateYamlDirective:
            "remove the repeated %YAML line"
        case .foundIncompatibleYamlDocument:
            "the %YAML version must be 1.1 or 1.2"
        case .whileScanningAnAnchor:
            "'&' and '*' start anchors and aliases; put the value in quotes"
        case .didNotFindExpectedAlphabetic:
            "'&' and '*' start anchors and aliases; put the value in quotes"
        }
    }

    var chinese: String? {
        switch self {
        case .didNotFindExpectedKey: "某一行的缩进与周围的键不同，或某个键缺少冒号"
        case .mappingValuesAreNotAllowed: "某个值中含有“: ”，或某个键缩进过多；请给值加引号，或修正缩进"
        case .missingColon: "某个键后面没有“:”，或跨多行的值需要加引号"
        case .foundCharacterThatCannotStart: "@、` 和 % 等字符不能作为普通值的开头；请给值加引号"
        case .unclosedFlowList: "[ ] 列表没有闭合，或其中各项没有用逗号分隔"
        case .unclosedFlowMapping: "{ } 映射没有闭合，或其中各项没有用逗号分隔"
        case .foundUnexpectedEndOfStream: "带引号的值没有闭合：请查找缺少的右引号"
        case .didNotFindExpectedIndicator: "某个列表项的缩进与前面的列表项不同"
        case .didNotFindExpectedNode: "某个键或“- ”标记后面缺少值"
        case .blockSequenceEntriesAreNot: "“- ”列表项不能跟在同一行的文字后面；请另起一行开始列表，并缩进"
        case .foundUnknownEscapeCharacter: "在双引号中，反斜杠表示转义：反斜杠本身请写作 \\\\，或改用单引号"
        case .foundUndefinedTagHandle: "值以“!”开头，YAML 会把它当作标签；请给值加引号"
        case .foundUnexpectedDocumentIndicator: "以“---”或“...”开头的行会结束文档；请缩进该行或给它加引号"
        case .didNotFindExpectedComment: "同一行中值的后面还有其他内容；请给整个值加引号"
        case .didNotFindExpectedDocument: "文件在内容结束后还有内容；请检查这一行的缩进"
        case .foundDuplicateYamlDirective: "请删除重复的 %YAML 行"
        case .foundIncompatibleYamlDocument: "%YAML 版本必须是 1.1 或 1.2"
        case .whileScanningAnAnchor: "“&”和“*”表示锚点和别名；请给值加引号"
        case .didNotFindExpectedAlphabetic: "“&”和“*”表示锚点和别名；请给值加引号"
        }
    }

    private static let table: [(prefix: String, hint: SyntaxHints)] = [
        ("did not find expected key", .didNotFindExpectedKey),
        ("mapping values are not allowed", .mappingValuesAreNotAllowed),
        ("could not find expected ':'", .missingColon),
        ("found character that cannot start any token", .foundCharacterThatCannotStart),
        ("did not find expected ',' or ']'", .unclosedFlowList),
        ("did not find expected ',' or '}'", .unclosedFlowMapping),
        ("found unexpected end of stream", .foundUnexpectedEndOfStream),
        ("did not find expected '-' indicator", .didNotFindExpectedIndicator),
        ("did not find expected node content", .didNotFindExpectedNode),
        ("block sequence entries are not allowed", .blockSequenceEntriesAreNot),
        ("found unknown escape character", .foundUnknownEscapeCharacter),
        ("found undefined tag handle", .foundUndefinedTagHandle),
        ("found unexpected document indicator", .foundUnexpectedDocumentIndicator),
        ("did not find expected comment or line break", .didNotFindExpectedComment),
        ("did not find expected <document start>", .didNotFindExpectedDocument),
        ("found duplicate %YAML directive", .foundDuplicateYamlDirective),
        ("found incompatible YAML document", .foundIncompatibleYamlDocument),
        ("while scanning an anchor", .whileScanningAnAnchor),
        ("did not find expected alphabetic or numeric character", .didNotFindExpectedAlphabetic),
    ]

    static func hint(for problem: String) -> Diagnostic.Message? {
        table.first { problem.hasPrefix($0.prefix) }.map { Diagnostic.Message($0.hint) }
    }
}
