/// The wordings of Validation/: the assessment folder as a whole.
enum ValidationMessages: String, MessageCatalog {
    case noSuchPath = "SA016.no-such-path"
    case assessmentFileMissing = "SA401.missing"
    case assessmentFileMissingHint = "SA401.missing.hint"
    case articleFileMissing = "SA104.missing"
    case articleFileNotAFile = "SA104.not-a-file"
    case articleFileMissingHint = "SA104.missing.hint"
    case unexpectedFile = "SA106.unexpected"
    case unexpectedFileHint = "SA106.unexpected.hint"
    case frameworkMismatch = "SA107.mismatch"
    case otherFiles = "SA107.other-files"
    case frameworkMismatchHint = "SA107.mismatch.hint"
    case frameworkNamedHere = "SA107.named-here.note"
    case notCheckedFurther = "validation.not-checked-further.note"

    var english: String {
        switch self {
        case .noSuchPath: "no such file or folder"
        case .assessmentFileMissing: "assessment.yaml is missing"
        case .assessmentFileMissingHint:
            "run `selfassess init` to create it, or copy Templates/assessment.yaml"
        case .articleFileMissing: "{file} is missing (article {article}: {title})"
        case .articleFileNotAFile: "{file} is {kind}, not a file (article {article}: {title})"
        case .articleFileMissingHint:
            "copy it from Templates/{file} or run `selfassess init` again into a new folder"
        case .unexpectedFile: "{file} is not part of the assessment and is not read"
        case .unexpectedFileHint: "article files are named article-1.yaml … article-{last}.yaml"
        case .frameworkMismatch: "this file names framework {named}, but {others} name {majority}"
        case .otherFiles: "{count} other files"
        case .frameworkMismatchHint:
            "every file of an assessment names the same framework id and version"
        case .frameworkNamedHere: "{file} names {majority} here"
        case .notCheckedFurther:
            "not checked further: the file's answers are checked once its YAML is fixed"
        }
    }

    var chinese: String? {
        switch self {
        case .noSuchPath: "没有这个文件或文件夹"
        case .assessmentFileMissing: "缺少 assessment.yaml"
        case .assessmentFileMissingHint: "请运行 `selfassess init` 创建它，或复制 Templates/assessment.yaml"
        case .articleFileMissing: "缺少 {file}（第 {article} 条：{title}）"
        case .articleFileNotAFile: "{file} 是 {kind}，不是文件（第 {article} 条：{title}）"
        case .articleFileMissingHint: "请从 Templates/{file} 复制，或再次运行 `selfassess init` 到一个新文件夹"
        case .unexpectedFile: "{file} 不属于自评估，不会被读取"
        case .unexpectedFileHint: "条款文件名为 article-1.yaml … article-{last}.yaml"
        case .frameworkMismatch: "本文件写明的框架是 {named}，而{others}写明的是 {majority}"
        case .otherFiles: "其他 {count} 个文件"
        case .frameworkMismatchHint: "自评估的每个文件必须写明相同的框架标识和版本"
        case .frameworkNamedHere: "{file} 在此写明的是 {majority}"
        case .notCheckedFurther: "未作进一步检查：YAML 修正后才会检查本文件中的回答"
        }
    }
}

extension Diagnostic.Message {
    fileprivate init(_ key: ValidationMessages, _ arguments: [String: Argument] = [:]) {
        self.init(catalogKey: key, arguments)
    }

    static let noSuchPath = Self(.noSuchPath)

    static let notCheckedFurther = Self(.notCheckedFurther)
    static let assessmentFileMissing = Self(.assessmentFileMissing)
    static let assessmentFileMissingHint = Self(.assessmentFileMissingHint)

    /// SA104: an article file is absent, or is something other than a file (`kind`).
    static func articleFileMissing(
        _ file: String, article: Framework.Article, kind: String?
    ) -> Self {
        var arguments: [String: Argument] = [
            "file": .text(file), "article": .integer(article.number),
            "title": .bilingual(article.title),
        ]
        guard let kind else { return Self(.articleFileMissing, arguments) }
        arguments["kind"] = .text(kind)
        return Self(.articleFileNotAFile, arguments)
    }

    static func articleFileMissingHint(_ file: String) -> Self {
        Self(.articleFileMissingHint, ["file": .text(file)])
    }

    static func unexpectedFile(_ file: String) -> Self {
        Self(.unexpectedFile, ["file": .text(file)])
    }

    static func unexpectedFileHint(articles: Int) -> Self {
        Self(.unexpectedFileHint, ["last": .integer(articles)])
    }

    /// SA107: a file names another framework than most files do; more than three agreeing files
    /// are counted rather than named.
    static func frameworkMismatch(
        named: FrameworkReference, agreeing: [String], majority: FrameworkReference
    ) -> Self {
        let others: Argument =
            agreeing.count > 3
            ? .wording(Self(.otherFiles, ["count": .integer(agreeing.count)]))
            : .texts(agreeing, .and)
        return Self(
            .frameworkMismatch,
            [
                "named": .text(named.description), "others": others,
                "majority": .text(majority.description),
            ])
    }

    static let frameworkMismatchHint = Self(.frameworkMismatchHint)

    static func frameworkNamedHere(_ file: String, majority: FrameworkReference) -> Self {
        Self(.frameworkNamedHere, ["file": .text(file), "majority": .text(majority.description)])
    }
}
