import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// A small deterministic generator (SplitMix64), so random cases repeat from run to run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite(.tags(.small))
struct CanonicalJSONTests {
    static func text(_ value: JSONValue) throws -> String {
        String(decoding: try CanonicalJSON.encode(value), as: UTF8.self)
    }

    /// Expected bytes written by Python's `json.dumps(v, sort_keys=True, separators=(",", ":"),
    /// ensure_ascii=False)`.
    @Test func writerMatchesPythonOnTheSubset() throws {
        let object: JSONValue = [
            "b": 1, "a": [true, false, nil], "A": "x", "_": [:], "a10": 0,
            "a9": .integer(CanonicalJSON.maxInteger),
        ]
        #expect(
            try Self.text(object)
                == #"{"A":"x","_":{},"a":[true,false,null],"a10":0,"a9":9007199254740991,"b":1}"#)
        let string: JSONValue = .string(
            "quote\" back\\ slash/ \u{8}\u{C}\n\r\t \u{0}\u{1}\u{1F} \u{7F} é ﬁ 😀 \u{2028} <>&")
        #expect(
            try Self.text(string) == #""quote\" back\\ slash/ \b\f\n\r\t \u0000\u0001\u001f "#
                + "\u{7F} é ﬁ 😀 \u{2028} <>&\"")
        #expect(try Self.text([]) == "[]")
        #expect(try Self.text([:]) == "{}")
        #expect(try Self.text("") == #""""#)
        #expect(try Self.text(0) == "0")
        #expect(try Self.text([[[]]]) == "[[[]]]")
        let manifest: JSONValue = [
            "schema": "selfassess.bundle/v1", "files": [["size": 20, "path": "assessment.yaml"]],
        ]
        #expect(
            try Self.text(manifest)
                == #"{"files":[{"path":"assessment.yaml","size":20}],"schema":"selfassess.bundle/v1"}"#
        )
    }

    @Test func writerRefusesValuesOutsideTheSubset() {
        #expect(throws: CanonicalJSON.Failure.unencodableInteger(path: "$.files[1]", value: -1)) {
            try CanonicalJSON.encode(["files": [0, .integer(-1)]])
        }
        #expect(
            throws: CanonicalJSON.Failure.unencodableInteger(
                path: "$", value: CanonicalJSON.maxInteger + 1)
        ) {
            try CanonicalJSON.encode(.integer(CanonicalJSON.maxInteger + 1))
        }
        #expect(throws: CanonicalJSON.Failure.unencodableKey(path: "$", key: "clé")) {
            try CanonicalJSON.encode(["clé": 1])
        }
    }

    @Test func parsesWhatItWrites() throws {
        var generator = SeededGenerator(state: 42)
        for _ in 0..<200 {
            let value = Self.randomValue(depth: 0, using: &generator)
            let bytes = try CanonicalJSON.encode(value)
            #expect(try CanonicalJSON.parseCanonical(bytes, file: "v.json") == value)
        }
    }

    @Test func parserReadsEscapesAndWhitespace() throws {
        let value = try CanonicalJSON.parse(
            Array(#" { "a" : [ 1 , "\u00e9\ud83d\ude00\/\"" ] } "#.utf8), file: "v")
        #expect(value == ["a": [1, "é😀/\""]])
    }

    static let refused: [(String, String, CanonicalJSON.Failure)] = [
        ("duplicate key", #"{"a":1,"a":2}"#, .duplicateKey(file: "m", offset: 7, key: "a")),
        (
            "nested duplicate key", #"{"f":[{"p":"x","p":"y"}]}"#,
            .duplicateKey(file: "m", offset: 15, key: "p")
        ),
        ("fraction", #"{"a":1.0}"#, .floatNotAllowed(file: "m", offset: 5)),
        ("exponent", #"[1e5]"#, .floatNotAllowed(file: "m", offset: 1)),
        ("upper-case exponent", #"[1E5]"#, .floatNotAllowed(file: "m", offset: 1)),
        ("negative", #"[-1]"#, .negativeNumber(file: "m", offset: 1)),
        ("negative zero", #"[-0]"#, .negativeNumber(file: "m", offset: 1)),
        ("leading zero", #"[01]"#, .leadingZero(file: "m", offset: 1)),
        ("2^53", #"[9007199254740992]"#, .integerOutOfRange(file: "m", offset: 1)),
        (
            "huge integer", #"[123456789012345678901234567890]"#,
            .integerOutOfRange(file: "m", offset: 1)
        ),
        ("non-ASCII key", #"{"clé":1}"#, .nonASCIIKey(file: "m", offset: 1)),
        ("escaped non-ASCII key", #"{"cl\u00e9":1}"#, .nonASCIIKey(file: "m", offset: 1)),
        ("trailing data", #"{}{}"#, .trailingData(file: "m", offset: 2)),
        (
            "trailing comma", #"[1,]"#,
            .unexpectedByte(file: "m", offset: 3, byte: UInt8(ascii: "]"))
        ),
        ("lone high surrogate", #"["\ud83d"]"#, .invalidEscape(file: "m", offset: 2)),
        ("lone low surrogate", #"["\ude00"]"#, .invalidEscape(file: "m", offset: 2)),
        ("unknown escape", #"["\x41"]"#, .invalidEscape(file: "m", offset: 2)),
        ("raw control character", "[\"a\tb\"]", .controlCharacter(file: "m", offset: 3)),
        ("single quotes", "['a']", .unexpectedByte(file: "m", offset: 1, byte: UInt8(ascii: "'"))),
        ("byte order mark", "\u{FEFF}{}", .unexpectedByte(file: "m", offset: 0, byte: 0xEF)),
        ("empty", "", .unexpectedEnd(file: "m", offset: 0)),
        ("unterminated", #"{"a":"#, .unexpectedEnd(file: "m", offset: 5)),
        ("NaN", "[NaN]", .unexpectedByte(file: "m", offset: 1, byte: UInt8(ascii: "N"))),
        (
            "too deep", String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
            .nestingTooDeep(file: "m", offset: 32, limit: 32)
        ),
    ]

    @Test(arguments: refused)
    func strictParserRefuses(_ name: String, _ json: String, _ expected: CanonicalJSON.Failure) {
        let error = #expect(throws: CanonicalJSON.Failure.self, "\(name)") {
            try CanonicalJSON.parse(Array(json.utf8), file: "m")
        }
        #expect(error == expected, "\(name)")
    }

    @Test func refusesInvalidUTF8InStrings() {
        #expect(throws: CanonicalJSON.Failure.invalidUTF8(file: "m", offset: 1)) {
            try CanonicalJSON.parse([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D], file: "m")
        }
    }

    /// Valid JSON of the same value in another form: the canonical gate refuses each, at the
    /// first byte that differs.
    static let variants: [(String, Int)] = [
        (#" {"a":1,"b":[2,"x"]}"#, 0),
        (#"{"a":1,"b":[2,"x"]} "#, 19),
        (#"{"a":1,"b":[2,"x"]}"# + "\n", 19),
        (#"{"a": 1,"b":[2,"x"]}"#, 5),
        (#"{"a":1,"b":[2, "x"]}"#, 14),
        (#"{"a":1,"b":[2,"x"]"# + "\t}", 18),
        (#"{"b":[2,"x"],"a":1}"#, 2),
        (#"{"a":1,"b":[2,"\u0078"]}"#, 15),
        (#"{"a":1,"b":[2,"\x"]}"#.replacingOccurrences(of: #"\x"#, with: #"\/"#), 15),
    ]

    @Test(arguments: variants)
    func canonicalGateRefusesOtherForms(_ json: String, _ offset: Int) throws {
        let bytes = Array(json.utf8)
        #expect(
            try CanonicalJSON.parse(bytes, file: "m") == [
                "a": 1, "b": json.contains("/") ? [2, "/"] : [2, "x"],
            ])
        #expect(throws: CanonicalJSON.Failure.notCanonical(file: "m", offset: offset)) {
            try CanonicalJSON.parseCanonical(bytes, file: "m")
        }
    }

    @Test func canonicalGateCatchesAValidlySignedDuplicateKey() {
        // The attack of bundle-format §5.2: two values for one key, each reader picking another.
        let bytes = Array(#"{"period":"2025","period":"2026"}"#.utf8)
        #expect(
            throws: CanonicalJSON.Failure.duplicateKey(
                file: "manifest.json", offset: 17, key: "period")
        ) {
            try CanonicalJSON.parseCanonical(bytes, file: "manifest.json")
        }
    }

    @Test func canonicalGateHasASizeCap() {
        #expect(throws: CanonicalJSON.Failure.tooLarge(file: "m", size: 11, limit: 10)) {
            try CanonicalJSON.parseCanonical(Array(#"["abcdefg"]"#.utf8), file: "m", maxSize: 10)
        }
    }

    @Test(.tags(.medium), .needs(.python3))
    func pythonAgreesOnRandomValues() throws {
        var generator = SeededGenerator(state: 8785)
        var lines: [String] = []
        for _ in 0..<300 {
            lines.append(
                String(
                    decoding: try CanonicalJSON.encode(
                        Self.randomValue(depth: 0, using: &generator)), as: UTF8.self))
        }
        let script = """
            import json, sys
            for line in sys.stdin.read().split("\\n"):
                print(json.dumps(json.loads(line), sort_keys=True, separators=(",", ":"), ensure_ascii=False))
            """
        let python = try #require(ExternalTool.python)
        let result = try ExternalTool.run(
            python, ["-c", script], input: Array(lines.joined(separator: "\n").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let theirs = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
        #expect(theirs.count == lines.count)
        for (ours, python) in zip(lines, theirs) { #expect(ours == python) }
    }

    static func randomValue(depth: Int, using generator: inout SeededGenerator) -> JSONValue {
        let choice = Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &generator)
        switch choice {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2:
            return .integer(
                [
                    0, 1, 9, 10, 255, CanonicalJSON.maxInteger,
                    Int.random(in: 0...CanonicalJSON.maxInteger, using: &generator),
                ]
                .randomElement(using: &generator) ?? 0)
        case 3: return .string(randomString(using: &generator, asciiOnly: false))
        case 4:
            return .array(
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                    randomValue(depth: depth + 1, using: &generator)
                })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                members[randomString(using: &generator, asciiOnly: true)] = randomValue(
                    depth: depth + 1, using: &generator)
            }
            return .object(members)
        }
    }

    static func randomString(using generator: inout SeededGenerator, asciiOnly: Bool) -> String {
        let ascii: [Unicode.Scalar] = [
            "a", "B", "z", "0", "_", "-", "/", "\"", "\\", " ", "\u{0}", "\u{1F}", "\n", "\t",
            "\u{7F}", "~",
        ]
        let wide: [Unicode.Scalar] = ["é", "中", "文", "😀", "\u{2028}", "\u{FEFF}", "ﬁ", "\u{301}"]
        let alphabet = asciiOnly ? ascii : ascii + wide
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...8, using: &generator) {
            if let scalar = alphabet.randomElement(using: &generator) { text.append(scalar) }
        }
        return String(text)
    }
}
