import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The byte renderer of the stable JSON form against the string renderer it replaced (kept here as
/// the oracle): the same bytes for generated documents with every escape, text outside the BMP,
/// keys whose order depends on code points, and empty and nested containers.
@Suite(.tags(.medium))
struct RenderedBytesTests {
    // MARK: - Oracle: the string renderer before the byte renderer

    static func oldRendered(_ value: JSONValue) -> String {
        var out = ""
        oldWrite(value, into: &out, indent: 0)
        return out + "\n"
    }

    static func oldWrite(_ value: JSONValue, into out: inout String, indent: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let number): out += String(number)
        case .string(let text): oldQuote(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                oldWrite(item, into: &out, indent: indent + 1)
                out += index < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            let keys = members.keys.sorted {
                $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
            }
            for (index, key) in keys.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                oldQuote(key, into: &out)
                out += ": "
                if let member = members[key] { oldWrite(member, into: &out, indent: indent + 1) }
                out += index < keys.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    static func oldQuote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    // MARK: - Generated documents

    static let pieces: [String] = [
        "a", "z", "A", "0", " ", "\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}",
        "\u{1F}",
        "\u{7F}", "é", "中", "合规", "\u{2028}", "\u{2029}", "\u{2027}", "\u{E000}", "\u{FFFF}",
        "\u{1F600}", "\u{10FFFF}", "/", "e\u{301}",
    ]

    static func text(_ rng: inout ScoringRNG) -> String {
        (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? ""
        }
        .joined()
    }

    static func value(_ rng: inout ScoringRNG, depth: Int) -> JSONValue {
        switch Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .integer(Int.random(in: -1_000_000...Int.max, using: &rng))
        case 3: return .string(text(&rng))
        case 4:
            return .array(
                (0..<Int.random(in: 0...4, using: &rng)).map { _ in value(&rng, depth: depth + 1) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                members[text(&rng)] = value(&rng, depth: depth + 1)
            }
            return .object(members)
        }
    }

    @Test(arguments: [UInt64](1...12))
    func bytesMatchTheStringRenderer(seed: UInt64) {
        var rng = ScoringRNG(seed: seed)
        for _ in 0..<200 {
            let document = Self.value(&rng, depth: 0)
            let expected = Self.oldRendered(document)
            #expect(document.renderedBytes() == Array(expected.utf8))
            #expect(document.rendered() == expected)
        }
    }

    /// Keys ordered by code point, not by UTF-16 or by Swift's string order: U+E000 (three UTF-8
    /// bytes, one UTF-16 unit above the surrogates) before U+1F600 (four bytes, two surrogates).
    @Test func keysSortByCodePoint() {
        let document = JSONValue.object([
            "\u{1F600}": .integer(1), "\u{E000}": .integer(2), "é": .integer(3),
            "Z": .integer(5), "a": .integer(6),
        ])
        let expected = Self.oldRendered(document)
        #expect(String(decoding: document.renderedBytes(), as: UTF8.self) == expected)
        #expect(
            expected
                == "{\n  \"Z\": 5,\n  \"a\": 6,\n  \"é\": 3,\n  \"\u{E000}\": 2,\n  \"\u{1F600}\": 1\n}\n"
        )
    }
}
