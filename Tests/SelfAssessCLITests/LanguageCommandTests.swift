import Foundation
import SelfAssessTestSupport
import Testing

/// The tool's language, chosen by `--lang` or the locale, run as the built binary.
@Suite(.tags(.large))
struct LanguageCommandTests {
    /// Chinese by `--lang zh` or by the locale; English by `--lang en` or any other locale.
    @Test(arguments: [
        ([] as [String], [:] as [String: String], "error: unknown diagnostic code 'SA999'"),
        (["--lang", "zh"], [:], "错误：未知的诊断代码“SA999”"),
        ([], ["LANG": "zh_CN.UTF-8"], "错误：未知的诊断代码“SA999”"),
        (["--lang=en"], ["LANG": "zh_CN.UTF-8"], "error: unknown diagnostic code 'SA999'"),
        ([], ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"], "error: unknown diagnostic code"),
    ])
    func theLanguageIsChosenOnce(
        lang: [String], environment: [String: String], expected: String
    ) async throws {
        let result = try await CLI.run(lang + ["explain", "SA999"], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
    }

    /// `explain CODE` in either language: the code stays as it is, the severity is a word of the
    /// language.
    @Test func explainSpeaksBothLanguages() async throws {
        let english = try await CLI.run(["explain", "SA304"])
        #expect(english.stdout.hasPrefix("SA304 (error): Evidence file not found\n\n"))
        let chinese = try await CLI.run(["explain", "sa304", "--lang", "zh"])
        #expect(chinese.stdout == "SA304（错误）：找不到证据文件\n\n所引用的证据文件不存在。\n")
    }

    @Test func anUnknownLanguageIsAUsageError() async throws {
        let result = try await CLI.run(["explain", "--lang", "fr"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "error: --lang fr: use zh (Simplified Chinese) or en (English)\n")
    }

    /// A machine format keeps its codes; `explain` without a code lists them either way.
    @Test func explainListsTheSameCodesInEitherLanguage() async throws {
        let english = try await CLI.run(["explain"])
        let chinese = try await CLI.run(["explain", "--lang", "zh"])
        #expect(english.status == 0 && chinese.status == 0)
        #expect(
            english.stdout.split(separator: "\n").map { $0.prefix(5) }
                == chinese.stdout.split(separator: "\n").map { $0.prefix(5) })
    }

    /// The list of codes names each severity in the chosen language, aligned by columns.
    @Test func explainListsTheSeverityInTheLanguage() async throws {
        let chinese = try await CLI.run(["explain", "--lang", "zh"])
        let lines = chinese.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("SA304  错误     找不到证据文件") })
        #expect(lines.contains { $0.hasPrefix("SA007  错误     多于一个文档") || $0.contains("警告") })
        let english = try await CLI.run(["explain"])
        #expect(english.stdout.contains("SA304  error    Evidence file not found\n"))
    }

    /// `--lang` is named in the tool's help, in either language; the help reads in Chinese.
    @Test func theHelpNamesLangAndSpeaksChinese() async throws {
        let english = try await CLI.run(["--help"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("Language: --lang zh|en, anywhere on the command line"))
        let chinese = try await CLI.run(["--help", "--lang", "zh"])
        #expect(chinese.status == 0)
        #expect(chinese.stdout.contains("--lang zh|en（可放在命令行的任何位置）"))
        #expect(chinese.stdout.contains("《北京市移动互联网应用程序公众信息服务自律公约》自评估工具包。"))
        let validate = try await CLI.run(
            ["validate", "--help"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(validate.stdout.contains("检查自评估文件夹或条款文件，一次报告所有问题。"))
        #expect(
            validate.stdout.contains(
                "  selfassess validate acme-2025 --format sarif > selfassess.sarif"))
        #expect(validate.stdout.contains("退出码：0 有效"))
    }

    /// A kit failure (here a key file that does not exist) is printed in the chosen language,
    /// with the same exit code.
    @Test(arguments: [
        ("en", "error: missing.pub: no such file\n"),
        ("zh", "错误：missing.pub：没有这个文件\n"),
    ])
    func failuresSpeakTheLanguage(lang: String, expected: String) async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await CLI.run(
            ["key", "export", "missing.pub", "--format", "pem", "--lang", lang], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == expected)
    }

    /// `init` into a folder that is not empty refuses in the chosen language.
    @Test func initRefusesInChinese() async throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("acme-2025")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: target.appendingPathComponent("notes.txt"))
        let arguments = ["init", "acme-2025", "--signatory", "acme", "--year", "2025"]
        let english = try await CLI.run(arguments, in: folder)
        let chinese = try await CLI.run(arguments + ["--lang", "zh"], in: folder)
        #expect(english.status == 1 && chinese.status == 1)
        #expect(english.stderr.hasPrefix("error: acme-2025: the folder exists and is not empty"))
        #expect(chinese.stderr.hasPrefix("错误：acme-2025：文件夹已存在且不为空；请另选文件夹"))
    }

    /// `validate` in text: the messages, hints and notes in Chinese, the codes and positions as
    /// they are, labels with a full-width colon and no space after it.
    @Test func validateSpeaksChinese() async throws {
        let result = try await CLI.run(
            ["validate", "Samples/broken/acme-2025-draft", "--lang", "zh"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("建议："))
        #expect(!result.stdout.contains("建议： "))
        #expect(!result.stdout.contains("hint:"))
        #expect(result.stdout.contains("[SA"))
        #expect(result.stdout.contains("已检查 "))
    }

    /// The machine formats keep their codes, severities, files and positions and carry the
    /// messages in the chosen language.
    @Test(arguments: ["json", "sarif", "github"])
    func machineFormatsCarryTheLanguage(format: String) async throws {
        let arguments = ["validate", "Samples/broken/acme-2025-draft", "--format", format]
        let english = try await CLI.run(arguments)
        let chinese = try await CLI.run(arguments + ["--lang", "zh"])
        #expect(english.status == 1 && chinese.status == 1)
        #expect(english.stdout != chinese.stdout)
        #expect(chinese.stdout.contains("未作答") || chinese.stdout.contains("缺少"))
        let codes = { (text: String) in text.matches(of: /SA[0-9]{3}/).map { String($0.output) } }
        #expect(codes(english.stdout) == codes(chinese.stdout))
        if format == "json" {
            struct Report: Decodable {
                struct Item: Decodable, Equatable {
                    var severity: String
                    var code: String
                    var file: String
                    var line: Int?
                    var column: Int?
                    var message: String
                }
                var diagnostics: [Item]
            }
            let en = try JSONDecoder().decode(Report.self, from: Data(english.stdout.utf8))
            let zh = try JSONDecoder().decode(Report.self, from: Data(chinese.stdout.utf8))
            #expect(en.diagnostics.map(\.code) == zh.diagnostics.map(\.code))
            #expect(en.diagnostics.map(\.severity) == zh.diagnostics.map(\.severity))
            #expect(en.diagnostics.map(\.line) == zh.diagnostics.map(\.line))
            #expect(zip(en.diagnostics, zh.diagnostics).allSatisfy { $0.message != $1.message })
        }
    }
}

/// `verify` names a failure in the chosen language, in text and in JSON, with the same code.
@Suite(.tags(.large))
struct VerifyLanguageTests {
    static let archive = "Tests/SelfAssessCLITests/Fixtures/archive/2026-12-pre-issue-9"

    @Test func aFailureReadsInEitherLanguage() async throws {
        let arguments = [
            "verify", "\(Self.archive)/acme-2025.sabundle", "--key",
            "\(Self.archive)/huabei-news.pub",
        ]
        let english = try await CLI.run(arguments + ["--format", "json"])
        let chinese = try await CLI.run(arguments + ["--format", "json", "--lang", "zh"])
        #expect(english.status == 1 && chinese.status == 1)
        struct Report: Decodable {
            struct Entry: Decodable {
                var code: String?
                var reason: String?
            }
            var bundles: [Entry]
        }
        let en = try JSONDecoder().decode(Report.self, from: Data(english.stdout.utf8))
        let zh = try JSONDecoder().decode(Report.self, from: Data(chinese.stdout.utf8))
        #expect(en.bundles.map(\.code) == zh.bundles.map(\.code))
        #expect(en.bundles.first?.reason?.contains("signed by key number") == true)
        #expect(zh.bundles.first?.reason?.contains("由密钥编号") == true)
        let text = try await CLI.run(arguments + ["--lang", "zh"])
        #expect(text.stdout.contains("由密钥编号"))
    }
}
