/// Why a bundle container was refused or could not be read or written.
///
/// Each case is one check and has a stable ``code`` for `verify`'s reports; `file` is the
/// container, `path` an entry (shown with non-printable bytes as `\xNN`).
public enum ContainerError: Error, Equatable, Sendable, CustomStringConvertible {
    // MARK: Input and output
    /// The container could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The container is a folder, pipe, device or socket.
    case notRegularFile(file: String, kind: String)
    /// The container could not be written.
    case writeFailed(file: String, reason: String)
    /// A file to be packed could not be read.
    case sourceUnreadable(file: String, path: String, reason: String)
    /// The container to write exists and may not be replaced.
    case exists(file: String)
    /// The container to write exists and is not a regular file (a device, a named pipe, a
    /// folder, or a symbolic link to one): it is never replaced, even with `--force`.
    case notRegularTarget(file: String, reason: String)

    // MARK: Structure
    /// No end-of-central-directory record: not a ZIP archive, or a truncated one.
    case missingEndRecord(file: String)
    /// The end record is damaged, or bytes follow it.
    case malformedEndRecord(file: String, reason: String)
    /// ZIP64 records; bundles never need them (every cap is far below 4 GiB).
    case zip64NotSupported(file: String)
    /// A multi-disk (split) archive.
    case multiDisk(file: String)
    /// More entries than the limit.
    case tooManyEntries(file: String, count: Int, limit: Int)
    /// A central directory larger than the limit.
    case centralDirectoryTooLarge(file: String, size: Int, limit: Int)
    /// The central directory lies outside the file: truncated or damaged.
    case centralDirectoryOutOfBounds(file: String)
    /// Bytes before the archive's first entry: garbage prepended, or a polyglot file.
    case leadingData(file: String, bytes: Int)
    /// Bytes between entries, or before the central directory, that belong to no entry.
    case hiddenData(file: String, offset: Int, bytes: Int)
    /// The last end-of-central-directory record lies inside the comment of an earlier one: a
    /// second central directory hidden in the ZIP comment, so readers would disagree on the
    /// files.
    case directoryInComment(file: String, offset: Int, outer: Int)
    /// A central directory record is damaged.
    case malformedCentralDirectory(file: String, index: Int, reason: String)
    /// The end record's entry count differs from the entries actually there.
    case entryCountMismatch(file: String, declared: Int, found: Int)
    /// An entry's local header is missing, damaged, or disagrees with the central directory.
    case malformedLocalHeader(file: String, path: String, reason: String)
    /// Two entries share bytes.
    case overlappingEntries(file: String, path: String)
    /// ZIPFoundation reads the archive differently from our own parser.
    case readerDisagreement(file: String, reason: String)

    // MARK: Names
    /// A path that breaks the ``BundlePath`` rule.
    case unsafePath(file: String, path: String, problem: BundlePath.Problem)
    /// Two entries with the same path bytes.
    case duplicatePath(file: String, path: String)
    /// Two paths that differ only in ASCII case.
    case caseTwin(file: String, path: String, other: String)
    /// Two paths that are the same text in different Unicode normalization (NFC/NFD).
    case unicodeTwin(file: String, path: String, other: String)
    /// A file whose path is also a folder of another entry.
    case pathConflict(file: String, path: String)
    /// A directory entry that holds no file (an empty folder).
    case strayDirectory(file: String, path: String)
    /// A directory entry that carries data.
    case directoryWithContent(file: String, path: String)

    // MARK: Entry kinds
    /// A symbolic link.
    case symbolicLink(file: String, path: String)
    /// A device, pipe, socket, or a name that contradicts its type.
    case unsupportedEntryType(file: String, path: String, type: String)
    /// An encrypted entry.
    case encryptedEntry(file: String, path: String)
    /// A compression method other than stored (0) or deflate (8).
    case unsupportedCompression(file: String, path: String, method: Int)

    // MARK: Content
    /// An entry larger than the per-entry limit (declared or counted).
    case entryTooLarge(file: String, path: String, size: Int, limit: Int)
    /// More bytes than the total limit (declared or counted).
    case totalSizeExceeded(file: String, limit: Int)
    /// An entry's bytes differ in number from its declared size (a lying size field).
    case sizeMismatch(file: String, path: String, declared: Int, actual: Int)
    /// An entry's CRC-32 differs from the declared one.
    case checksumMismatch(file: String, path: String, declared: UInt32, actual: UInt32)
    /// An entry's stored or compressed bytes are damaged or cut short.
    case corruptData(file: String, path: String, reason: String)
    /// No entry has this path.
    case noSuchEntry(file: String, path: String)

    /// Whether the failure is an input/output failure (exit code 2) rather than a refusal
    /// (exit code 1).
    public var isInputOutputFailure: Bool {
        switch self {
        case .unreadable, .notRegularFile, .writeFailed, .sourceUnreadable: true
        default: false
        }
    }

    /// A stable code for reports (`SB1xx`: container).
    public var code: String {
        switch self {
        case .unreadable: "SB001"
        case .notRegularFile: "SB002"
        case .writeFailed: "SB003"
        case .sourceUnreadable: "SB004"
        case .exists: "SB005"
        case .notRegularTarget: "SB010"
        case .missingEndRecord: "SB101"
        case .malformedEndRecord: "SB102"
        case .zip64NotSupported: "SB103"
        case .multiDisk: "SB104"
        case .tooManyEntries: "SB105"
        case .centralDirectoryTooLarge: "SB106"
        case .centralDirectoryOutOfBounds: "SB107"
        case .leadingData: "SB108"
        case .hiddenData: "SB109"
        case .directoryInComment: "SB150"
        case .malformedCentralDirectory: "SB110"
        case .entryCountMismatch: "SB111"
        case .malformedLocalHeader: "SB112"
        case .overlappingEntries: "SB113"
        case .readerDisagreement: "SB114"
        case .unsafePath: "SB120"
        case .duplicatePath: "SB121"
        case .caseTwin: "SB122"
        case .unicodeTwin: "SB123"
        case .pathConflict: "SB124"
        case .strayDirectory: "SB125"
        case .directoryWithContent: "SB126"
        case .symbolicLink: "SB130"
        case .unsupportedEntryType: "SB131"
        case .encryptedEntry: "SB132"
        case .unsupportedCompression: "SB133"
        case .entryTooLarge: "SB140"
        case .totalSizeExceeded: "SB141"
        case .sizeMismatch: "SB142"
        case .checksumMismatch: "SB143"
        case .corruptData: "SB144"
        case .noSuchEntry: "SB145"
        }
    }

    /// The message, in English (the wordings are in ``ContainerErrorMessages``).
    public var description: String { wording.text(in: .english) }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Shows path bytes for a message: printable ASCII as is, anything else as `\xNN`, and
    /// valid non-ASCII UTF-8 as its text.
    static func display(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self),
            !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        {
            return text
        }
        return bytes.map {
            (0x20..<0x7F).contains($0)
                ? String(Character(Unicode.Scalar($0))) : "\\x" + [$0].hexString
        }.joined()
    }
}
