/// Canonical JSON (RFC 8785, JCS) over the subset ``JSONValue`` holds: ASCII object keys, strings,
/// integers from 0 to 2^53 − 1, booleans, null, arrays and objects.
///
/// No floats.
///
/// For this subset the canonical form is: no whitespace; object members sorted by key (ASCII,
/// so byte order equals RFC 8785's UTF-16 order); integers in plain decimal; strings with only
/// `"`, `\` and control characters escaped (`\b \f \n \r \t`, others `\u00xx` in lower-case
/// hex), everything else, non-ASCII included, written as UTF-8; no final newline. Python's
/// `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` writes the same.
///
/// The writer is ours, not `JSONEncoder`, so the bytes cannot change when Foundation does.
/// ``parseCanonical(_:file:maxSize:)`` is the gate for signed documents: it parses strictly
/// (duplicate keys, floats, non-ASCII keys and trailing data refused) and then requires that
/// writing the value again gives the very same bytes.
public enum CanonicalJSON {
    /// The largest integer of the subset: 2^53 − 1.
    public static let maxInteger = 9_007_199_254_740_991
    /// How deep arrays and objects may nest.
    public static let maxDepth = 32

    /// Writes a value in canonical form.
    ///
    /// - Parameter value: The value.
    /// - Returns: The UTF-8 bytes, without a final newline.
    /// - Throws: ``Failure/unencodableInteger(path:value:)`` or ``Failure/unencodableKey(path:key:)``
    ///   when the value is outside the subset.
    public static func encode(_ value: JSONValue) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        try write(value, into: &output, path: "$")
        return output
    }

    /// Parses JSON of the subset.
    ///
    /// Whitespace between tokens is allowed here; use ``parseCanonical(_:file:maxSize:)`` to
    /// require the canonical bytes.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: The file name for error messages.
    /// - Returns: The value.
    /// - Throws: ``Failure`` naming the first problem and its byte offset.
    public static func parse(_ bytes: [UInt8], file: String) throws(Failure) -> JSONValue {
        var parser = Parser(bytes: bytes, file: file, maxDepth: maxDepth)
        return try parser.document()
    }

    /// Parses a document that must be exactly the canonical form of its value.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: The file name for error messages.
    ///   - maxSize: The largest document accepted, in bytes.
    /// - Returns: The value.
    /// - Throws: ``Failure``; ``Failure/notCanonical(file:offset:)`` for valid JSON in another form.
    public static func parseCanonical(
        _ bytes: [UInt8], file: String, maxSize: Int = 1 << 20
    ) throws(Failure) -> JSONValue {
        guard bytes.count <= maxSize else {
            throw .tooLarge(file: file, size: bytes.count, limit: maxSize)
        }
        let value = try parse(bytes, file: file)
        let canonical = try encode(value)
        if canonical != bytes {
            let offset =
                zip(canonical, bytes).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(canonical.count, bytes.count)
            throw .notCanonical(file: file, offset: offset)
        }
        return value
    }

    // MARK: - Writing

    private static func write(
        _ value: JSONValue, into output: inout [UInt8], path: String
    ) throws(Failure) {
        switch value {
        case .null:
            output += Array("null".utf8)
        case .bool(let flag):
            output += Array((flag ? "true" : "false").utf8)
        case .integer(let number):
            guard (0...maxInteger).contains(number) else {
                throw .unencodableInteger(path: path, value: number)
            }
            output += Array(String(number).utf8)
        case .string(let text):
            writeString(text, into: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                try write(element, into: &output, path: "\(path)[\(index)]")
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                guard key.utf8.allSatisfy({ $0 < 0x80 }) else {
                    throw .unencodableKey(path: path, key: key)
                }
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(key, into: &output)
                output.append(UInt8(ascii: ":"))
                if let member = members[key] {
                    try write(member, into: &output, path: "\(path).\(key)")
                }
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case 0x22: output += [0x5C, 0x22]
            case 0x5C: output += [0x5C, 0x5C]
            case 0x08: output += [0x5C, UInt8(ascii: "b")]
            case 0x0C: output += [0x5C, UInt8(ascii: "f")]
            case 0x0A: output += [0x5C, UInt8(ascii: "n")]
            case 0x0D: output += [0x5C, UInt8(ascii: "r")]
            case 0x09: output += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20:
                output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
