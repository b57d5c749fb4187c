import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct BundlePathTests {
    @Test(arguments: [
        "manifest.json", "manifest.json.minisig", "article-1.yaml", "evidence/real-name-policy.pdf",
        "results/scores.json", "a/b/c/d", "0",
        String(repeating: "a", count: 100) + "/" + String(repeating: "b", count: 99),
    ])
    func acceptsPaths(_ path: String) {
        #expect(BundlePath.problem(in: Array(path.utf8)) == nil)
    }

    @Test(arguments: [
        ("", BundlePath.Problem.empty),
        ("../x", .dotSegment),
        ("./x", .dotSegment),
        ("a/../b", .dotSegment),
        ("a/.", .dotSegment),
        ("/abs", .absolute),
        ("/", .absolute),
        ("a\\b", .backslash),
        ("a\\..\\b", .backslash),
        ("C:\\x", .backslash),
        ("C:x", .driveLetter),
        ("a//b", .emptySegment),
        ("a/", .emptySegment),
        ("a\u{0}b", .controlCharacter),
        ("a\nb", .controlCharacter),
        ("café.txt", .nonASCII),
        ("Manifest.json", .uppercase),
        ("a/b/c/d/e", .tooDeep(5)),
        (String(repeating: "a", count: 101), .segmentTooLong(101)),
        (String(repeating: "abcdefghi/", count: 20) + "x", .tooLong(201)),
        (".hidden", .invalidFirstCharacter),
        ("-x", .invalidFirstCharacter),
        ("a/_b", .invalidFirstCharacter),
        ("a b", .invalidCharacter(UInt8(ascii: " "))),
        ("a:b", .driveLetter),
        ("ab:c", .invalidCharacter(UInt8(ascii: ":"))),
        ("a*", .invalidCharacter(UInt8(ascii: "*"))),
    ])
    func refusesPaths(_ path: String, _ problem: BundlePath.Problem) {
        #expect(BundlePath.problem(in: Array(path.utf8)) == problem)
    }

    /// The byte rules are exactly the documented regular expression with its 200-byte cap.
    @Test(.tags(.medium)) func agreesWithTheRegularExpression() throws {
        let regex = try Regex(#"^[a-z0-9][a-z0-9._-]{0,99}(/[a-z0-9][a-z0-9._-]{0,99}){0,3}$"#)
        let alphabet = Array("ab09._-/A\\:é ".unicodeScalars)
        var generator = SeededGenerator(state: 200)
        for _ in 0..<5000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if let scalar = alphabet.randomElement(using: &generator) { scalars.append(scalar) }
            }
            let path = String(scalars)
            let matches = try regex.wholeMatch(in: path) != nil && path.utf8.count <= 200
            #expect((BundlePath.problem(in: Array(path.utf8)) == nil) == matches, "\(path)")
        }
    }
}
