public import Foundation

/// JSON for machines: sorted keys, two-space indentation, unescaped slashes, a final newline.
public enum JSONOutput {
    /// Encodes a value; encoding our own plain structs cannot fail, but a failure is still
    /// reported in the output rather than crashing.
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            return "{\"error\": \"could not encode output: \(error)\"}\n"
        }
    }

    /// Serializes a property-list-like value.
    public static func serialize(_ value: Any) -> String {
        do {
            let data = try JSONSerialization.data(
                withJSONObject: value,
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            return "{\"error\": \"could not encode output: \(error)\"}\n"
        }
    }
}
