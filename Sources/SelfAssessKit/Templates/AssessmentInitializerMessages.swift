/// The wordings of ``AssessmentInitializer/Failure``: why `init` could not create an assessment
/// folder.
///
/// The failures have no code of their own, so the keys start with the command (`init.`).
enum AssessmentInitializerMessages: String, MessageCatalog {
    case targetNotEmpty = "init.target-not-empty"
    case targetNotFolder = "init.target-not-folder"
    case priorInvalid = "init.prior-invalid"
    case priorUnreadable = "init.prior-unreadable"
    case priorLater = "init.prior-later"
    case failed = "init.failed"
    case cannotCreateFolder = "init.cannot-create-folder"
    case wouldReplaceAnswers = "init.would-replace-answers"
    case priorSameYear = "init.prior-same-year"
    case priorOtherSignatory = "init.prior-other-signatory"

    var english: String {
        switch self {
        case .targetNotEmpty:
            "{path}: the folder exists and is not empty; choose another folder, or pass --force "
                + "to write the assessment's files into it (its other files are kept)"
        case .targetNotFolder: "{path}: exists and is not a folder"
        case .priorInvalid:
            "{path}: the prior assessment has errors; fix them (selfassess validate {path}) before "
                + "carrying it forward"
        case .priorUnreadable:
            "{path}: the prior assessment cannot be read; check the folder given with --from"
        case .priorLater:
            "{path} is the assessment of {priorYear}, after {year}: carry answers forward from an "
                + "earlier year"
        case .failed: "{path}: {reason}"
        case .cannotCreateFolder: "cannot create the folder: {reason}"
        case .wouldReplaceAnswers:
            "{path}: --force would replace {files}, which hold answers you filled in; nothing was "
                + "written. Add --backup to keep a copy of them beside the folder, or choose "
                + "another folder"
        case .priorSameYear:
            "{path} is already the assessment of {year}; its answers are carried into the same year"
        case .priorOtherSignatory: "{path} is signatory '{priorSignatory}', not '{signatory}'"
        }
    }

    var chinese: String? {
        switch self {
        case .targetNotEmpty: "{path}：文件夹已存在且不为空；请另选文件夹，或加上 --force 把自评估的文件写入其中（其中的其他文件会保留）"
        case .targetNotFolder: "{path}：已存在且不是文件夹"
        case .priorInvalid: "{path}：上一年度的自评估有错误；请先修正（selfassess validate {path}），再沿用它"
        case .priorUnreadable: "{path}：无法读取上一年度的自评估；请检查 --from 给出的文件夹"
        case .priorLater: "{path} 是 {priorYear} 年度的自评估，晚于 {year}：请从更早的年度沿用回答"
        case .failed: "{path}：{reason}"
        case .cannotCreateFolder: "无法创建文件夹：{reason}"
        case .priorSameYear: "{path} 已经是 {year} 年度的自评估；其回答会沿用到同一年度"
        case .priorOtherSignatory: "{path} 属于签约单位“{priorSignatory}”，不是“{signatory}”"
        case .wouldReplaceAnswers:
            "{path}：--force 会替换 {files}，其中有您已填写的回答；未写入任何文件。加上 --backup 可在文件夹旁保留它们的副本，或另选文件夹"
        }
    }
}

extension AssessmentInitializer.Failure: WordedError {
    /// The message as a catalog wording.
    public var wording: Diagnostic.Message {
        typealias Key = AssessmentInitializerMessages
        switch self {
        case .targetNotEmpty(let path):
            return Diagnostic.Message(Key.targetNotEmpty, ["path": .text(path)])
        case .targetNotFolder(let path):
            return Diagnostic.Message(Key.targetNotFolder, ["path": .text(path)])
        case .priorInvalid(let path):
            return Diagnostic.Message(Key.priorInvalid, ["path": .text(path)])
        case .priorUnreadable(let path):
            return Diagnostic.Message(Key.priorUnreadable, ["path": .text(path)])
        case .priorLater(let path, let priorYear, let year):
            return Diagnostic.Message(
                Key.priorLater,
                ["path": .text(path), "priorYear": .integer(priorYear), "year": .integer(year)])
        case .wouldReplaceAnswers(let path, let files):
            return Diagnostic.Message(
                Key.wouldReplaceAnswers,
                ["path": .text(path), "files": .list(files.map { .text($0) }, .and)])
        case .blocked(let path, let message), .io(let path, let message):
            return Diagnostic.Message(Key.failed, ["path": .text(path), "reason": .text(message)])
        }
    }
}

extension AssessmentInitializer.Prior.Warning {
    /// The warning as a catalog wording.
    public var wording: Diagnostic.Message {
        switch self {
        case .sameYear(let path, let year):
            Diagnostic.Message(
                AssessmentInitializerMessages.priorSameYear,
                ["path": .text(path), "year": .integer(year)])
        case .otherSignatory(let path, let priorSignatory, let signatory):
            Diagnostic.Message(
                AssessmentInitializerMessages.priorOtherSignatory,
                [
                    "path": .text(path), "priorSignatory": .text(priorSignatory),
                    "signatory": .text(signatory),
                ])
        }
    }
}
