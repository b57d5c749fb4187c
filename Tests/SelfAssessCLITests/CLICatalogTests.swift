import SelfAssessKit
import SelfAssessTestSupport
import Testing

@testable import selfassess

/// The command-line tool's own catalogs: every key has a text in every language, the languages
/// name the same placeholders, and the wordings read as the tool always printed them.
@Suite(.tags(.small))
struct CLICatalogTests {
    /// The CLI's catalogs.
    static let catalogs: [MessageCatalogs.Entry] = [
        MessageCatalogs.entry(CLIMessages.self), MessageCatalogs.entry(CLIHelp.self),
    ]

    @Test func keysAreUniqueAndNameNoDiagnosticCode() {
        let keys = Self.catalogs.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(!key.hasPrefix("SA"), "\(key)")
            #expect(key.wholeMatch(of: /[a-z][a-z0-9-]*(\.[a-z0-9-]+)+/) != nil, "\(key)")
        }
    }

    /// Every CLI catalog, the help included, has its own text for every key in every language,
    /// with the English placeholders.
    @Test func everyKeyReadsInEveryLanguageWithTheSamePlaceholders() {
        let problems = MessageCatalogs.translationProblems(Self.catalogs)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// A counted noun is a wording of its own with one placeholder, `{count}`.
    @Test(arguments: [
        (CLIMessages.errorCountOne, CLIMessages.errorCount, "1 error", "2 errors"),
        (.indicatorCountOne, .indicatorCount, "1 indicator", "2 indicators"),
        (.articleCountOne, .articleCount, "1 article", "2 articles"),
        (.signatoryCountOne, .signatoryCount, "1 signatory", "2 signatories"),
        (.keyCountOne, .keyCount, "1 key", "2 keys"),
    ])
    func countedNouns(one: CLIMessages, many: CLIMessages, single: String, plural: String) {
        #expect(Diagnostic.Message.placeholders(in: one.english) == ["count"])
        #expect(Diagnostic.Message.placeholders(in: many.english) == ["count"])
        let phrase = { (count: Int) in
            english(
                .optionValue,
                [
                    "option": .text("n"), "reason": CLIMessages.count(count, one: one, many: many),
                ])
        }
        #expect(phrase(1) == "n: \(single)")
        #expect(phrase(2) == "n: \(plural)")
    }

    /// Sentences made of several wordings read as the tool printed them before the catalogs.
    @Test func wordingsKeepTheirEnglishText() {
        #expect(
            english(
                .keyringSigned,
                [
                    "keyring": .text("keyring.yaml"),
                    "signatories": CLIMessages.count(
                        1, one: .signatoryCountOne, many: .signatoryCount),
                    "keys": CLIMessages.count(3, one: .keyCountOne, many: .keyCount),
                    "key": .text("sha256:ab"), "signature": .text("keyring.yaml.minisig"),
                    "comment": .text("c"),
                ])
                == "Signed keyring.yaml (1 signatory, 3 keys) with the society key sha256:ab.\n"
                + "Wrote keyring.yaml.minisig; trusted comment: c")
        #expect(
            english(
                .diffRegression,
                [
                    "indicators": CLIMessages.count(
                        1, one: .indicatorCountOne, many: .indicatorCount),
                    "articles": CLIMessages.count(2, one: .articleCountOne, many: .articleCount),
                    "old": .text("acme-2024"),
                ]) == "regression: 1 indicator and 2 articles scored lower than in acme-2024")
        #expect(
            english(
                .invalidAssessment,
                [
                    "path": .text("acme-2025"),
                    "outcome": .wording(CLIMessages.outcomeBundled.message()),
                ]) == "acme-2025 is not a valid assessment; nothing was bundled")
        #expect(
            english(
                .keyringValidFromUntil, ["from": .text("2026-01-01"), "until": .text("2027-01-01")])
                == "valid from 2026-01-01 until 2027-01-01")
    }

    /// The commands' help comes from the help catalog, read when their configuration is built.
    @Test func helpTextsComeFromTheCatalog() {
        #expect(
            SelfAssessCommand.Validate.configuration.abstract
                == "Check assessment folders or article files and report every problem at once.")
        #expect(
            SelfAssessCommand.Validate.configuration.abstract == CLIHelp.validateAbstract.english)
        #expect(
            SelfAssessCommand.configuration.discussion == CLIHelp.toolDiscussion.english)
        #expect(CLIHelp.allCases.allSatisfy { !$0.text.isEmpty })
    }

    /// `--lang` wins; otherwise the first locale variable that is set decides, zh… for Chinese.
    @Test(arguments: [
        (["selfassess", "validate", "x"], [:] as [String: String], Language.english as Language?),
        (["selfassess", "validate", "x"], ["LANG": "zh_CN.UTF-8"], .chinese),
        (["selfassess", "validate", "x"], ["LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"], .english),
        (["selfassess", "validate", "x"], ["LC_ALL": "", "LC_MESSAGES": "zh_TW"], .chinese),
        (["selfassess", "--lang", "zh", "validate"], ["LANG": "en_US.UTF-8"], .chinese),
        (["selfassess", "validate", "--lang=en", "x"], ["LANG": "zh_CN.UTF-8"], .english),
        (["selfassess", "--lang", "fr", "validate"], [:], nil),
        (["selfassess", "validate", "--", "--lang", "zh"], [:], .english),
    ])
    func languageChoice(arguments: [String], environment: [String: String], expected: Language?) {
        #expect(CLILanguage.choose(arguments: arguments, environment: environment) == expected)
    }

    @Test func langIsTakenOffTheArguments() {
        #expect(
            CLILanguage.withoutOption([
                "--lang", "zh", "validate", "--lang=en", "x", "--", "--lang",
            ])
                == ["validate", "x", "--", "--lang"])
    }

    /// The same wording in both languages.
    @Test func wordingsReadInChinese() {
        let arguments: [String: Diagnostic.Message.Argument] = [
            "keyring": .text("keyring.yaml"),
            "signatories": CLIMessages.count(1, one: .signatoryCountOne, many: .signatoryCount),
            "keys": CLIMessages.count(3, one: .keyCountOne, many: .keyCount),
            "key": .text("sha256:ab"), "comment": .text("c"),
        ]
        let message = CLIMessages.keyringVerified.message(arguments)
        #expect(
            message.text(in: .chinese) == "通过：keyring.yaml 由协会密钥 sha256:ab 签署\n（1 个签约单位，3 个密钥；c）。")
        #expect(
            message.text(in: .english)
                == "OK: keyring.yaml is signed by the society key sha256:ab\n(1 signatory, 3 keys; c)."
        )
    }

    /// A wording in English, whatever language the tests run in.
    private func english(
        _ key: CLIMessages, _ arguments: [String: Diagnostic.Message.Argument]
    ) -> String {
        key.message(arguments).text(in: .english)
    }
}
