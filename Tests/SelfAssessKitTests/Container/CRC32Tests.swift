import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite("CRC-32 (ZIP)")
struct CRC32Tests {
    /// The checksum bit by bit, straight from the definition (reflected, polynomial 0xEDB88320).
    static func reference(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return ~crc
    }

    /// Bytes that differ at every position and every run (a simple linear congruential walk).
    static func bytes(_ count: Int, seed: UInt32) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }

    @Test(arguments: [
        ("", 0x0000_0000 as UInt32), ("a", 0xE8B7_BE43), ("123456789", 0xCBF4_3926),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func knownValues(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
    }

    /// Every length around the eight-byte steps, at every alignment of the start.
    @Test func agreesWithTheDefinitionAtEveryLengthAndAlignment() {
        let data = Self.bytes(300, seed: 7)
        for start in 0..<8 {
            for length in 0...(data.count - start - 1) where length < 40 || length % 37 == 0 {
                let slice = Array(data[start..<(start + length)])
                #expect(
                    CRC32.checksum(slice) == Self.reference(slice),
                    "start \(start), length \(length)")
            }
        }
    }

    /// Updating in pieces gives what one update gives, whatever the cuts; a sequence that is not
    /// contiguous takes the byte-wise path and agrees too.
    @Test(arguments: [1, 3, 7, 8, 9, 64, 1000])
    func updatesInPiecesAgree(piece: Int) {
        let data = Self.bytes(4099, seed: UInt32(piece))
        var crc = CRC32()
        var offset = 0
        while offset < data.count {
            let end = min(data.count, offset + piece)
            crc.update(data[offset..<end])
            offset = end
        }
        #expect(crc.value == Self.reference(data))
        var lazy = CRC32()
        lazy.update(data.lazy.map { $0 })
        #expect(lazy.value == Self.reference(data))
    }
}
