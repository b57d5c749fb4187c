import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The keyring on disk: signing, trusting only a signed keyring when a society key is given
/// (checked before the YAML is read), and edits that void the signature.
@Suite(.tags(.medium))
struct KeyringFileTests {
    typealias F = KeyringFixtures
    let folder: URL
    let keyring: URL

    init() throws {
        folder = try F.folder()
        keyring = folder.appendingPathComponent("keyring.yaml")
    }

    static let society = F.signingKey(42)

    private func write(_ text: String, to url: URL? = nil) throws {
        try Data(text.utf8).write(to: url ?? keyring)
    }

    private func signature() -> URL { KeyringFile.signatureURL(for: keyring) }

    @Test func signThenLoadTrusted() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(F.text([("acme", "Acme", F.publicKey(1))]))
        let signed = try KeyringFile.sign(keyring, displayName: "keyring.yaml", key: Self.society)
        let bytes = [UInt8](try Data(contentsOf: keyring))
        #expect(signed.signature?.trustedComment == KeyringSignature.trustedComment(for: bytes))
        #expect(
            KeyringSignature.trustedComment(for: bytes).hasPrefix("selfassess.keyring/v1 sha256="))
        #expect(try Data(contentsOf: signature()) == Data(signed.signature?.encoded ?? []))

        let loaded = try KeyringFile.loadTrusted(
            keyring, displayName: "keyring.yaml", societyKey: Self.society.publicKey)
        #expect(loaded.keyring.signatory("acme")?.keys.first?.publicKey == F.publicKey(1))
        #expect(loaded.signature == signed.signature)
        #expect(loaded.signer == Self.society.publicKey.keyID)
        #expect(signed.signer == Self.society.publicKey.keyID)
        // The same from the society's public key file, as `--society-key FILE` gives it.
        let pub = folder.appendingPathComponent("society.pub")
        try write(Self.society.publicKey.pemRepresentation, to: pub)
        #expect(try KeyringFile.loadTrusted(keyring, societyKeyFile: pub).keyring == loaded.keyring)
        let noKey = #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(
                keyring, societyKeyFile: folder.appendingPathComponent("none.pub"),
                societyKeyDisplayName: "none.pub")
        }
        #expect(noKey == .key(.notFound(file: "none.pub")))
        #expect(noKey?.isInputOutputFailure == true)
        #expect(
            "selfassess.keyring/v1 sha256=" + (loaded.keyring.sha256 ?? "")
                == KeyringSignature.trustedComment(for: bytes))
        // Without a society key, no signature is needed or checked.
        try FileManager.default.removeItem(at: signature())
        #expect(try KeyringFile.loadTrusted(keyring, societyKey: nil).signature == nil)
    }

    @Test func anAddedKeyWithoutTheSocietysSignatureIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(F.text([("acme", "Acme", F.publicKey(1))]))
        _ = try KeyringFile.sign(keyring, displayName: "keyring.yaml", key: Self.society)
        // Whoever can write the file appends their own key …
        try write(F.text([("acme", "Acme", F.publicKey(1)), ("mallory", "M", F.publicKey(7))]))
        let error = #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(
                keyring, displayName: "keyring.yaml", societyKey: Self.society.publicKey)
        }
        #expect(
            error
                == .badSignature(
                    file: "keyring.yaml", .invalidSignature(file: "keyring.yaml.minisig")))
        // … and re-signing with their own key does not help.
        _ = try KeyringFile.sign(keyring, displayName: "keyring.yaml", key: F.signingKey(7))
        let other = #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(
                keyring, displayName: "keyring.yaml", societyKey: Self.society.publicKey)
        }
        guard case .badSignature(_, .keyMismatch)? = other else {
            Issue.record("expected a key mismatch, got \(String(describing: other))")
            return
        }
    }

    @Test func theSignatureIsCheckedBeforeTheYAMLIsRead() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(F.text([("acme", "Acme", F.publicKey(1))]))
        _ = try KeyringFile.sign(keyring, key: Self.society)
        try write("schema: [unclosed\n")
        let error = #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(keyring, societyKey: Self.society.publicKey)
        }
        guard case .badSignature? = error else {
            Issue.record("expected the signature to fail first, got \(String(describing: error))")
            return
        }
        // Without a key the same file gives positioned diagnostics.
        let unsigned = #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(keyring, displayName: "k.yaml", societyKey: nil)
        }
        guard case .invalid(let file, let diagnostics, _)? = unsigned else {
            Issue.record("expected diagnostics, got \(String(describing: unsigned))")
            return
        }
        #expect(file == "k.yaml")
        #expect(diagnostics.first?.code == .syntax)
    }

    @Test func aMissingSignatureOrAForeignTrustedCommentIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = F.text([("acme", "Acme", F.publicKey(1))])
        try write(text)
        #expect(
            throws: KeyringError.unsigned(
                file: "keyring.yaml", signatureFile: "keyring.yaml.minisig")
        ) {
            try KeyringFile.loadTrusted(
                keyring, displayName: "keyring.yaml", societyKey: Self.society.publicKey)
        }
        // A valid signature by the society's key over the same bytes, made for another purpose.
        let foreign = try MinisignSignature.sign(
            Array(text.utf8), with: Self.society, trustedComment: "selfassess.receipt/v1 seq=1",
            file: "x")
        try Data(foreign.encoded).write(to: signature())
        let error = #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(
                keyring, displayName: "keyring.yaml", societyKey: Self.society.publicKey)
        }
        guard case .trustedCommentMismatch(_, _, let expected, let found)? = error else {
            Issue.record("expected a trusted comment mismatch, got \(String(describing: error))")
            return
        }
        #expect(found == "selfassess.receipt/v1 seq=1")
        #expect(expected == KeyringSignature.trustedComment(for: Array(text.utf8)))
    }

    @Test func anInvalidKeyringIsNotSigned() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(
            "schema: selfassess.keyring/v1\nsignatories:\n  acme:\n    name: A\n    keys: []\n")
        #expect(throws: KeyringError.self) { try KeyringFile.sign(keyring, key: Self.society) }
        #expect(!FileManager.default.fileExists(atPath: signature().path))
    }

    @Test func anEditRemovesTheStaleSignatureAndKeepsTheMode() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(F.text([("acme", "Acme", F.publicKey(1))]))
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o640], ofItemAtPath: keyring.path)
        _ = try KeyringFile.sign(keyring, displayName: "keyring.yaml", key: Self.society)
        let update = try KeyringFile.update(
            keyring, displayName: "keyring.yaml", createIfMissing: false
        ) { original throws(KeyringError) in
            try KeyringEditor.add(
                Keyring.Key(publicKey: F.publicKey(2), validFrom: F.date("2025-01-01")),
                signatory: "acme", name: nil,
                to: original, file: "keyring.yaml")
        }
        #expect(!update.created)
        #expect(update.removedSignature == "keyring.yaml.minisig")
        #expect(!FileManager.default.fileExists(atPath: signature().path))
        #expect(
            try FileManager.default.attributesOfItem(atPath: keyring.path)[.posixPermissions]
                as? Int == 0o640)
        #expect(try Data(contentsOf: keyring) == Data(update.edit.bytes))
        #expect(
            throws: KeyringError.unsigned(
                file: "keyring.yaml", signatureFile: "keyring.yaml.minisig")
        ) {
            try KeyringFile.loadTrusted(
                keyring, displayName: "keyring.yaml", societyKey: Self.society.publicKey)
        }
    }

    @Test func updateCreatesAMissingFileOnlyWhenAsked() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let add = { (original: KeyringLoader.Result?) throws(KeyringError) -> KeyringEditor.Edit in
            try KeyringEditor.add(
                Keyring.Key(publicKey: F.publicKey(1), validFrom: F.date("2025-01-01")),
                signatory: "acme", name: "A",
                to: original, file: "k")
        }
        #expect(throws: KeyringError.notFound(file: "k")) {
            try KeyringFile.update(keyring, displayName: "k", createIfMissing: false, add)
        }
        let created = try KeyringFile.update(keyring, displayName: "k", createIfMissing: true, add)
        #expect(created.created)
        #expect(created.removedSignature == nil)
        #expect(
            try FileManager.default.attributesOfItem(atPath: keyring.path)[.posixPermissions]
                as? Int == 0o644)
    }

    @Test func aChangeMadeMeanwhileIsNotOverwritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(F.text([("acme", "Acme", F.publicKey(1))]))
        let meanwhile = F.text([("acme", "Acme", F.publicKey(1)), ("beta", "B", F.publicKey(5))])
        #expect(throws: KeyringError.changedDuringEdit(file: "k")) {
            try KeyringFile.update(keyring, displayName: "k", createIfMissing: false) {
                original throws(KeyringError) in
                let edit = try KeyringEditor.add(
                    Keyring.Key(publicKey: F.publicKey(2), validFrom: F.date("2025-01-01")),
                    signatory: "acme", name: nil,
                    to: original, file: "k")
                try? Data(meanwhile.utf8).write(to: keyring)
                return edit
            }
        }
        #expect(try String(contentsOf: keyring, encoding: .utf8) == meanwhile)
    }

    @Test func unreadableKeyringsAreInputFailures() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(keyring, displayName: "k", societyKey: nil)
        }
        #expect(missing == .notFound(file: "k"))
        #expect(missing?.isInputOutputFailure == true)
        let isFolder = #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(folder, displayName: "dir", societyKey: nil)
        }
        #expect(isFolder == .unreadable(file: "dir", reason: "not a regular file (it is a folder)"))
        #expect(isFolder?.isInputOutputFailure == true)
        #expect(
            KeyringError.unsigned(file: "k", signatureFile: "k.minisig").isInputOutputFailure
                == false)
    }
}
