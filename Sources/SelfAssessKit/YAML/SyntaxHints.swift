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
