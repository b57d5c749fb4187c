extension CanonicalJSON {
    /// A strict recursive-descent JSON parser for the subset: RFC 8259 syntax, then the
    /// subset's rules (integers 0…2^53 − 1 only, ASCII keys, no duplicate keys, bounded depth).
    struct Parser {
        let bytes: [UInt8]
        let file: String
        let maxDepth: Int
        var index = 0
        var depth = 0

        init(bytes: [UInt8], file: String, maxDepth: Int) {
            self.bytes = bytes
            self.file = file
            self.maxDepth = maxDepth
        }

        /// One value and nothing after it but whitespace.
        mutating func document() throws(Failure) -> JSONValue {
            skipWhitespace()
            let result = try value()
            skipWhitespace()
            guard index == bytes.count else { throw .trailingData(file: file, offset: index) }
            return result
        }

        private mutating func value() throws(Failure) -> JSONValue {
            guard index < bytes.count else { throw .unexpectedEnd(file: file, offset: index) }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object()
            case UInt8(ascii: "["): return try array()
            case UInt8(ascii: "\""): return .string(try string().text)
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"): throw .negativeNumber(file: file, offset: index)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return .integer(try integer())
            case let byte: throw .unexpectedByte(file: file, offset: index, byte: byte)
            }
        }

        private mutating func object() throws(Failure) -> JSONValue {
            try enter()
            index += 1
            var members: [String: JSONValue] = [:]
            skipWhitespace()
            if peek(UInt8(ascii: "}")) {
                index += 1
                depth -= 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                let keyOffset = index
                guard index < bytes.count else { throw .unexpectedEnd(file: file, offset: index) }
                guard bytes[index] == UInt8(ascii: "\"") else {
                    throw .unexpectedByte(file: file, offset: index, byte: bytes[index])
                }
                let key = try string()
                guard key.isASCII else { throw .nonASCIIKey(file: file, offset: keyOffset) }
                guard members[key.text] == nil else {
                    throw .duplicateKey(file: file, offset: keyOffset, key: key.text)
                }
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                members[key.text] = try value()
                skipWhitespace()
                guard index < bytes.count else { throw .unexpectedEnd(file: file, offset: index) }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect(UInt8(ascii: "}"))
                depth -= 1
                return .object(members)
            }
        }

        private mutating func array() throws(Failure) -> JSONValue {
            try enter()
            index += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if peek(UInt8(ascii: "]")) {
                index += 1
                depth -= 1
                return .array(elements)
            }
            while true {
                skipWhitespace()
                elements.append(try value())
                skipWhitespace()
                guard index < bytes.count else { throw .unexpectedEnd(file: file, offset: index) }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect(UInt8(ascii: "]"))
                depth -= 1
                return .array(elements)
            }
        }

        private mutating func integer() throws(Failure) -> Int {
            let start = index
            var value = 0
            while index < bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
            {
                if index > start, bytes[start] == UInt8(ascii: "0") {
                    throw .leadingZero(file: file, offset: start)
                }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                guard value <= CanonicalJSON.maxInteger else {
                    throw .integerOutOfRange(file: file, offset: start)
                }
                index += 1
            }
            if index < bytes.count,
                [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index])
            {
                throw .floatNotAllowed(file: file, offset: start)
            }
            return value
        }

        /// A string token; `isASCII` tells whether every character is ASCII.
        private mutating func string() throws(Failure) -> (text: String, isASCII: Bool) {
            let start = index
            index += 1
            var output: [UInt8] = []
            while true {
                guard index < bytes.count else { throw .unexpectedEnd(file: file, offset: index) }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    guard let text = String(validating: output, as: UTF8.self) else {
                        throw .invalidUTF8(file: file, offset: start)
                    }
                    return (text, output.allSatisfy { $0 < 0x80 })
                case UInt8(ascii: "\\"):
                    try escape(into: &output)
                case 0..<0x20:
                    throw .controlCharacter(file: file, offset: index)
                default:
                    output.append(byte)
                    index += 1
                }
            }
        }

        private mutating func escape(into output: inout [UInt8]) throws(Failure) {
            let start = index
            guard index + 1 < bytes.count else {
                throw .unexpectedEnd(file: file, offset: bytes.count)
            }
            let code = bytes[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "\""): output.append(0x22)
            case UInt8(ascii: "\\"): output.append(0x5C)
            case UInt8(ascii: "/"): output.append(0x2F)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(at: start)
                if (0xD800..<0xDC00).contains(scalar) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    else { throw .invalidEscape(file: file, offset: start) }
                    index += 2
                    let low = try hex4(at: start)
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw .invalidEscape(file: file, offset: start)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw .invalidEscape(file: file, offset: start)
                }
                guard let unicode = Unicode.Scalar(scalar) else {
                    throw .invalidEscape(file: file, offset: start)
                }
                output += Array(String(Character(unicode)).utf8)
            default:
                throw .invalidEscape(file: file, offset: start)
            }
        }

        private mutating func hex4(at start: Int) throws(Failure) -> UInt32 {
            guard index + 4 <= bytes.count else {
                throw .unexpectedEnd(file: file, offset: bytes.count)
            }
            var value: UInt32 = 0
            for byte in bytes[index..<index + 4] {
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"):
                    digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"):
                    digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw .invalidEscape(file: file, offset: start)
                }
                value = value << 4 | digit
            }
            index += 4
            return value
        }

        private mutating func literal(_ word: String) throws(Failure) {
            for expected in word.utf8 {
                guard index < bytes.count else { throw .unexpectedEnd(file: file, offset: index) }
                guard bytes[index] == expected else {
                    throw .unexpectedByte(file: file, offset: index, byte: bytes[index])
                }
                index += 1
            }
        }

        private mutating func expect(_ byte: UInt8) throws(Failure) {
            guard index < bytes.count else { throw .unexpectedEnd(file: file, offset: index) }
            guard bytes[index] == byte else {
                throw .unexpectedByte(file: file, offset: index, byte: bytes[index])
            }
            index += 1
        }

        private mutating func enter() throws(Failure) {
            depth += 1
            guard depth <= maxDepth else {
                throw .nestingTooDeep(file: file, offset: index, limit: maxDepth)
            }
        }

        private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

        private mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                index += 1
            }
        }
    }
}
