import Foundation
import SelfAssessTestSupport

/// Builds ZIP archives byte by byte, with every field under the test's control, so that
/// malicious archives are made in the test and never committed as binaries.
struct ZIPCrafter {
    struct Item {
        var name: [UInt8]
        /// The bytes as stored (already compressed for method 8).
        var data: [UInt8]
        /// The uncompressed bytes, for the default size and CRC; `data` when nil.
        var plain: [UInt8]?
        var method: UInt16 = 0
        var flags: UInt16 = 0x0800
        var versionMadeBy: UInt16 = 0x031E
        var externalAttributes: UInt32 = 0o100644 << 16
        var crc: UInt32?
        var declaredSize: Int?
        var compressedSize: Int?
        var localName: [UInt8]?
        var localMethod: UInt16?
        var localFlags: UInt16?
        var extra: [UInt8] = []
        /// Bytes written after the entry's data and before the next header.
        var gapAfter: [UInt8] = []
        /// A local header offset to record instead of the real one.
        var offsetOverride: Int?

        var uncompressed: [UInt8] { plain ?? data }
    }

    var items: [Item] = []
    var declaredCount: Int?
    var prefix: [UInt8] = []
    var comment: [UInt8] = []
    var trailing: [UInt8] = []
    var zip64Locator = false
    var diskNumber: UInt16 = 0

    static func file(_ name: String, _ text: String) -> Item {
        Item(name: Array(name.utf8), data: Array(text.utf8))
    }
    static func file(_ name: String, bytes: [UInt8]) -> Item {
        Item(name: Array(name.utf8), data: bytes)
    }

    static func deflated(_ name: String, compressed: [UInt8], plain: [UInt8]) -> Item {
        Item(name: Array(name.utf8), data: compressed, plain: plain, method: 8)
    }

    static func directory(_ name: String) -> Item {
        Item(name: Array(name.utf8), data: [], externalAttributes: 0o040755 << 16)
    }

    static func symlink(_ name: String, to target: String) -> Item {
        Item(name: Array(name.utf8), data: Array(target.utf8), externalAttributes: 0o120777 << 16)
    }

    func build() -> [UInt8] {
        var body: [UInt8] = []
        var central: [UInt8] = []
        for item in items {
            let offset = body.count
            let crc = item.crc ?? crc32(item.uncompressed)
            let size = item.declaredSize ?? item.uncompressed.count
            let compressed = item.compressedSize ?? item.data.count
            let localName = item.localName ?? item.name
            body +=
                u32(0x0403_4B50) + u16(20) + u16(item.localFlags ?? item.flags)
                + u16(item.localMethod ?? item.method)
            body += u16(0) + u16(0x0021) + u32(crc) + u32(UInt32(compressed)) + u32(UInt32(size))
            body +=
                u16(UInt16(localName.count)) + u16(UInt16(item.extra.count)) + localName
                + item.extra
            body += item.data + item.gapAfter
            central +=
                u32(0x0201_4B50) + u16(item.versionMadeBy) + u16(20) + u16(item.flags)
                + u16(item.method)
            central += u16(0) + u16(0x0021) + u32(crc) + u32(UInt32(compressed)) + u32(UInt32(size))
            central +=
                u16(UInt16(item.name.count)) + u16(UInt16(item.extra.count)) + u16(0) + u16(0)
                + u16(0)
            central +=
                u32(item.externalAttributes) + u32(UInt32(item.offsetOverride ?? offset))
                + item.name + item.extra
        }
        var archive = prefix + body
        let centralOffset = body.count
        archive += central
        if zip64Locator {
            archive += u32(0x0706_4B50) + u32(0) + [UInt8](repeating: 0, count: 8) + u32(1)
        }
        let count = UInt16(declaredCount ?? items.count)
        archive += u32(0x0605_4B50) + u16(diskNumber) + u16(0) + u16(count) + u16(count)
        archive +=
            u32(UInt32(central.count)) + u32(UInt32(centralOffset)) + u16(UInt16(comment.count))
            + comment
        return archive + trailing
    }

    private func u16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func u32(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) }
    }
}

/// CRC-32 computed independently of the kit's.
func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
    }
    return ~crc
}

/// Hand-made deflate streams (RFC 1951), so tests need no zlib.
enum Deflate {
    /// Stored blocks holding the bytes.
    static func stored(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var start = 0
        repeat {
            let count = min(65535, bytes.count - start)
            let final: UInt8 = start + count == bytes.count ? 1 : 0
            output += [
                final, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF),
                UInt8((~count >> 8) & 0xFF),
            ]
            output += bytes[start..<start + count]
            start += count
        } while start < bytes.count
        return output
    }

    /// A fixed-Huffman block that inflates to `count` zero bytes (count ≥ 1): one literal, then
    /// back-references of length 258 at distance 1 (13 bits for 258 bytes), then literals.
    static func zeros(_ count: Int) -> [UInt8] {
        var writer = BitWriter()
        writer.bits(1, 1)
        writer.bits(1, 2)
        writer.code(0x30, 8)
        var remaining = count - 1
        while remaining >= 258 {
            writer.code(0xC5, 8)
            writer.code(0, 5)
            remaining -= 258
        }
        for _ in 0..<remaining { writer.code(0x30, 8) }
        writer.code(0, 7)
        return writer.bytes
    }

    private struct BitWriter {
        var bytes: [UInt8] = []
        var used = 8

        mutating func bit(_ value: Int) {
            if used == 8 {
                bytes.append(0)
                used = 0
            }
            bytes[bytes.count - 1] |= UInt8(value & 1) << used
            used += 1
        }

        /// Extra bits and header fields: least significant bit first.
        mutating func bits(_ value: Int, _ count: Int) {
            for index in 0..<count { bit(value >> index) }
        }

        /// Huffman codes: most significant bit first.
        mutating func code(_ value: Int, _ count: Int) {
            for index in (0..<count).reversed() { bit(value >> index) }
        }
    }
}
