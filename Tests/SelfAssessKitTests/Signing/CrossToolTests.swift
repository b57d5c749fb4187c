import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Independent tools check our keys, signatures and archives, and we check theirs.
///
/// Each test runs only when its tool is installed (`make test` installs them: Debian packages
/// openssl, minisign, signify-openbsd, zip, unzip) and is reported as skipped otherwise.
@Suite(.tags(.medium))
struct CrossToolTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
    }

    static let manifest = Array(#"{"files":[],"schema":"selfassess.bundle/v1","sequence":1}"#.utf8)
    static let trusted = "selfassess.bundle/v1 signatory=acme year=2025 seq=1 manifest-sha256=abc"

    private func write(_ bytes: [UInt8], _ name: String) throws -> String {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return name
    }

    private func write(_ text: String, _ name: String) throws -> String {
        try write(Array(text.utf8), name)
    }

    /// Writes the manifest, its signature and the public key in both formats.
    private func signedManifest(_ key: SigningKey) throws -> MinisignSignature {
        let signature = try MinisignSignature.sign(
            Self.manifest, with: key, trustedComment: Self.trusted, file: "manifest.json.minisig")
        _ = try write(Self.manifest, "manifest.json")
        _ = try write(signature.encoded, "manifest.json.minisig")
        _ = try write(key.publicKey.minisignRepresentation, "acme.minisign.pub")
        _ = try write(key.publicKey.pemRepresentation, "acme.pub")
        _ = try write(signature.signature, "sig64")
        return signature
    }

    // MARK: - OpenSSL

    @Test(.needs(.openssl))
    func opensslVerifiesOurSignatureAndRejectsATamperedOne() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let openssl = try #require(ExternalTool.openssl)
        let signature = try signedManifest(SigningKey.generate())
        let verify = [
            "pkeyutl", "-verify", "-pubin", "-inkey", "acme.pub", "-rawin", "-in", "manifest.json",
            "-sigfile", "sig64",
        ]
        let good = try ExternalTool.run(openssl, verify, in: folder)
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("Signature Verified Successfully"))
        // The global signature too, over sig64 ‖ trusted comment, as the auditor's recipe does.
        _ = try write(signature.signature + Array(Self.trusted.utf8), "global.msg")
        _ = try write(signature.globalSignature, "global.sig")
        let global = try ExternalTool.run(
            openssl,
            [
                "pkeyutl", "-verify", "-pubin", "-inkey", "acme.pub", "-rawin", "-in", "global.msg",
                "-sigfile", "global.sig",
            ],
            in: folder)
        #expect(global.status == 0, "\(global.stderr)")

        _ = try write(Self.manifest + [0x20], "manifest.json")
        #expect(try ExternalTool.run(openssl, verify, in: folder).status != 0)
    }

    @Test(.needs(.openssl))
    func opensslKeyLoadsAndItsSignatureVerifies() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let openssl = try #require(ExternalTool.openssl)
        #expect(
            try ExternalTool.run(
                openssl, ["genpkey", "-algorithm", "ed25519", "-out", "o.key"], in: folder
            ).status == 0)
        let key = try KeyFile.parsePrivateKey(
            Array(try Data(contentsOf: folder.appendingPathComponent("o.key"))), file: "o.key")
        let publicPEM = try ExternalTool.run(
            openssl, ["pkey", "-in", "o.key", "-pubout"], in: folder)
        #expect(publicPEM.stdout == key.publicKey.pemRepresentation)
        #expect(
            try KeyFile.parsePublicKey(Array(publicPEM.stdout.utf8), file: "o.pub") == key.publicKey
        )

        _ = try write(Self.manifest, "m")
        let sign = try ExternalTool.run(
            openssl, ["pkeyutl", "-sign", "-inkey", "o.key", "-rawin", "-in", "m", "-out", "s"],
            in: folder)
        #expect(sign.status == 0, "\(sign.stderr)")
        let theirs = [UInt8](try Data(contentsOf: folder.appendingPathComponent("s")))
        #expect(key.publicKey.isValidSignature(theirs, for: Self.manifest))
        #if os(Linux)
            #expect(try key.signature(for: Self.manifest) == theirs)
        #endif
    }

    @Test(.needs(.openssl))
    func opensslReadsOurKeyFilesAndAgreesOnTheKeyID() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let openssl = try #require(ExternalTool.openssl)
        let key = SigningKey.generate()
        try KeyFile.writeKeyPair(key, name: "acme", in: folder)
        let derived = try ExternalTool.run(
            openssl, ["pkey", "-in", "acme.key", "-pubout"], in: folder)
        #expect(derived.stdout == key.publicKey.pemRepresentation)
        let text = try ExternalTool.run(
            openssl, ["pkey", "-in", "acme.key", "-text", "-noout"], in: folder)
        #expect(text.stdout.contains("ED25519 Private-Key"))
        // Key id = SHA-256 of the SPKI DER, as `openssl pkey -pubin -outform DER | sha256sum` gives.
        let der = try ExternalTool.run(
            openssl, ["pkey", "-pubin", "-in", "acme.pub", "-outform", "DER", "-out", "acme.der"],
            in: folder)
        #expect(der.status == 0)
        let digest = try ExternalTool.run(
            openssl, ["dgst", "-sha256", "-r", "acme.der"], in: folder)
        #expect(digest.stdout.hasPrefix(key.publicKey.keyID.description.dropFirst(7)))
    }

    @Test(
        .needs(.openssl),
        arguments: [
            (["-algorithm", "x25519"], "X25519"),
            (["-algorithm", "ed448"], "Ed448"),
            (["-algorithm", "rsa", "-pkeyopt", "rsa_keygen_bits:1024"], "RSA"),
            (["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"], "EC (ECDSA)"),
        ])
    func opensslKeysOfOtherTypesAreRefused(_ options: [String], _ type: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let openssl = try #require(ExternalTool.openssl)
        #expect(
            try ExternalTool.run(openssl, ["genpkey"] + options + ["-out", "k.pem"], in: folder)
                .status == 0)
        let privateBytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("k.pem")))
        #expect(throws: KeyError.unsupportedKeyType(file: "k.pem", type: type)) {
            try KeyFile.parsePrivateKey(privateBytes, file: "k.pem")
        }
        let publicPEM = try ExternalTool.run(
            openssl, ["pkey", "-in", "k.pem", "-pubout"], in: folder)
        #expect(throws: KeyError.unsupportedKeyType(file: "k.pub", type: type)) {
            try KeyFile.parsePublicKey(Array(publicPEM.stdout.utf8), file: "k.pub")
        }
    }

    // MARK: - minisign and signify

    @Test(.needs(.minisign))
    func minisignVerifiesOurSignatureAndTrustedComment() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let minisign = try #require(ExternalTool.minisign)
        let signature = try signedManifest(SigningKey.generate())
        let arguments = [
            "-V", "-p", "acme.minisign.pub", "-m", "manifest.json", "-x", "manifest.json.minisig",
        ]
        let good = try ExternalTool.run(minisign, arguments, in: folder)
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("Trusted comment: \(Self.trusted)"))

        var edited = signature
        edited.trustedComment = Self.trusted.replacingOccurrences(of: "seq=1", with: "seq=2")
        _ = try write(edited.encoded, "manifest.json.minisig")
        let comment = try ExternalTool.run(minisign, arguments, in: folder)
        #expect(comment.status != 0)
        #expect(comment.stderr.contains("Comment signature verification failed"))

        _ = try write(signature.encoded, "manifest.json.minisig")
        _ = try write(Self.manifest + [0x20], "manifest.json")
        #expect(try ExternalTool.run(minisign, arguments, in: folder).status != 0)
    }

    @Test(.needs(.signify))
    func signifyVerifiesOurSignature() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let signify = try #require(ExternalTool.signify)
        _ = try signedManifest(SigningKey.generate())
        let arguments = [
            "-V", "-p", "acme.minisign.pub", "-m", "manifest.json", "-x", "manifest.json.minisig",
        ]
        let good = try ExternalTool.run(signify, arguments, in: folder)
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("Signature Verified"))
        _ = try write(Self.manifest + [0x20], "manifest.json")
        #expect(try ExternalTool.run(signify, arguments, in: folder).status != 0)
        // A key exported for another key pair is refused by key number.
        _ = try write(SigningKey.generate().publicKey.minisignRepresentation, "acme.minisign.pub")
        _ = try write(Self.manifest, "manifest.json")
        #expect(try ExternalTool.run(signify, arguments, in: folder).status != 0)
    }

    /// Writes the forgery of issue 9 into the folder: the manifest, its forged minisign
    /// signature, and the identity as a minisign and a PEM public key.
    private func writeForgery() throws {
        _ = try write(Self.manifest, "manifest.json")
        _ = try write(
            WeakKeys.forgedMinisig(trustedComment: Self.trusted, untrustedComment: "forged"),
            "manifest.json.minisig")
        _ = try write(WeakKeys.minisign(WeakKeys.identity), "weak.minisign.pub")
        _ = try write(WeakKeys.pem(WeakKeys.identity), "weak.pub")
    }

    /// The forgery of issue 9: a key of small order (the identity), and a signature R of small
    /// order with S = 0, made without any private key.
    ///
    /// minisign (libsodium) refuses it, and so does selfassess, already when it reads the key;
    /// OpenSSL and signify accept it, which is why selfassess checks keys itself rather than trust
    /// the signature library.
    @Test(.needs(.minisign))
    func minisignRefusesTheSmallOrderForgeryAsSelfassessDoes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let minisign = try #require(ExternalTool.minisign)
        try writeForgery()
        let result = try ExternalTool.run(
            minisign,
            [
                "-V", "-p", "weak.minisign.pub", "-m", "manifest.json", "-x",
                "manifest.json.minisig",
            ],
            in: folder)
        #expect(result.status != 0, "\(result.stdout)")
        #expect(result.stderr.contains("Signature verification failed"), "\(result.stderr)")
        for name in ["weak.minisign.pub", "weak.pub"] {
            let error = #expect(throws: KeyError.self) {
                try KeyFile.readPublicKey(
                    at: folder.appendingPathComponent(name), displayName: name)
            }
            #expect(error?.description == WeakKeys.smallOrder[0].keyMessage(file: name))
        }
        let signature = try MinisignSignature.parse(
            [UInt8](try Data(contentsOf: folder.appendingPathComponent("manifest.json.minisig"))),
            file: "manifest.json.minisig")
        #expect(throws: MinisignError.self) {
            try signature.verify(
                Self.manifest, with: PublicKey(verifiedRaw: WeakKeys.identity),
                file: "manifest.json.minisig")
        }
    }

    /// OpenSSL and signify accept the forgery with the same key: neither refuses keys of small
    /// order, so agreeing with them is not enough.
    @Test(.needs(.openssl, .signify))
    func opensslAndSignifyAcceptTheSmallOrderForgery() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (openssl, signify) = (
            try #require(ExternalTool.openssl), try #require(ExternalTool.signify)
        )
        try writeForgery()
        _ = try write(WeakKeys.forgedSignature, "sig64")
        let opensslResult = try ExternalTool.run(
            openssl,
            [
                "pkeyutl", "-verify", "-pubin", "-inkey", "weak.pub", "-rawin", "-in",
                "manifest.json", "-sigfile", "sig64",
            ],
            in: folder)
        #expect(opensslResult.status == 0, "\(opensslResult.stderr)")
        let signifyResult = try ExternalTool.run(
            signify,
            [
                "-V", "-p", "weak.minisign.pub", "-m", "manifest.json", "-x",
                "manifest.json.minisig",
            ],
            in: folder)
        #expect(signifyResult.status == 0, "\(signifyResult.stderr)")
    }

    /// A legacy signature made by minisign itself parses with our strict parser and verifies
    /// against the raw key in minisign's public key (whose key number is random, so the
    /// selfassess key-id rule does not apply to it).
    @Test(.needs(.minisign))
    func minisignLegacySignaturesParse() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let minisign = try #require(ExternalTool.minisign)
        let generate = try ExternalTool.run(
            minisign, ["-G", "-W", "-p", "m.pub", "-s", "m.key"], in: folder)
        #expect(generate.status == 0, "\(generate.stderr)")
        _ = try write(Self.manifest, "manifest.json")
        let sign = try ExternalTool.run(
            minisign, ["-S", "-l", "-s", "m.key", "-m", "manifest.json", "-t", Self.trusted],
            in: folder)
        #expect(sign.status == 0, "\(sign.stderr)")
        let bytes = [UInt8](
            try Data(contentsOf: folder.appendingPathComponent("manifest.json.minisig")))
        let signature = try MinisignSignature.parse(bytes, file: "manifest.json.minisig")
        #expect(signature.trustedComment == Self.trusted)
        let publicLines = try String(
            contentsOf: folder.appendingPathComponent("m.pub"), encoding: .utf8
        ).split(separator: "\n")
        let blob = try #require(StrictBase64.decode(Array(publicLines[1].utf8)))
        let key = try #require(PublicKey(rawRepresentation: Array(blob.suffix(32))))
        #expect(Array(blob[2..<10]) == signature.keynum)
        #expect(key.isValidSignature(signature.signature, for: Self.manifest))
        #expect(
            key.isValidSignature(
                signature.globalSignature, for: signature.signature + Array(Self.trusted.utf8)))
        // The same key file is refused as a selfassess key: its key number is not our key id's.
        #expect(throws: KeyError.keynumMismatch(file: "m.pub")) {
            try KeyFile.readPublicKey(
                at: folder.appendingPathComponent("m.pub"), displayName: "m.pub")
        }
        // Without -l, minisign 0.11 writes prehashed ED signatures, which v1 refuses.
        let prehashed = try ExternalTool.run(
            minisign, ["-S", "-s", "m.key", "-m", "manifest.json", "-x", "ed.minisig"], in: folder)
        #expect(prehashed.status == 0)
        let edBytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("ed.minisig")))
        #expect(throws: MinisignError.unsupportedAlgorithm(file: "ed.minisig", algorithm: "ED")) {
            try MinisignSignature.parse(edBytes, file: "ed.minisig")
        }
    }

    // MARK: - zip, unzip and Python's zipfile

    @Test(.needs(.unzip))
    func unzipTestsOurArchive() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let unzip = try #require(ExternalTool.unzip)
        let archive = folder.appendingPathComponent("b.sabundle")
        try ZIPContainerWriter.write(ZIPContainerWriterTests.entries, to: archive)
        let test = try ExternalTool.run(unzip, ["-t", "b.sabundle"], in: folder)
        #expect(test.status == 0, "\(test.stdout)")
        #expect(test.stdout.contains("No errors detected"))
        let listing = try ExternalTool.run(unzip, ["-Z", "-v", "b.sabundle"], in: folder)
        func count(_ line: String) -> Int { listing.stdout.components(separatedBy: line).count - 1 }
        let entries = ZIPContainerWriterTests.entries.count
        #expect(
            count("file last modified on (DOS date/time):          1980 Jan 1 00:00:00") == entries)
        #expect(count("length of extra field:                          0 bytes") == entries)
        #expect(count("compression method:                             none (stored)") == entries)
    }

    /// A bundle re-zipped by a person with Info-ZIP (deflate, directory entries, extra fields)
    /// is still readable, and reads the same bytes.
    @Test(.needs(.zip))
    func acceptsAnArchiveRezippedWithInfoZIP() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let zip = try #require(ExternalTool.zip)
        let tree = folder.appendingPathComponent("tree")
        var expected: [String: [UInt8]] = [:]
        for entry in ZIPContainerWriterTests.entries {
            guard case .bytes(let bytes) = entry.content else { continue }
            let url = tree.appendingPathComponent(entry.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            expected[entry.path] = bytes
        }
        let result = try ExternalTool.run(
            zip, ["-r", "-q", "-9", "../rezipped.zip", "."], in: tree)
        #expect(result.status == 0, "\(result.stderr)")
        let reader = try ZIPContainerReader(
            url: folder.appendingPathComponent("rezipped.zip"), displayName: "rezipped.zip")
        #expect(reader.ignoredDirectoryCount == 2)
        #expect(reader.entries.contains { $0.compression == .deflate })
        #expect(Set(reader.entries.map(\.path)) == Set(expected.keys))
        for entry in reader.entries { #expect(try reader.read(entry) == expected[entry.path]) }
    }

    /// zlib's deflate, through Python's zipfile, on incompressible and compressible data.
    @Test(.needs(.python3))
    func inflatesZlibDeflateFromPython() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let python = try #require(ExternalTool.python)
        let script = """
            import random, zipfile
            random.seed(7)
            with zipfile.ZipFile("p.zip", "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("random.bin", bytes(random.getrandbits(8) for _ in range(300000)))
                z.writestr("text.txt", ("selfassess " * 50000).encode())
                z.writestr("empty", b"")
                z.writestr("evidence/", b"")
                z.writestr("evidence/a.txt", "甲乙丙".encode())
            """
        let result = try ExternalTool.run(python, ["-c", script], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let reader = try ZIPContainerReader(
            url: folder.appendingPathComponent("p.zip"), displayName: "p.zip")
        #expect(
            reader.entries.map(\.path) == ["random.bin", "text.txt", "empty", "evidence/a.txt"])
        #expect(
            try reader.read(path: "text.txt")
                == Array(String(repeating: "selfassess ", count: 50000).utf8))
        #expect(try reader.read(path: "random.bin").count == 300_000)
        #expect(try reader.read(path: "empty").isEmpty)
        #expect(try reader.read(path: "evidence/a.txt") == Array("甲乙丙".utf8))
    }
}
