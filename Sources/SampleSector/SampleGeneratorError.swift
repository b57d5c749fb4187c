/// Why a sample sector could not be made.
///
/// Every message names the file or the signatory.
public enum SampleGeneratorError: Error, CustomStringConvertible, Equatable {
    /// The output folder exists and is not empty.
    case outputExists(folder: String)
    /// A file could not be written.
    case writeFailed(path: String, reason: String)
    /// A generated assessment does not validate: a bug in the generator.
    case invalidAssessment(folder: String, first: String)
    /// A bundle could not be made.
    case bundle(file: String, reason: String)
    /// The options make no sector.
    case invalidOptions(String)

    /// The message.
    public var description: String {
        switch self {
        case .outputExists(let folder): "\(folder): exists and is not empty; choose another folder"
        case .writeFailed(let path, let reason): "\(path): cannot be written: \(reason)"
        case .invalidAssessment(let folder, let first):
            "\(folder): the generated assessment does not validate: \(first)"
        case .bundle(let file, let reason): "\(file): \(reason)"
        case .invalidOptions(let reason): reason
        }
    }
}
