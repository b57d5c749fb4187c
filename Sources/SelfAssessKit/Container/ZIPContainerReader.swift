public import Foundation
@preconcurrency internal import ZIPFoundation

/// A hardened ZIP reader for bundle verification.
///
/// It never extracts to disk and trusts no field it has not checked.
///
/// Opening parses the end record and central directory ourselves (``ZIPCentralDirectory``),
/// then checks, in this order, with one ``ContainerError`` case per failure:
/// 1. structure: one end record that ends the file, no ZIP64, no split archive, entry count and
///    central directory size within the caps, the records' count equal to the declared count;
/// 2. names, across entries: no duplicate bytes, no case twins, no Unicode (NFC/NFD) twins;
/// 3. each entry: not encrypted, a file or harmless directory (no symlink, device, pipe),
///    stored or deflate, a path that follows ``BundlePath``, declared sizes within the caps;
/// 4. local headers: present, agreeing with the central directory (name, method, flags, time, and
///    sizes and CRC unless a data descriptor follows), no two entries sharing bytes, and no byte
///    before, between or after the entries that belongs to none of them (prepended garbage,
///    polyglots);
/// 5. directories: only folders of listed files, and no path that is both file and folder;
/// 6. a second opinion: ZIPFoundation must iterate the same number of entries, with the same
///    paths and kinds (it stops silently at an encrypted entry, so this count is the check the
///    format asks for).
///
/// Reading an entry counts the bytes as they are inflated, never trusting the declared size:
/// more bytes than declared, or than the caps, stop the read at once (deflate bombs and lying
/// sizes); fewer are an error too; and the CRC-32 is compared. Stored entries stream in 64 KiB
/// chunks. Deflate data is given to ZIPFoundation's inflater from one buffer of exactly the
/// entry's compressed bytes, not through `Archive.extract`, which
/// reads past the entry, over-reads its last chunk, and loops forever at the end of the file
/// on a stream that never ends.
public final class ZIPContainerReader: BundleContainer {
    /// The container's name in messages.
    public let displayName: String
    /// The caps in force.
    public let limits: BundleLimits
    /// The regular files, in central directory order.
    public let entries: [ContainerEntry]
    /// How many directory entries were found harmless and ignored.
    public let ignoredDirectoryCount: Int
    /// How many bytes all reads so far produced; capped by ``BundleLimits/maxTotalSize``.
    public private(set) var totalBytesRead = 0

    private let file: RandomAccessFile
    private let known: Set<ContainerEntry>
    static let bufferSize = 1 << 16

    /// Opens and checks a ZIP container.
    ///
    /// - Parameters:
    ///   - url: The archive.
    ///   - displayName: The name used in messages; the path by default.
    ///   - limits: The caps.
    /// - Throws: ``ContainerError``, naming the first problem.
    public init(
        url: URL, displayName: String? = nil, limits: BundleLimits = .default
    ) throws(ContainerError) {
        let name = displayName ?? url.path
        let file = try RandomAccessFile(url: url, name: name)
        let directory = try ZIPCentralDirectory.read(file, limits: limits)
        let records = directory.records
        try Self.checkNames(records, file: name)
        try Self.checkEntries(records, file: name, limits: limits)
        let dataOffsets = try Self.checkLocalHeaders(
            records, file: file, directoryOffset: directory.offset)
        try Self.checkFolders(records, file: name)
        try Self.crossCheck(
            url: url, records: records, declared: directory.declaredCount, file: name)

        var entries: [ContainerEntry] = []
        for record in records where record.kind == .file {
            entries.append(
                ContainerEntry(
                    path: String(decoding: record.name, as: UTF8.self),
                    size: record.uncompressedSize,
                    crc32: record.crc32, compression: record.method == 8 ? .deflate : .stored,
                    dataOffset: UInt64(dataOffsets[record.index]),
                    compressedSize: record.compressedSize))
        }
        self.displayName = name
        self.limits = limits
        self.file = file
        self.entries = entries
        self.known = Set(entries)
        self.ignoredDirectoryCount = records.count - entries.count
    }

    /// A reader of entries picked without the checks on opening; see
    /// ``unverifiedEntry(_:in:limit:limits:)``.
    private init(
        file: RandomAccessFile, displayName: String, limits: BundleLimits,
        entries: [ContainerEntry]
    ) {
        self.displayName = displayName
        self.limits = limits
        self.file = file
        self.entries = entries
        self.known = Set(entries)
        self.ignoredDirectoryCount = 0
    }

    /// Reads one file of an archive that may fail the checks on opening, for a refused bundle's
    /// claim only (``BundleClaim``), or nil.
    ///
    /// The end record and central directory must parse within the caps; exactly one entry must
    /// have the path, a regular file, not encrypted, stored or deflated, of at most `limit`
    /// bytes, whose local header names it and whose data ends before the central directory; and
    /// its bytes must have the declared size and CRC-32. Nothing else about the archive is
    /// checked, so the bytes prove nothing.
    ///
    /// - Parameters:
    ///   - path: The entry's path, byte for byte.
    ///   - url: The archive.
    ///   - limit: The most bytes the entry may hold.
    ///   - limits: The caps for the central directory.
    package static func unverifiedEntry(
        _ path: String, in url: URL, limit: Int, limits: BundleLimits = .default
    ) -> [UInt8]? {
        typealias Layout = ZIPCentralDirectory
        guard let file = try? RandomAccessFile(url: url, name: url.path),
            let directory = try? ZIPCentralDirectory.read(file, limits: limits)
        else { return nil }
        let name = Array(path.utf8)
        let matches = directory.records.filter { $0.name == name }
        // Deflate adds at most 5 bytes per 16 KiB block (plus a few) to incompressible data.
        guard matches.count == 1, let record = matches.first, record.kind == .file,
            !record.isEncrypted, record.method == 0 || record.method == 8,
            record.uncompressedSize <= limit, record.compressedSize <= limit + limit / 1024 + 64
        else { return nil }
        let start = record.localHeaderOffset
        guard start >= 0, start + Layout.localHeaderSize <= directory.offset,
            let header = try? file.read(at: start, count: Layout.localHeaderSize),
            header.count == Layout.localHeaderSize, header.starts(with: Layout.localSignature),
            Layout.le16(header, 8) == record.method
        else { return nil }
        let nameLength = Int(Layout.le16(header, 26))
        let dataStart =
            start + Layout.localHeaderSize + nameLength + Int(Layout.le16(header, 28))
        guard dataStart + record.compressedSize <= directory.offset,
            let localName = try? file.read(at: start + Layout.localHeaderSize, count: nameLength),
            localName == name
        else { return nil }
        let entry = ContainerEntry(
            path: path, size: record.uncompressedSize, crc32: record.crc32,
            compression: record.method == 8 ? .deflate : .stored, dataOffset: UInt64(dataStart),
            compressedSize: record.compressedSize)
        var capped = limits
        capped.maxEntrySize = min(limit, limits.maxEntrySize)
        capped.maxTotalSize = min(limit, limits.maxTotalSize)
        let reader = ZIPContainerReader(
            file: file, displayName: url.path, limits: capped, entries: [entry])
        var bytes: [UInt8] = []
        do throws(ContainerError) {
            try reader.stream(entry) { bytes += $0 }
        } catch {
            return nil
        }
        return bytes
    }

    // MARK: - Reading

    /// Streams an entry's bytes, checking size, caps and CRC-32 as they come.
    ///
    /// - Parameters:
    ///   - entry: An entry of this reader.
    ///   - consumer: Receives the bytes in chunks: 64 KiB for stored entries, at most the
    ///     compressed size for deflate entries. It is never given a byte beyond the declared size.
    /// - Throws: ``ContainerError/sizeMismatch(file:path:declared:actual:)`` as soon as there are
    ///   more bytes than declared, or at the end when there are fewer;
    ///   ``ContainerError/entryTooLarge(file:path:size:limit:)``,
    ///   ``ContainerError/totalSizeExceeded(file:limit:)``,
    ///   ``ContainerError/checksumMismatch(file:path:declared:actual:)`` and
    ///   ``ContainerError/corruptData(file:path:reason:)``.
    public func stream(
        _ entry: ContainerEntry, into consumer: ([UInt8]) -> Void
    ) throws(ContainerError) {
        guard known.contains(entry) else { throw .noSuchEntry(file: displayName, path: entry.path) }
        var counter = Counter(
            entry: entry, file: displayName, limits: limits, totalBefore: totalBytesRead)
        defer { totalBytesRead = counter.total }
        switch entry.compression {
        case .stored:
            var offset = 0
            while offset < entry.compressedSize {
                let count = min(Self.bufferSize, entry.compressedSize - offset)
                let chunk = try file.read(at: Int(entry.dataOffset) + offset, count: count)
                guard chunk.count == count else {
                    throw .corruptData(
                        file: displayName, path: entry.path, reason: "the stored data is cut short")
                }
                try counter.accept(chunk)
                consumer(chunk)
                offset += count
            }
        case .deflate:
            try inflate(entry, counter: &counter, consumer: consumer)
        }
        try counter.finish()
    }

    /// Inflates from one buffer holding exactly the entry's compressed bytes.
    ///
    /// ZIPFoundation 0.9.20's inflater tells zlib that every input chunk is `bufferSize` long, so a
    /// short last chunk makes zlib read past it, and padding it would turn the padding into data;
    /// with the buffer size equal to the compressed size there is no short chunk. When the stream
    /// wants more than the entry holds, the provider throws instead of returning nothing (which
    /// makes ZIPFoundation's own `extract` loop forever at the end of the file).
    private func inflate(
        _ entry: ContainerEntry, counter: inout Counter, consumer: ([UInt8]) -> Void
    ) throws(ContainerError) {
        let compressed = try file.read(at: Int(entry.dataOffset), count: entry.compressedSize)
        guard !compressed.isEmpty, compressed.count == entry.compressedSize else {
            throw .corruptData(
                file: displayName, path: entry.path, reason: "the deflate data is cut short")
        }
        var given = false
        var failure: ContainerError?
        var state = counter
        defer { counter = state }
        do {
            _ = try Data.decompress(
                size: Int64(compressed.count), bufferSize: compressed.count, skipCRC32: true,
                provider: { _, _ in
                    guard !given else { throw StreamEnd() }
                    given = true
                    return Data(compressed)
                },
                consumer: { data in
                    let chunk = [UInt8](data)
                    do throws(ContainerError) {
                        try state.accept(chunk)
                    } catch {
                        failure = error
                        throw error
                    }
                    consumer(chunk)
                })
        } catch {
            if let failure { throw failure }
            if error is StreamEnd {
                throw .corruptData(
                    file: displayName, path: entry.path, reason: "the deflate data is cut short")
            }
            throw .corruptData(
                file: displayName, path: entry.path, reason: "the deflate data is damaged")
        }
    }

    private struct StreamEnd: Error {}

    /// Counts an entry's bytes against its declared size and the caps, and its CRC-32.
    private struct Counter {
        let entry: ContainerEntry
        let file: String
        let limits: BundleLimits
        var count = 0
        var total: Int
        var crc = CRC32()

        init(entry: ContainerEntry, file: String, limits: BundleLimits, totalBefore: Int) {
            self.entry = entry
            self.file = file
            self.limits = limits
            self.total = totalBefore
        }

        mutating func accept(_ chunk: [UInt8]) throws(ContainerError) {
            count += chunk.count
            total += chunk.count
            if count > limits.maxEntrySize {
                throw .entryTooLarge(
                    file: file, path: entry.path, size: count, limit: limits.maxEntrySize)
            }
            if count > entry.size {
                throw .sizeMismatch(
                    file: file, path: entry.path, declared: entry.size, actual: count)
            }
            if total > limits.maxTotalSize {
                throw .totalSizeExceeded(file: file, limit: limits.maxTotalSize)
            }
            crc.update(chunk)
        }

        func finish() throws(ContainerError) {
            guard count == entry.size else {
                throw .sizeMismatch(
                    file: file, path: entry.path, declared: entry.size, actual: count)
            }
            guard crc.value == entry.crc32 else {
                throw .checksumMismatch(
                    file: file, path: entry.path, declared: entry.crc32, actual: crc.value)
            }
        }
    }

    // MARK: - Checks on opening

    private static func checkNames(
        _ records: [ZIPCentralDirectory.Record], file: String
    ) throws(ContainerError) {
        var exact: [[UInt8]: Int] = [:]
        var folded: [[UInt8]: Int] = [:]
        var texts: [String: Int] = [:]
        for record in records {
            let path = ContainerError.display(record.name)
            if exact[record.name] != nil { throw .duplicatePath(file: file, path: path) }
            exact[record.name] = record.index
            let lower = record.name.map {
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 + 32 : $0
            }
            if let other = folded[lower] {
                throw .caseTwin(
                    file: file, path: path, other: ContainerError.display(records[other].name))
            }
            folded[lower] = record.index
            // Swift compares strings by canonical equivalence, so NFC and NFD spellings meet here.
            if let text = String(validating: record.name, as: UTF8.self) {
                if let other = texts[text] {
                    throw .unicodeTwin(
                        file: file, path: path, other: ContainerError.display(records[other].name))
                }
                texts[text] = record.index
            }
        }
    }

    private static func checkEntries(
        _ records: [ZIPCentralDirectory.Record], file: String, limits: BundleLimits
    ) throws(ContainerError) {
        var declaredTotal = 0
        for record in records {
            let path = ContainerError.display(record.name)
            if record.isEncrypted { throw .encryptedEntry(file: file, path: path) }
            let kind = record.kind
            switch kind {
            case .symbolicLink: throw .symbolicLink(file: file, path: path)
            case .other(let description):
                throw .unsupportedEntryType(file: file, path: path, type: description)
            case .file, .directory: break
            }
            guard record.method == 0 || record.method == 8 else {
                throw .unsupportedCompression(file: file, path: path, method: Int(record.method))
            }
            let name = kind == .directory ? Array(record.name.dropLast()) : record.name
            if let problem = BundlePath.problem(in: name) {
                throw .unsafePath(file: file, path: path, problem: problem)
            }
            if kind == .directory {
                // An empty deflate stream is 2 bytes.
                guard record.uncompressedSize == 0,
                    record.compressedSize <= (record.method == 8 ? 2 : 0)
                else {
                    throw .directoryWithContent(file: file, path: path)
                }
                continue
            }
            if record.uncompressedSize > limits.maxEntrySize {
                throw .entryTooLarge(
                    file: file, path: path, size: record.uncompressedSize,
                    limit: limits.maxEntrySize)
            }
            // Deflate never grows data by more than 5 bytes per 64 KiB block.
            let maxCompressed = limits.maxEntrySize + limits.maxEntrySize / 8192 + 64
            if record.method == 8, record.compressedSize > maxCompressed {
                throw .entryTooLarge(
                    file: file, path: path, size: record.compressedSize, limit: limits.maxEntrySize)
            }
            if record.method == 0, record.compressedSize != record.uncompressedSize {
                throw .sizeMismatch(
                    file: file, path: path, declared: record.uncompressedSize,
                    actual: record.compressedSize)
            }
            declaredTotal += record.uncompressedSize
            if declaredTotal > limits.maxTotalSize {
                throw .totalSizeExceeded(file: file, limit: limits.maxTotalSize)
            }
        }
    }

    /// Checks every local header against its record and that the entries tile the bytes before
    /// the central directory exactly; returns each record's data offset by index.
    private static func checkLocalHeaders(
        _ records: [ZIPCentralDirectory.Record], file: RandomAccessFile, directoryOffset: Int
    ) throws(ContainerError) -> [Int] {
        typealias Layout = ZIPCentralDirectory
        let name = file.name
        var spans: [(start: Int, end: Int, path: String)] = []
        var dataOffsets = [Int](repeating: 0, count: records.count)
        for record in records {
            let path = ContainerError.display(record.name)
            let start = record.localHeaderOffset
            guard start + Layout.localHeaderSize <= directoryOffset else {
                throw .malformedLocalHeader(
                    file: name, path: path,
                    reason: "its local header lies outside the entries' area")
            }
            let header = try file.read(at: start, count: Layout.localHeaderSize)
            guard header.count == Layout.localHeaderSize, header.starts(with: Layout.localSignature)
            else {
                throw .malformedLocalHeader(
                    file: name, path: path, reason: "no local header at offset \(start)")
            }
            let nameLength = Int(Layout.le16(header, 26))
            let extraLength = Int(Layout.le16(header, 28))
            let dataStart = start + Layout.localHeaderSize + nameLength + extraLength
            guard dataStart <= directoryOffset else {
                throw .malformedLocalHeader(
                    file: name, path: path,
                    reason: "its local header runs into the central directory")
            }
            let variable = try file.read(
                at: start + Layout.localHeaderSize, count: nameLength + extraLength)
            guard Array(variable.prefix(nameLength)) == record.name else {
                throw .malformedLocalHeader(
                    file: name, path: path, reason: "its local header names another file")
            }
            switch Layout.extraFieldIDs(Array(variable.dropFirst(nameLength))) {
            case nil:
                throw .malformedLocalHeader(
                    file: name, path: path, reason: "its local header has a damaged extra field")
            case let ids? where ids.contains(0x0001): throw .zip64NotSupported(file: name)
            default: break
            }
            let flags = Layout.le16(header, 6)
            guard Layout.le16(header, 8) == record.method else {
                throw .malformedLocalHeader(
                    file: name, path: path,
                    reason: "its local header gives another compression method")
            }
            guard flags & 0x2049 == record.flags & 0x2049 else {
                throw .malformedLocalHeader(
                    file: name, path: path,
                    reason: "its local header's flags differ from the central directory's")
            }
            guard Layout.le32(header, 10) == record.modified else {
                throw .malformedLocalHeader(
                    file: name, path: path,
                    reason:
                        "its local header's modification time differs from the central directory's")
            }
            if !record.usesDataDescriptor {
                guard Layout.le32(header, 14) == record.crc32,
                    Int(Layout.le32(header, 18)) == record.compressedSize,
                    Int(Layout.le32(header, 22)) == record.uncompressedSize
                else {
                    throw .malformedLocalHeader(
                        file: name, path: path,
                        reason:
                            "its local header's sizes or CRC differ from the central directory's")
                }
            }
            var end = dataStart + record.compressedSize
            guard end <= directoryOffset else {
                throw .malformedLocalHeader(
                    file: name, path: path, reason: "its data runs into the central directory")
            }
            if record.usesDataDescriptor {
                let signature = try file.read(at: end, count: 4)
                end += signature == Layout.descriptorSignature ? 16 : 12
                guard end <= directoryOffset else {
                    throw .malformedLocalHeader(
                        file: name, path: path,
                        reason: "its data descriptor runs into the central directory")
                }
            }
            dataOffsets[record.index] = dataStart
            spans.append((start, end, path))
        }
        var expected = 0
        for span in spans.sorted(by: { $0.start < $1.start }) {
            if span.start < expected { throw .overlappingEntries(file: name, path: span.path) }
            if span.start > expected {
                if expected == 0 { throw .leadingData(file: name, bytes: span.start) }
                throw .hiddenData(file: name, offset: expected, bytes: span.start - expected)
            }
            expected = span.end
        }
        if expected < directoryOffset {
            if expected == 0 { throw .leadingData(file: name, bytes: directoryOffset) }
            throw .hiddenData(file: name, offset: expected, bytes: directoryOffset - expected)
        }
        return dataOffsets
    }

    private static func checkFolders(
        _ records: [ZIPCentralDirectory.Record], file: String
    ) throws(ContainerError) {
        let slash = UInt8(ascii: "/")
        var folders: Set<[UInt8]> = []
        for record in records where record.kind == .file {
            for (index, byte) in record.name.enumerated() where byte == slash {
                folders.insert(Array(record.name[..<index]))
            }
        }
        for record in records {
            let path = ContainerError.display(record.name)
            switch record.kind {
            case .file where folders.contains(record.name):
                throw .pathConflict(file: file, path: path)
            case .directory where !folders.contains(Array(record.name.dropLast())):
                if records.contains(where: {
                    $0.kind == .file && $0.name == Array(record.name.dropLast())
                }) {
                    throw .pathConflict(file: file, path: path)
                }
                throw .strayDirectory(file: file, path: path)
            default:
                break
            }
        }
    }

    /// ZIPFoundation's view must match ours: same count as declared, same paths and kinds.
    private static func crossCheck(
        url: URL, records: [ZIPCentralDirectory.Record], declared: Int, file: String
    ) throws(ContainerError) {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .readerDisagreement(file: file, reason: "ZIPFoundation cannot open it (\(error))")
        }
        var count = 0
        for entry in archive {
            guard count < records.count else { break }
            let record = records[count]
            let expectedPath = String(decoding: record.name, as: UTF8.self)
            guard entry.path == expectedPath else {
                throw .readerDisagreement(
                    file: file,
                    reason:
                        "entry \(count + 1) is \"\(entry.path)\" to ZIPFoundation, \"\(expectedPath)\" to us"
                )
            }
            let sameKind =
                switch (entry.type, record.kind) {
                case (.file, .file), (.directory, .directory): true
                default: false
                }
            guard sameKind else {
                throw .readerDisagreement(
                    file: file, reason: "entry \(count + 1) has another kind to ZIPFoundation")
            }
            count += 1
        }
        guard count == declared else {
            throw .entryCountMismatch(file: file, declared: declared, found: count)
        }
    }

    /// How many entries ZIPFoundation alone iterates; for tests that show why the count check
    /// exists.
    package static func zipFoundationEntryCount(_ url: URL) -> Int? {
        do {
            let archive = try Archive(url: url, accessMode: .read)
            return archive.reduce(0) { count, _ in count + 1 }
        } catch {
            return nil
        }
    }
}
