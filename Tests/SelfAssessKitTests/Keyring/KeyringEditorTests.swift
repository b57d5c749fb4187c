import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Edits: in place when the layout allows (comments kept), otherwise written again from the
/// content; always validated; refusals named.
@Suite(.tags(.small))
struct KeyringEditorTests {
    typealias F = KeyringFixtures

    static let commented = """
        # Society keyring, kept by hand.
        schema: selfassess.keyring/v1
        society:
          name: 首都互联网协会   # the society

        signatories:
          # ACME, since 2019
          acme:
            name: 极客科技有限公司
            keys:
            - key: \(F.raw(F.publicKey(1)))
              fingerprint: \(F.publicKey(1).keyID)
              valid-from: 2024-01-01   # first key
            # the next key goes here
            category: social

          # Huabei
          huabei-news:
            name: 华北新闻资讯有限公司
            keys:
              - pem: |
        \(F.publicKey(2).pemRepresentation.split(separator: "\n").map { "            " + $0 }.joined(separator: "\n"))
                valid-from: 2024-01-01

        # end of file

        """

    static func load(_ text: String) -> KeyringLoader.Result {
        KeyringLoader.parse(Array(text.utf8), file: "keyring.yaml")
    }

    static func key(_ number: UInt8, from: String = "2025-06-01") -> Keyring.Key {
        Keyring.Key(publicKey: F.publicKey(number), validFrom: F.date(from))
    }

    /// The lines of `after` that are not in `before`, in order (a one-sided diff for insertions).
    static func inserted(_ before: String, _ after: String) -> [String] {
        var old = before.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var added: [String] = []
        for line in after.split(separator: "\n", omittingEmptySubsequences: false) {
            if old.first == line { old = old.dropFirst() } else { added.append(String(line)) }
        }
        #expect(old.isEmpty, "lines were removed: \(old)")
        return added
    }

    @Test func addingAKeyToARegisteredSignatoryKeepsComments() throws {
        let original = Self.load(Self.commented)
        #expect(original.diagnostics.isEmpty, "\(original.diagnostics)")
        let edit = try KeyringEditor.add(
            Self.key(3), signatory: "acme", name: nil, to: original, file: "keyring.yaml")
        #expect(!edit.rewritten)
        let text = String(decoding: edit.bytes, as: UTF8.self)
        #expect(
            Self.inserted(Self.commented, text) == [
                "    - key: \(F.raw(F.publicKey(3)))", "      fingerprint: \(F.publicKey(3).keyID)",
                "      valid-from: 2025-06-01",
            ])
        #expect(text.contains("  # ACME, since 2019\n") && text.contains("# end of file\n"))
        #expect(
            edit.keyring.signatory("acme")?.keys.map(\.publicKey) == [
                F.publicKey(1), F.publicKey(3),
            ])
        #expect(edit.keyring.signatory("acme")?.category == "social")
    }

    @Test func addingASignatoryAppendsItAfterTheLastOne() throws {
        let edit = try KeyringEditor.add(
            Self.key(3), signatory: "beta", name: "贝塔", category: "video",
            to: Self.load(Self.commented), file: "keyring.yaml")
        #expect(!edit.rewritten)
        let text = String(decoding: edit.bytes, as: UTF8.self)
        #expect(
            Self.inserted(Self.commented, text) == [
                "  beta:", "    name: 贝塔", "    category: video", "    keys:",
                "      - key: \(F.raw(F.publicKey(3)))",
                "        fingerprint: \(F.publicKey(3).keyID)", "        valid-from: 2025-06-01",
            ])
        #expect(edit.keyring.signatories.map(\.id) == ["acme", "huabei-news", "beta"])
    }

    @Test func revokingAddsTheEntryInsideTheKeyItem() throws {
        let revocation = TrustedKey.Revocation(
            date: F.date("2025-03-01"), reason: "laptop stolen: key exposed")
        let edit = try KeyringEditor.revoke(
            F.publicKey(2).keyID, revocation: revocation, in: Self.load(Self.commented),
            file: "keyring.yaml")
        #expect(!edit.rewritten)
        let text = String(decoding: edit.bytes, as: UTF8.self)
        #expect(
            Self.inserted(Self.commented, text) == [
                "        revoked:", "          date: 2025-03-01",
                "          reason: \"laptop stolen: key exposed\"",
            ])
        #expect(edit.keyring.entry(for: F.publicKey(2).keyID)?.key.revocation == revocation)
    }

    @Test func revokingTheFirstKeyOfAnIndentlessListKeepsTheCommentAfterIt() throws {
        let revocation = TrustedKey.Revocation(date: F.date("2025-03-01"), reason: "lost")
        let edit = try KeyringEditor.revoke(
            F.publicKey(1).keyID, revocation: revocation, in: Self.load(Self.commented),
            file: "keyring.yaml")
        let text = String(decoding: edit.bytes, as: UTF8.self)
        #expect(
            text.contains(
                "      valid-from: 2024-01-01   # first key\n      revoked:\n        date: 2025-03-01\n        reason: lost\n    # the next key goes here\n"
            ))
    }

    @Test func flowStyleIsWrittenAgainFromTheContent() throws {
        let flow = """
            schema: selfassess.keyring/v1
            # a comment that cannot be kept
            signatories: {acme: {name: Acme, keys: [{key: \(F.raw(F.publicKey(1))), fingerprint: \(F.publicKey(1).keyID), valid-from: 2024-01-01}]}}

            """
        let edit = try KeyringEditor.add(
            Self.key(3), signatory: "acme", name: "Acme", to: Self.load(flow), file: "keyring.yaml")
        #expect(edit.rewritten)
        let text = String(decoding: edit.bytes, as: UTF8.self)
        #expect(text == KeyringWriter.render(edit.keyring))
        #expect(!text.contains("a comment that cannot be kept"))
        #expect(edit.keyring.signatory("acme")?.keys.count == 2)
    }

    @Test func crlfFilesStayCRLF() throws {
        let text = F.text([("acme", "Acme", F.publicKey(1))]).replacingOccurrences(
            of: "\n", with: "\r\n")
        let edit = try KeyringEditor.add(
            Self.key(3), signatory: "acme", name: nil, to: Self.load(text), file: "k.yaml")
        #expect(!edit.rewritten)
        let out = String(decoding: edit.bytes, as: UTF8.self)
        #expect(out.hasPrefix(text))
        #expect(!out.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func aNewFileIsRenderedWithItsHeader() throws {
        let edit = try KeyringEditor.add(
            Self.key(1, from: "2024-01-01"), signatory: "acme", name: "极客科技有限公司", to: nil,
            file: "k.yaml")
        #expect(!edit.rewritten)
        let text = String(decoding: edit.bytes, as: UTF8.self)
        #expect(
            text.hasPrefix(
                KeyringWriter.header
                    + "schema: selfassess.keyring/v1\nsignatories:\n  acme:\n    name: 极客科技有限公司\n"))
        #expect(KeyringLoader.parse(edit.bytes, file: "k.yaml").keyring == edit.keyring)
    }

    // MARK: Refusals

    @Test func aKeyAlreadyRegisteredIsRefusedForAnySignatory() throws {
        let original = Self.load(Self.commented)
        for signatory in ["acme", "huabei-news", "someone-new"] {
            let error = #expect(throws: KeyringError.self) {
                try KeyringEditor.add(
                    Self.key(2), signatory: signatory, name: "N", to: original, file: "keyring.yaml"
                )
            }
            #expect(
                error
                    == .keyAlreadyRegistered(
                        file: "keyring.yaml", keyID: F.publicKey(2).keyID, signatory: "huabei-news")
            )
        }
    }

    @Test func aNewSignatoryNeedsANameAndARegisteredOneMustMatch() throws {
        let original = Self.load(Self.commented)
        #expect(throws: KeyringError.nameRequired(file: "k", signatory: "beta")) {
            try KeyringEditor.add(
                Self.key(3), signatory: "beta", name: nil, to: original, file: "k")
        }
        #expect(
            throws: KeyringError.signatoryMismatch(
                file: "k", signatory: "acme", field: "name", registered: "极客科技有限公司",
                given: "Acme Ltd")
        ) {
            try KeyringEditor.add(
                Self.key(3), signatory: "acme", name: "Acme Ltd", to: original, file: "k")
        }
        #expect(throws: KeyringError.self) {
            try KeyringEditor.add(
                Self.key(3), signatory: "Beta!", name: "B", to: original, file: "k")
        }
        #expect(
            throws: KeyringError.invalidEntry(
                file: "k", reason: "the name holds a line break or another control character")
        ) {
            try KeyringEditor.add(
                Self.key(3), signatory: "beta", name: "B\nC", to: original, file: "k")
        }
        let backwards = Keyring.Key(
            publicKey: F.publicKey(3), validFrom: F.date("2025-01-01"),
            validUntil: F.date("2024-01-01"))
        #expect(
            throws: KeyringError.invalidEntry(
                file: "k", reason: "valid-until 2024-01-01 is before valid-from 2025-01-01")
        ) {
            try KeyringEditor.add(backwards, signatory: "beta", name: "B", to: original, file: "k")
        }
    }

    /// A category that is not the framework's is refused before anything is written, with the
    /// closest id suggested (it was written, and `aggregate` then refused the keyring).
    @Test func aCategoryMustBeTheFrameworks() throws {
        let original = Self.load(Self.commented)
        let framework = TestSupport.framework
        let error = #expect(throws: KeyringError.self) {
            try KeyringEditor.add(
                Self.key(3), signatory: "beta", name: "B", category: "newz", to: original,
                file: "k", framework: framework)
        }
        #expect(
            error
                == .unknownCategory(
                    file: "k", category: "newz", framework: "bj-app-2014 1.1",
                    known: framework.categories.map(\.id)))
        #expect(
            error?.description.hasPrefix(
                "k: `newz` is not a category of the framework bj-app-2014 1.1; did you mean "
                    + "`news`? (categories: news, social, video,") == true,
            "\(error?.description ?? "")")
        let edit = try KeyringEditor.add(
            Self.key(3), signatory: "beta", name: "B", category: "news", to: original, file: "k",
            framework: framework)
        #expect(edit.keyring.signatory("beta")?.category == "news")
    }

    @Test func revokeRefusesUnknownAndRevokedKeys() throws {
        let revocation = TrustedKey.Revocation(date: F.date("2025-03-01"), reason: "lost")
        #expect(throws: KeyringError.unknownKey(file: "k", keyID: F.publicKey(9).keyID)) {
            try KeyringEditor.revoke(
                F.publicKey(9).keyID, revocation: revocation, in: Self.load(Self.commented),
                file: "k")
        }
        let once = try KeyringEditor.revoke(
            F.publicKey(1).keyID, revocation: revocation, in: Self.load(Self.commented), file: "k")
        let reloaded = KeyringLoader.parse(once.bytes, file: "k")
        #expect(
            throws: KeyringError.alreadyRevoked(
                file: "k", keyID: F.publicKey(1).keyID, date: revocation.date)
        ) {
            try KeyringEditor.revoke(
                F.publicKey(1).keyID, revocation: revocation, in: reloaded, file: "k")
        }
        #expect(throws: KeyringError.invalidEntry(file: "k", reason: "the reason is empty")) {
            try KeyringEditor.revoke(
                F.publicKey(2).keyID, revocation: .init(date: revocation.date, reason: " "),
                in: reloaded, file: "k")
        }
    }

    @Test func anInvalidKeyringIsNotEdited() throws {
        let broken = Self.commented.replacingOccurrences(
            of: "valid-from: 2024-01-01   # first key", with: "valid-from: soon")
        let error = #expect(throws: KeyringError.self) {
            try KeyringEditor.add(
                Self.key(3), signatory: "acme", name: nil, to: Self.load(broken),
                file: "keyring.yaml")
        }
        guard case .invalid(let file, let diagnostics, let sources)? = error else {
            Issue.record("expected .invalid, got \(String(describing: error))")
            return
        }
        #expect(file == "keyring.yaml")
        #expect(diagnostics.map(\.code) == [.invalidValue])
        #expect(diagnostics.first?.location.line == 13)
        #expect(sources["keyring.yaml"] != nil)
    }
}
