import Foundation

/// Breaks a valid document the two ways every output schema must notice: a required member
/// removed, and a member of the wrong type.
package enum SchemaBreaker {
    package struct Broken {
        package var change: String
        package var text: String
    }

    package enum Failure: Error { case notAnObject(String) }

    /// The broken versions of `text` for `schemas/NAME.schema.json`: the schema's first required
    /// top-level member removed, then that member given a value of a type the schema does not
    /// allow.
    package static func broken(_ text: String, schema name: String) throws -> [Broken] {
        let schemaFile = OutputSchemas.folder.appendingPathComponent("\(name).schema.json")
        guard
            let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaFile))
                as? [String: Any],
            let document = try JSONSerialization.jsonObject(with: Data(text.utf8))
                as? [String: Any],
            let member = (schema["required"] as? [String])?.first
        else { throw Failure.notAnObject(name) }
        let properties = schema["properties"] as? [String: Any]
        let declared = (properties?[member] as? [String: Any])?["type"]
        let types = (declared as? [String]) ?? [(declared as? String) ?? ""]
        let wrong: Any = types.contains("array") ? "not the right type" : [1, 2]
        var missing = document
        missing[member] = nil
        var mistyped = document
        mistyped[member] = wrong
        return [
            Broken(change: "`\(member)` removed", text: try serialize(missing)),
            Broken(change: "`\(member)` of the wrong type", text: try serialize(mistyped)),
        ]
    }

    private static func serialize(_ object: [String: Any]) throws -> String {
        String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
            as: UTF8.self)
    }
}
