/// The wordings of YAML/: encoding, syntax and the YAML features the formats refuse (SA0xx).
enum YAMLMessages: String, MessageCatalog {
    case moreProblemsOne = "yaml.more-problems-one"
    case moreProblems = "yaml.more-problems"
    case moreCharactersOne = "yaml.more-characters-one"
    case moreCharacters = "yaml.more-characters"
    case wrongEncoding = "SA010.wrong-encoding"
    case wrongEncodingHint = "SA010.wrong-encoding.hint"
    case invalidUTF8 = "SA009.invalid"
    case invalidUTF8Hint = "SA009.invalid.hint"
    case controlCharacter = "SA011.control"
    case controlCharacterHint = "SA011.control.hint"
    case lineSeparator = "SA012.separator"
    case lineSeparatorHint = "SA012.separator.hint"
    case couldNotStart = "SA001.could-not-start"
    case couldNotRead = "SA001.could-not-read"
    case syntaxError = "SA001.syntax"
    case fullWidthColon = "SA001.full-width-colon"
    case fullWidthColonHint = "SA001.full-width-colon.hint"
    case problemInContext = "SA001.problem-in-context"
    case emptyFile = "SA008.empty"
    case noContent = "SA008.no-content"
    case secondDocument = "SA007.second"
    case secondDocumentHint = "SA007.second.hint"
    case alias = "SA004.alias"
    case aliasHint = "SA004.alias.hint"
    case anchor = "SA004.anchor"
    case anchorHint = "SA004.anchor.hint"
    case nestingTooDeep = "SA014.too-deep"
    case complexKey = "SA015.complex"
    case mergeKey = "SA005.merge"
    case mergeKeyHint = "SA005.merge.hint"
    case duplicateKey = "SA003.duplicate"
    case duplicateKeyHint = "SA003.duplicate.hint"
    case duplicateKeyFirst = "SA003.first.note"
    case explicitTag = "SA006.tag"
    case explicitTagHint = "SA006.tag.hint"
    case tabIndentation = "SA002.tab"
    case tabIndentationHint = "SA002.tab.hint"
    case libyamlSays = "SA002.libyaml.note"
    case fileOutsideFolderHint = "SA018.hint"

    var english: String {
        switch self {
        case .moreProblemsOne: "1 more problem like this in the file from here on"
        case .moreProblems: "{count} more problems like this in the file from here on"
        case .moreCharactersOne: "1 more character like this in the file"
        case .moreCharacters: "{count} more characters like this in the file"
        case .wrongEncoding: "the file is {encoding} text, not UTF-8"
        case .wrongEncodingHint: "re-save the file as UTF-8 (without a byte-order mark)"
        case .invalidUTF8: "the file is not valid UTF-8 from here on"
        case .invalidUTF8Hint:
            "re-save the file as UTF-8; GB 18030 / GBK text must be converted first"
        case .controlCharacter: "invisible control character {character}"
        case .controlCharacterHint:
            "delete the character; tab, line feed and carriage return are the only ones allowed"
        case .lineSeparator: "Unicode line separator {character}"
        case .lineSeparatorHint: "replace it with a normal line break or a space"
        case .couldNotStart: "libyaml could not start (out of memory)"
        case .couldNotRead: "libyaml could not read the text: {problem}"
        case .syntaxError: "YAML syntax error: {problem}"
        case .fullWidthColon:
            "`{key}` is followed by a full-width colon `：` (from a Chinese input method); YAML needs `:`"
        case .fullWidthColonHint: "write `{key}: {value}`: an ASCII colon, then a space"
        case .problemInContext: "{problem} ({context} at line {line}, column {column})"
        case .emptyFile: "the file is empty"
        case .noContent: "the file has no content"
        case .secondDocument: "a second YAML document starts here"
        case .secondDocumentHint:
            "a file holds one document; remove the `---` line or split the file"
        case .alias: "alias *{name} is not allowed"
        case .aliasHint: "write the value out in full instead of referring to an anchor"
        case .anchor: "anchor &{name} is not allowed"
        case .anchorHint: "remove the anchor; assessments do not use anchors or aliases"
        case .nestingTooDeep:
            "collections are nested more than {depth} levels deep; reading stopped here"
        case .complexKey: "a key must be text, not {kind}"
        case .mergeKey: "merge key << is not allowed"
        case .mergeKeyHint: "write the merged keys out in full"
        case .duplicateKey: "duplicate key \"{key}\" (first at line {line}, column {column})"
        case .duplicateKeyHint: "keep one of the two entries"
        case .duplicateKeyFirst: "first \"{key}\" is here"
        case .explicitTag: "explicit tag {tag} is not allowed"
        case .explicitTagHint: "remove the tag; put the value in quotes if it must stay text"
        case .tabIndentation: "a tab is used for indentation; YAML indents with spaces only"
        case .tabIndentationHint: "replace the tabs at the start of line {line} with spaces"
        case .libyamlSays: "libyaml: {problem}"
        case .fileOutsideFolderHint: "copy the file into the assessment folder in place of the link"
        }
    }

    var chinese: String? {
        switch self {
        case .moreProblemsOne: "本文件此后还有 1 个同类问题"
        case .moreProblems: "本文件此后还有 {count} 个同类问题"
        case .moreCharactersOne: "本文件中还有 1 个同类字符"
        case .moreCharacters: "本文件中还有 {count} 个同类字符"
        case .wrongEncoding: "文件是 {encoding} 文本，不是 UTF-8"
        case .wrongEncodingHint: "请将文件另存为 UTF-8（不带字节顺序标记）"
        case .invalidUTF8: "文件从此处起不是有效的 UTF-8"
        case .invalidUTF8Hint: "请将文件另存为 UTF-8；GB 18030 / GBK 文本须先转换"
        case .controlCharacter: "不可见的控制字符 {character}"
        case .controlCharacterHint: "请删除该字符；只允许制表符、换行符和回车符"
        case .lineSeparator: "Unicode 行分隔符 {character}"
        case .lineSeparatorHint: "请换成普通换行或空格"
        case .couldNotStart: "libyaml 无法启动（内存不足）"
        case .couldNotRead: "libyaml 无法读取文本：{problem}"
        case .syntaxError: "YAML 语法错误：{problem}"
        case .fullWidthColon: "`{key}` 后面是全角冒号 `：`（中文输入法所致）；YAML 需要半角冒号 `:`"
        case .fullWidthColonHint: "请写作 `{key}: {value}`：半角冒号，后跟一个空格"
        case .problemInContext: "{problem}（{context}，位于第 {line} 行第 {column} 列）"
        case .emptyFile: "文件为空"
        case .noContent: "文件没有内容"
        case .secondDocument: "此处开始了第二个 YAML 文档"
        case .secondDocumentHint: "一个文件只能包含一个文档；请删除 `---` 这一行，或把文件拆开"
        case .alias: "不允许使用别名 *{name}"
        case .aliasHint: "请把值完整写出，不要引用锚点"
        case .anchor: "不允许使用锚点 &{name}"
        case .anchorHint: "请删除锚点；自评估不使用锚点和别名"
        case .nestingTooDeep: "集合的嵌套超过 {depth} 层；读取在此停止"
        case .complexKey: "键必须是文字，不能是{kind}"
        case .mergeKey: "不允许使用合并键 <<"
        case .mergeKeyHint: "请把合并进来的键完整写出"
        case .duplicateKey: "重复的键“{key}”（首次出现在第 {line} 行第 {column} 列）"
        case .duplicateKeyHint: "请只保留其中一项"
        case .duplicateKeyFirst: "第一个“{key}”在这里"
        case .explicitTag: "不允许使用显式标签 {tag}"
        case .explicitTagHint: "请删除标签；如果值必须保持为文字，请给它加引号"
        case .tabIndentation: "用制表符缩进；YAML 只能用空格缩进"
        case .tabIndentationHint: "请把第 {line} 行行首的制表符换成空格"
        case .libyamlSays: "libyaml：{problem}"
        case .fileOutsideFolderHint: "请把文件复制到自评估文件夹中，替换该链接"
        }
    }
}

extension Diagnostic.Message {
    fileprivate init(_ key: YAMLMessages, _ arguments: [String: Argument] = [:]) {
        self.init(catalogKey: key, arguments)
    }

    /// How many more problems of one kind a file has past the ones shown.
    static func moreProblems(_ count: Int) -> Self {
        count == 1 ? Self(.moreProblemsOne) : Self(.moreProblems, ["count": .integer(count)])
    }

    /// How many more characters of one kind (control, separator …) a file has past those shown.
    static func moreCharacters(_ count: Int) -> Self {
        count == 1 ? Self(.moreCharactersOne) : Self(.moreCharacters, ["count": .integer(count)])
    }

    static func wrongEncoding(_ encoding: String) -> Self {
        Self(.wrongEncoding, ["encoding": .text(encoding)])
    }

    static let wrongEncodingHint = Self(.wrongEncodingHint)
    static let invalidUTF8 = Self(.invalidUTF8)
    static let invalidUTF8Hint = Self(.invalidUTF8Hint)

    static func controlCharacter(_ name: String) -> Self {
        Self(.controlCharacter, ["character": .text(name)])
    }

    static let controlCharacterHint = Self(.controlCharacterHint)

    static func lineSeparator(_ name: String) -> Self {
        Self(.lineSeparator, ["character": .text(name)])
    }

    static let lineSeparatorHint = Self(.lineSeparatorHint)
    static let couldNotStart = Self(.couldNotStart)

    static func couldNotRead(_ problem: String) -> Self {
        Self(.couldNotRead, ["problem": .text(problem)])
    }

    /// libyaml's problem, with the construct it was reading and where that began, if given.
    static func libyamlProblem(
        _ problem: String, context: String?, at mark: Diagnostic.Location
    ) -> Self {
        guard let context else { return .verbatim(problem) }
        return Self(
            .problemInContext,
            [
                "problem": .text(problem), "context": .text(context), "line": .integer(mark.line),
                "column": .integer(mark.column),
            ])
    }

    static func syntaxError(_ problem: Self) -> Self {
        Self(.syntaxError, ["problem": .wording(problem)])
    }

    static let emptyFile = Self(.emptyFile)
    static let noContent = Self(.noContent)
    static let secondDocument = Self(.secondDocument)
    static let secondDocumentHint = Self(.secondDocumentHint)

    static func alias(_ name: String) -> Self { Self(.alias, ["name": .text(name)]) }
    static let aliasHint = Self(.aliasHint)

    static func anchor(_ name: String) -> Self { Self(.anchor, ["name": .text(name)]) }
    static let anchorHint = Self(.anchorHint)

    static func nestingTooDeep(_ depth: Int) -> Self {
        Self(.nestingTooDeep, ["depth": .integer(depth)])
    }

    static func complexKey(_ node: YAMLNode) -> Self {
        Self(.complexKey, ["kind": .wording(node.kindWording)])
    }

    static let mergeKey = Self(.mergeKey)
    static let mergeKeyHint = Self(.mergeKeyHint)

    static func duplicateKey(_ key: String, first: Diagnostic.Location) -> Self {
        Self(
            .duplicateKey,
            ["key": .text(key), "line": .integer(first.line), "column": .integer(first.column)])
    }

    static let duplicateKeyHint = Self(.duplicateKeyHint)

    static func duplicateKeyFirst(_ key: String) -> Self {
        Self(.duplicateKeyFirst, ["key": .text(key)])
    }

    static func explicitTag(_ tag: String) -> Self { Self(.explicitTag, ["tag": .text(tag)]) }
    static let explicitTagHint = Self(.explicitTagHint)
    static let tabIndentation = Self(.tabIndentation)

    static func tabIndentationHint(line: Int) -> Self {
        Self(.tabIndentationHint, ["line": .integer(line)])
    }

    static func fullWidthColon(key: String) -> Self {
        Self(.fullWidthColon, ["key": .text(key)])
    }

    static func fullWidthColonHint(key: String, value: String) -> Self {
        Self(.fullWidthColonHint, ["key": .text(key), "value": .text(value)])
    }

    static func libyamlSays(_ problem: Self) -> Self {
        Self(.libyamlSays, ["problem": .wording(problem)])
    }

    static let fileOutsideFolderHint = Self(.fileOutsideFolderHint)
}
