import SelfAssessKit
import SelfAssessTestSupport
import Testing

@testable import selfassess

/// The command-line tool's own catalogs: every key has a text in every language, the languages
/// name the same placeholders, and the wordings read as the tool always printed them.
@Suite(.tags(.small))
struct CLICatalogTests {
    /// The CLI's catalogs, by name, with their keys and templates.
    static let catalogs:
        [(name: String, keys: [String], template: @Sendable (String, Language) -> String?)] =
            [entry(CLIMessages.self), entry(CLIHelp.self)]

    private static func entry<Catalog: MessageCatalog>(
        _ catalog: Catalog.Type
    ) -> (name: String, keys: [String], template: @Sendable (String, Language) -> String?) {
        (
            String(describing: catalog), catalog.allCases.map(\.rawValue),
            { Catalog(rawValue: $0)?.template(in: $1) }
        )
    }

    @Test func keysAreUniqueAndNameNoDiagnosticCode() {
        let keys = Self.catalogs.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(!key.hasPrefix("SA"), "\(key)")
            #expect(key.wholeMatch(of: /[a-z][a-z0-9-]*(\.[a-z0-9-]+)+/) != nil, "\(key)")
        }
    }

    @Test func everyKeyHasATemplateInEveryLanguage() {
        for catalog in Self.catalogs {
            for key in catalog.keys {
                for language in Language.allCases {
                    let template = catalog.template(key, language)
                    #expect(template?.isEmpty == false, "\(catalog.name): \(key) in \(language)")
                }
            }
        }
    }

    @Test func placeholdersAgreeAcrossLanguages() {
        for catalog in Self.catalogs {
            for key in catalog.keys {
                let english = Diagnostic.Message.placeholders(
                    in: catalog.template(key, .english) ?? "")
                for language in Language.allCases {
                    let names = Diagnostic.Message.placeholders(
                        in: catalog.template(key, language) ?? "")
                    #expect(names == english, "\(catalog.name): \(key) in \(language)")
                }
            }
        }
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
            CLIMessages.optionValue.text([
                "option": .text("n"), "reason": CLIMessages.count(count, one: one, many: many),
            ])
        }
        #expect(phrase(1) == "n: \(single)")
        #expect(phrase(2) == "n: \(plural)")
    }

    /// Sentences made of several wordings read as the tool printed them before the catalogs.
    @Test func wordingsKeepTheirEnglishText() {
        #expect(
            CLIMessages.keyringSigned.text([
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
            CLIMessages.diffRegression.text([
                "indicators": CLIMessages.count(
                    1, one: .indicatorCountOne, many: .indicatorCount),
                "articles": CLIMessages.count(2, one: .articleCountOne, many: .articleCount),
                "old": .text("acme-2024"),
            ]) == "regression: 1 indicator and 2 articles scored lower than in acme-2024")
        #expect(
            CLIMessages.invalidAssessment.text([
                "path": .text("acme-2025"),
                "outcome": .wording(CLIMessages.outcomeBundled.message()),
            ]) == "acme-2025 is not a valid assessment; nothing was bundled")
        #expect(
            CLIMessages.keyringValidFromUntil.text(["from": "2026-01-01", "until": "2027-01-01"])
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

    /// The tool speaks English until a translation is chosen.
    @Test func theToolSpeaksEnglish() {
        #expect(CLILanguage.current == .english)
        #expect(
            CLILanguage.choose(arguments: ["selfassess"], environment: ["LANG": "C.UTF-8"])
                == .english)
    }
}
