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
        }
    }
}

extension AssessmentInitializer.Failure {
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
