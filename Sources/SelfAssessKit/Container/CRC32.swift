/// CRC-32 as ZIP uses it (IEEE 802.3, reflected, polynomial 0xEDB88320).
///
/// Eight bytes at a time ("slicing by 8"): eight tables of 256 entries, where table k gives the
/// checksum's change for a byte followed by k zero bytes, so one step folds eight bytes with
/// eight independent lookups instead of a chain of eight dependent ones. Verifying a bundle reads
/// every byte through this, so it matters (docs/aggregate.md, the verify floor).
struct CRC32 {
    private(set) var value: UInt32 = 0

    /// The eight tables, one after the other (table k at `k * 256`).
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var crc = UInt32(index)
            for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
            tables[index] = crc
        }
        for table in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(table - 1) * 256 + index]
                tables[table * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// Adds bytes to the checksum.
    ///
    /// Contiguous bytes (arrays, `Data`) are read through pointers, which keeps the loop fast even
    /// in debug builds, where verifying a bundle is mostly this.
    mutating func update(_ bytes: some Sequence<UInt8>) {
        var crc = ~value
        Self.tables.withUnsafeBufferPointer { tables in
            guard let lookup = tables.baseAddress else { return }
            let contiguous: Void? = bytes.withContiguousStorageIfAvailable { buffer in
                guard let start = buffer.baseAddress else { return }
                crc = Self.fold(crc, UnsafeRawPointer(start), buffer.count, lookup)
            }
            if contiguous == nil {
                for byte in bytes { crc = lookup[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            }
        }
        value = ~crc
    }

    /// Folds `count` bytes from `start` into a running (inverted) checksum.
    private static func fold(
        _ crc: UInt32, _ start: UnsafeRawPointer, _ count: Int, _ lookup: UnsafePointer<UInt32>
    ) -> UInt32 {
        var crc = crc
        var offset = 0
        while count - offset >= 8 {
            let low =
                crc
                ^ UInt32(littleEndian: start.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let high = UInt32(
                littleEndian: start.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            crc =
                lookup[7 * 256 + Int(low & 0xFF)] ^ lookup[6 * 256 + Int((low >> 8) & 0xFF)]
                ^ lookup[5 * 256 + Int((low >> 16) & 0xFF)] ^ lookup[4 * 256 + Int(low >> 24)]
                ^ lookup[3 * 256 + Int(high & 0xFF)] ^ lookup[2 * 256 + Int((high >> 8) & 0xFF)]
                ^ lookup[256 + Int((high >> 16) & 0xFF)] ^ lookup[Int(high >> 24)]
            offset += 8
        }
        while offset < count {
            let byte = start.load(fromByteOffset: offset, as: UInt8.self)
            crc = lookup[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            offset += 1
        }
        return crc
    }

    /// The checksum of some bytes.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }
}
