import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Issue 9, finding 1: a public key of small order (or not canonically encoded) is refused
/// wherever a key is read, so the forgery R of small order, S = 0 has nothing to verify against;
/// and a signature whose R is weak is refused even with a strong key.
@Suite(.tags(.medium))
struct WeakKeyTests {
    @Test(arguments: WeakKeys.all)
    func aPEMPublicKeyFileWithAWeakKeyIsRefused(_ encoding: WeakKeys.Encoding) {
        let pem = Array(WeakKeys.pem(encoding.bytes).utf8)
        let error = #expect(throws: KeyError.self) {
            try KeyFile.parsePublicKey(pem, file: "weak.pub")
        }
        #expect(error?.description == encoding.keyMessage(file: "weak.pub"))
        #expect(error?.isInputOutputFailure == false)
    }

    @Test(arguments: WeakKeys.all)
    func aMinisignPublicKeyFileWithAWeakKeyIsRefused(_ encoding: WeakKeys.Encoding) {
        let text = Array(WeakKeys.minisign(encoding.bytes).utf8)
        let error = #expect(throws: KeyError.self) {
            try KeyFile.parsePublicKey(text, file: "weak.minisign.pub")
        }
        #expect(error?.description == encoding.keyMessage(file: "weak.minisign.pub"))
    }

    /// A keyring entry with a weak key, raw (`key:` + `fingerprint:`) or as PEM, is an error at
    /// the key's line and column.
    @Test(arguments: WeakKeys.all)
    func aKeyringEntryWithAWeakKeyIsAnErrorAtTheKey(_ encoding: WeakKeys.Encoding) throws {
        let raw = StrictBase64.encode(encoding.bytes)
        let pemLines = WeakKeys.pem(encoding.bytes).split(separator: "\n")
            .map { "          \($0)\n" }.joined()
        let text = """
            schema: selfassess.keyring/v1
            signatories:
              acme:
                name: Acme
                keys:
                  - key: \(raw)
                    fingerprint: \(WeakKeys.keyID(encoding.bytes))
                    valid-from: 2024-01-01
              huabei-news:
                name: Huabei
                keys:
                  - pem: |

            """ + pemLines + "        valid-from: 2024-01-01\n"
        let result = KeyringLoader.parse(Array(text.utf8), file: "keyring.yaml")
        #expect(result.keyring == nil)
        let expected =
            encoding.smallOrder
            ? "weak public key: small order (SB230)" : "public key not canonically encoded (SB231)"
        let positions = result.diagnostics.filter { $0.message == expected }.map {
            "\($0.location.line):\($0.location.column)"
        }
        #expect(positions == ["6:14", "12:14"], "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.allSatisfy { $0.code == .invalidKeyring })
    }

    /// The forgery itself: acme 2025 with `signer_key_id` set to the identity key and both
    /// signatures R = identity, S = 0.
    ///
    /// Had the key been trusted (it no longer can be read), the signature check still refuses it,
    /// for its R.
    @Test func aForgedBundleIsRefusedEvenIfTheWeakKeyWereTrusted() throws {
        let url = try WeakKeys.forgedBundle()
        defer { BundleFixtures.discard(url) }
        let key = PublicKey(verifiedRaw: WeakKeys.identity)
        let failure = BundleFixtures.failure(url, keys: SingleTrustedKey(key))
        #expect(failure?.code == "SB232", "\(failure.map(\.description) ?? "verified")")
        #expect(
            failure?.description.contains("line 2: the signature's R is a point of small order")
                == true)
        let keyring = TestKeyring(keys: [TrustedKey(publicKey: key, signatory: "acme")])
        #expect(BundleFixtures.failure(url, keys: keyring)?.code == "SB232")
    }

    /// A real signature by acme's key, with its R (line 2's or line 4's) replaced by a weak point:
    /// refused for the point (SB232, SB233), not as a mere bad signature (SB221, SB222).
    @Test(arguments: [
        (WeakKeys.identity, 2, "SB232"), (WeakKeys.smallOrder[6].bytes, 2, "SB232"),
        (WeakKeys.nonCanonical[0].bytes, 2, "SB233"), (WeakKeys.identity, 4, "SB232"),
        (WeakKeys.nonCanonical[33].bytes, 4, "SB233"),
    ])
    func aBundleSignatureWithAWeakRIsRefused(_ r: [UInt8], _ line: Int, _ code: String) throws {
        let chain = try BundleFixtures.chain.get()
        var editor = try BundleEditor(chain.acme2025)
        var lines = String(
            decoding: editor.files[BundleManifest.signaturePath] ?? [], as: UTF8.self
        ).split(separator: "\n").map(String.init)
        var blob = try #require(StrictBase64.decode(Array(lines[line - 1].utf8)))
        let start = line == 2 ? 10 : 0
        blob.replaceSubrange(start..<start + 32, with: r)
        lines[line - 1] = StrictBase64.encode(blob)
        editor.files[BundleManifest.signaturePath] = Array(
            (lines.joined(separator: "\n") + "\n").utf8)
        let url = try editor.write()
        defer { BundleFixtures.discard(url) }
        let failure = BundleFixtures.failure(url)
        #expect(failure?.code == code, "\(failure.map(\.description) ?? "verified")")
        // aggregate counts it as a bad signature (a forgery), not as an unreadable file.
        #expect(failure.map(RejectionReason.init) == .badSignature)
        #expect(
            failure?.description.hasPrefix(
                "\(url.lastPathComponent)/manifest.json.minisig: line \(line): ") == true,
            "\(failure.map(\.description) ?? "")")
    }

    /// A keyring "signed" by the identity key: the society key file is refused, and the
    /// signature is refused for its R even with the key in hand.
    @Test func aKeyringSignedByASmallOrderSocietyKeyIsRefused() throws {
        let folder = try KeyringFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = Array(
            KeyringFixtures.text([("acme", "Acme", KeyringFixtures.publicKey(1))]).utf8)
        let keyringURL = folder.appendingPathComponent("keyring.yaml")
        try Data(bytes).write(to: keyringURL)
        let signature = WeakKeys.forgedMinisig(
            trustedComment: KeyringSignature.trustedComment(for: bytes),
            untrustedComment: "forged")
        try Data(signature).write(to: folder.appendingPathComponent("keyring.yaml.minisig"))
        let societyURL = folder.appendingPathComponent("society.pub")
        try Data(WeakKeys.pem(WeakKeys.identity).utf8).write(to: societyURL)

        let error = #expect(throws: KeyringError.self) {
            try KeyringFile.loadTrusted(
                keyringURL, displayName: "keyring.yaml", societyKeyFile: societyURL,
                societyKeyDisplayName: "society.pub")
        }
        #expect(
            error?.description
                == WeakKeys.smallOrder[0].keyMessage(file: "society.pub"))
        #expect(error?.isInputOutputFailure == false)

        let verifying = #expect(throws: KeyringError.self) {
            try KeyringSignature.verify(
                bytes, signature: signature, with: PublicKey(verifiedRaw: WeakKeys.identity),
                file: "keyring.yaml", signatureFile: "keyring.yaml.minisig")
        }
        #expect(
            verifying?.description
                == "keyring.yaml: the keyring's signature is not valid: keyring.yaml.minisig: line 2: "
                + "the signature's R is a point of small order (a forgery pattern; no signer makes it)"
        )
    }
}
