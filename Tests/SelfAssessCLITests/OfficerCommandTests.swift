import Foundation
import SampleSector
import SelfAssessKit
import SelfAssessTestSupport
import Testing

/// The small things an officer meets between the README's steps (issue 14), run on the built
/// binary: a misspelt command, a bundle that is already there, a full-width colon.
@Suite(.tags(.large))
struct OfficerCommandTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
        _ = try CLI.copySample("acme-2025", into: folder)
    }

    private func run(
        _ arguments: [String], environment: [String: String] = [:]
    ) async throws -> CLI.Result {
        try await CLI.run(arguments, in: folder, environment: environment)
    }

    @Test(arguments: [
        ("valdiate", "`valdiate` is not a selfassess command; did you mean `validate`?"),
        ("bundel", "`bundel` is not a selfassess command; did you mean `bundle`?"),
        ("frobnicate", "`frobnicate` is not a selfassess command; `selfassess --help` lists them"),
    ])
    func anUnknownCommandGetsADidYouMean(name: String, message: String) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await run([name, "acme-2025"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "error: \(message)\nUsage: selfassess <subcommand>\n"
                + "  See 'selfassess --help' for more information.\n")
    }

    @Test func anUnknownCommandGetsADidYouMeanInChinese() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await run(["--lang", "zh", "valdiate", "acme-2025"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "错误：`valdiate` 不是 selfassess 的命令；是否想用 `validate`？\n"
                + "用法：selfassess <子命令>\n  运行 'selfassess --help' 查看全部命令。\n")
    }

    @Test func knownCommandsAndOptionsAreLeftToTheParser() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = try await run(["help", "validate"])
        #expect(help.status == 0, "\(help.stderr)")
        let version = try await run(["--version"])
        #expect(version.status == 0)
        let validate = try await run(["validate", "acme-2025"])
        #expect(validate.status == 0, "\(validate.stderr)")
    }

    /// Sets one answer of acme-2025's article 1 (A1.5, a percent).
    private func answerA15(_ value: String) throws {
        let url = folder.appendingPathComponent("acme-2025/article-1.yaml")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  A1.5:"))
        let answer = try #require(lines[start...].firstIndex { $0.hasPrefix("    answer:") })
        lines[answer] = "    answer: \(value)"
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    @Test(arguments: [nil, "acme-2025.sabundle"] as [String?])
    func anExistingBundleIsSaidBeforeTheWarnings(out: String?) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try answerA15("0.815")
        try KeyFile.writeKeyPair(SigningKey.generate(), name: "acme", in: folder)
        try Data("old".utf8).write(to: folder.appendingPathComponent("acme-2025.sabundle"))
        let result = try await run(
            ["bundle", "acme-2025", "--key", "acme.key"] + (out.map { ["--out", $0] } ?? []))
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: acme-2025.sabundle: already exists; it is not replaced without "
                + "--force [SB005]\n")
        let kept = try Data(contentsOf: folder.appendingPathComponent("acme-2025.sabundle"))
        #expect(kept == Data("old".utf8))
        // With --force the warning is printed and the bundle written.
        let forced = try await run(["bundle", "acme-2025", "--key", "acme.key", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("[SA213]"))
    }

    @Test func aFullWidthColonIsReportedWhereItIs() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("acme-2025/article-2.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(
            of: "  A2.1:\n    answer: yes", with: "  A2.1:\n    answer：yes"
        )
        .write(to: url, atomically: true, encoding: .utf8)
        let result = try await run(["validate", "acme-2025"])
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                """
                acme-2025/article-2.yaml:8:11: error: `answer` is followed by a full-width colon \
                `：` (from a Chinese input method); YAML needs `:` [SA001]
                  8 |     answer：yes
                    |           ^
                  note: acme-2025/article-2.yaml:9:13: libyaml: mapping values are not allowed in \
                this context
                  note: acme-2025/article-2.yaml: not checked further: the file's answers are \
                checked once its YAML is fixed
                  hint: write `answer: yes`: an ASCII colon, then a space

                """), "\(result.stdout)")
    }

    @Test func scoreExcelIsCSVWithAByteOrderMark() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try await run(["score", "acme-2025", "--format", "csv"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!plain.stdout.hasPrefix("\u{FEFF}"))
        let excel = try await run(["score", "acme-2025", "--excel"])
        #expect(excel.status == 0, "\(excel.stderr)")
        #expect(Array(excel.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(excel.stdout.utf8.elementsEqual(("\u{FEFF}" + plain.stdout).utf8))
        #expect(plain.stdout.contains("\r\n"))
        #expect(!plain.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let both = try await run(["score", "acme-2025", "--excel", "--format", "csv"])
        #expect(both.stdout == excel.stdout)
        let json = try await run(["score", "acme-2025", "--excel", "--format", "json"])
        #expect(json.status == 64)
        #expect(
            json.stderr.hasPrefix(
                "Error: --excel writes CSV; it cannot be used with --format json\n"))
    }

    @Test func aggregateExcelWritesItsCSVFilesWithAByteOrderMark() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let sector = try await GeneratedSector.small()
        var outputs: [String: [String: Data]] = [:]
        for (name, extra) in [("plain", []), ("excel", ["--excel"])] {
            let out = folder.appendingPathComponent(name).path
            let result = try await CLI.run(
                [
                    "aggregate", "submissions", "--keyring", "keyring.yaml", "--society-key",
                    "society.pub", "--out", out,
                ] + extra, in: sector.folder)
            #expect(result.status == 0, "\(result.stderr)")
            for file in SectorOutput.File.allCases {
                outputs[name, default: [:]][file.name] = try Data(
                    contentsOf: URL(fileURLWithPath: out).appendingPathComponent(file.name))
            }
        }
        for file in SectorOutput.File.allCases {
            let plain = try #require(outputs["plain"]?[file.name])
            let excel = try #require(outputs["excel"]?[file.name])
            if file.name.hasSuffix(".csv") {
                #expect(excel == Data([0xEF, 0xBB, 0xBF]) + plain, "\(file.name)")
                #expect(plain.first != 0xEF, "\(file.name)")
            } else {
                #expect(excel == plain, "\(file.name)")
            }
        }
    }
    // MARK: - report --draft and diff --draft

    private static let draft = "Samples/broken/acme-2025-draft"
    private static let banner = "PROVISIONAL: a draft with 30 of 50 indicators answered"

    @Test func reportAndDiffRefuseADraftWithoutTheFlag() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try await CLI.run(["report", Self.draft, "--format", "markdown"])
        #expect(report.status == 1)
        let diff = try await CLI.run(["diff", "Samples/acme-2024", Self.draft])
        #expect(diff.status == 1)
    }

    @Test func reportDraftIsMarkedProvisional() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = try await CLI.run(["report", Self.draft, "--draft", "--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("> **\(Self.banner)"))
        let html = try await CLI.run(["report", Self.draft, "--draft", "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<body>\n<p class=\"provisional\""))
        #expect(html.stdout.contains(Self.banner))
        // A complete assessment's report is the same with or without --draft.
        let plain = try await CLI.run(["report", "Samples/acme-2025", "--format", "markdown"])
        let flagged = try await CLI.run([
            "report", "Samples/acme-2025", "--format", "markdown", "--draft",
        ])
        #expect(plain.stdout == flagged.stdout)
    }

    @Test func diffDraftIsMarkedProvisional() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try await CLI.run(["diff", "Samples/acme-2024", Self.draft, "--draft"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix(Self.banner))
        let markdown = try await CLI.run([
            "diff", "Samples/acme-2024", Self.draft, "--draft", "--format", "markdown",
        ])
        #expect(markdown.stdout.hasPrefix("> **\(Self.banner)"))
        let json = try await CLI.run([
            "diff", "Samples/acme-2024", Self.draft, "--draft", "--format", "json",
        ])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let provisional = try #require(object["provisional"] as? [String: Any])
        #expect(provisional["answered"] as? Int == 30)
        #expect(provisional["total"] as? Int == 50)
        #expect(provisional["unansweredCountAsZero"] as? Bool == true)
        let zh = try await CLI.run([
            "diff", "Samples/acme-2024", Self.draft, "--draft", "--lang", "zh",
        ])
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(!zh.stdout.hasPrefix("PROVISIONAL"))
        let complete = try await CLI.run(["diff", "Samples/acme-2024", "Samples/acme-2025"])
        let flagged = try await CLI.run([
            "diff", "Samples/acme-2024", "Samples/acme-2025", "--draft",
        ])
        #expect(complete.stdout == flagged.stdout)
    }
}
