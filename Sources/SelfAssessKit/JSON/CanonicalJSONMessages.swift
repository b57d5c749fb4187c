/// The wordings of ``CanonicalJSON/Failure``: why a canonical JSON document is refused or cannot be
/// encoded.
///
/// Keys start with the failure's code (`SB302.unexpected-end`).
enum CanonicalJSONMessages: String, MessageCatalog {
    case tooLarge = "SB301"
    case unexpectedEnd = "SB302.unexpected-end"
    case unexpectedByte = "SB302.unexpected-byte"
    case floatNotAllowed = "SB303.float"
    case negativeNumber = "SB303.negative"
    case leadingZero = "SB302.leading-zero"
    case integerOutOfRange = "SB303.integer-range"
    case invalidEscape = "SB302.invalid-escape"
    case controlCharacter = "SB302.control-character"
    case invalidUTF8 = "SB302.invalid-utf8"
    case nonASCIIKey = "SB303.non-ascii-key"
    case duplicateKey = "SB304"
    case trailingData = "SB302.trailing-data"
    case nestingTooDeep = "SB303.nesting"
    case notCanonical = "SB305"
    case unencodableInteger = "SB309.integer"
    case unencodableKey = "SB309.key"

    var english: String {
        switch self {
        case .tooLarge: "{file}: {size} is over the {limit} limit"
        case .unexpectedEnd: "{file}: byte {byte}: the JSON ends too early"
        case .unexpectedByte: "{file}: byte {byte}: unexpected {found}"
        case .floatNotAllowed:
            "{file}: byte {byte}: a fraction or exponent; only whole numbers are allowed"
        case .negativeNumber:
            "{file}: byte {byte}: a negative number; only 0 and above are allowed"
        case .leadingZero: "{file}: byte {byte}: a number with a leading zero"
        case .integerOutOfRange:
            "{file}: byte {byte}: an integer above 2^53 − 1 (9007199254740991)"
        case .invalidEscape: "{file}: byte {byte}: an invalid escape sequence or lone surrogate"
        case .controlCharacter:
            "{file}: byte {byte}: a control character inside a string (it must be escaped)"
        case .invalidUTF8: "{file}: byte {byte}: a string that is not valid UTF-8"
        case .nonASCIIKey: "{file}: byte {byte}: an object key with characters outside ASCII"
        case .duplicateKey: "{file}: byte {byte}: duplicate key \"{key}\""
        case .trailingData: "{file}: byte {byte}: data after the end of the JSON value"
        case .nestingTooDeep: "{file}: byte {byte}: nested deeper than {limit} levels"
        case .notCanonical:
            "{file}: byte {byte}: not in canonical form (RFC 8785: no whitespace, sorted keys, "
                + "minimal escapes, no final newline)"
        case .unencodableInteger: "{path}: the integer {value} is outside 0…9007199254740991"
        case .unencodableKey: "{path}: the key \"{key}\" is not ASCII"
        }
    }

    var chinese: String? {
        switch self {
        case .tooLarge: "{file}：{size} 超过 {limit} 的上限"
        case .unexpectedEnd: "{file}：第 {byte} 字节：JSON 提前结束"
        case .unexpectedByte: "{file}：第 {byte} 字节：意外的 {found}"
        case .floatNotAllowed: "{file}：第 {byte} 字节：小数或指数；只允许整数"
        case .negativeNumber: "{file}：第 {byte} 字节：负数；只允许 0 及以上"
        case .leadingZero: "{file}：第 {byte} 字节：数字有前导零"
        case .integerOutOfRange: "{file}：第 {byte} 字节：整数大于 2^53 − 1（9007199254740991）"
        case .invalidEscape: "{file}：第 {byte} 字节：无效的转义序列或孤立的代理项"
        case .controlCharacter: "{file}：第 {byte} 字节：字符串中有控制字符（必须转义）"
        case .invalidUTF8: "{file}：第 {byte} 字节：字符串不是有效的 UTF-8"
        case .nonASCIIKey: "{file}：第 {byte} 字节：对象的键含有 ASCII 以外的字符"
        case .duplicateKey: "{file}：第 {byte} 字节：重复的键“{key}”"
        case .trailingData: "{file}：第 {byte} 字节：JSON 值结束后还有数据"
        case .nestingTooDeep: "{file}：第 {byte} 字节：嵌套超过 {limit} 层"
        case .notCanonical: "{file}：第 {byte} 字节：不是规范形式（RFC 8785：无空白、键已排序、转义最少、末尾无换行）"
        case .unencodableInteger: "{path}：整数 {value} 不在 0…9007199254740991 之内"
        case .unencodableKey: "{path}：键“{key}”不是 ASCII"
        }
    }
}

extension CanonicalJSON.Failure: WordedError {
    /// The message as a catalog wording.
    public var wording: Diagnostic.Message {
        typealias Key = CanonicalJSONMessages
        typealias Argument = Diagnostic.Message.Argument
        // A wording at a byte of a file: `offset` counts from 0, the message from 1.
        func at(
            _ key: Key, _ file: String, _ offset: Int, _ arguments: [String: Argument] = [:]
        ) -> Diagnostic.Message {
            Diagnostic.Message(
                key,
                arguments.merging(["file": .text(file), "byte": .integer(offset + 1)]) { $1 })
        }
        switch self {
        case .tooLarge(let file, let size, let limit):
            return Diagnostic.Message(
                Key.tooLarge,
                [
                    "file": .text(file), "size": .text(ByteCount.describe(size)),
                    "limit": .text(ByteCount.describe(limit)),
                ])
        case .unexpectedEnd(let file, let offset):
            return at(.unexpectedEnd, file, offset)
        case .unexpectedByte(let file, let offset, let byte):
            return at(.unexpectedByte, file, offset, ["found": .text(Self.show(byte))])
        case .floatNotAllowed(let file, let offset):
            return at(.floatNotAllowed, file, offset)
        case .negativeNumber(let file, let offset):
            return at(.negativeNumber, file, offset)
        case .leadingZero(let file, let offset):
            return at(.leadingZero, file, offset)
        case .integerOutOfRange(let file, let offset):
            return at(.integerOutOfRange, file, offset)
        case .invalidEscape(let file, let offset):
            return at(.invalidEscape, file, offset)
        case .controlCharacter(let file, let offset):
            return at(.controlCharacter, file, offset)
        case .invalidUTF8(let file, let offset):
            return at(.invalidUTF8, file, offset)
        case .nonASCIIKey(let file, let offset):
            return at(.nonASCIIKey, file, offset)
        case .duplicateKey(let file, let offset, let key):
            return at(.duplicateKey, file, offset, ["key": .text(key)])
        case .trailingData(let file, let offset):
            return at(.trailingData, file, offset)
        case .nestingTooDeep(let file, let offset, let limit):
            return at(.nestingTooDeep, file, offset, ["limit": .integer(limit)])
        case .notCanonical(let file, let offset):
            return at(.notCanonical, file, offset)
        case .unencodableInteger(let path, let value):
            return Diagnostic.Message(
                Key.unencodableInteger, ["path": .text(path), "value": .integer(value)])
        case .unencodableKey(let path, let key):
            return Diagnostic.Message(Key.unencodableKey, ["path": .text(path), "key": .text(key)])
        }
    }
}
