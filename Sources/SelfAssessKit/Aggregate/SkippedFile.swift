/// A file `aggregate` walked past without using it as a bundle, with why: a line of
/// `skipped.csv`.
///
/// Nothing in the inputs is passed over without a word: a file that is not a bundle, a file
/// reached twice, a copy of a bundle already read, a bundle of a year outside the years covered,
/// a link that loops. Each reason has a stable identifier and a code of docs/bundle.md
/// (SB710–SB716).
struct SkippedFile: Sendable, Equatable {
    /// Why a file was not used.
    enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The file is neither named `*.sabundle` nor a ZIP archive holding a `manifest.json`.
        case notABundle = "not-a-bundle"
        /// A named pipe, socket or device, or a link to nothing.
        case notARegularFile = "not-a-regular-file"
        /// A temporary file left by `bundle` or another writer (`.NAME.tmp-…`,
        /// `.NAME.sabundle.unverified-…`).
        case temporaryFile = "temporary-file"
        /// The same file (the same real path) was reached under another name, which is read.
        case sameFile = "same-file"
        /// A symbolic link to a folder that holds it: following it would never end.
        case linkLoop = "link-loop"
        /// A file with exactly the bytes of a bundle read under another name: counted once.
        case duplicate
        /// A valid bundle of a year outside the years covered (`--year`, `--since`).
        case outOfRange = "out-of-range"

        /// The code of docs/bundle.md.
        var code: String {
            switch self {
            case .notABundle: "SB710"
            case .notARegularFile: "SB711"
            case .temporaryFile: "SB712"
            case .sameFile: "SB713"
            case .linkLoop: "SB714"
            case .duplicate: "SB715"
            case .outOfRange: "SB716"
            }
        }
    }

    /// The file's path, as shown in outputs.
    var file: String
    /// Why it was not used.
    var reason: Reason
    /// The signatory of a bundle skipped as a duplicate or out of range; nil otherwise.
    var signatory: String?
    /// The bundle's reporting year, for a duplicate or a bundle out of range.
    var year: Int?
    /// What was found, in plain words, naming the file.
    var message: String

    /// Creates a skipped file.
    init(
        file: String, reason: Reason, signatory: String? = nil, year: Int? = nil, message: String
    ) {
        self.file = file
        self.reason = reason
        self.signatory = signatory
        self.year = year
        self.message = message
    }
}
