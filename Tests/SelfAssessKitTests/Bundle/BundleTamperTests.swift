import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The tamper suite: every way of changing a valid bundle fails verification with its own code, and
/// never crashes or hangs.
///
/// Each case starts from the acme 2025 bundle of ``BundleFixtures`` (sequence 2, after acme 2024),
/// built in the test run.
@Suite(.tags(.medium))
struct BundleTamperTests {
    /// A tampering and the code it must fail with.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var code: String
        /// Makes the tampered bundle.
        var make: @Sendable (BundleFixtures.Chain) throws -> URL
        /// Verifies it; the plain `--key` verifier unless the case needs another.
        var verify: @Sendable (URL, BundleFixtures.Chain) -> BundleError? = { url, _ in
            BundleFixtures.failure(url)
        }

        var testDescription: String { "\(name) → \(code)" }
    }

    private static func check(_ tamper: Case) throws {
        let chain = try BundleFixtures.chain.get()
        let url = try tamper.make(chain)
        defer { BundleFixtures.discard(url) }
        let failure = tamper.verify(url, chain)
        #expect(
            failure?.code == tamper.code,
            "\(tamper.name): \(failure.map { "\($0.code) \($0)" } ?? "verified")")
        if let failure { #expect(!failure.description.isEmpty) }
    }

    /// Edits acme 2025's entries and writes them back (CRCs fixed, as an attacker would).
    private static func edited(
        _ edit: @escaping @Sendable (inout BundleEditor) throws -> Void
    ) -> @Sendable (BundleFixtures.Chain) throws -> URL {
        { chain in
            var editor = try BundleEditor(chain.acme2025)
            try edit(&editor)
            return try editor.write()
        }
    }

    /// Builds a raw archive from acme 2025's entries, for archives no writer would make.
    private static func crafted(
        _ edit: @escaping @Sendable (inout ZIPCrafter) throws -> Void
    ) -> @Sendable (BundleFixtures.Chain) throws -> URL {
        { chain in
            var crafter = ZIPCrafter(items: try BundleEditor(chain.acme2025).items)
            try edit(&crafter)
            return try BundleFixtures.write(crafter.build())
        }
    }

    /// Changes acme 2025's file bytes directly (CRCs left as they are).
    private static func raw(
        _ edit: @escaping @Sendable (inout [UInt8]) -> Void
    ) -> @Sendable (BundleFixtures.Chain) throws -> URL {
        { chain in
            var bytes = [UInt8](try Data(contentsOf: chain.acme2025))
            edit(&bytes)
            return try BundleFixtures.write(bytes)
        }
    }

    static let evidence = "evidence/real-name-policy.md"
    static let scores = BundleLayout.scoresPath

    /// The signature file's four lines, edited.
    private static func signatureLines(
        _ edit: @escaping @Sendable (inout [String]) -> Void
    ) -> @Sendable (BundleFixtures.Chain) throws -> URL {
        edited { editor in
            var lines = String(
                decoding: editor.files[BundleManifest.signaturePath] ?? [], as: UTF8.self
            )
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.removeLast()  // the empty string after the final line feed
            edit(&lines)
            editor.files[BundleManifest.signaturePath] = Array(
                (lines.joined(separator: "\n") + "\n").utf8)
        }
    }

    /// Line 2's blob (algorithm, key number, signature), edited and encoded again.
    private static func signatureBlob(
        _ edit: @escaping @Sendable (inout [UInt8]) -> Void
    ) -> @Sendable (BundleFixtures.Chain) throws -> URL {
        signatureLines { lines in
            var blob = StrictBase64.decode(Array(lines[1].utf8)) ?? []
            edit(&blob)
            lines[1] = StrictBase64.encode(blob)
        }
    }

    // MARK: - Content

    /// One byte changed in every entry: the manifest's signature no longer verifies, a changed
    /// trusted comment breaks the global signature, and any other file fails its hash.
    @Test func oneByteChangedInEachEntry() throws {
        let chain = try BundleFixtures.chain.get()
        let paths = try BundleEditor(chain.acme2025).files.keys.sorted()
        #expect(paths.count == 74)
        for path in paths {
            var editor = try BundleEditor(chain.acme2025)
            var bytes = editor.files[path] ?? []
            // In the signature file, a digit of the trusted comment's year; elsewhere the middle byte.
            let year = Array("year=2025".utf8)
            let offset =
                path == BundleManifest.signaturePath
                ? (bytes.indices.first { bytes[$0...].starts(with: year) } ?? 0) + 5
                : bytes.count / 2
            bytes[offset] ^= 0x01
            editor.files[path] = bytes
            let url = try editor.write()
            defer { BundleFixtures.discard(url) }
            let failure = BundleFixtures.failure(url)
            let expected =
                switch path {
                case BundleManifest.path: "SB221"
                case BundleManifest.signaturePath: "SB222"
                default: "SB504"
                }
            #expect(
                failure?.code == expected,
                "\(path): \(failure.map { "\($0.code) \($0)" } ?? "verified")")
        }
    }

    static let contentCases: [Case] = [
        Case(
            name: "two entries' contents swapped", code: "SB503",
            make: edited { editor in
                let six = editor.files["assessment/article-6.yaml"]
                editor.files["assessment/article-6.yaml"] =
                    editor.files["assessment/article-7.yaml"]
                editor.files["assessment/article-7.yaml"] = six
            }),
        Case(
            name: "two same-size evidence files swapped", code: "SB504",
            make: edited { editor in
                // First make them the same size (validly re-signed), then swap them.
                let a = "evidence/log-oldest-entry-2025.txt", b = "evidence/mlps-filing-2025.txt"
                let size = min(editor.files[a]?.count ?? 0, editor.files[b]?.count ?? 0)
                let first = Array((editor.files[a] ?? []).prefix(size)),
                    second = Array((editor.files[b] ?? []).prefix(size))
                try editor.replace(a, with: first)
                try editor.replace(b, with: second)
                try editor.resign(with: BundleFixtures.signer)
                editor.files[a] = second
                editor.files[b] = first
            }),
        Case(
            name: "an unlisted evidence file added", code: "SB502",
            make: edited { editor in
                editor.files["evidence/extra.md"] = Array("not listed\n".utf8)
            }),
        Case(
            name: "an unlisted file added at the root", code: "SB502",
            make: edited { editor in
                editor.files["readme.txt"] = Array("hello\n".utf8)
            }),
        Case(
            name: "a listed file removed", code: "SB501",
            make: edited { editor in
                editor.files[Self.evidence] = nil
            }),
        Case(
            name: "a file renamed", code: "SB501",
            make: edited { editor in
                editor.files["evidence/real-name-policy-v2.md"] = editor.files[Self.evidence]
                editor.files[Self.evidence] = nil
            }),
        Case(
            name: "the scores removed", code: "SB501",
            make: edited { editor in editor.files[Self.scores] = nil }),
        Case(
            name: "the manifest removed", code: "SB300",
            make: edited { editor in editor.files[BundleManifest.path] = nil }),
        Case(
            name: "the signature removed", code: "SB200",
            make: edited { editor in
                editor.files[BundleManifest.signaturePath] = nil
            }),
    ]

    @Test(arguments: contentCases) func content(_ tamper: Case) throws { try Self.check(tamper) }

    // MARK: - Container

    static let containerCases: [Case] = [
        Case(
            name: "an entry duplicated", code: "SB121",
            make: crafted { zip in
                zip.items.append(ZIPCrafter.file(Self.evidence, "a second copy\n"))
            }),
        Case(
            name: "a duplicate manifest.json", code: "SB121",
            make: crafted { zip in
                zip.items.append(ZIPCrafter.file(BundleManifest.path, "{}"))
            }),
        Case(
            name: "a case twin", code: "SB122",
            make: crafted { zip in
                zip.items.append(ZIPCrafter.file("Evidence/real-name-policy.md", "twin\n"))
            }),
        Case(
            name: "a Manifest.json case twin", code: "SB122",
            make: crafted { zip in
                zip.items.append(ZIPCrafter.file("Manifest.json", "{}"))
            }),
        Case(
            name: "a Unicode (NFC/NFD) twin", code: "SB123",
            make: crafted { zip in
                zip.items.append(ZIPCrafter.file("evidence/caf\u{E9}.md", "nfc\n"))
                zip.items.append(ZIPCrafter.file("evidence/cafe\u{301}.md", "nfd\n"))
            }),
        Case(
            name: "a ../ entry", code: "SB120",
            make: crafted { zip in zip.items.append(ZIPCrafter.file("../escape.txt", "x")) }),
        Case(
            name: "an absolute entry", code: "SB120",
            make: crafted { zip in zip.items.append(ZIPCrafter.file("/etc/passwd", "x")) }),
        Case(
            name: "a backslash entry", code: "SB120",
            make: crafted { zip in
                zip.items.append(ZIPCrafter.file("evidence\\..\\..\\x.md", "x"))
            }),
        Case(
            name: "a drive letter entry", code: "SB120",
            make: crafted { zip in zip.items.append(ZIPCrafter.file("C:/x.md", "x")) }),
        Case(
            name: "a symbolic link entry", code: "SB130",
            make: crafted { zip in
                zip.items.append(ZIPCrafter.symlink("evidence/passwd", to: "/etc/passwd"))
            }),
        Case(
            name: "an encrypted-flag entry", code: "SB132",
            make: crafted { zip in
                let index = zip.items.firstIndex { $0.name == Array(Self.evidence.utf8) } ?? 0
                zip.items[index].flags |= 1
            }),
        Case(
            name: "bzip2 compression", code: "SB133",
            make: crafted { zip in zip.items[0].method = 12 }),
        Case(
            name: "a lying declared size", code: "SB142",
            make: crafted { zip in
                let index = zip.items.firstIndex { $0.name == Array(Self.evidence.utf8) } ?? 0
                zip.items[index].declaredSize = zip.items[index].data.count - 10
            }),
        Case(
            name: "a deflate bomb declaring the listed size", code: "SB142",
            make: crafted { zip in
                let index = zip.items.firstIndex { $0.name == Array(Self.evidence.utf8) } ?? 0
                let size = zip.items[index].data.count
                zip.items[index] = ZIPCrafter.Item(
                    name: Array(Self.evidence.utf8), data: Deflate.zeros(50_000_000), plain: [],
                    method: 8, crc: 0, declaredSize: size)
            }),
        Case(
            name: "a deflate bomb declaring its real size", code: "SB140",
            make: crafted { zip in
                zip.items.append(
                    ZIPCrafter.Item(
                        name: Array("evidence/bomb.bin".utf8), data: Deflate.zeros(2_000_000),
                        plain: [], method: 8, crc: 0,
                        declaredSize: 2_000_000))
            },
            verify: { url, _ in
                BundleFixtures.failure(url, limits: BundleLimits(maxEntrySize: 1 << 20))
            }),
        Case(
            name: "too many entries", code: "SB105",
            make: edited { editor in
                for index in 0..<40 { editor.files["evidence/padding-\(index).txt"] = [] }
            },
            verify: { url, _ in
                BundleFixtures.failure(url, limits: BundleLimits(maxEntryCount: 100))
            }),
        Case(
            name: "truncated archive", code: "SB101",
            make: raw { bytes in bytes.removeLast(bytes.count / 2) }),
        Case(name: "the last byte cut", code: "SB101", make: raw { bytes in bytes.removeLast() }),
        Case(
            name: "random bytes", code: "SB101",
            make: raw { bytes in
                var generator = SeededGenerator(state: 42)
                bytes = (0..<bytes.count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            }),
        Case(name: "an empty file", code: "SB101", make: raw { bytes in bytes = [] }),
        Case(
            name: "garbage prepended", code: "SB108",
            make: raw { bytes in bytes = Array("#!/bin/sh\necho hi\n".utf8) + bytes }),
        Case(
            name: "data appended", code: "SB102",
            make: raw { bytes in bytes += Array("trailing".utf8) }),
        Case(
            name: "a local header's date changed", code: "SB112",
            make: raw { bytes in
                // The first local header's DOS date, at bytes 12…13: one day later.
                bytes[12] ^= 0x01
            }),
        Case(
            name: "a stored byte flipped, CRC not fixed", code: "SB143",
            make: raw { bytes in
                // The first entry is assessment/article-1.yaml: 30-byte header, 25-byte name, data.
                bytes[30 + 25 + 100] ^= 0x20
            }),
    ]

    @Test(arguments: containerCases) func container(_ tamper: Case) throws {
        try Self.check(tamper)
    }

    // MARK: - Manifest

    static let manifestCases: [Case] = [
        Case(
            name: "whitespace added, not re-signed", code: "SB221",
            make: edited { editor in editor.manifestBytes += [0x0A] }),
        Case(
            name: "whitespace added, re-signed", code: "SB305",
            make: edited { editor in
                editor.manifestBytes.insert(0x20, at: 1)
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a final newline, re-signed", code: "SB305",
            make: edited { editor in
                editor.manifestBytes += [0x0A]
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "keys reordered, re-signed", code: "SB305",
            make: edited { editor in
                let text = String(decoding: editor.manifestBytes, as: UTF8.self)
                let yearMember = #","year":2025"#
                editor.manifestBytes = Array(
                    ("{\"year\":2025,"
                        + text.dropFirst().replacingOccurrences(of: yearMember, with: "")).utf8)
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a duplicate JSON key, validly signed", code: "SB304",
            make: edited { editor in
                editor.manifestBytes =
                    Array(#"{"year":2026,"#.utf8) + editor.manifestBytes.dropFirst()
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a float where an integer belongs", code: "SB303",
            make: edited { editor in
                let text = String(decoding: editor.manifestBytes, as: UTF8.self)
                editor.manifestBytes = Array(
                    text.replacingOccurrences(of: #""year":2025"#, with: #""year":2025.0"#).utf8)
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a non-ASCII key", code: "SB303",
            make: edited { editor in
                editor.manifestBytes =
                    Array(#"{"年份":2025,"#.utf8) + editor.manifestBytes.dropFirst()
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "an unknown field", code: "SB310",
            make: edited { editor in
                try editor.editManifest { $0["approved_by_society"] = true }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a missing field", code: "SB311",
            make: edited { editor in
                try editor.editManifest { $0["created_at"] = nil }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "schema missing", code: "SB311",
            make: edited { editor in
                try editor.editManifest { $0["schema"] = nil }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a wrong type", code: "SB312",
            make: edited { editor in
                try editor.editManifest { $0["sequence"] = "2" }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "schema v3", code: "SB313",
            make: edited { editor in
                try editor.editManifest { $0["schema"] = "selfassess.bundle/v3" }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "schema v2 listing an answer that is not carried forward", code: "SB603",
            make: edited { editor in
                try editor.editManifest {
                    $0["schema"] = "selfassess.bundle/v2"
                    $0["unreviewed"] = ["A2.1"]
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a listed path with ../", code: "SB314",
            make: edited { editor in
                try editor.editListedFile { first in
                    first["path"] = "assessment/../../etc/passwd"
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a listed hash in upper case", code: "SB314",
            make: edited { editor in
                try editor.editListedFile { first in
                    first["sha256"] = .string((first["sha256"]?.stringValue ?? "").uppercased())
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a file listed twice", code: "SB315",
            make: edited { editor in
                try editor.editManifest { members in
                    guard case .array(var files) = members["files"] else { return }
                    files.insert(files[0], at: 0)
                    members["files"] = .array(files)
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a manifest over 1 MiB", code: "SB301",
            make: edited { editor in
                editor.manifestBytes += [UInt8](repeating: 0x20, count: 1 << 20)
            }),
    ]

    @Test(arguments: manifestCases) func manifest(_ tamper: Case) throws { try Self.check(tamper) }

    // MARK: - Signature file

    static let signatureCases: [Case] = [
        Case(
            name: "over 4 KiB", code: "SB201",
            make: signatureLines { lines in lines[0] += String(repeating: "x", count: 4096) }),
        Case(
            name: "CRLF line ends", code: "SB202",
            make: signatureLines { lines in lines = lines.map { $0 + "\r" } }),
        Case(
            name: "no final line feed", code: "SB203",
            make: edited { editor in
                editor.files[BundleManifest.signaturePath]?.removeLast()
            }),
        Case(
            name: "line 4 missing", code: "SB204",
            make: signatureLines { lines in lines.removeLast() }),
        Case(
            name: "an extra line", code: "SB204", make: signatureLines { lines in lines.append("") }
        ),
        Case(
            name: "line 1 without its prefix", code: "SB205",
            make: signatureLines { lines in lines[0] = "comment: x" }),
        Case(
            name: "line 3 without its prefix", code: "SB206",
            make: signatureLines { lines in
                lines[2] = String(lines[2].dropFirst("trusted ".count))
            }),
        Case(
            name: "bad base64", code: "SB208",
            make: signatureLines { lines in lines[1] = "!" + lines[1].dropFirst() }),
        Case(
            name: "a signature of 73 bytes", code: "SB209",
            make: signatureBlob { blob in blob.removeLast() }),
        Case(
            name: "a signature of 75 bytes", code: "SB209",
            make: signatureBlob { blob in blob.append(0) }),
        Case(
            name: "a global signature of 63 bytes", code: "SB210",
            make: signatureLines { lines in
                lines[3] = StrictBase64.encode(
                    Array((StrictBase64.decode(Array(lines[3].utf8)) ?? []).dropLast()))
            }),
        Case(
            name: "algorithm ED (prehashed)", code: "SB211",
            make: signatureBlob { blob in blob[1] = UInt8(ascii: "D") }),
        Case(
            name: "key number changed", code: "SB220",
            make: signatureBlob { blob in blob[2] ^= 0xFF }),
        Case(
            name: "a signature byte changed", code: "SB221",
            make: signatureBlob { blob in blob[40] ^= 0x01 }),
        Case(
            name: "trusted comment edited", code: "SB222",
            make: signatureLines { lines in
                lines[2] = lines[2].replacingOccurrences(of: "year=2025", with: "year=2026")
            }),
        Case(
            name: "global signature changed", code: "SB222",
            make: signatureLines { lines in
                var global = StrictBase64.decode(Array(lines[3].utf8)) ?? []
                global[0] ^= 0x01
                lines[3] = StrictBase64.encode(global)
            }),
        Case(
            name: "untrusted comment edited", code: "SB224",
            make: signatureLines { lines in
                lines[0] = "untrusted comment: signed by acme, trust me"
            }),
        Case(
            name: "a validly signed trusted comment for another manifest", code: "SB223",
            make: edited { editor in
                try editor.resign(
                    with: BundleFixtures.signer,
                    comment: "selfassess.bundle/v1 signatory=acme year=2025 seq=2 manifest-sha256="
                        + String(repeating: "0", count: 64))
            }),
        Case(
            name: "a validly signed trusted comment naming another year", code: "SB223",
            make: edited { editor in
                let digest = BundleManifest.sha256(editor.manifestBytes)
                try editor.resign(
                    with: BundleFixtures.signer,
                    comment:
                        "selfassess.bundle/v1 signatory=acme year=2024 seq=2 manifest-sha256=\(digest)"
                )
            }),
    ]

    @Test(arguments: signatureCases) func signature(_ tamper: Case) throws {
        try Self.check(tamper)
    }

    // MARK: - Keys

    /// The society's keys: acme's, and huabei-news's registered to huabei-news.
    static let keyring = TestKeyring(keys: [
        TrustedKey(publicKey: BundleFixtures.signer.publicKey, signatory: "acme"),
        TrustedKey(publicKey: BundleFixtures.huabeiKey.publicKey, signatory: "huabei-news"),
    ])

    /// The scores edited, and the manifest updated and re-signed with a key.
    private static func scoresEdited(
        signedBy key: SigningKey
    ) -> @Sendable (BundleFixtures.Chain) throws -> URL {
        edited { editor in
            let text = String(decoding: editor.files[Self.scores] ?? [], as: UTF8.self)
            try editor.replace(
                Self.scores,
                with: Array(text.replacingOccurrences(of: "\"93.38\"", with: "\"99.38\"").utf8))
            try editor.editManifest {
                $0["signer_key_id"] = .string(key.publicKey.keyID.description)
            }
            try editor.resign(with: key)
        }
    }

    private static func keyringFailure(
        _ keys: [TrustedKey]
    ) -> @Sendable (URL, BundleFixtures.Chain) -> BundleError? {
        { url, _ in BundleFixtures.failure(url, keys: TestKeyring(keys: keys)) }
    }

    private static func day(_ text: String) -> CalendarDate {
        CalendarDate(text) ?? .startOfYear(2000)
    }

    static let keyCases: [Case] = [
        Case(
            name: "scores edited, re-signed with an unregistered key", code: "SB220",
            make: scoresEdited(signedBy: BundleFixtures.other)),
        Case(
            name: "scores edited, re-signed with an unregistered key, keyring", code: "SB220",
            make: scoresEdited(signedBy: BundleFixtures.other),
            verify: { url, _ in BundleFixtures.failure(url, keys: Self.keyring) }),
        Case(
            name: "scores edited, re-signed with another signatory's registered key", code: "SB402",
            make: scoresEdited(signedBy: BundleFixtures.huabeiKey),
            verify: { url, _ in BundleFixtures.failure(url, keys: Self.keyring) }),
        Case(
            name: "scores edited, re-signed with acme's own key", code: "SB605",
            make: scoresEdited(signedBy: BundleFixtures.signer)),
        Case(
            name: "signer_key_id naming another key", code: "SB401",
            make: edited { editor in
                try editor.editManifest {
                    $0["signer_key_id"] = .string(BundleFixtures.other.publicKey.keyID.description)
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a key valid only from after the creation day", code: "SB403",
            make: { chain in chain.acme2025 },
            verify: keyringFailure([
                TrustedKey(
                    publicKey: BundleFixtures.signer.publicKey, signatory: "acme",
                    validFrom: day("2026-03-01"))
            ])),
        Case(
            name: "an expired key", code: "SB404", make: { chain in chain.acme2025 },
            verify: keyringFailure([
                TrustedKey(
                    publicKey: BundleFixtures.signer.publicKey, signatory: "acme",
                    validUntil: day("2025-12-31"))
            ])),
        Case(
            name: "a revoked key", code: "SB405", make: { chain in chain.acme2025 },
            verify: keyringFailure([
                TrustedKey(
                    publicKey: BundleFixtures.signer.publicKey, signatory: "acme",
                    revocation: .init(date: day("2026-01-15"), reason: "key compromised"))
            ])),
    ]

    @Test(arguments: keyCases) func keys(_ tamper: Case) throws { try Self.check(tamper) }

    /// Two trusted keys that share a key number are each tried; the one that signed verifies.
    @Test func keysSharingAKeyNumberAreEachTried() throws {
        struct Colliding: TrustedKeys {
            func candidates(keynum: [UInt8]) -> [TrustedKey] {
                [
                    TrustedKey(publicKey: BundleFixtures.other.publicKey),
                    TrustedKey(publicKey: BundleFixtures.signer.publicKey),
                ]
            }
        }
        let chain = try BundleFixtures.chain.get()
        #expect(BundleFixtures.failure(chain.acme2025, keys: Colliding()) == nil)
        // The key valid on the creation day is chosen when the same key is registered twice.
        let twice = TestKeyring(keys: [
            TrustedKey(
                publicKey: BundleFixtures.signer.publicKey, signatory: "acme",
                validUntil: Self.day("2025-06-30")),
            TrustedKey(
                publicKey: BundleFixtures.signer.publicKey, signatory: "acme",
                validFrom: Self.day("2025-07-01")),
        ])
        let verified = try BundleFixtures.verifier(twice).verify(chain.acme2025)
        #expect(verified.key.validFrom == Self.day("2025-07-01"))
    }

    // MARK: - Content checks

    static let semanticCases: [Case] = [
        Case(
            name: "summary edited, re-signed", code: "SB606",
            make: edited { editor in
                try editor.editManifest { members in
                    guard case .object(var summary) = members["summary"] else { return }
                    summary["overall"] = "99.99"
                    members["summary"] = .object(summary)
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "the signatory's name edited, re-signed", code: "SB603",
            make: edited { editor in
                try editor.editManifest {
                    $0["signatory"] = ["id": "acme", "name": "Acme Holdings"]
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "an article answer edited, re-signed", code: "SB605",
            make: edited { editor in
                let path = "assessment/article-6.yaml"
                let text = String(decoding: editor.files[path] ?? [], as: UTF8.self)
                let changed = text.replacingOccurrences(of: "answer: yes", with: "answer: no")
                #expect(changed != text)
                try editor.replace(path, with: Array(changed.utf8))
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a YAML alias bomb, re-signed", code: "SB601",
            make: edited { editor in
                var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
                for level in 1...9 {
                    bomb +=
                        "l\(level): &l\(level) ["
                        + Array(repeating: "*\(level == 1 ? "a" : "l\(level - 1)")", count: 9)
                        .joined(separator: ", ") + "]\n"
                }
                try editor.replace("assessment/article-1.yaml", with: Array(bomb.utf8))
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a cited evidence file removed and unlisted, re-signed", code: "SB601",
            make: edited { editor in
                editor.files[Self.evidence] = nil
                try editor.editManifest { members in
                    guard case .array(let files) = members["files"] else { return }
                    members["files"] = .array(
                        files.filter { $0["path"]?.stringValue != Self.evidence })
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "results/scores.json removed and unlisted, re-signed", code: "SB604",
            make: edited { editor in
                editor.files[Self.scores] = nil
                try editor.editManifest { members in
                    guard case .array(let files) = members["files"] else { return }
                    members["files"] = .array(
                        files.filter { $0["path"]?.stringValue != Self.scores })
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "results/diff.json removed and unlisted, re-signed", code: "SB607",
            make: edited { editor in
                editor.files[BundleLayout.diffPath] = nil
                try editor.editManifest { members in
                    guard case .array(let files) = members["files"] else { return }
                    members["files"] = .array(
                        files.filter { $0["path"]?.stringValue != BundleLayout.diffPath })
                }
                try editor.resign(with: BundleFixtures.signer)
            }),
        Case(
            name: "a framework the verifier does not hold", code: "SB602",
            make: { chain in chain.acme2025 },
            verify: { url, _ in
                var framework = TestSupport.framework
                framework.sha256 = String(repeating: "0", count: 64)
                return BundleFixtures.failure(url, framework: framework)
            }),
    ]

    @Test(arguments: semanticCases) func semantics(_ tamper: Case) throws { try Self.check(tamper) }

    // MARK: - Chain

    private static func after(
        _ prior: @escaping @Sendable (BundleFixtures.Chain) -> URL
    ) -> @Sendable (URL, BundleFixtures.Chain) -> BundleError? {
        { url, chain in
            let priorURL = prior(chain)
            let state: BundleVerifier.Prior
            do throws(BundleError) {
                state = .verified(
                    try BundleFixtures.verifier(Self.keyring).verify(
                        priorURL, displayName: priorURL.lastPathComponent))
            } catch {
                state = .failed(name: priorURL.lastPathComponent, failure: error)
            }
            return BundleFixtures.failure(url, keys: Self.keyring, prior: state)
        }
    }

    static let chainCases: [Case] = [
        Case(
            name: "the 2025 bundle after the 2024 one", code: "", make: { $0.acme2025 },
            verify: after { $0.acme2024 }),
        Case(
            name: "the 2026 bundle after the 2025 one", code: "", make: { $0.acme2026 },
            verify: after { $0.acme2025 }),
        Case(
            name: "replay: the prior itself", code: "SB703", make: { $0.acme2025 },
            verify: after { $0.acme2025 }),
        Case(
            name: "replay: last year's bundle again", code: "SB703", make: { $0.acme2024 },
            verify: after { $0.acme2025 }),
        Case(
            name: "gap: 2026 after 2024", code: "SB704", make: { $0.acme2026 },
            verify: after { $0.acme2024 }),
        Case(
            name: "fork: 2025 after another 2024 bundle", code: "SB705", make: { $0.acme2025 },
            verify: after { $0.acme2024Again }),
        Case(
            name: "fork: the other branch", code: "SB705", make: { $0.acme2025Fork },
            verify: after { $0.acme2024 }),
        Case(
            name: "a prior of another signatory", code: "SB702", make: { $0.acme2025 },
            verify: after { $0.huabei2025 }),
        Case(
            name: "a prior that fails verification", code: "SB701", make: { $0.acme2025 },
            verify: after { chain in chain.folder.appendingPathComponent("no-such-prior.sabundle") }
        ),
        Case(
            name: "results/diff.json edited, re-signed", code: "SB607",
            make: edited { editor in
                let text = String(
                    decoding: editor.files[BundleLayout.diffPath] ?? [], as: UTF8.self)
                try editor.replace(
                    BundleLayout.diffPath,
                    with: Array(
                        text.replacingOccurrences(of: "\"improved\"", with: "\"regressed\"").utf8))
                try editor.resign(with: BundleFixtures.signer)
            }, verify: after { $0.acme2024 }),
    ]

    @Test(arguments: chainCases) func chain(_ tamper: Case) throws {
        let chain = try BundleFixtures.chain.get()
        let url = try tamper.make(chain)
        defer { BundleFixtures.discard(url) }
        let failure = tamper.verify(url, chain)
        #expect(
            (failure?.code ?? "") == tamper.code,
            "\(tamper.name): \(failure.map { "\($0.code) \($0)" } ?? "verified")")
    }

    /// Another first bundle given with a first bundle as the prior is no successor: it starts a new
    /// chain.
    ///
    /// It was called a replay ("sequence 1 is not after the prior's 1").
    @Test func aNewChainIsNotCalledAReplay() throws {
        let chain = try BundleFixtures.chain.get()
        let failure = Self.after { $0.acme2024 }(chain.acme2024Again, chain)
        #expect(failure?.code == "SB703")
        #expect(
            failure?.description.hasSuffix(
                ": not a successor: the bundle starts a new chain (sequence 1, no previous bundle), as the prior acme-2024.sabundle does"
            ) == true, "\(failure.map(String.init(describing:)) ?? "verified")")
        // The prior itself is still a replay.
        let same = Self.after { $0.acme2024 }(chain.acme2024, chain)
        #expect(same?.description.contains("replay: sequence 1 is not after") == true)
    }

    /// Two different bundles of one signatory for the same place, verified together: both fail.
    @Test func bundlesClaimingTheSamePlaceConflict() throws {
        let chain = try BundleFixtures.chain.get()
        let verifier = BundleFixtures.verifier()
        let names = [chain.acme2024, chain.acme2025, chain.acme2025Fork, chain.acme2025]
        let report = BundleVerificationReport(
            names.map { url in
                .init(
                    file: url.lastPathComponent,
                    outcome: Result { () throws(BundleError) in try verifier.verify(url) })
            })
        #expect(report.entries.map { $0.failure?.code } == [nil, "SB706", "SB706", "SB706"])
        #expect(report.failedCount == 3)
        #expect(
            report.entries[1].failure?.description.contains(
                "fork: another bundle of acme claims sequence 2") == true)
    }

    // MARK: - Fuzz

    /// 300 seeded random byte flips anywhere in the file: each fails with a BundleError, or, when
    /// the flip lands in ZIP metadata that carries no content (a timestamp, attribute bits), the
    /// bundle still verifies with the very same manifest.
    ///
    /// Never a crash, a hang or changed content.
    @Test func randomFlipsOfTheFileFailCleanly() throws {
        let chain = try BundleFixtures.chain.get()
        let original = [UInt8](try Data(contentsOf: chain.acme2025))
        let digest = try BundleFixtures.verifier().verify(chain.acme2025).manifestSHA256
        let dataRanges = try Self.dataRanges(chain.acme2025)
        var generator = SeededGenerator(state: 2025)
        let url = try BundleFixtures.scratch("fuzz")
        defer { BundleFixtures.discard(url) }
        var accepted: [Int] = []
        for _ in 0..<300 {
            var bytes = original
            let offset = Int.random(in: 0..<bytes.count, using: &generator)
            bytes[offset] ^= UInt8.random(in: 1...255, using: &generator)
            try Data(bytes).write(to: url)
            do {
                let verified = try BundleFixtures.verifier().verify(url)
                #expect(verified.manifestSHA256 == digest)
                #expect(
                    !dataRanges.contains { $0.contains(offset) },
                    "a flip at \(offset), inside entry data, verified")
                accepted.append(offset)
            } catch {
                #expect(!error.code.isEmpty)
            }
        }
        #expect(accepted.count <= 3, "flips in ZIP metadata that verified: \(accepted)")
    }

    /// 60 seeded random flips of entry contents, with the archive rewritten (CRCs fixed): every
    /// one fails.
    @Test func randomFlipsOfTheContentAlwaysFail() throws {
        let chain = try BundleFixtures.chain.get()
        let editor = try BundleEditor(chain.acme2025)
        let paths = editor.files.keys.sorted()
        var generator = SeededGenerator(state: 7)
        for _ in 0..<60 {
            var tampered = editor
            let path = paths[Int.random(in: 0..<paths.count, using: &generator)]
            var bytes = tampered.files[path] ?? []
            bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= UInt8.random(
                in: 1...255, using: &generator)
            tampered.files[path] = bytes
            let url = try tampered.write(name: "content-fuzz")
            #expect(BundleFixtures.failure(url) != nil, "a flip in \(path) verified")
            BundleFixtures.discard(url)
        }
    }

    /// The byte ranges of the entries' names and data (everything a flip there must break).
    private static func dataRanges(_ url: URL) throws -> [Range<Int>] {
        let reader = try ZIPContainerReader(url: url)
        return reader.entries.map { entry in
            let start = Int(entry.dataOffset) - entry.path.utf8.count
            return start..<(Int(entry.dataOffset) + entry.compressedSize)
        }
    }
}
