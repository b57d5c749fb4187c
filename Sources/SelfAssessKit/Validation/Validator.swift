public import Foundation

/// Validates assessment folders and article files against a framework.
public struct Validator: Sendable {
    /// The framework the assessments are checked against.
    public let framework: Framework
    /// Today's date, for plausibility checks.
    public let today: CalendarDate
    /// The YAML limits.
    public let limits: YAMLLimits

    /// The article files of a complete assessment.
    public static func articleFileName(_ number: Int) -> String { "article-\(number).yaml" }
    /// The assessment's main file.
    public static let infoFileName = "assessment.yaml"

    /// Creates a validator.
    public init(framework: Framework, today: CalendarDate, limits: YAMLLimits = .default) {
        self.framework = framework
        self.today = today
        self.limits = limits
    }

    /// Validates a folder on disk, or a single article or assessment file.
    ///
    /// - Parameters:
    ///   - url: The folder or file.
    ///   - displayName: The path as the user wrote it, for diagnostics.
    public func validate(path url: URL, displayName: String) -> ValidationReport {
        switch FileReader.entryKind(url.resolvingSymlinksInPath()) {
        case .directory:
            return validate(FolderSource(folder: url, displayRoot: displayName))
        case .regular:
            let folder = FolderSource(
                folder: url.deletingLastPathComponent(), displayRoot: parentDisplay(displayName))
            return validateFile(url.lastPathComponent, in: folder)
        default:
            var report = ValidationReport()
            report.diagnostics.append(
                Diagnostic(.unreadable, .noSuchPath, at: .file(displayName)))
            return report
        }
    }

    private func parentDisplay(_ displayName: String) -> String {
        let parts = displayName.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return "." }
        let parent = parts.dropLast().joined(separator: "/")
        return parent.isEmpty ? "/" : parent
    }

    /// Reads and parses one top-level file of a source.
    public func document(_ file: String, in source: any AssessmentSource) -> YAMLDocument {
        YAMLFile.parse(
            source.read(file, limits: limits), file: source.displayName(of: file), limits: limits)
    }

    /// Validates a whole assessment: `assessment.yaml`, the seven article files and their evidence.
    public func validate(_ source: any AssessmentSource) -> ValidationReport {
        var report = ValidationReport()
        let decoder = AssessmentDecoder(framework: framework, today: today)
        let files = Set(source.topLevelFiles())
        let (info, infoFrameworkLocation) = self.info(
            source, files: files, decoder: decoder, into: &report)
        var references: [FrameworkMention] = []
        if let info, let infoFrameworkLocation {
            references.append((Self.infoFileName, info.framework, infoFrameworkLocation))
        }
        let (articles, drafts, complete) = self.articles(
            source, files: files, year: info?.year, decoder: decoder, references: &references,
            into: &report)
        report.diagnostics += frameworkMismatches(references)
        restoreSources(of: report.diagnostics, from: source, into: &report)
        for file in files.sorted() where isStrayAssessmentFile(file) {
            report.diagnostics.append(
                Diagnostic(
                    .unexpectedFile, .unexpectedFile(file), at: .file(source.displayName(of: file)),
                    hint: .unexpectedFileHint(articles: framework.articles.count)))
        }
        report.sort()
        report.drafts.append(Draft(info: info, articles: drafts))
        if complete, let info, !report.hasErrors {
            report.assessments.append(Assessment(info: info, articles: articles))
        }
        return report
    }

    /// Where a file names the framework it answers.
    private typealias FrameworkMention = (
        file: String, reference: FrameworkReference, location: Diagnostic.Location
    )

    /// Reads `assessment.yaml`, or reports it missing; returns the info and where it names its
    /// framework.
    private func info(
        _ source: any AssessmentSource, files: Set<String>, decoder: AssessmentDecoder,
        into report: inout ValidationReport
    ) -> (AssessmentInfo?, Diagnostic.Location?) {
        guard files.contains(Self.infoFileName) else {
            report.diagnostics.append(
                Diagnostic(
                    .missingAssessmentFile, .assessmentFileMissing,
                    at: .file(source.displayName(of: Self.infoFileName)),
                    hint: .assessmentFileMissingHint))
            return (nil, nil)
        }
        let document = self.document(Self.infoFileName, in: source)
        record(document, into: &report)
        guard let root = document.root, !document.diagnostics.hasErrors else { return (nil, nil) }
        let (decoded, diagnostics) = decoder.decodeInfo(root, file: document.file)
        report.diagnostics += diagnostics
        return (decoded, root.entries?.first { $0.key == "framework" }?.keyLocation)
    }

    /// Reads every article file, or reports it missing; returns the answers of the articles read
    /// without errors, every answer read at all (the draft), and whether every article was read
    /// without errors.
    private func articles(
        _ source: any AssessmentSource, files: Set<String>, year: Int?,
        decoder: AssessmentDecoder, references: inout [FrameworkMention],
        into report: inout ValidationReport
    ) -> ([ArticleAnswers], drafts: [ArticleAnswers], complete: Bool) {
        var articles: [ArticleAnswers] = []
        var drafts: [ArticleAnswers] = []
        var complete = true
        for article in framework.articles {
            let file = Self.articleFileName(article.number)
            guard files.contains(file) else {
                complete = false
                var kind: String?
                if case .notRegularFile(let found) = source.evidence(file) { kind = found }
                report.diagnostics.append(
                    Diagnostic(
                        .missingArticleFile,
                        .articleFileMissing(file, article: article, kind: kind),
                        at: .file(source.displayName(of: file)),
                        hint: .articleFileMissingHint(file)))
                continue
            }
            let result = decodeArticleFile(
                file, expected: article.number, year: year, source: source, decoder: decoder,
                into: &report)
            if let ref = result?.framework, let location = result?.frameworkLocation {
                references.append((file, ref, location))
            }
            if let answers = result?.answers { drafts.append(answers) }
            if let answers = result?.answers, result?.clean == true {
                articles.append(answers)
            } else {
                complete = false
            }
        }
        return (articles, drafts, complete)
    }

    /// Reports the files whose framework differs from the one most files name (ties go to
    /// assessment.yaml), so that one stray file gives one diagnostic.
    private func frameworkMismatches(_ references: [FrameworkMention]) -> [Diagnostic] {
        guard let first = references.first else { return [] }
        var counts: [FrameworkReference: Int] = [:]
        for entry in references { counts[entry.reference, default: 0] += 1 }
        let majority =
            counts.max { a, b in
                a.value != b.value ? a.value < b.value : b.key == first.reference
            }?.key ?? first.reference
        let agreeing = references.filter { $0.reference == majority }
        return references.filter { $0.reference != majority }.map { entry in
            var diagnostic = Diagnostic(
                .frameworkMismatch,
                .frameworkMismatch(
                    named: entry.reference, agreeing: agreeing.map(\.file), majority: majority),
                at: entry.location, path: "framework", hint: .frameworkMismatchHint)
            if let other = agreeing.first {
                diagnostic.notes = [
                    Diagnostic.Note(
                        location: other.location,
                        .frameworkNamedHere(other.file, majority: majority))
                ]
            }
            return diagnostic
        }
    }

    /// Validates one file of a folder: an article file or `assessment.yaml`.
    public func validateFile(_ file: String, in source: any AssessmentSource) -> ValidationReport {
        var report = ValidationReport()
        let decoder = AssessmentDecoder(framework: framework, today: today)
        if file == Self.infoFileName {
            let document = self.document(file, in: source)
            record(document, into: &report)
            if let root = document.root, !document.diagnostics.hasErrors {
                report.diagnostics += decoder.decodeInfo(root, file: document.file).1
            }
        } else {
            var year: Int?
            if source.topLevelFiles().contains(Self.infoFileName) {
                let info = self.document(Self.infoFileName, in: source)
                if let root = info.root { year = decoder.reportingYear(root, file: info.file) }
            }
            _ = decodeArticleFile(
                file, expected: Self.articleNumber(fromFileName: file), year: year, source: source,
                decoder: decoder, into: &report)
        }
        report.sort()
        return report
    }

    /// The article number in a file name `article-N.yaml`, if it has that form.
    public static func articleNumber(fromFileName name: String) -> Int? {
        guard name.hasPrefix("article-"), name.hasSuffix(".yaml") else { return nil }
        return Int(name.dropFirst("article-".count).dropLast(".yaml".count))
    }

    private func isStrayAssessmentFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        let isYAML = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
        guard isYAML, lower.hasPrefix("article") else { return false }
        if let number = Self.articleNumber(fromFileName: name), framework.article(number) != nil {
            return false
        }
        return true
    }

    private func decodeArticleFile(
        _ file: String, expected: Int?, year: Int?, source: any AssessmentSource,
        decoder: AssessmentDecoder,
        into report: inout ValidationReport
    ) -> (
        answers: ArticleAnswers?, framework: FrameworkReference?,
        frameworkLocation: Diagnostic.Location?, clean: Bool
    )? {
        let document = self.document(file, in: source)
        record(document, into: &report)
        guard let root = document.root, !document.diagnostics.hasErrors else { return nil }
        let result = decoder.decodeArticle(
            root, file: document.file, expectedArticle: expected, year: year, source: source)
        report.diagnostics += result.diagnostics
        if document.diagnostics.isEmpty, result.diagnostics.isEmpty {
            // Its source is kept for caret lines only: without a diagnostic, its bytes (as large
            // as the file) are let go now rather than held until every file is read.
            report.sources[document.file] = nil
        }
        return (
            result.answers, result.framework, result.frameworkLocation,
            !result.diagnostics.hasErrors
        )
    }

    /// Reads again the article files whose source was let go (they had no diagnostic when read)
    /// and that a later diagnostic points into, so that every diagnostic keeps its caret line.
    private func restoreSources(
        of diagnostics: [Diagnostic], from source: any AssessmentSource,
        into report: inout ValidationReport
    ) {
        var names: [String: String] = [:]
        for article in framework.articles {
            let file = Self.articleFileName(article.number)
            names[source.displayName(of: file)] = file
        }
        for shown in Set(diagnostics.map(\.location.file)).sorted()
        where report.sources[shown] == nil {
            guard let file = names[shown], let text = document(file, in: source).source else {
                continue
            }
            report.sources[shown] = text
        }
    }

    private func record(_ document: YAMLDocument, into report: inout ValidationReport) {
        report.filesChecked += 1
        var diagnostics = document.diagnostics
        // A file whose YAML is broken is not decoded: its first error says so, so that an officer
        // does not take the missing answer checks for a clean bill.
        if let first = diagnostics.firstIndex(where: { $0.severity == .error }) {
            diagnostics[first].notes.append(
                Diagnostic.Note(
                    location: .file(document.file), .notCheckedFurther))
        }
        report.diagnostics += diagnostics
        if let source = document.source { report.sources[document.file] = source }
    }
}
