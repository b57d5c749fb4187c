/// Why `aggregate` could not finish. Every message names the file or folder concerned.
public enum AggregateError: Error, CustomStringConvertible, Equatable, Sendable {
    /// No bundle was accepted and no year was asked for, so there is no year to report on.
    case noYear(bundles: Int)
    /// The output folder exists and is not empty (and replacing it was not asked for).
    case outputExists(folder: String)
    /// The output path exists and is not a folder.
    case outputNotFolder(path: String)
    /// An output file or folder could not be written.
    case writeFailed(path: String, reason: String)

    /// Whether the failure is an input/output failure (exit code 2) rather than a refusal (1).
    public var isInputOutputFailure: Bool {
        if case .writeFailed = self { return true }
        return false
    }

    /// The message.
    public var description: String {
        switch self {
        case .noYear(let bundles):
            "none of the \(bundles) bundle\(bundles == 1 ? "" : "s") found was accepted, so there is no year to report "
                + "on; name it with --year YYYY"
        case .outputExists(let folder):
            "\(folder): the output folder exists and is not empty; choose another, or give --force to replace it"
        case .outputNotFolder(let path):
            "\(path): exists and is not a folder; --out names a folder to write the outputs into"
        case .writeFailed(let path, let reason):
            "\(path): cannot be written: \(reason)"
        }
    }
}
