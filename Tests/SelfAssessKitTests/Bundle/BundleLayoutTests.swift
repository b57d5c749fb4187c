import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct BundleTimestampTests {
    @Test(arguments: [
        (315_532_800, "1980-01-01T00:00:00Z"),
        (951_782_400, "2000-02-29T00:00:00Z"),
        (1_769_904_000, "2026-02-01T00:00:00Z"),
        (1_798_761_599, "2026-12-31T23:59:59Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
    ])
    func writesAndReadsKnownTimes(_ seconds: Int, _ text: String) throws {
        let time = try #require(BundleTimestamp(secondsSince1970: seconds))
        #expect(time.description == text)
        #expect(BundleTimestamp(text) == time)
    }

    @Test func agreesWithFoundationOnRandomTimes() throws {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var generator = SeededGenerator(state: 1980)
        for _ in 0..<500 {
            let seconds = Int.random(in: 315_532_800...4_102_444_800, using: &generator)
            let time = try #require(BundleTimestamp(secondsSince1970: seconds))
            #expect(
                time.description
                    == formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
            #expect(BundleTimestamp(time.description) == time)
            #expect(time.date.description == String(time.description.prefix(10)))
        }
    }

    @Test(arguments: [
        "2026-02-01T24:00:00Z", "2026-02-01T23:60:00Z", "2026-02-01T23:59:60Z",
        "2026-02-29T00:00:00Z", "2026-02-01t00:00:00Z",
        "2026-02-01T00:00:00", "2026-02-01T00:00:00+08:00", "2026-2-01T00:00:00Z",
        "1979-12-31T23:59:59Z", "",
        "2026-02-01T00:00:00.000Z", "２０２６-02-01T00:00:00Z",
    ])
    func refusesOtherSpellings(_ text: String) {
        #expect(BundleTimestamp(text) == nil)
    }

    @Test func refusesTimesOutsideTheRange() {
        #expect(BundleTimestamp(secondsSince1970: 0) == nil)
        #expect(BundleTimestamp(secondsSince1970: 315_532_799) == nil)
        #expect(BundleTimestamp(secondsSince1970: 253_402_300_800) == nil)
    }
}

@Suite(.tags(.small))
struct BundleLayoutTests {
    @Test func keepsCitedPathsThatFollowThePathRule() {
        let paths = BundleLayout.evidencePaths(for: [
            "evidence/real-name-policy.md", "evidence/2025/log.txt",
        ])
        #expect(
            paths == [
                "evidence/real-name-policy.md": "evidence/real-name-policy.md",
                "evidence/2025/log.txt": "evidence/2025/log.txt",
            ])
    }

    @Test(arguments: [
        ("evidence/Real Name Policy.PDF", "evidence/real-name-policy-"),
        ("docs/audit.md", "evidence/audit-"),
        ("evidence/实名制政策.pdf", "evidence/file-"),
        ("evidence/.hidden", "evidence/hidden-"),
        ("evidence/_draft_v2.docx", "evidence/draft_v2-"),
        ("evidence/a/b/c/d/e.txt", "evidence/e-"),
        ("evidence/" + String(repeating: "long-", count: 40) + "name.txt", "evidence/long-long-"),
    ])
    func derivesSafeNamesForTheOthers(_ cited: String, _ prefix: String) throws {
        let path = try #require(BundleLayout.evidencePaths(for: [cited])[cited])
        #expect(path.hasPrefix(prefix), "\(path)")
        #expect(BundlePath.isValid(path), "\(path)")
        #expect(BundleLayout.evidencePaths(for: [cited])[cited] == path)
        let digest = BundleManifest.sha256(Array(cited.utf8)).prefix(8)
        #expect(path.contains("-\(digest)"))
    }

    @Test func keepsTheExtensionLowerCased() throws {
        #expect(
            BundleLayout.evidencePaths(for: ["evidence/Scan.PDF"])["evidence/Scan.PDF"]?.hasSuffix(
                ".pdf") == true)
        #expect(
            BundleLayout.evidencePaths(for: ["evidence/archive.tar.GZ"])["evidence/archive.tar.GZ"]?
                .hasSuffix(".gz") == true)
        #expect(
            BundleLayout.evidencePaths(for: ["evidence/x.not an ext"])["evidence/x.not an ext"]?
                .contains(".") == false)
    }

    /// A derived name never takes a name already in use: the full digest is used instead.
    @Test func neverCollides() throws {
        let cited = "evidence/Foo.md"
        let short = try #require(BundleLayout.evidencePaths(for: [cited])[cited])
        let paths = BundleLayout.evidencePaths(for: [cited, short])
        #expect(paths[short] == short)
        let long = try #require(paths[cited])
        #expect(long != short)
        #expect(long.contains(BundleManifest.sha256(Array(cited.utf8))))
        #expect(BundlePath.isValid(long))
        // Many names that sanitize alike stay distinct.
        let many = (0..<200).map { "evidence/Report \($0 % 2 == 0 ? "A" : "a") (\($0)).PDF" }
        let mapped = BundleLayout.evidencePaths(for: many)
        #expect(Set(mapped.values).count == many.count)
        #expect(mapped.values.allSatisfy(BundlePath.isValid))
    }
}
