/// The wordings of ``ManifestError``: why a bundle's manifest is refused or cannot be written.
///
/// Keys start with the error's code (`SB310`); the JSON's own failures word themselves.
enum ManifestErrorMessages: String, MessageCatalog {
    case unknownField = "SB310"
    case missingField = "SB311"
    case wrongType = "SB312"
    case unsupportedSchema = "SB313"
    case invalidValue = "SB314"
    case fileOrder = "SB315"
    case notReproducible = "SB316"
    case unencodable = "SB309"

    var english: String {
        switch self {
        case .unknownField: "{file}: unknown field {field}"
        case .missingField: "{file}: missing field {field}"
        case .wrongType: "{file}: {field} is {found}, not {expected}"
        case .unsupportedSchema:
            "{file}: schema \"{found}\" is not supported; this version reads {schema}"
        case .invalidValue: "{file}: {field}: {reason}"
        case .fileOrder: "{file}: {field}: {reason}"
        case .notReproducible: "{file}: the manifest does not re-encode to the same bytes"
        case .unencodable: "the manifest cannot be written: {failure}"
        }
    }

    var chinese: String? {
        switch self {
        case .unknownField: "{file}：未知的字段 {field}"
        case .missingField: "{file}：缺少字段 {field}"
        case .wrongType: "{file}：{field} 是 {found}，不是 {expected}"
        case .unsupportedSchema: "{file}：不支持格式“{found}”；此版本读取 {schema}"
        case .invalidValue: "{file}：{field}：{reason}"
        case .fileOrder: "{file}：{field}：{reason}"
        case .notReproducible: "{file}：清单重新编码后的字节与原来不同"
        case .unencodable: "无法写入清单：{failure}"
        }
    }
}

extension ManifestError: WordedError {
    /// The message as a catalog wording (a JSON failure in the JSON catalog's words).
    public var wording: Diagnostic.Message {
        typealias Key = ManifestErrorMessages
        func message(_ key: Key, _ arguments: [String: String]) -> Diagnostic.Message {
            Diagnostic.Message(key, arguments.mapValues { .text($0) })
        }
        switch self {
        case .json(let failure):
            return failure.wording
        case .unknownField(let file, let field):
            return message(.unknownField, ["file": file, "field": field])
        case .missingField(let file, let field):
            return message(.missingField, ["file": file, "field": field])
        case .wrongType(let file, let field, let expected, let found):
            return message(
                .wrongType,
                [
                    "file": file, "field": field, "expected": Self.article(expected),
                    "found": Self.article(found),
                ])
        case .unsupportedSchema(let file, let found):
            return message(
                .unsupportedSchema,
                [
                    "file": file, "found": found,
                    "schema": BundleManifest.schemas.joined(separator: ", "),
                ])
        case .invalidValue(let file, let field, let reason):
            return message(.invalidValue, ["file": file, "field": field, "reason": reason])
        case .fileOrder(let file, let field, let reason):
            return message(.fileOrder, ["file": file, "field": field, "reason": reason])
        case .notReproducible(let file):
            return message(.notReproducible, ["file": file])
        case .unencodable(let failure):
            return Diagnostic.Message(Key.unencodable, ["failure": .wording(failure.wording)])
        }
    }
}
