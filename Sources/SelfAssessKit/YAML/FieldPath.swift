import Foundation

/// The path of a value inside a file, printed unambiguously: `indicators["A2.1"].evidence[0]`.
struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    private(set) var components: [Component]

    /// The root of the file.
    static let root = FieldPath(components: [])

    /// The path of a key inside this value.
    func key(_ key: String) -> FieldPath {
        FieldPath(components: components + [.key(key)])
    }

    /// The path of a list item inside this value (0-based).
    func index(_ index: Int) -> FieldPath {
        FieldPath(components: components + [.index(index)])
    }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key) where Self.isIdentifier(key):
                text += text.isEmpty ? key : ".\(key)"
            case .key(let key):
                let escaped = key.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "\"", with: "\\\"")
                text += "[\"\(escaped)\"]"
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII
        else {
            return false
        }
        return key.unicodeScalars.allSatisfy {
            $0.isASCII
                && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-"
                    || $0 == "_")
        }
    }
}
