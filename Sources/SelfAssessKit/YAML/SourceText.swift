/// The bytes of a source file with its line starts, for positions and caret lines.
public struct SourceText: Sendable, Equatable, CustomStringConvertible {
    /// The file's path, as shown in diagnostics.
    public let file: String
    /// The file's bytes (UTF-8 after the encoding check).
    public let bytes: [UInt8]
    /// The byte offset at which each line starts; `lineStarts[0]` is the first line.
    let lineStarts: [Int]

    /// Creates a source text, finding the line starts (LF, CRLF and lone CR end a line).
    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        lineStarts = starts
    }

    public var description: String { "SourceText(\(file), \(bytes.count) bytes)" }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its line break, or nil when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        if number == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    public func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        if low == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = min(3, clamped) }
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }
}
