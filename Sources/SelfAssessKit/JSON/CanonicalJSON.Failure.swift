extension CanonicalJSON {
    /// Why bytes are not canonical JSON of the subset, or why a value cannot be written.
    ///
    /// Offsets are 0-based byte offsets into the input; messages print them 1-based.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The document is larger than the limit given.
        case tooLarge(file: String, size: Int, limit: Int)
        /// The input ended inside a value.
        case unexpectedEnd(file: String, offset: Int)
        /// A byte that cannot start or continue the value here.
        case unexpectedByte(file: String, offset: Int, byte: UInt8)
        /// A number with a fraction or exponent; the subset has integers only.
        case floatNotAllowed(file: String, offset: Int)
        /// A negative number; the subset has integers from 0.
        case negativeNumber(file: String, offset: Int)
        /// A number with a leading zero, such as `01`.
        case leadingZero(file: String, offset: Int)
        /// An integer above 2^53 − 1.
        case integerOutOfRange(file: String, offset: Int)
        /// A backslash escape JSON does not define, or a lone UTF-16 surrogate.
        case invalidEscape(file: String, offset: Int)
        /// A raw control character inside a string.
        case controlCharacter(file: String, offset: Int)
        /// Bytes that are not UTF-8 inside a string.
        case invalidUTF8(file: String, offset: Int)
        /// An object key with characters outside ASCII.
        case nonASCIIKey(file: String, offset: Int)
        /// A key that appears twice in one object.
        case duplicateKey(file: String, offset: Int, key: String)
        /// Something other than whitespace after the value.
        case trailingData(file: String, offset: Int)
        /// Arrays and objects nested deeper than the limit.
        case nestingTooDeep(file: String, offset: Int, limit: Int)
        /// Valid JSON of the subset, but not its canonical form (whitespace, key order, escapes,
        /// a final newline …); the offset is the first byte that differs.
        case notCanonical(file: String, offset: Int)
        /// A value that cannot be written: an integer outside 0…2^53 − 1, at a path such as
        /// `$.files[2].size`.
        case unencodableInteger(path: String, value: Int)
        /// A value that cannot be written: an object key outside ASCII.
        case unencodableKey(path: String, key: String)

        /// A stable code for reports (`SB3xx`: manifest).
        public var code: String {
            switch self {
            case .tooLarge: "SB301"
            case .unexpectedEnd, .unexpectedByte, .leadingZero, .invalidEscape, .controlCharacter,
                .invalidUTF8,
                .trailingData:
                "SB302"
            case .floatNotAllowed, .negativeNumber, .integerOutOfRange, .nonASCIIKey,
                .nestingTooDeep:
                "SB303"
            case .duplicateKey: "SB304"
            case .notCanonical: "SB305"
            case .unencodableInteger, .unencodableKey: "SB309"
            }
        }

        /// The message, in English (the wordings are in ``CanonicalJSONMessages``).
        public var description: String { wording.text(in: .english) }

        static func show(_ byte: UInt8) -> String {
            (0x21..<0x7F).contains(byte)
                ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + [byte].hexString
        }
    }
}
