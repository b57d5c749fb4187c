import Foundation
import SelfAssessKit
import SelfAssessTestSupport
import Testing

/// `diff --all`, and changed notes and not-applicable justifications in diff's unsigned outputs,
/// while `results/diff.json` in bundles keeps its signed shape.
@Suite(.tags(.large))
struct DiffTextChangesTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
    }

    /// A copy of acme-2025 under another name whose A7.3 justification (not-applicable in the
    /// sample) says something else.
    private func rejustified() throws -> String {
        let copy = try CLI.copySample("acme-2025", into: folder)
        let article = copy.appendingPathComponent("article-7.yaml")
        var lines = try String(contentsOf: article, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  A7.3:"))
        let line = try #require(lines[start...].firstIndex { $0.hasPrefix("    justification:") })
        lines[line] = "    justification: 月活不足一千万，不属于第五十八条所指的处理者。"
        try lines.joined(separator: "\n").write(to: article, atomically: true, encoding: .utf8)
        return copy.path
    }

    @Test func allListsTheUnchangedIndicatorsToo() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try await CLI.run(["diff", "Samples/acme-2024", "Samples/acme-2025"])
        let all = try await CLI.run(["diff", "Samples/acme-2024", "Samples/acme-2025", "--all"])
        #expect(plain.status == 0 && all.status == 0, "\(plain.stderr)\(all.stderr)")
        // The indicator table's rows (`  A1.1  unchanged …`), before the sections that follow it.
        func rows(_ text: String) -> [Substring] {
            let after = text.components(separatedBy: "\nIndicators: ").last ?? ""
            let table = after.components(separatedBy: "\nEvidence changes")[0]
            return table.split(separator: "\n").filter {
                $0.hasPrefix("  A") && $0.dropFirst(3).first?.isNumber == true
            }
        }
        // The JSON lists every indicator.
        let json = try await CLI.run([
            "diff", "Samples/acme-2024", "Samples/acme-2025", "--format", "json",
        ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let framework = try #require(object["indicators"] as? [Any]).count
        #expect(rows(plain.stdout).count < framework)
        #expect(rows(all.stdout).count == framework)
        let markdown = try await CLI.run([
            "diff", "Samples/acme-2024", "Samples/acme-2025", "--all", "--format", "markdown",
        ])
        #expect(markdown.stdout.contains("| unchanged |"))
    }

    @Test func aChangedJustificationIsShownWithBothTexts() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let new = try rejustified()
        let text = try await CLI.run(["diff", "Samples/acme-2025", new])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("justification changed"))
        #expect(text.stdout.contains("Notes and justifications changed\n  A7.3  justification\n"))
        #expect(text.stdout.contains("    2025: 月活不足一千万，不属于第五十八条所指的处理者。\n"))

        let json = try await CLI.run(["diff", "Samples/acme-2025", new, "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let entry = try #require(indicators.first { $0["id"] as? String == "A7.3" })
        #expect(entry["justificationChanged"] as? Bool == true)
        #expect(entry["newJustification"] as? String == "月活不足一千万，不属于第五十八条所指的处理者。")
        #expect((entry["oldJustification"] as? String)?.hasPrefix("艾克米圈月活约 910 万") == true)
        let others = indicators.filter { $0["id"] as? String != "A7.3" }
        #expect(others.allSatisfy { $0["justificationChanged"] == nil && $0["oldNote"] == nil })
    }

    /// The signed `results/diff.json` of a bundle with a prior keeps its shape: no note or
    /// justification texts, the bytes of `AssessmentDiff.json`; `diff --format json` has them.
    @Test func theBundlesDiffJSONKeepsItsSignedShape() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.copySample("acme-2024", into: folder)
        _ = try CLI.copySample("acme-2025", into: folder)
        try KeyFile.writeKeyPair(SigningKey.generate(), name: "acme", in: folder)
        let epoch = ["SOURCE_DATE_EPOCH": "1769904000"]
        let first = try await CLI.run(
            ["bundle", "acme-2024", "--key", "acme.key"], in: folder, environment: epoch)
        let second = try await CLI.run(
            ["bundle", "acme-2025", "--key", "acme.key", "--prior", "acme-2024.sabundle"],
            in: folder, environment: epoch)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let archive = try BundleArchive(url: folder.appendingPathComponent("acme-2025.sabundle"))
        let stored = String(
            decoding: try #require(try archive.read(path: BundleLayout.diffPath)), as: UTF8.self)
        #expect(!stored.contains("\"oldNote\""))
        #expect(stored.contains("\"noteChanged\": true"))
        let cli = try await CLI.run(
            ["diff", "acme-2024", "acme-2025", "--format", "json"], in: folder)
        #expect(cli.stdout.contains("\"oldNote\""))
        let verified = try await CLI.run(
            ["verify", "acme-2025.sabundle", "--key", "acme.pub", "--prior", "acme-2024.sabundle"],
            in: folder)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
    }
}
