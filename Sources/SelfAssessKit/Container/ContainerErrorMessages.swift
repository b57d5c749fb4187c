/// The wordings of ``ContainerError``: why a ZIP container could not be read or written, or was
/// refused.
///
/// Keys start with the error's code (`SB101`); a `.one` key is the wording for one.
enum ContainerErrorMessages: String, MessageCatalog {
    case unreadable = "SB001"
    case notRegularFile = "SB002"
    case writeFailed = "SB003"
    case sourceUnreadable = "SB004"
    case exists = "SB005"
    case notRegularTarget = "SB010"
    case missingEndRecord = "SB101"
    case malformedEndRecord = "SB102"
    case zip64NotSupported = "SB103"
    case multiDisk = "SB104"
    case tooManyEntries = "SB105"
    case centralDirectoryTooLarge = "SB106"
    case centralDirectoryOutOfBounds = "SB107"
    case leadingDataOne = "SB108.one"
    case leadingData = "SB108"
    case hiddenDataOne = "SB109.one"
    case hiddenData = "SB109"
    case directoryInComment = "SB150"
    case malformedCentralDirectory = "SB110"
    case entryCountMismatchOne = "SB111.one"
    case entryCountMismatch = "SB111"
    case malformedLocalHeader = "SB112"
    case overlappingEntries = "SB113"
    case readerDisagreement = "SB114"
    case unsafePath = "SB120"
    case duplicatePath = "SB121"
    case caseTwin = "SB122"
    case unicodeTwin = "SB123"
    case pathConflict = "SB124"
    case strayDirectory = "SB125"
    case directoryWithContent = "SB126"
    case symbolicLink = "SB130"
    case unsupportedEntryType = "SB131"
    case encryptedEntry = "SB132"
    case unsupportedCompression = "SB133"
    case entryTooLarge = "SB140"
    case totalSizeExceeded = "SB141"
    case sizeMismatch = "SB142"
    case sizeMismatchAtLeast = "SB142.at-least"
    case checksumMismatch = "SB143"
    case corruptData = "SB144"
    case noSuchEntry = "SB145"

    var english: String {
        switch self {
        case .unreadable: "{file}: cannot be read: {reason}"
        case .notRegularFile: "{file}: not a regular file (it is {kind})"
        case .writeFailed: "{file}: cannot be written: {reason}"
        case .sourceUnreadable: "{file}: cannot pack {path}: {reason}"
        case .exists: "{file}: already exists; it is not replaced without --force"
        case .notRegularTarget: "{file}: exists and {reason}; it is not replaced, even with --force"
        case .missingEndRecord:
            "{file}: not a ZIP archive, or a truncated one (no end of central directory record)"
        case .malformedEndRecord: "{file}: damaged end of central directory record: {reason}"
        case .zip64NotSupported:
            "{file}: ZIP64 archives are not accepted (bundles never need ZIP64)"
        case .multiDisk: "{file}: a split (multi-disk) archive"
        case .tooManyEntries: "{file}: {count} entries, over the limit of {limit}"
        case .centralDirectoryTooLarge:
            "{file}: central directory of {size}, over the {limit} limit"
        case .centralDirectoryOutOfBounds:
            "{file}: the central directory lies outside the file (truncated or damaged archive)"
        case .leadingDataOne:
            "{file}: 1 byte before the first entry (data prepended to the archive, or a polyglot "
                + "file)"
        case .leadingData:
            "{file}: {bytes} bytes before the first entry (data prepended to the archive, or a "
                + "polyglot file)"
        case .hiddenDataOne: "{file}: 1 byte at offset {offset} belong to no entry"
        case .hiddenData: "{file}: {bytes} bytes at offset {offset} belong to no entry"
        case .directoryInComment:
            "{file}: a second central directory is hidden in the ZIP comment (an end record at "
                + "byte {offset} lies inside the comment of the end record at byte {outer}); "
                + "ZIP readers would disagree on the files"
        case .malformedCentralDirectory: "{file}: central directory record {number}: {reason}"
        case .entryCountMismatchOne:
            "{file}: the archive declares 1 entry but {found} can be read"
        case .entryCountMismatch:
            "{file}: the archive declares {declared} entries but {found} can be read"
        case .malformedLocalHeader: "{file}: {path}: {reason}"
        case .overlappingEntries: "{file}: {path}: its bytes overlap another entry's"
        case .readerDisagreement: "{file}: the ZIP readers disagree: {reason}"
        case .unsafePath: "{file}: unsafe path \"{path}\": {problem}"
        case .duplicatePath: "{file}: \"{path}\" appears more than once"
        case .caseTwin: "{file}: \"{path}\" and \"{other}\" differ only in letter case"
        case .unicodeTwin:
            "{file}: \"{path}\" and \"{other}\" are the same text in different Unicode "
                + "normalization"
        case .pathConflict: "{file}: \"{path}\" is both a file and a folder"
        case .strayDirectory: "{file}: directory entry \"{path}\" holds no file"
        case .directoryWithContent: "{file}: directory entry \"{path}\" carries data"
        case .symbolicLink: "{file}: \"{path}\" is a symbolic link"
        case .unsupportedEntryType: "{file}: \"{path}\" is {type}"
        case .encryptedEntry: "{file}: \"{path}\" is encrypted"
        case .unsupportedCompression:
            "{file}: \"{path}\" uses compression method {method}; only stored (0) and deflate (8) "
                + "are accepted"
        case .entryTooLarge: "{file}: \"{path}\" holds {size} or more, over the {limit} limit"
        case .totalSizeExceeded: "{file}: the entries hold more than {limit} together"
        case .sizeMismatch: "{file}: \"{path}\" declares {declared} bytes but holds {actual}"
        case .sizeMismatchAtLeast:
            "{file}: \"{path}\" declares {declared} bytes but holds at least {actual}"
        case .checksumMismatch:
            "{file}: \"{path}\": CRC-32 {actual} differs from the declared {declared} (corrupt "
                + "archive)"
        case .corruptData: "{file}: \"{path}\": {reason}"
        case .noSuchEntry: "{file}: no entry \"{path}\""
        }
    }

    var chinese: String? {
        switch self {
        case .unreadable: "{file}：无法读取：{reason}"
        case .notRegularFile: "{file}：不是普通文件（它是 {kind}）"
        case .writeFailed: "{file}：无法写入：{reason}"
        case .sourceUnreadable: "{file}：无法打包 {path}：{reason}"
        case .exists: "{file}：已存在；没有 --force 不会替换它"
        case .notRegularTarget: "{file}：已存在且 {reason}；即使有 --force 也不会替换它"
        case .missingEndRecord: "{file}：不是 ZIP 压缩包，或压缩包被截断（没有中央目录结束记录）"
        case .malformedEndRecord: "{file}：中央目录结束记录已损坏：{reason}"
        case .zip64NotSupported: "{file}：不接受 ZIP64 压缩包（报告包从不需要 ZIP64）"
        case .multiDisk: "{file}：分卷（多磁盘）压缩包"
        case .tooManyEntries: "{file}：{count} 个条目，超过 {limit} 的上限"
        case .centralDirectoryTooLarge: "{file}：中央目录大小为 {size}，超过 {limit} 的上限"
        case .centralDirectoryOutOfBounds: "{file}：中央目录位于文件之外（压缩包被截断或已损坏）"
        case .leadingDataOne: "{file}：第一个条目之前有 1 个字节（压缩包前面被附加了数据，或是多格式文件）"
        case .leadingData: "{file}：第一个条目之前有 {bytes} 个字节（压缩包前面被附加了数据，或是多格式文件）"
        case .hiddenDataOne: "{file}：偏移 {offset} 处有 1 个字节不属于任何条目"
        case .hiddenData: "{file}：偏移 {offset} 处有 {bytes} 个字节不属于任何条目"
        case .directoryInComment:
            "{file}：ZIP 注释中藏有第二个中央目录（第 {offset} 字节处的结束记录位于第 {outer} 字节处结束记录的注释之中）；不同的 ZIP 读取程序会读出不同的文件"
        case .malformedCentralDirectory: "{file}：中央目录第 {number} 条记录：{reason}"
        case .entryCountMismatchOne: "{file}：压缩包声明有 1 个条目，但能读取 {found} 个"
        case .entryCountMismatch: "{file}：压缩包声明有 {declared} 个条目，但能读取 {found} 个"
        case .malformedLocalHeader: "{file}：{path}：{reason}"
        case .overlappingEntries: "{file}：{path}：其字节与另一个条目重叠"
        case .readerDisagreement: "{file}：各 ZIP 读取程序的结果不一致：{reason}"
        case .unsafePath: "{file}：不安全的路径“{path}”：{problem}"
        case .duplicatePath: "{file}：“{path}”出现了不止一次"
        case .caseTwin: "{file}：“{path}”和“{other}”只有字母大小写不同"
        case .unicodeTwin: "{file}：“{path}”和“{other}”是同一文字的不同 Unicode 规范化形式"
        case .pathConflict: "{file}：“{path}”既是文件又是文件夹"
        case .strayDirectory: "{file}：目录条目“{path}”中没有文件"
        case .directoryWithContent: "{file}：目录条目“{path}”带有数据"
        case .symbolicLink: "{file}：“{path}”是符号链接"
        case .unsupportedEntryType: "{file}：“{path}”是 {type}"
        case .encryptedEntry: "{file}：“{path}”已加密"
        case .unsupportedCompression: "{file}：“{path}”使用压缩方法 {method}；只接受 stored（0）和 deflate（8）"
        case .entryTooLarge: "{file}：“{path}”大小为 {size} 或更大，超过 {limit} 的上限"
        case .totalSizeExceeded: "{file}：各条目合计超过 {limit}"
        case .sizeMismatch: "{file}：“{path}”声明为 {declared} 字节，实际为 {actual}"
        case .sizeMismatchAtLeast: "{file}：“{path}”声明为 {declared} 字节，实际至少为 {actual}"
        case .checksumMismatch: "{file}：“{path}”：CRC-32 {actual} 与声明的 {declared} 不同（压缩包已损坏）"
        case .corruptData: "{file}：“{path}”：{reason}"
        case .noSuchEntry: "{file}：没有条目“{path}”"
        }
    }
}

extension ContainerError: WordedError {
    /// The message as a catalog wording.
    public var wording: Diagnostic.Message {
        typealias Key = ContainerErrorMessages
        typealias Argument = Diagnostic.Message.Argument
        func message(
            _ key: Key, _ file: String, _ arguments: [String: Argument] = [:]
        )
            -> Diagnostic.Message
        {
            Diagnostic.Message(key, arguments.merging(["file": .text(file)]) { $1 })
        }
        func size(_ bytes: Int) -> Argument { .text(ByteCount.describe(bytes)) }
        switch self {
        case .unreadable(let file, let reason):
            return message(.unreadable, file, ["reason": .text(reason)])
        case .notRegularFile(let file, let kind):
            return message(.notRegularFile, file, ["kind": .text(kind)])
        case .writeFailed(let file, let reason):
            return message(.writeFailed, file, ["reason": .text(reason)])
        case .sourceUnreadable(let file, let path, let reason):
            return message(.sourceUnreadable, file, ["path": .text(path), "reason": .text(reason)])
        case .exists(let file):
            return message(.exists, file)
        case .notRegularTarget(let file, let reason):
            return message(.notRegularTarget, file, ["reason": .text(reason)])
        case .missingEndRecord(let file):
            return message(.missingEndRecord, file)
        case .malformedEndRecord(let file, let reason):
            return message(.malformedEndRecord, file, ["reason": .text(reason)])
        case .zip64NotSupported(let file):
            return message(.zip64NotSupported, file)
        case .multiDisk(let file):
            return message(.multiDisk, file)
        case .tooManyEntries(let file, let count, let limit):
            return message(
                .tooManyEntries, file, ["count": .integer(count), "limit": .integer(limit)])
        case .centralDirectoryTooLarge(let file, let bytes, let limit):
            return message(
                .centralDirectoryTooLarge, file, ["size": size(bytes), "limit": size(limit)])
        case .centralDirectoryOutOfBounds(let file):
            return message(.centralDirectoryOutOfBounds, file)
        case .leadingData(let file, let bytes):
            return bytes == 1
                ? message(.leadingDataOne, file)
                : message(.leadingData, file, ["bytes": .integer(bytes)])
        case .hiddenData(let file, let offset, let bytes):
            return message(
                bytes == 1 ? .hiddenDataOne : .hiddenData, file,
                bytes == 1
                    ? ["offset": .integer(offset)]
                    : ["offset": .integer(offset), "bytes": .integer(bytes)])
        case .directoryInComment(let file, let offset, let outer):
            return message(
                .directoryInComment, file, ["offset": .integer(offset), "outer": .integer(outer)])
        case .malformedCentralDirectory(let file, let index, let reason):
            return message(
                .malformedCentralDirectory, file,
                ["number": .integer(index + 1), "reason": .text(reason)])
        case .entryCountMismatch(let file, let declared, let found):
            return message(
                declared == 1 ? .entryCountMismatchOne : .entryCountMismatch, file,
                declared == 1
                    ? ["found": .integer(found)]
                    : ["declared": .integer(declared), "found": .integer(found)])
        case .malformedLocalHeader(let file, let path, let reason):
            return message(
                .malformedLocalHeader, file, ["path": .text(path), "reason": .text(reason)])
        case .overlappingEntries(let file, let path):
            return message(.overlappingEntries, file, ["path": .text(path)])
        case .readerDisagreement(let file, let reason):
            return message(.readerDisagreement, file, ["reason": .text(reason)])
        case .unsafePath(let file, let path, let problem):
            return message(
                .unsafePath, file, ["path": .text(path), "problem": .text(problem.description)])
        case .duplicatePath(let file, let path):
            return message(.duplicatePath, file, ["path": .text(path)])
        case .caseTwin(let file, let path, let other):
            return message(.caseTwin, file, ["path": .text(path), "other": .text(other)])
        case .unicodeTwin(let file, let path, let other):
            return message(.unicodeTwin, file, ["path": .text(path), "other": .text(other)])
        case .pathConflict(let file, let path):
            return message(.pathConflict, file, ["path": .text(path)])
        case .strayDirectory(let file, let path):
            return message(.strayDirectory, file, ["path": .text(path)])
        case .directoryWithContent(let file, let path):
            return message(.directoryWithContent, file, ["path": .text(path)])
        case .symbolicLink(let file, let path):
            return message(.symbolicLink, file, ["path": .text(path)])
        case .unsupportedEntryType(let file, let path, let type):
            return message(.unsupportedEntryType, file, ["path": .text(path), "type": .text(type)])
        case .encryptedEntry(let file, let path):
            return message(.encryptedEntry, file, ["path": .text(path)])
        case .unsupportedCompression(let file, let path, let method):
            return message(
                .unsupportedCompression, file, ["path": .text(path), "method": .integer(method)])
        case .entryTooLarge(let file, let path, let bytes, let limit):
            return message(
                .entryTooLarge, file,
                ["path": .text(path), "size": size(bytes), "limit": size(limit)])
        case .totalSizeExceeded(let file, let limit):
            return message(.totalSizeExceeded, file, ["limit": size(limit)])
        case .sizeMismatch(let file, let path, let declared, let actual):
            return message(
                actual > declared ? .sizeMismatchAtLeast : .sizeMismatch, file,
                ["path": .text(path), "declared": .integer(declared), "actual": .integer(actual)])
        case .checksumMismatch(let file, let path, let declared, let actual):
            return message(
                .checksumMismatch, file,
                [
                    "path": .text(path), "declared": .text(Self.hex(declared)),
                    "actual": .text(Self.hex(actual)),
                ])
        case .corruptData(let file, let path, let reason):
            return message(.corruptData, file, ["path": .text(path), "reason": .text(reason)])
        case .noSuchEntry(let file, let path):
            return message(.noSuchEntry, file, ["path": .text(path)])
        }
    }
}
