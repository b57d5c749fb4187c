/// The structure of a ZIP archive as a strict reader sees it: the end record, parsed by us (so its
/// entry count is known, which ZIPFoundation keeps internal), and every central directory record
/// with its raw name bytes.
///
/// ZIP64, split archives, comments that do not end the file, and any byte between the central
/// directory and the end record are refused.
struct ZIPCentralDirectory {
    /// The records, in central directory order.
    var records: [Record]
    /// The entry count the end record declares.
    var declaredCount: Int
    /// Where the central directory starts; every entry's bytes lie before it.
    var offset: Int

    static let endSignature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    static let zip64LocatorSignature: [UInt8] = [0x50, 0x4B, 0x06, 0x07]
    static let recordSignature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    static let localSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let descriptorSignature: [UInt8] = [0x50, 0x4B, 0x07, 0x08]
    static let endRecordSize = 22
    static let recordSize = 46
    static let localHeaderSize = 30

    /// Reads the end record and the central directory.
    static func read(
        _ file: RandomAccessFile, limits: BundleLimits
    ) throws(ContainerError) -> ZIPCentralDirectory {
        let name = file.name
        guard file.size >= endRecordSize else { throw .missingEndRecord(file: name) }
        let tailLength = min(file.size, endRecordSize + 0xFFFF)
        let tailStart = file.size - tailLength
        let tail = try file.read(at: tailStart, count: tailLength)
        guard tail.count == tailLength else {
            throw .unreadable(file: name, reason: "the file changed while it was read")
        }

        // The last signature, as ZIPFoundation and unzip choose it.
        var position = tail.count - endRecordSize
        while position >= 0, !tail[position..<position + 4].elementsEqual(endSignature) {
            position -= 1
        }
        guard position >= 0 else { throw .missingEndRecord(file: name) }
        let end = Array(tail[position..<position + endRecordSize])
        let endOffset = tailStart + position
        // An earlier end record whose comment runs exactly to the end of the file holds this
        // one in its comment: a second central directory hidden there, which readers that take
        // the first end record would not see (and those that take the last would).
        var outer = position - 1
        while outer >= 0 {
            if tail[outer..<outer + 4].elementsEqual(endSignature),
                outer + endRecordSize <= tail.count,
                Int(le16(Array(tail[outer..<outer + endRecordSize]), 20))
                    == tail.count - outer - endRecordSize
            {
                throw .directoryInComment(file: name, offset: endOffset, outer: tailStart + outer)
            }
            outer -= 1
        }
        let commentLength = Int(le16(end, 20))
        let after = tail.count - position - endRecordSize
        guard commentLength == after else {
            throw .malformedEndRecord(
                file: name,
                reason: commentLength > after
                    ? "its comment runs past the end of the file (truncated?)"
                    : "\(after - commentLength) byte\(after - commentLength == 1 ? "" : "s") after it"
            )
        }
        if endOffset >= 20, try file.read(at: endOffset - 20, count: 4) == zip64LocatorSignature {
            throw .zip64NotSupported(file: name)
        }
        let disk = le16(end, 4), directoryDisk = le16(end, 6)
        let entriesOnDisk = Int(le16(end, 8)), entries = Int(le16(end, 10))
        let size = Int(le32(end, 12)), offset = Int(le32(end, 16))
        if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw .zip64NotSupported(file: name)
        }
        guard disk == 0, directoryDisk == 0, entriesOnDisk == entries else {
            throw .multiDisk(file: name)
        }
        guard entries <= limits.maxEntryCount else {
            throw .tooManyEntries(file: name, count: entries, limit: limits.maxEntryCount)
        }
        guard size <= limits.maxCentralDirectorySize else {
            throw .centralDirectoryTooLarge(
                file: name, size: size, limit: limits.maxCentralDirectorySize)
        }
        guard offset + size <= endOffset else { throw .centralDirectoryOutOfBounds(file: name) }
        if offset + size < endOffset {
            // Either bytes were prepended (the directory sits `gap` bytes later than declared) or
            // bytes were inserted before the end record.
            let gap = endOffset - offset - size
            let shifted = try file.read(at: offset + gap, count: 4)
            if shifted == recordSignature || entries == 0 {
                throw .leadingData(file: name, bytes: gap)
            }
            throw .hiddenData(file: name, offset: offset + size, bytes: gap)
        }
        let directory = try file.read(at: offset, count: size)
        guard directory.count == size else { throw .centralDirectoryOutOfBounds(file: name) }

        var records: [Record] = []
        var cursor = 0
        while records.count < entries {
            guard cursor + recordSize <= directory.count else {
                throw .entryCountMismatch(file: name, declared: entries, found: records.count)
            }
            records.append(try record(in: directory, at: &cursor, index: records.count, file: name))
        }
        if cursor != directory.count {
            var extra = 0
            while cursor + recordSize <= directory.count,
                (try? record(in: directory, at: &cursor, index: 0, file: name)) != nil
            {
                extra += 1
            }
            if extra > 0 {
                throw .entryCountMismatch(file: name, declared: entries, found: entries + extra)
            }
            throw .malformedCentralDirectory(
                file: name, index: entries, reason: "unexpected bytes after the last record")
        }
        return ZIPCentralDirectory(records: records, declaredCount: entries, offset: offset)
    }

    private static func record(
        in bytes: [UInt8], at cursor: inout Int, index: Int, file: String
    ) throws(ContainerError) -> Record {
        let start = cursor
        guard bytes[start..<start + 4].elementsEqual(recordSignature) else {
            throw .malformedCentralDirectory(
                file: file, index: index, reason: "no record signature")
        }
        let nameLength = Int(le16(bytes, start + 28))
        let extraLength = Int(le16(bytes, start + 30))
        let commentLength = Int(le16(bytes, start + 32))
        let end = start + recordSize + nameLength + extraLength + commentLength
        guard end <= bytes.count else {
            throw .malformedCentralDirectory(
                file: file, index: index, reason: "the record runs past the central directory")
        }
        let record = Record(
            index: index,
            versionMadeBy: le16(bytes, start + 4),
            flags: le16(bytes, start + 8),
            method: le16(bytes, start + 10),
            modified: le32(bytes, start + 12),
            crc32: le32(bytes, start + 16),
            compressedSize: Int(le32(bytes, start + 20)),
            uncompressedSize: Int(le32(bytes, start + 24)),
            name: Array(bytes[(start + recordSize)..<(start + recordSize + nameLength)]),
            externalAttributes: le32(bytes, start + 38),
            localHeaderOffset: Int(le32(bytes, start + 42)))
        if record.compressedSize == 0xFFFF_FFFF || record.uncompressedSize == 0xFFFF_FFFF
            || record.localHeaderOffset == 0xFFFF_FFFF || le16(bytes, start + 34) == 0xFFFF
        {
            throw .zip64NotSupported(file: file)
        }
        guard le16(bytes, start + 34) == 0 else { throw .multiDisk(file: file) }
        let extra = Array(
            bytes[
                (start + recordSize + nameLength)..<(start + recordSize + nameLength + extraLength)]
        )
        switch extraFieldIDs(extra) {
        case nil:
            throw .malformedCentralDirectory(
                file: file, index: index, reason: "a damaged extra field")
        case let ids? where ids.contains(0x0001): throw .zip64NotSupported(file: file)
        default: break
        }
        cursor = end
        return record
    }

    /// The header ids of an extra field block, or nil when its lengths do not add up.
    static func extraFieldIDs(_ extra: [UInt8]) -> [UInt16]? {
        var ids: [UInt16] = []
        var cursor = 0
        while cursor < extra.count {
            guard cursor + 4 <= extra.count else { return nil }
            ids.append(le16(extra, cursor))
            cursor += 4 + Int(le16(extra, cursor + 2))
            guard cursor <= extra.count else { return nil }
        }
        return ids
    }

    static func le16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func le32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }
}
