import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The catalogs of codes and wordings: complete, unique, and with placeholders that agree with
/// the arguments the kit gives them.
@Suite(.tags(.small))
struct MessageCatalogTests {
    @Test func everyCodeHasATitleAndAnExplanation() {
        for code in Diagnostic.Code.allCases {
            for language in Language.allCases {
                #expect(!code.title(in: language).isEmpty, "\(code) has no title")
                #expect(!code.explanation(in: language).isEmpty, "\(code) has no explanation")
            }
        }
    }

    @Test func codesAreUniqueAndWellFormed() {
        let raw = Diagnostic.Code.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        for code in raw {
            #expect(code.wholeMatch(of: /SA[0-9]{3}/) != nil, "\(code)")
            #expect(Diagnostic.Code(rawValue: code)?.rawValue == code)
        }
        #expect(Diagnostic.Code(rawValue: "SA999") == nil)
    }

    @Test func codesAreListedInDocumentationOrder() {
        let raw = Diagnostic.Code.allCases.map(\.rawValue)
        #expect(raw == raw.sorted())
        #expect(Diagnostic.Code.allCases.filter(\.isInputFailure) == [.unreadable])
    }

    @Test func messageKeysAreUniqueAcrossCatalogs() {
        let keys = MessageCatalogs.all.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    /// A key starts with the diagnostic code it words, or with the concern's own name.
    @Test func messageKeysNameTheirCode() {
        for catalog in MessageCatalogs.all {
            for key in catalog.keys {
                let first = String(key.prefix { $0 != "." })
                #expect(
                    Diagnostic.Code(rawValue: first) != nil || !first.hasPrefix("SA"),
                    "\(catalog.name): \(key) names no known code")
            }
        }
    }

    @Test func everyKeyHasATemplateInEveryLanguage() {
        for catalog in MessageCatalogs.all {
            for key in catalog.keys {
                for language in Language.allCases {
                    let template = catalog.template(key, language)
                    #expect(template?.isEmpty == false, "\(catalog.name): \(key) in \(language)")
                }
            }
        }
    }

    /// Every translation of a key names the same placeholders as the English one.
    @Test func placeholdersAgreeAcrossLanguages() {
        for catalog in MessageCatalogs.all {
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

    @Test func aMessageFillsItsPlaceholders() {
        let message = Diagnostic.Message.invalidSignatoryID("Acme_Corp")
        #expect(message.key == "SA402.invalid-id")
        #expect(message.text(in: .english) == "`Acme_Corp` is not a valid signatory id")
        #expect(message.mismatches(in: .english).unfilled.isEmpty)
        #expect(message.mismatches(in: .english).unused.isEmpty)
    }

    @Test func nestedWordingsAndListsRenderInTheSameLanguage() {
        let hint = Diagnostic.Message.didYouMean("yes", .allowedHint(["yes", "no"]))
        #expect(hint.text(in: .english) == "did you mean `yes`? allowed: yes or no")
        #expect(
            Diagnostic.Message.knownKeysHint(["a", "b", "c"]).description
                == "known keys here: a, b and c")
    }

    @Test func braceTextThatIsNoPlaceholderStaysLiteral() {
        #expect(Diagnostic.Message.placeholders(in: "write {zh, en} or {} or {id}") == ["id"])
    }

    /// Every diagnostic the validator gives for the broken sample and every fixture has each
    /// placeholder filled and no argument left over: the call sites agree with the catalogs.
    @Test func diagnosticsFromTheFixturesFillEveryPlaceholder() throws {
        var reports = [
            Validator(framework: TestSupport.framework, today: TestSupport.today).validate(
                FolderSource(
                    folder: TestSupport.sample("broken/acme-2025-draft"),
                    displayRoot: "acme-2025-draft"))
        ]
        for name in ValidateFixtureTests.cases {
            reports.append(try ValidateFixtureTests.validateOverlay(name))
        }
        let diagnostics = reports.flatMap(\.diagnostics)
        #expect(diagnostics.count > 50)
        for diagnostic in diagnostics {
            let wordings =
                [diagnostic.wording] + (diagnostic.hintWording.map { [$0] } ?? [])
                + diagnostic.notes.map(\.wording)
            for wording in wordings {
                let (unfilled, unused) = wording.mismatches(in: .english)
                #expect(unfilled.isEmpty, "\(wording.key): \(unfilled) not filled")
                #expect(unused.isEmpty, "\(wording.key): \(unused) not used")
            }
        }
    }

    /// Error types word their messages through the catalogs; the English text is unchanged.
    @Test func errorDescriptionsComeFromTheCatalogs() {
        #expect(
            AggregateError.noBundleForYear(year: 2025, bundles: 2, held: [2023, 2024]).description
                == "no registered signatory's bundle for 2025 is among the 2 bundles found (they "
                + "are for 2023, 2024), so there is nothing to report on for 2025; give that "
                + "year's bundles, or another --year")
        #expect(
            AggregateError.noYear(bundles: 1).description
                == "none of the 1 bundle found was accepted, so there is no year to report on; "
                + "name it with --year YYYY")
        #expect(
            KeyringError.unknownCategory(
                file: "k.yaml", category: "portl", framework: "f", known: ["portal", "news"]
            ).description
                == "k.yaml: `portl` is not a category of the framework f; did you mean `portal`? "
                + "(categories: portal or news)")
        #expect(KeyringError.notFound(file: "k.yaml").wording.key == "keyring.not-found")
    }
}
