/// Why a bundle's `manifest.json` was refused.
///
/// Each case is one check and has a stable ``code`` (`SB3xx`); `file` names the manifest and
/// `field` a value in it, such as `files[3].sha256`.
public enum ManifestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not canonical JSON of the subset: too large, not JSON, outside the subset,
    /// a duplicate key, or another spelling of the same value (SB301–SB305).
    case json(CanonicalJSON.Failure)
    /// A field the schema does not define.
    case unknownField(file: String, field: String)
    /// A field the schema requires is absent.
    case missingField(file: String, field: String)
    /// A field holds another kind of value.
    case wrongType(file: String, field: String, expected: String, found: String)
    /// `schema` is not `selfassess.bundle/v1`.
    case unsupportedSchema(file: String, found: String)
    /// A value of the right kind that breaks a rule of the format.
    case invalidValue(file: String, field: String, reason: String)
    /// `files` is not sorted by path bytes, or lists a path (or a cited name) twice.
    case fileOrder(file: String, field: String, reason: String)
    /// The decoded manifest, written again, is not the same bytes.
    case notReproducible(file: String)
    /// A manifest that cannot be written: a value outside the JSON subset.
    case unencodable(CanonicalJSON.Failure)

    /// A stable code for reports (`SB3xx`: manifest).
    public var code: String {
        switch self {
        case .json(let failure): failure.code
        case .unknownField: "SB310"
        case .missingField: "SB311"
        case .wrongType: "SB312"
        case .unsupportedSchema: "SB313"
        case .invalidValue: "SB314"
        case .fileOrder: "SB315"
        case .notReproducible: "SB316"
        case .unencodable: "SB309"
        }
    }

    /// The message, in English (the wordings are in ``ManifestErrorMessages``).
    public var description: String { wording.text(in: .english) }

    static func article(_ kind: String) -> String {
        ["array", "integer", "object"].contains(kind)
            ? "an \(kind)" : kind == "null" ? "null" : "a \(kind)"
    }
}
