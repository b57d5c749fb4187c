/// A JSON value without floats: null, booleans, integers, strings, arrays and objects.
///
/// Two writers give it bytes: ``CanonicalJSON`` writes the compact signed form (the manifest)
/// and checks the canonical subset as it writes (integers from 0 to 2^53 − 1, ASCII keys);
/// ``rendered()`` writes the stable pretty form (the scores, the diff, `sector.json`). Objects are
/// dictionaries because keys are unique and both writers fix their order, not the value.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer; canonical JSON allows 0 to 2^53 − 1 (``CanonicalJSON/maxInteger``).
    case integer(Int)
    /// A string of Unicode text.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; canonical JSON allows ASCII keys only.
    case object([String: JSONValue])

    /// The member of an object, or nil for a missing key or a value that is not an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, if the value is one.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The integer, if the value is one.
    public var integerValue: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// The boolean, if the value is one.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The elements, if the value is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members, if the value is an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether the value is `null`.
    public var isNull: Bool { self == .null }

    /// The kind of value, for messages: `null`, `boolean`, `integer`, `string`, `array`, `object`.
    public var kind: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// `nil` is `null`.
    public init(nilLiteral: ()) { self = .null }
    /// A boolean literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An integer literal; writing checks the subset's range.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// A string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An array literal.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// A repeated key keeps its last value, as JSON parsers commonly do; never traps.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
