public import Foundation

/// Reads YAML files from disk under the size limit, turning I/O failures into diagnostics.
public enum YAMLFile {
    /// Reads and parses one file.
    ///
    /// The size is checked before the file is read, and anything that is not a regular file
    /// (a folder, a pipe, a device) is refused without being opened, so reading never blocks.
    ///
    /// - Parameters:
    ///   - url: The file to read.
    ///   - displayName: The path shown in diagnostics (defaults to the URL's path).
    ///   - limits: The size, nesting and reporting limits.
    /// - Returns: The parsed document, or a document with no root and one diagnostic when the file
    ///   could not be read.
    public static func read(
        _ url: URL, displayName: String? = nil, limits: YAMLLimits = .default
    ) -> YAMLDocument {
        parse(
            FileReader.readRegularFile(url, maxSize: limits.maxFileSize),
            file: displayName ?? url.path, limits: limits)
    }

    /// Parses the outcome of reading a file: the document, or one diagnostic naming why the file
    /// could not be read (SA013 when it is too large, SA018 for a link leading outside the assessment
    /// folder, SA016 otherwise).
    public static func parse(
        _ read: Result<[UInt8], FileReadFailure>, file: String, limits: YAMLLimits = .default
    ) -> YAMLDocument {
        switch read {
        case .success(let bytes):
            return YAMLParser.parse(bytes, file: file, limits: limits)
        case .failure(let failure):
            let code: Diagnostic.Code
            var hint: Diagnostic.Message?
            switch failure {
            case .tooLarge: code = .fileTooLarge
            case .outsideFolder:
                code = .fileOutsideFolder
                hint = .fileOutsideFolderHint
            default: code = .unreadable
            }
            return YAMLDocument(
                file: file, root: nil,
                diagnostics: [
                    Diagnostic(code, .verbatim(failure.description), at: .file(file), hint: hint)
                ],
                source: nil)
        }
    }
}
