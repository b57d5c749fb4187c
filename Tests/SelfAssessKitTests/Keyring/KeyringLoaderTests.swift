import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// `keyring.yaml`: the example loads cleanly, and every mistake is reported with file, line,
/// column and code, like every other input.
@Suite(.tags(.small))
struct KeyringLoaderTests {
    @Test func exampleTemplateLoadsCleanlyAgainstTheBuiltinFramework() throws {
        let file = TestSupport.packageRoot.appendingPathComponent("Templates/keyring.example.yaml")
        let result = KeyringLoader.load(
            file, displayName: "Templates/keyring.example.yaml", framework: TestSupport.framework)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let keyring = try #require(result.keyring)
        #expect(keyring.societyName == "首都互联网协会 Capital Internet Society")
        #expect(keyring.signatories.map(\.id) == ["acme", "huabei-news"])
        #expect(keyring.signatories.map(\.category) == ["social", "news"])
        #expect(keyring.keyCount == 4)
        #expect(keyring.signatories[0].keys.map(\.encoding) == [.pem, .raw])
        #expect(
            keyring.signatories[1].keys[0].revocation?.date == KeyringFixtures.date("2025-03-01"))
        #expect(keyring.sha256?.count == 64)
    }

    @Test func brokenKeyringReportsEveryMistake() {
        let result = KeyringLoader.load(
            TestSupport.fixture("keyring/broken.yaml"), displayName: "keyring/broken.yaml")
        #expect(result.keyring == nil)
        let sources = result.document.source.map { ["keyring/broken.yaml": $0] } ?? [:]
        let text =
            result.diagnostics.map {
                DiagnosticRenderer.text($0, sources: sources, style: TextStyle(color: false))
            }
            .joined(separator: "\n\n") + "\n"
        Golden.check(text, named: "keyring/broken.txt")
    }

    /// A keyring text with `↓` before the place a diagnostic must point at.
    struct Marked: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let code: Diagnostic.Code
        let message: String
        let severity: Diagnostic.Severity

        init(
            _ name: String, _ text: String, _ code: Diagnostic.Code, _ message: String,
            severity: Diagnostic.Severity = .error
        ) {
            self.name = name
            self.text = text
            self.code = code
            self.message = message
            self.severity = severity
        }

        var testDescription: String { name }

        /// The text without the marker, and the marker's 1-based line and column (in scalars).
        var stripped: (text: String, line: Int, column: Int) { MarkedText.strip(text) }
    }

    static let head = "schema: selfassess.keyring/v1\nsignatories:\n"
    static let a = KeyringFixtures.publicKey(1)
    static let b = KeyringFixtures.publicKey(2)
    static let rawA = KeyringFixtures.raw(a)
    static let itemA = "      - key: \(rawA)\n        fingerprint: \(a.keyID)\n"
    static let x25519PEM =
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEAzRs664qA2cFWzJA1aGnTNI+lKMKwZq4MX3ojjuBecmU=\n-----END PUBLIC KEY-----\n"

    static func signatory(_ id: String, _ body: String) -> String {
        "  \(id):\n    name: N\n    keys:\n" + body
    }

    static let marked: [Marked] = [
        Marked(
            "wrong schema", "schema: ↓selfassess.keyring/v2\nsignatories: {}\n", .invalidKeyring,
            "unsupported keyring schema"),
        Marked(
            "unknown top-level key",
            head.replacingOccurrences(of: "signatories", with: "↓signatores"), .unknownKey,
            "unknown key `signatores`"),
        Marked(
            "duplicate signatory id",
            head + signatory("acme", itemA + "        valid-from: 2024-01-01\n")
                + "  ↓acme:\n    name: M\n    keys: []\n",
            .duplicateKey, "duplicate key \"acme\""),
        Marked(
            "invalid signatory id",
            head + "  ↓ACME:\n    name: N\n    keys:\n" + itemA
                + "        valid-from: 2024-01-01\n",
            .invalidSignatoryID, "`ACME` is not a valid signatory id"),
        Marked(
            "signatories not a mapping",
            head.replacingOccurrences(of: "signatories:\n", with: "signatories: ↓[acme]\n"),
            .wrongNodeType, "expected a mapping of signatory ids"),
        Marked(
            "no keys", head + "  acme:\n    name: N\n    keys: ↓[]\n", .invalidKeyring,
            "signatory `acme` has no keys"),
        Marked(
            "duplicate key across signatories",
            head + signatory("acme", itemA + "        valid-from: 2024-01-01\n")
                + signatory(
                    "beta",
                    "      - key: ↓\(rawA)\n        fingerprint: \(a.keyID)\n        valid-from: 2024-01-01\n"
                ),
            .invalidKeyring, "is already registered for `acme`"),
        Marked(
            "same key twice for one signatory",
            head
                + signatory(
                    "acme",
                    itemA + "        valid-from: 2024-01-01\n"
                        + "      - key: ↓\(rawA)\n        fingerprint: \(a.keyID)\n        valid-from: 2025-01-01\n"
                ),
            .invalidKeyring, "is listed twice for `acme`"),
        Marked(
            "fingerprint mismatch",
            head
                + signatory(
                    "acme",
                    "      - key: \(rawA)\n        fingerprint: ↓\(b.keyID)\n        valid-from: 2024-01-01\n"
                ),
            .invalidKeyring, "the fingerprint does not match the key"),
        Marked(
            "fingerprint in upper case",
            head
                + signatory(
                    "acme",
                    "      - key: \(rawA)\n        fingerprint: ↓\(a.keyID.description.uppercased())\n        valid-from: 2024-01-01\n"
                ),
            .invalidValue, "is not a key fingerprint"),
        Marked(
            "raw key without fingerprint",
            head + signatory("acme", "      - ↓key: \(rawA)\n        valid-from: 2024-01-01\n"),
            .missingKey,
            "required key `fingerprint` is missing"),
        Marked(
            "raw key of 31 bytes",
            head
                + signatory(
                    "acme",
                    "      - key: ↓\(StrictBase64.encode(Array(a.rawRepresentation.prefix(31))))\n        fingerprint: \(a.keyID)\n        valid-from: 2024-01-01\n"
                ),
            .invalidKeyring, "the key is 31 bytes"),
        Marked(
            "X25519 PEM",
            head
                + signatory(
                    "acme",
                    "      - pem: ↓|\n"
                        + x25519PEM.split(separator: "\n").map { "          \($0)\n" }.joined()
                        + "        valid-from: 2024-01-01\n"),
            .invalidKeyring, "the key is X25519, not Ed25519"),
        Marked(
            "X25519 as raw DER",
            head
                + signatory(
                    "acme",
                    "      - key: ↓MCowBQYDK2VuAyEAzRs664qA2cFWzJA1aGnTNI+lKMKwZq4MX3ojjuBecmU=\n        fingerprint: \(a.keyID)\n        valid-from: 2024-01-01\n"
                ),
            .invalidKeyring, "the key is X25519, not Ed25519"),
        Marked(
            "private key",
            head
                + signatory(
                    "acme",
                    "      - pem: ↓|\n"
                        + KeyringFixtures.signingKey(1).pemRepresentation.split(separator: "\n").map
                    { "          \($0)\n" }.joined() + "        valid-from: 2024-01-01\n"),
            .invalidKeyring, "this is a private key"),
        Marked(
            "minisign key in pem",
            head
                + signatory(
                    "acme",
                    "      - pem: ↓|\n"
                        + a.minisignRepresentation.split(separator: "\n").map {
                            "          \($0)\n"
                        }.joined() + "        valid-from: 2024-01-01\n"),
            .invalidKeyring, "a minisign public key is not read here"),
        Marked(
            "pem and key",
            head
                + signatory(
                    "acme",
                    "      - pem: |\n"
                        + a.pemRepresentation.split(separator: "\n").map { "          \($0)\n" }
                        .joined() + "        ↓key: \(rawA)\n        valid-from: 2024-01-01\n"),
            .invalidKeyring, "both as `pem` and as `key`"),
        Marked(
            "no key at all", head + signatory("acme", "      - ↓valid-from: 2024-01-01\n"),
            .missingKey, "the key itself is missing"),
        Marked(
            "dates out of order",
            head
                + signatory(
                    "acme",
                    itemA + "        valid-from: 2025-01-01\n        ↓valid-until: 2024-12-31\n"),
            .invalidKeyring,
            "valid-until 2024-12-31 is before valid-from 2025-01-01"),
        Marked(
            "not a date", head + signatory("acme", itemA + "        valid-from: ↓2025-02-29\n"),
            .invalidValue, "`2025-02-29` is not a date"),
        Marked(
            "valid-from missing",
            head + signatory("acme", "      - ↓key: \(rawA)\n        fingerprint: \(a.keyID)\n"),
            .missingKey,
            "required key `valid-from` is missing"),
        Marked(
            "revocation without reason",
            head
                + signatory(
                    "acme",
                    itemA + "        valid-from: 2024-01-01\n        ↓revoked: {date: 2025-01-01}\n"
                ), .missingKey,
            "required key `reason` is missing"),
        Marked(
            "revocation with an empty reason",
            head
                + signatory(
                    "acme",
                    itemA
                        + "        valid-from: 2024-01-01\n        revoked:\n          date: 2025-01-01\n          reason: ↓\"  \"\n"
                ),
            .invalidValue, "the reason is empty"),
        Marked(
            "revoked before valid",
            head
                + signatory(
                    "acme",
                    itemA
                        + "        valid-from: 2024-01-01\n        ↓revoked: {date: 2023-01-01, reason: r}\n"
                ),
            .invalidKeyring, "before it becomes valid", severity: .warning),
        Marked(
            "unknown key in a key",
            head
                + signatory(
                    "acme",
                    itemA + "        valid-from: 2024-01-01\n        ↓valid_until: 2025-01-01\n"),
            .unknownKey, "unknown key `valid_until`"),
        Marked(
            "unknown category",
            head + "  acme:\n    name: N\n    category: ↓socal\n    keys:\n" + itemA
                + "        valid-from: 2024-01-01\n",
            .unknownCategory, "`socal` is not one of the allowed values"),
        Marked(
            "YAML anchor", head + "  acme: ↓&a\n    name: N\n", .aliasOrAnchor,
            "anchor &a is not allowed"),
    ]

    @Test(arguments: marked)
    func diagnosticPosition(_ example: Marked) throws {
        let (text, line, column) = example.stripped
        #expect(line > 0, "the case has no ↓ marker")
        let result = KeyringLoader.parse(
            Array(text.utf8), file: "keyring.yaml", framework: TestSupport.framework)
        let diagnostic = try #require(
            result.diagnostics.first { $0.code == example.code }, "\(result.diagnostics)")
        #expect(
            diagnostic.location
                == Diagnostic.Location(file: "keyring.yaml", line: line, column: column))
        #expect(diagnostic.message.contains(example.message), "\(diagnostic.message)")
        #expect(diagnostic.severity == example.severity)
        if example.severity == .error {
            #expect(result.keyring == nil)
        } else {
            #expect(result.keyring != nil)
        }
    }

    @Test func duplicateKeyNotesWhereItWasFirstRegistered() throws {
        let text =
            Self.head + Self.signatory("acme", Self.itemA + "        valid-from: 2024-01-01\n")
            + Self.signatory("beta", Self.itemA + "        valid-from: 2024-01-01\n")
        let diagnostic = try #require(
            KeyringLoader.parse(Array(text.utf8), file: "k.yaml").diagnostics.first)
        #expect(diagnostic.location == Diagnostic.Location(file: "k.yaml", line: 12, column: 14))
        #expect(diagnostic.path == "signatories.beta.keys[0].key")
        #expect(
            diagnostic.notes == [
                Diagnostic.Note(
                    location: .init(file: "k.yaml", line: 6, column: 14),
                    message: "first registered here")
            ])
    }

    @Test func fingerprintMismatchNeverInvitesCopying() throws {
        let text =
            Self.head
            + Self.signatory(
                "acme",
                "      - key: \(Self.rawA)\n        fingerprint: \(Self.b.keyID)\n        valid-from: 2024-01-01\n"
            )
        let diagnostic = try #require(
            KeyringLoader.parse(Array(text.utf8), file: "k.yaml").diagnostics.first)
        #expect(diagnostic.hint?.contains("do not copy it over") == true)
        #expect(diagnostic.hint?.contains(Self.a.keyID.description) == true)
    }

    @Test func pemAndRawFormsGiveTheSameKey() throws {
        let pem =
            Self.head
            + Self.signatory(
                "acme",
                "      - pem: |\n"
                    + Self.a.pemRepresentation.split(separator: "\n").map { "          \($0)\n" }
                    .joined()
                    + "        valid-from: 2024-01-01\n")
        let raw =
            Self.head + Self.signatory("acme", Self.itemA + "        valid-from: 2024-01-01\n")
        let fromPEM = try #require(KeyringLoader.parse(Array(pem.utf8), file: "a.yaml").keyring)
        let fromRaw = try #require(KeyringLoader.parse(Array(raw.utf8), file: "b.yaml").keyring)
        #expect(
            fromPEM.signatories[0].keys[0].publicKey == fromRaw.signatories[0].keys[0].publicKey)
        #expect(fromPEM.signatories[0].keys[0].encoding == .pem)
        #expect(fromRaw.signatories[0].keys[0].encoding == .raw)
    }

    @Test func anEmptyKeyringIsValidAndCategoriesAreFreeWithoutAFramework() throws {
        let empty = try #require(
            KeyringLoader.parse(
                Array("schema: selfassess.keyring/v1\nsignatories: {}\n".utf8), file: "k"
            ).keyring)
        #expect(empty.signatories.isEmpty)
        let text =
            Self.head + "  acme:\n    name: N\n    category: anything\n    keys:\n" + Self.itemA
            + "        valid-from: 2024-01-01\n"
        #expect(
            KeyringLoader.parse(Array(text.utf8), file: "k").keyring?.signatories.first?.category
                == "anything")
    }

    @Test func unreadableFileIsADiagnostic() {
        let result = KeyringLoader.load(
            URL(fileURLWithPath: "/nonexistent/keyring.yaml"), displayName: "keyring.yaml")
        #expect(result.keyring == nil)
        #expect(result.diagnostics.map(\.code) == [.unreadable])
    }

    @Test func writerOutputReadsBackAsTheSameKeyring() throws {
        let result = KeyringLoader.load(
            TestSupport.packageRoot.appendingPathComponent("Templates/keyring.example.yaml"))
        let keyring = try #require(result.keyring)
        let rendered = KeyringWriter.render(keyring)
        let again = KeyringLoader.parse(Array(rendered.utf8), file: "rendered.yaml")
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
        #expect(again.keyring == keyring)
        #expect(
            KeyringWriter.render(try #require(again.keyring)) == rendered,
            "rendering is deterministic")
    }
}
