import Foundation
import SelfAssessTestSupport
import Testing

/// The tool's language, chosen by `--lang` or the locale, run as the built binary.
@Suite(.tags(.large))
struct LanguageCommandTests {
    /// Chinese by `--lang zh` or by the locale; English by `--lang en` or any other locale.
    @Test(arguments: [
        ([] as [String], [:] as [String: String], "error: unknown diagnostic code 'SA999'"),
        (["--lang", "zh"], [:], "错误： 未知的诊断代码“SA999”"),
        ([], ["LANG": "zh_CN.UTF-8"], "错误： 未知的诊断代码“SA999”"),
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

    /// `explain CODE` in either language: the code and its severity stay as they are.
    @Test func explainSpeaksBothLanguages() async throws {
        let english = try await CLI.run(["explain", "SA304"])
        #expect(english.stdout.hasPrefix("SA304 (error): Evidence file not found\n\n"))
        let chinese = try await CLI.run(["explain", "sa304", "--lang", "zh"])
        #expect(chinese.stdout == "SA304（error）：找不到证据文件\n\n所引用的证据文件不存在。\n")
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
}
