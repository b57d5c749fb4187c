public import Foundation

/// Creates a new assessment folder from the framework's templates, optionally carrying last year's
/// answers forward.
///
/// The folder is built beside the target and renamed into place, so an interrupted run leaves
/// nothing half-written. With `force`, an existing folder gets the new files in place of its
/// namesakes and keeps everything else (``FolderPlacement``).
public struct AssessmentInitializer: Sendable {
    /// Why a folder could not be created.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The target exists and is not an empty folder (and `force` was not given).
        case targetNotEmpty(path: String)
        /// The target exists and is not a folder.
        case targetNotFolder(path: String)
        /// The prior assessment has errors; its report is in the payload's diagnostics.
        case priorInvalid(path: String)
        /// The prior assessment could not be read (a missing folder, an unreadable file).
        case priorUnreadable(path: String)
        /// The new year is before the prior assessment's.
        case priorLater(path: String, priorYear: Int, year: Int)
        /// An entry of the target stands where a file or folder of the assessment goes.
        case blocked(path: String, message: String)
        /// The file system refused.
        case io(path: String, message: String)
        /// `force` would replace files that hold an officer's answers (and no backup was asked
        /// for): the files, relative to the folder.
        case wouldReplaceAnswers(path: String, files: [String])

        /// The message, in English (the wordings are in ``AssessmentInitializerMessages``).
        public var description: String { wording.text(in: .english) }

        /// Whether the file system failed (exit 2), rather than the input being refused (exit 1).
        public var isInputOutputFailure: Bool {
            switch self {
            case .io, .priorUnreadable: true
            default: false
            }
        }
    }

    /// The framework the new assessment answers.
    public let framework: Framework

    public init(framework: Framework) {
        self.framework = framework
    }

    /// What `create` wrote.
    public struct Outcome: Sendable {
        /// The files written, relative to the folder.
        public var files: [String]
        /// How many answers were carried forward.
        public var carried: Int
        /// The evidence files copied from the prior assessment.
        public var evidenceCopied: Int
        /// Where the files that held answers were copied before being replaced, when a backup
        /// was asked for and needed.
        public var backup: URL?
        /// The files backed up, relative to the folder.
        public var backedUp: [String] = []
    }

    /// Creates the folder.
    ///
    /// - Parameters:
    ///   - folder: The folder to create.
    ///   - displayName: The folder as the user wrote it, for messages.
    ///   - values: The signatory, year and other values to fill in.
    ///   - prior: A validated prior assessment and its folder, whose answers and cited evidence
    ///     are carried forward.
    ///   - force: Whether the files may be written into an existing non-empty folder, replacing
    ///     their namesakes there. A namesake that holds answers is never replaced silently: the
    ///     call fails with ``Failure/wouldReplaceAnswers(path:files:)`` unless `backup` is set.
    ///   - backup: With `force`, copy the namesakes that hold answers to a folder beside the
    ///     target (`NAME.backup-YYYYMMDD-HHMMSS`) before replacing them.
    public func create(
        at folder: URL, displayName: String, values: TemplateRenderer.Values,
        prior: (assessment: Assessment, folder: URL)? = nil, force: Bool = false,
        backup: Bool = false
    ) throws(Failure) -> Outcome {
        let manager = FileManager.default
        var filled: [String] = []
        switch FileReader.entryKind(folder) {
        case .missing: break
        case .directory:
            let contents = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            if !contents.isEmpty, !force { throw .targetNotEmpty(path: displayName) }
        default: throw .targetNotFolder(path: displayName)
        }

        var values = values
        var copies: [String] = []
        if let prior {
            var carried: [String: IndicatorAnswer] = [:]
            for article in prior.assessment.articles {
                for answer in article.answers where framework.indicator(answer.id) != nil {
                    carried[answer.id] = answer
                    copies += answer.evidence.map(\.path)
                }
            }
            values.carried = carried
            values.carriedFrom = prior.assessment.info.year
            if values.name == nil { values.name = prior.assessment.info.signatory.name }
            if values.category == nil { values.category = prior.assessment.info.signatory.category }
            if values.contact == nil { values.contact = prior.assessment.info.contact }
        }

        let files = TemplateRenderer(framework: framework).files(values)
        if FileReader.entryKind(folder) == .directory {
            filled = Self.filledFiles(in: folder, replacing: files)
            if !filled.isEmpty, !backup {
                throw .wouldReplaceAnswers(path: displayName, files: filled)
            }
        }

        let parent = folder.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(
            ".\(folder.lastPathComponent).init-\(UUID().uuidString.prefix(8))")
        // An interrupted run removes the staging folder (TemporaryFiles); once renamed into
        // place it is no longer there to remove.
        TemporaryFiles.shared.register(staging)
        defer { TemporaryFiles.shared.unregister(staging) }
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .io(
                path: displayName,
                message: Diagnostic.Message(
                    AssessmentInitializerMessages.cannotCreateFolder,
                    ["reason": .text(FileReader.systemError(error))]
                ).description)
        }
        var written: [String] = []
        do {
            for (name, content) in files {
                try Data(content.utf8).write(to: staging.appendingPathComponent(name))
                written.append(name)
            }
            let schemaFolder = staging.appendingPathComponent("schema")
            try manager.createDirectory(at: schemaFolder, withIntermediateDirectories: false)
            for (name, content) in SchemaGenerator(framework: framework).files() {
                try Data(content.utf8).write(to: schemaFolder.appendingPathComponent(name))
                written.append("schema/\(name)")
            }
            try manager.createDirectory(
                at: staging.appendingPathComponent("evidence"), withIntermediateDirectories: false)
            var copied = 0
            if let prior {
                for path in Set(copies).sorted() {
                    let source = prior.folder.appendingPathComponent(path)
                    let target = staging.appendingPathComponent(path)
                    try Self.createFolders(of: path, in: staging)
                    try manager.copyItem(at: source, to: target)
                    written.append(path)
                    copied += 1
                }
            }
            let backupFolder = try Self.backUp(filled, of: folder)
            try FolderPlacement.place(staging, at: folder, displayName: displayName)
            return Outcome(
                files: written, carried: values.carried.count, evidenceCopied: copied,
                backup: backupFolder, backedUp: backupFolder == nil ? [] : filled)
        } catch let failure as FolderPlacement.Failure {
            try? manager.removeItem(at: staging)
            throw failure.isConflict
                ? .blocked(path: failure.path, message: failure.reason)
                : .io(path: failure.path, message: failure.reason)
        } catch {
            try? manager.removeItem(at: staging)
            throw .io(path: displayName, message: FileReader.systemError(error))
        }
    }

    /// The assessment files of a folder that hold an officer's work and would be replaced: a
    /// regular file with the name of a file `init` writes and different content, that is
    /// `assessment.yaml` (the contact and declaration typed in), or an article file with an
    /// answer, a note or a justification filled in (or not readable as text, so nobody can tell).
    static func filledFiles(in folder: URL, replacing files: [(String, String)]) -> [String] {
        files.compactMap { name, content in
            let url = folder.appendingPathComponent(name)
            guard case .regular = FileReader.entryKind(url) else { return nil }
            guard let data = try? Data(contentsOf: url) else { return name }
            if data == Data(content.utf8) { return nil }
            if name == Validator.infoFileName { return name }
            guard let text = String(data: data, encoding: .utf8) else { return name }
            let filled = text.split(separator: "\n").contains { line in
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                for key in ["answer:", "note:", "justification:"] where trimmed.hasPrefix(key) {
                    let value = trimmed.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
                    if !value.isEmpty, !value.hasPrefix("#") { return true }
                }
                return false
            }
            return filled ? name : nil
        }
    }

    /// Copies the files to a new folder beside the target; nil when there is nothing to copy.
    private static func backUp(_ files: [String], of folder: URL) throws -> URL? {
        guard !files.isEmpty else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: Date())
        var target = folder.deletingLastPathComponent().appendingPathComponent(
            "\(folder.lastPathComponent).backup-\(stamp)")
        var attempt = 1
        while FileReader.entryKind(target) != .missing {
            attempt += 1
            target = folder.deletingLastPathComponent().appendingPathComponent(
                "\(folder.lastPathComponent).backup-\(stamp)-\(attempt)")
        }
        let manager = FileManager.default
        try manager.createDirectory(at: target, withIntermediateDirectories: false)
        for file in files {
            try manager.copyItem(
                at: folder.appendingPathComponent(file), to: target.appendingPathComponent(file))
        }
        return target
    }

    /// Creates the folders of a relative path inside `root`, one level at a time and never
    /// `root` itself: when an interrupt has removed the staging folder, the copy fails instead
    /// of making it again (and leaving it behind when the signal ends the process).
    private static func createFolders(of relativePath: String, in root: URL) throws {
        var folder = root
        for component in relativePath.split(separator: "/").dropLast() {
            folder = folder.appendingPathComponent(String(component))
            guard FileReader.entryKind(folder) != .directory else { continue }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        }
    }
}
