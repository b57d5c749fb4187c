import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct JSONValueTests {
    @Test func renderedFormIsTheSameEverywhere() {
        let value = JSONValue.object([
            "b": .array([.integer(1), .bool(true), .null]),
            "a": .string("引号\"\\/\n\u{01}\u{2028}"),
            "empty": .object([:]),
            "list": .array([]),
            "B": .optional(nil),
        ])
        let expected = """
            {
              "B": null,
              "a": "引号\\"\\\\/\\n\\u0001\\u2028",
              "b": [
                1,
                true,
                null
              ],
              "empty": {},
              "list": []
            }

            """
        #expect(value.rendered() == expected)
        let parsed =
            try? JSONSerialization.jsonObject(with: Data(value.rendered().utf8)) as? [String: Any]
        #expect(parsed?["a"] as? String == "引号\"\\/\n\u{01}\u{2028}")
    }

    /// One value, two writers: the pretty form parses back to the value the canonical writer
    /// writes, so the scores a bundle carries and its manifest share one model.
    @Test func renderedFormParsesBackToTheSameValue() throws {
        let value: JSONValue = [
            "schemaVersion": 1,
            "title": ["zh": "数据安全", "en": "Data security"],
            "scores": ["83.50", nil, true],
            "empty": [:],
        ]
        let parsed = try CanonicalJSON.parse(Array(value.rendered().utf8), file: "value.json")
        #expect(parsed == value)
        let canonical = try CanonicalJSON.encode(value)
        #expect(try CanonicalJSON.parseCanonical(canonical, file: "value.json") == parsed)
        #expect(value.rendered().hasSuffix("}\n"))
        #expect(canonical.last == UInt8(ascii: "}"))
    }
}
