/// Checks a file's bytes before libyaml sees them: the encoding, control characters and the
/// Unicode line separators that would make libyaml's line numbers differ from an editor's.
struct EncodingCheck {
    /// What the check found.
    struct Finding: Equatable {
        enum Kind: Equatable {
            case utf16or32(String)
            case invalidUTF8
            case controlCharacter(UInt32)
            case lineSeparator(UInt32)
        }

        var kind: Kind
        /// Byte offset of the offending character.
        var offset: Int
    }

    /// Whether libyaml can be given the bytes (they are UTF-8).
    private(set) var isUTF8 = true
    /// Everything found, in file order.
    private(set) var findings: [Finding] = []

    init(_ bytes: [UInt8]) {
        if let encoding = Self.wideEncoding(of: bytes) {
            isUTF8 = false
            findings = [Finding(kind: .utf16or32(encoding), offset: 0)]
            return
        }
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    /// Names a UTF-16 or UTF-32 encoding recognised by its byte-order mark or by the zero bytes
    /// of ASCII text, or nil.
    static func wideEncoding(of bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4))
        if head.count >= 4 {
            if head == [0x00, 0x00, 0xFE, 0xFF] { return "UTF-32BE" }
            if head == [0xFF, 0xFE, 0x00, 0x00] { return "UTF-32LE" }
            if head[0] == 0, head[1] == 0, head[2] == 0, head[3] != 0 { return "UTF-32BE" }
            if head[0] != 0, head[1] == 0, head[2] == 0, head[3] == 0 { return "UTF-32LE" }
        }
        if head.count >= 2 {
            if head[0] == 0xFE, head[1] == 0xFF { return "UTF-16BE" }
            if head[0] == 0xFF, head[1] == 0xFE { return "UTF-16LE" }
            if head[0] == 0, head[1] != 0 { return "UTF-16BE" }
            if head[0] != 0, head[1] == 0 { return "UTF-16LE" }
        }
        return nil
    }

    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) {
        let count = buffer.count
        var index = 0
        while index < count {
            let byte = buffer[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F {
                    if byte != 0x09, byte != 0x0A, byte != 0x0D {
                        findings.append(
                            Finding(kind: .controlCharacter(UInt32(byte)), offset: index))
                    }
                }
                index += 1
                continue
            }
            guard let (scalar, length) = Self.decode(buffer, at: index) else {
                isUTF8 = false
                findings.append(Finding(kind: .invalidUTF8, offset: index))
                return
            }
            if scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029 {
                findings.append(Finding(kind: .lineSeparator(scalar), offset: index))
            } else if (0x80...0x9F).contains(scalar) || scalar == 0xFFFE || scalar == 0xFFFF {
                findings.append(Finding(kind: .controlCharacter(scalar), offset: index))
            }
            index += length
        }
    }

    /// Decodes one multi-byte UTF-8 sequence, rejecting overlong forms, surrogates and values
    /// above U+10FFFF.
    private static func decode(
        _ buffer: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (UInt32, Int)? {
        let lead = buffer[index]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= buffer.count else { return nil }
        for offset in 1..<length {
            let next = buffer[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        switch length {
        case 3 where scalar < 0x800 || (0xD800...0xDFFF).contains(scalar): return nil
        case 4 where scalar < 0x10000 || scalar > 0x10FFFF: return nil
        default: return (scalar, length)
        }
    }
}
