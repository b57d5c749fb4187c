/// CRC-32 as ZIP uses it (IEEE 802.3, reflected, polynomial 0xEDB88320).
struct CRC32 {
    private(set) var value: UInt32 = 0

    private static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        return crc
    }

    /// Adds bytes to the checksum.
    ///
    /// Contiguous bytes (arrays, `Data`) are read through pointers, which keeps the loop fast even
    /// in debug builds, where verifying a bundle is mostly this.
    mutating func update(_ bytes: some Sequence<UInt8>) {
        var crc = ~value
        Self.table.withUnsafeBufferPointer { table in
            guard let lookup = table.baseAddress else { return }
            let contiguous: Void? = bytes.withContiguousStorageIfAvailable { buffer in
                guard var byte = buffer.baseAddress else { return }
                let end = byte + buffer.count
                while byte < end {
                    crc = lookup[Int((crc ^ UInt32(byte.pointee)) & 0xFF)] ^ (crc >> 8)
                    byte += 1
                }
            }
            if contiguous == nil {
                for byte in bytes { crc = lookup[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            }
        }
        value = ~crc
    }

    /// The checksum of some bytes.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }
}
