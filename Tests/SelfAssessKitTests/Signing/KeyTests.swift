import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// RFC 8032 §7.1 test vector 1: the empty message.
enum RFC8032 {
    static let seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    static let publicKey = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    static let signature = hex(
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )
    /// SHA-256 of the SubjectPublicKeyInfo DER, computed with Python's hashlib.
    static let keyID = "sha256:06e3fd8fda29bb60ab59557de61edb0aecdb231134be30e75b455f8e1b792fa9"
    static let privatePEM = """
        -----BEGIN PRIVATE KEY-----
        MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g
        -----END PRIVATE KEY-----

        """
    static let publicPEM = """
        -----BEGIN PUBLIC KEY-----
        MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=
        -----END PUBLIC KEY-----

        """

    static var key: SigningKey {
        guard let key = SigningKey(seed: seed) else {
            Issue.record("the RFC 8032 seed does not load")
            return SigningKey.generate()
        }
        return key
    }

    static func hex(_ text: String) -> [UInt8] { HexDigits.decode(Array(text.utf8)) ?? [] }
}

/// Wraps DER in PEM armour, for hand-made keys of other types and formats.
func pem(_ label: String, _ der: [UInt8]) -> [UInt8] {
    Array(
        "-----BEGIN \(label)-----\n\(Data(der).base64EncodedString())\n-----END \(label)-----\n"
            .utf8)
}

@Suite(.tags(.small))
struct KeyTests {
    @Test func rfc8032Vector1() throws {
        let key = RFC8032.key
        #expect(key.publicKey.rawRepresentation == RFC8032.publicKey)
        #expect(key.publicKey.isValidSignature(RFC8032.signature, for: []))
        #expect(!key.publicKey.isValidSignature(RFC8032.signature, for: [0]))
        #expect(key.publicKey.keyID.description == RFC8032.keyID)
        #if os(Linux)
            // BoringSSL signs deterministically, as RFC 8032 specifies; CryptoKit randomizes.
            #expect(try key.signature(for: []) == RFC8032.signature)
        #endif
    }

    @Test func pemMatchesRFC8410ByteForByte() throws {
        let key = RFC8032.key
        #expect(key.pemRepresentation == RFC8032.privatePEM)
        #expect(key.publicKey.pemRepresentation == RFC8032.publicPEM)
        #expect(key.pkcs8DERRepresentation == Ed25519DER.privateKeyPrefix + RFC8032.seed)
        #expect(key.pkcs8DERRepresentation.count == 48)
        #expect(key.publicKey.spkiDERRepresentation.count == 44)
    }

    @Test(arguments: 0..<8) func generatedKeysRoundTrip(_ run: Int) throws {
        let key = SigningKey.generate()
        let loaded = try KeyFile.parsePrivateKey(Array(key.pemRepresentation.utf8), file: "k.key")
        #expect(loaded.seed == key.seed)
        let publicKey = try KeyFile.parsePublicKey(
            Array(key.publicKey.pemRepresentation.utf8), file: "k.pub")
        #expect(publicKey == key.publicKey)
        let minisign = try KeyFile.parsePublicKey(
            Array(key.publicKey.minisignRepresentation.utf8), file: "k.pub")
        #expect(minisign == key.publicKey)
        let message = Array("message \(run)".utf8)
        #expect(publicKey.isValidSignature(try key.signature(for: message), for: message))
    }

    @Test func keyIDRoundTripsAndRefusesOtherShapes() throws {
        let id = try #require(KeyID(RFC8032.keyID))
        #expect(id.description == RFC8032.keyID)
        #expect(id.keynum == Array(id.digest.prefix(8)))
        #expect(KeyID(RFC8032.keyID.uppercased()) == nil)
        #expect(KeyID(String(RFC8032.keyID.dropLast())) == nil)
        #expect(KeyID("sha512:" + RFC8032.keyID.dropFirst(7)) == nil)
    }

    @Test func minisignPublicKeyLayout() throws {
        let text = RFC8032.key.publicKey.minisignRepresentation
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0] == "untrusted comment: selfassess public key \(RFC8032.keyID)")
        // "Ed" ‖ first 8 bytes of the key id ‖ the key, as computed with Python.
        #expect(lines[1] == "RWQG4/2P2im7YNdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea")
    }

    @Test func minisignPublicKeyWithAnotherKeynumIsRefused() throws {
        var blob = Array("Ed".utf8) + [UInt8](repeating: 7, count: 8) + RFC8032.publicKey
        let text = "untrusted comment: minisign public key\n\(Data(blob).base64EncodedString())\n"
        #expect(throws: KeyError.keynumMismatch(file: "m.pub")) {
            try KeyFile.parsePublicKey(Array(text.utf8), file: "m.pub")
        }
        blob[0] = UInt8(ascii: "E")
        blob[1] = UInt8(ascii: "D")
        let prehashed = "untrusted comment: x\n\(Data(blob).base64EncodedString())\n"
        #expect(
            throws: KeyError.unsupportedKeyFormat(
                file: "m.pub", format: "minisign key with algorithm other than Ed")
        ) {
            try KeyFile.parsePublicKey(Array(prehashed.utf8), file: "m.pub")
        }
    }

    /// Keys of other types and formats, built by hand from their DER so no binary is committed.
    static let refusedPrivateKeys: [(String, [UInt8], KeyError)] = [
        (
            "X25519",
            pem(
                "PRIVATE KEY",
                [
                    0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x6E, 0x04,
                    0x22, 0x04, 0x20,
                ] + RFC8032.seed),
            .unsupportedKeyType(file: "x.key", type: "X25519")
        ),
        (
            "RSA PKCS#8",
            pem(
                "PRIVATE KEY",
                [
                    0x30, 0x1A, 0x02, 0x01, 0x00, 0x30, 0x0D, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86,
                    0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x06, 0x30, 0x04, 0x02, 0x01,
                    0x00, 0x00,
                ]),
            .unsupportedKeyType(file: "x.key", type: "RSA")
        ),
        (
            "EC PKCS#8",
            pem(
                "PRIVATE KEY",
                [
                    0x30, 0x13, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE,
                    0x3D, 0x02, 0x01,
                ]),
            .unsupportedKeyType(file: "x.key", type: "EC (ECDSA)")
        ),
        (
            "PKCS#8 v2 (OneAsymmetricKey)",
            pem(
                "PRIVATE KEY",
                [
                    0x30, 0x51, 0x02, 0x01, 0x01, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04,
                    0x22, 0x04, 0x20,
                ] + RFC8032.seed
                    + [0x81, 0x21, 0x00] + RFC8032.publicKey),
            .unsupportedKeyFormat(
                file: "x.key",
                format: "PKCS#8 v2 (OneAsymmetricKey, RFC 5958, with an embedded public key)")
        ),
        (
            "RSA PKCS#1", pem("RSA PRIVATE KEY", [0x30, 0x03, 0x02, 0x01, 0x00]),
            .unsupportedKeyType(file: "x.key", type: "RSA")
        ),
        (
            "EC SEC1", pem("EC PRIVATE KEY", [0x30, 0x03, 0x02, 0x01, 0x01]),
            .unsupportedKeyType(file: "x.key", type: "EC (ECDSA)")
        ),
        (
            "encrypted PKCS#8", pem("ENCRYPTED PRIVATE KEY", [0x30, 0x00]),
            .unsupportedKeyFormat(
                file: "x.key", format: "encrypted PKCS#8 (a passphrase-protected key)")
        ),
        (
            "OpenSSH", pem("OPENSSH PRIVATE KEY", Array("openssh-key-v1".utf8)),
            .unsupportedKeyFormat(file: "x.key", format: "OpenSSH private key")
        ),
        (
            "a public key", Array(RFC8032.publicPEM.utf8),
            .wrongKeyKind(file: "x.key", expected: "private", found: "public")
        ),
        (
            "minisign secret key",
            Array("untrusted comment: minisign encrypted secret key\nRWRTY0Iy\n".utf8),
            .unsupportedKeyFormat(file: "x.key", format: "a minisign or signify key file")
        ),
        (
            "truncated DER",
            pem("PRIVATE KEY", Array((Ed25519DER.privateKeyPrefix + RFC8032.seed).dropLast())),
            .invalidKey(
                file: "x.key",
                reason: "an Ed25519 PKCS#8 structure that is not the 48-byte RFC 8410 form")
        ),
        ("not PEM", Array("hello\n".utf8), .notPEM(file: "x.key")),
        (
            "bad base64",
            Array("-----BEGIN PRIVATE KEY-----\nMC4C*AAw\n-----END PRIVATE KEY-----\n".utf8),
            .malformedPEM(
                file: "x.key", reason: "the text between the armour lines is not valid base64")
        ),
        (
            "no END line", Array("-----BEGIN PRIVATE KEY-----\nMC4CAQAw\n".utf8),
            .malformedPEM(
                file: "x.key", reason: "no matching -----END PRIVATE KEY----- line at the end")
        ),
    ]

    @Test(arguments: refusedPrivateKeys)
    func refusedPrivateKey(_ name: String, _ bytes: [UInt8], _ expected: KeyError) {
        let error = #expect(throws: KeyError.self) {
            try KeyFile.parsePrivateKey(bytes, file: "x.key")
        }
        #expect(error == expected, "\(name)")
        #expect(error?.description.hasPrefix("x.key: ") == true)
    }

    static let refusedPublicKeys: [(String, [UInt8], KeyError)] = [
        (
            "X25519",
            pem(
                "PUBLIC KEY",
                [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x6E, 0x03, 0x21, 0x00]
                    + RFC8032.publicKey),
            .unsupportedKeyType(file: "x.pub", type: "X25519")
        ),
        (
            "RSA",
            pem(
                "PUBLIC KEY",
                [
                    0x30, 0x0F, 0x30, 0x0D, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01,
                    0x01, 0x01, 0x05, 0x00,
                ]),
            .unsupportedKeyType(file: "x.pub", type: "RSA")
        ),
        (
            "a private key", Array(RFC8032.privatePEM.utf8),
            .wrongKeyKind(file: "x.pub", expected: "public", found: "private")
        ),
        (
            "extra bytes", pem("PUBLIC KEY", Ed25519DER.publicKeyPrefix + RFC8032.publicKey + [0]),
            .invalidKey(
                file: "x.pub",
                reason: "an Ed25519 SubjectPublicKeyInfo that is not the 44-byte RFC 8410 form")
        ),
        (
            "certificate", pem("CERTIFICATE", [0x30, 0x00]),
            .unsupportedKeyFormat(file: "x.pub", format: "X.509 certificate")
        ),
    ]

    @Test(arguments: refusedPublicKeys)
    func refusedPublicKey(_ name: String, _ bytes: [UInt8], _ expected: KeyError) {
        let error = #expect(throws: KeyError.self) {
            try KeyFile.parsePublicKey(bytes, file: "x.pub")
        }
        #expect(error == expected, "\(name)")
    }

    @Test func pemAcceptsCRLFAndSurroundingBlankLines() throws {
        let text = "\n" + RFC8032.privatePEM.replacingOccurrences(of: "\n", with: "\r\n") + "\n"
        #expect(try KeyFile.parsePrivateKey(Array(text.utf8), file: "k").seed == RFC8032.seed)
    }

    @Test func pemRefusesTextBeforeTheBlockAndLegacyHeaders() {
        #expect(throws: KeyError.malformedPEM(file: "k", reason: "text before the BEGIN line")) {
            try KeyFile.parsePrivateKey(Array(("Key:\n" + RFC8032.privatePEM).utf8), file: "k")
        }
        let legacy =
            "-----BEGIN PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\nMC4C\n-----END PRIVATE KEY-----\n"
        #expect(
            throws: KeyError.malformedPEM(
                file: "k", reason: "RFC 1421 headers (Proc-Type, DEK-Info): a legacy encrypted key")
        ) {
            try KeyFile.parsePrivateKey(Array(legacy.utf8), file: "k")
        }
    }
}

@Suite(.tags(.medium))
struct KeyFileTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
    }

    private func mode(_ url: URL) throws -> Int {
        try #require(
            FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    @Test func writesAKeyPairWithSafeModes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = SigningKey.generate()
        let (privateURL, publicURL) = try KeyFile.writeKeyPair(key, name: "acme", in: folder)
        #expect(privateURL.lastPathComponent == "acme.key")
        #expect(try mode(privateURL) == 0o600)
        #expect(try mode(publicURL) == 0o644)
        #expect(try KeyFile.readPrivateKey(at: privateURL).seed == key.seed)
        #expect(try KeyFile.readPublicKey(at: publicURL) == key.publicKey)
        #expect(try KeyFile.readPublicKey(fromEither: privateURL) == key.publicKey)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func neverOverwritesAKey() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = SigningKey.generate()
        try KeyFile.writeKeyPair(first, name: "acme", in: folder)
        #expect(throws: KeyError.exists(file: "acme.key")) {
            try KeyFile.writeKeyPair(SigningKey.generate(), name: "acme", in: folder)
        }
        #expect(
            try KeyFile.readPrivateKey(at: folder.appendingPathComponent("acme.key")).seed
                == first.seed)
    }

    @Test func anExistingPublicKeyStopsTheWholePair() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("acme.pub")
        try Data("keep me\n".utf8).write(to: existing)
        #expect(throws: KeyError.exists(file: "acme.pub")) {
            try KeyFile.writeKeyPair(SigningKey.generate(), name: "acme", in: folder)
        }
        #expect(
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("acme.key").path))
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me\n")
    }

    @Test func createNewRefusesAnExistingFileAndADanglingLink() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("x.pub")
        try KeyFile.createNew([1, 2, 3], at: target, mode: 0o644, file: "x.pub")
        #expect(throws: KeyError.exists(file: "x.pub")) {
            try KeyFile.createNew([4], at: target, mode: 0o644, file: "x.pub")
        }
        let link = folder.appendingPathComponent("link.pub")
        try FileManager.default.createSymbolicLink(
            atPath: link.path, withDestinationPath: "/nonexistent/elsewhere")
        #expect(throws: KeyError.exists(file: "link.pub")) {
            try KeyFile.createNew([4], at: link, mode: 0o644, file: "link.pub")
        }
        #expect(try Data(contentsOf: target) == Data([1, 2, 3]))
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660, 0o610, 0o601, 0o666])
    func refusesAPrivateKeyOthersCanAccess(_ permissions: Int) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (privateURL, _) = try KeyFile.writeKeyPair(
            SigningKey.generate(), name: "acme", in: folder)
        try FileManager.default.setAttributes(
            [.posixPermissions: permissions], ofItemAtPath: privateURL.path)
        let error = #expect(throws: KeyError.self) {
            try KeyFile.readPrivateKey(at: privateURL, displayName: "acme.key")
        }
        #expect(error == .insecurePermissions(file: "acme.key", mode: permissions))
        #expect(error?.description.contains("run `chmod 600 acme.key`") == true)
        #expect(throws: KeyError.insecurePermissions(file: "acme.key", mode: permissions)) {
            try KeyFile.readPublicKey(fromEither: privateURL, displayName: "acme.key")
        }
    }

    /// A public key given where a private key is needed is called a public key, whatever its
    /// mode; it was refused as a private key with permissions too open ("run chmod 600").
    @Test(arguments: [0o644, 0o600])
    func refusesAPublicKeyAsOneBeforeItsPermissions(_ permissions: Int) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = SigningKey.generate()
        let pem = folder.appendingPathComponent("acme.pub")
        let minisign = folder.appendingPathComponent("acme.minisign.pub")
        try Data(("\n" + key.publicKey.pemRepresentation).utf8).write(to: pem)
        try Data(key.publicKey.minisignRepresentation.utf8).write(to: minisign)
        for (url, name) in [(pem, "acme.pub"), (minisign, "acme.minisign.pub")] {
            try FileManager.default.setAttributes(
                [.posixPermissions: permissions], ofItemAtPath: url.path)
            #expect(throws: KeyError.wrongKeyKind(file: name, expected: "private", found: "public"))
            {
                try KeyFile.readPrivateKey(at: url, displayName: name)
            }
        }
    }

    @Test func tellsAPEMLabelFromItsFirstLine() {
        #expect(
            PEMDocument.openingLabel(Array("\r\n-----BEGIN PUBLIC KEY-----\r\nAAAA".utf8))
                == "PUBLIC KEY")
        #expect(
            PEMDocument.openingLabel(Array("-----BEGIN PRIVATE KEY-----".utf8)) == "PRIVATE KEY")
        #expect(PEMDocument.openingLabel(Array("text\n-----BEGIN PUBLIC KEY-----\n".utf8)) == nil)
        #expect(PEMDocument.openingLabel(Array(" \n".utf8)) == nil)
    }

    @Test func acceptsOwnerOnlyModes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (privateURL, _) = try KeyFile.writeKeyPair(
            SigningKey.generate(), name: "acme", in: folder)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o400], ofItemAtPath: privateURL.path)
        _ = try KeyFile.readPrivateKey(at: privateURL)
    }

    @Test func readFailuresNameTheFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: KeyError.notFound(file: "missing.key")) {
            try KeyFile.readPrivateKey(
                at: folder.appendingPathComponent("missing.key"), displayName: "missing.key")
        }
        #expect(throws: KeyError.notRegularFile(file: "dir", kind: "a folder")) {
            try KeyFile.readPublicKey(at: folder, displayName: "dir")
        }
        let big = folder.appendingPathComponent("big.pub")
        try Data(count: KeyFile.maxSize + 1).write(to: big)
        #expect(
            throws: KeyError.tooLarge(
                file: "big.pub", size: KeyFile.maxSize + 1, limit: KeyFile.maxSize)
        ) {
            try KeyFile.readPublicKey(at: big, displayName: "big.pub")
        }
        #expect(KeyError.notFound(file: "a").isInputOutputFailure)
        #expect(!KeyError.insecurePermissions(file: "a", mode: 0o644).isInputOutputFailure)
    }

    @Test(arguments: [
        ("acme", true), ("acme-2026.v2_x", true), ("", false), ("../x", false), (".hidden", false),
        ("a/b", false), ("名", false),
    ])
    func keyNames(_ name: String, _ valid: Bool) {
        #expect(KeyFile.isValidKeyName(name) == valid)
    }
}
