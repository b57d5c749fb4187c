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

    /// Every code has a title and an explanation of its own in Chinese, naming the same
    /// `code spans` (keys, commands, file names) as the English ones.
    @Test func everyCodeIsExplainedInChinese() {
        for code in Diagnostic.Code.allCases {
            #expect(code.title(in: .chinese) != code.title(in: .english), "\(code)")
            #expect(code.explanation(in: .chinese) != code.explanation(in: .english), "\(code)")
            let spans = { (text: String) in text.matches(of: /`[^`]+`/).map { String($0.output) } }
            #expect(
                Set(spans(code.explanation(in: .chinese)))
                    == Set(spans(code.explanation(in: .english))), "\(code)")
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

    /// Every catalog has its own text for every key in every language, with the English
    /// placeholders: none reads in English when Chinese is asked for.
    @Test func everyKeyReadsInEveryLanguageWithTheSamePlaceholders() {
        let problems = MessageCatalogs.translationProblems()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// A catalog with a key left in English and a translation that drops a placeholder.
    private enum HalfTranslated: String, MessageCatalog {
        case done = "test.done"
        case untranslated = "test.untranslated"
        case dropped = "test.dropped"

        var english: String {
            switch self {
            case .done: "{file} read"
            case .untranslated: "{file} written"
            case .dropped: "{file} removed"
            }
        }

        var chinese: String? {
            switch self {
            case .done: "已读取 {file}"
            case .untranslated: nil
            case .dropped: "已删除"
            }
        }
    }

    @Test func theCheckNamesAMissingTranslationAndADroppedPlaceholder() {
        #expect(
            MessageCatalogs.translationProblems([MessageCatalogs.entry(HalfTranslated.self)])
                == [
                    "HalfTranslated: test.untranslated has no chinese text",
                    "HalfTranslated: test.dropped in chinese names other placeholders",
                ])
    }

    /// A stopping failure reads in English as its description and in Chinese through its
    /// wording, nested failures and worded arguments included.
    @Test func failuresReadInEitherLanguage() {
        let kind: any WordedError = KeyError.wrongKeyKind(
            file: "a.pub", expected: "private", found: "public")
        #expect(kind.description == "a.pub: this is a public key; a private key is needed here")
        #expect(kind.wording.text(in: .chinese) == "a.pub：这是公钥；此处需要的是私钥")
        let nested: any WordedError = KeyringError.key(.notFound(file: "k.pub"))
        #expect(nested.description == "k.pub: no such file")
        #expect(nested.wording.text(in: .chinese) == "k.pub：没有这个文件")
        let bundle: any WordedError = BundleError.missingSignature(file: "b.zip")
        #expect(bundle.wording.text(in: .chinese) == "b.zip：没有 manifest.json.minisig：报告包未签名")
    }

    /// Labels: a space after "note:", none after "提示：".
    @Test(arguments: [("note:", " "), ("提示：", ""), ("hint:", " "), ("建议：", "")])
    func labelsAndTheirGap(label: String, gap: String) {
        #expect(Language.gap(after: label) == gap)
    }

    @Test func chineseListsUseTheEnumerationComma() {
        let message = Diagnostic.Message.knownKeysHint(["a", "b", "c"])
        #expect(message.text(in: .english) == "known keys here: a, b and c")
        #expect(message.text(in: .chinese).hasSuffix("a、b 和 c"))
        #expect(
            Diagnostic.Message.tooManyFindings(count: 3, limit: 50, refusing: false).text(
                in: .chinese) == "本文件此后还有 3 个问题未显示：每个文件最多报告 50 个")
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

    /// The bundle's, container's, manifest's and canonical JSON's errors keep their English text,
    /// nested errors included, and are keyed by their codes.
    @Test func bundleErrorDescriptionsComeFromTheCatalogs() {
        let container = ContainerError.leadingData(file: "b.zip", bytes: 1)
        #expect(
            container.description
                == "b.zip: 1 byte before the first entry (data prepended to the archive, or a "
                + "polyglot file)")
        #expect(container.wording.key == "SB108.one")
        #expect(
            ContainerError.entryCountMismatch(file: "b.zip", declared: 3, found: 2).description
                == "b.zip: the archive declares 3 entries but 2 can be read")
        #expect(
            ContainerError.sizeMismatch(file: "b.zip", path: "a.yaml", declared: 4, actual: 9)
                .description == "b.zip: \"a.yaml\" declares 4 bytes but holds at least 9")
        #expect(
            ContainerError.checksumMismatch(
                file: "b.zip", path: "a.yaml", declared: 0xABC, actual: 0x1234_5678
            ).description
                == "b.zip: \"a.yaml\": CRC-32 12345678 differs from the declared 00000abc "
                + "(corrupt archive)")
        #expect(
            ContainerError.entryTooLarge(file: "b.zip", path: "e.pdf", size: 2048, limit: 1024)
                .description == "b.zip: \"e.pdf\" holds 2 KiB or more, over the 1 KiB limit")
        #expect(
            ContainerError.malformedCentralDirectory(file: "b.zip", index: 0, reason: "short")
                .description == "b.zip: central directory record 1: short")
        #expect(
            BundleError.gap(file: "b.zip", prior: "p.zip", sequence: 5, priorSequence: 2)
                .description
                == "b.zip: gap: sequence 5 follows the prior p.zip's 2; bundles 3…4 are missing")
        #expect(
            BundleError.invalidAssessment(file: "b.zip", errors: 1, first: "x").description
                == "b.zip: the assessment inside is not valid (1 error); first: x")
        #expect(
            BundleError.invalidAssessment(file: "b.zip", errors: 2, first: "x").description
                == "b.zip: the assessment inside is not valid (2 errors); first: x")
        #expect(
            BundleError.missingSignature(file: "b.zip").description
                == "b.zip: no manifest.json.minisig: the bundle is not signed")
        #expect(
            BundleError.selfCheckFailed(
                file: "b.zip", failure: .container(.multiDisk(file: "b.zip"))
            ).description
                == "b.zip: the bundle just written does not verify, so it was removed: [SB104] "
                + "b.zip: a split (multi-disk) archive")
        #expect(
            BundleError.newChain(file: "b.zip", prior: "p.zip").wording.key == "SB703.new-chain")
        #expect(
            BundleError.manifest(
                .wrongType(file: "manifest.json", field: "files", expected: "array", found: "null")
            ).description == "manifest.json: files is null, not an array")
        #expect(
            ManifestError.unsupportedSchema(file: "manifest.json", found: "v0").description
                == "manifest.json: schema \"v0\" is not supported; this version reads "
                + "selfassess.bundle/v1, selfassess.bundle/v2")
        #expect(
            ManifestError.unencodable(.unencodableKey(path: "files", key: "é")).description
                == "the manifest cannot be written: files: the key \"é\" is not ASCII")
        #expect(
            ManifestError.json(.duplicateKey(file: "manifest.json", offset: 9, key: "year"))
                .description == "manifest.json: byte 10: duplicate key \"year\"")
        #expect(
            CanonicalJSON.Failure.unexpectedByte(file: "m.json", offset: 0, byte: 0x20)
                .description == "m.json: byte 1: unexpected byte 0x20")
        #expect(
            CanonicalJSON.Failure.tooLarge(
                file: "m.json", size: 3 * 1024 * 1024, limit: 1024 * 1024
            )
            .description == "m.json: 3 MiB is over the 1 MiB limit")
    }

    /// The signing errors (keys, PEM, minisign signatures) keep their English text.
    @Test func signingErrorDescriptionsComeFromTheCatalogs() {
        #expect(
            KeyError.insecurePermissions(file: "a.key", mode: 0o644).description
                == "a.key: permissions 0644 are too open: a private key must not be accessible by "
                + "group or others; run `chmod 600 a.key`")
        #expect(
            KeyError.wrongKeyKind(file: "a.pub", expected: "private", found: "public").description
                == "a.pub: this is a public key; a private key is needed here")
        #expect(
            KeyError.signingFailed(reason: "no entropy").description == "signing failed: no entropy"
        )
        #expect(KeyError.notFound(file: "a.key").wording.key == "key.not-found")
        #expect(
            PEMDocument.parse(Array("x\n-----BEGIN PUBLIC KEY-----\n".utf8))
                == .failure(.malformed(Diagnostic.Message.verbatim("text before the BEGIN line"))))
        #expect(
            PEMDocument.parse(Array("-----BEGIN PUBLIC KEY-----\nAAAA\n".utf8))
                == .failure(
                    .malformed(
                        Diagnostic.Message.verbatim(
                            "no matching -----END PUBLIC KEY----- line at the end"))))
        #expect(
            MinisignError.lineCount(file: "m.minisig", found: 1).description
                == "m.minisig: 1 line; a minisign signature has exactly 4")
        #expect(
            MinisignError.lineCount(file: "m.minisig", found: 3).description
                == "m.minisig: 3 lines; a minisign signature has exactly 4")
        #expect(
            MinisignError.keyMismatch(file: "m.minisig", signatureKeynum: "AB", keyKeynum: "CD")
                .description == "m.minisig: signed by key number AB, not by this key (CD)")
        #expect(
            MinisignError.tooLarge(file: "m.minisig", size: 5000, limit: 4096).description
                == "m.minisig: 4.9 KiB is over the 4 KiB limit for a signature file")
    }

    /// The errors of comparisons, `init` and the sector accumulator keep their English text.
    @Test func otherErrorDescriptionsComeFromTheCatalogs() {
        #expect(
            SnapshotError.unreadableEvidence(file: "evidence/a.pdf", reason: "gone").description
                == "evidence/a.pdf: cannot read evidence: gone")
        #expect(
            AssessmentInitializer.Failure.priorLater(path: "acme-2024", priorYear: 2025, year: 2024)
                .description
                == "acme-2024 is the assessment of 2025, after 2024: carry answers forward from an "
                + "earlier year")
        #expect(
            AssessmentInitializer.Failure.priorInvalid(path: "acme-2024").description
                == "acme-2024: the prior assessment has errors; fix them (selfassess validate "
                + "acme-2024) before carrying it forward")
        #expect(
            AssessmentInitializer.Failure.io(path: "x", message: "denied").description
                == "x: denied")
        #expect(
            SectorAccumulatorError.duplicateRecord(signatory: "acme", year: 2025).description
                == "a record for signatory `acme` and year 2025 was already added; resolve "
                + "duplicate submissions before accumulating")
    }
}

/// The signing code's reasons and names come from a catalog and keep their English text.
@Suite(.tags(.small))
struct KeyReasonCatalogTests {
    @Test(arguments: Ed25519Point.Weakness.allCases)
    func weaknessesAreWordedInTheCatalog(weakness: Ed25519Point.Weakness) {
        #expect(weakness.keyProblemWording.key.hasPrefix(weakness.keyCode + "."))
        #expect(weakness.signatureProblemWording.key.hasPrefix(weakness.signatureCode + "."))
        #expect(weakness.keyProblem == weakness.keyProblemWording.text(in: .english))
        #expect(!weakness.keyExplanation.isEmpty)
        #expect(!weakness.signatureProblem.isEmpty)
    }

    @Test func weakKeyErrorKeepsItsEnglishText() {
        #expect(
            KeyError.weakKey(file: "a.pub", weakness: .smallOrder).description
                == "a.pub: weak public key: small order: anyone could forge signatures that "
                + "verify with it, without any private key [SB230]")
    }

    @Test func derReasonsComeFromTheCatalog() {
        #expect(Ed25519DER.readPublicKey([0x30, 0x00]) == .malformed(.noKnownAlgorithm))
        #expect(
            KeyReasonMessages.noKnownAlgorithm.text()
                == "no known key algorithm in the DER structure")
        #expect(
            KeyReasonMessages.pemBlock.text(["label": .text("X")]) == "PEM block \"X\"")
    }
}
