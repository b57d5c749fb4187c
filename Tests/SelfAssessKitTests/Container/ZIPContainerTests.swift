import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Writes bytes to a temporary archive and opens it with the hardened reader.
enum ZIPFixture {
    static func url(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "zip-\(UUID().uuidString).zip")
        try Data(bytes).write(to: url)
        return url
    }

    static func open(_ bytes: [UInt8], limits: BundleLimits = .default) throws -> ZIPContainerReader
    {
        let url = try url(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        return try ZIPContainerReader(url: url, displayName: "b.zip", limits: limits)
    }

    /// Opens and reads every entry, returning the first error.
    static func failure(_ bytes: [UInt8], limits: BundleLimits = .default) -> ContainerError? {
        do {
            let reader = try open(bytes, limits: limits)
            for entry in reader.entries { _ = try reader.read(entry) }
            return nil
        } catch let error as ContainerError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    static let manifest = ZIPCrafter.file("manifest.json", #"{"schema":"selfassess.bundle/v1"}"#)
    static let signature = ZIPCrafter.file("manifest.json.minisig", "untrusted comment: x\n")

    static func archive(_ items: [ZIPCrafter.Item]) -> [UInt8] { ZIPCrafter(items: items).build() }
}

@Suite(.tags(.medium))
struct ZIPContainerWriterTests {
    let folder: URL

    init() throws {
        folder = try TestSupport.temporaryFolder()
    }

    static let entries: [ZIPContainerWriter.Entry] = [
        .init(path: "results/scores.json", content: .bytes(Array(#"{"overall":"83.50"}"#.utf8))),
        .init(path: "manifest.json", content: .bytes(Array("{}".utf8))),
        .init(path: "article-1.yaml", content: .bytes(Array("article: 1\n".utf8))),
        .init(path: "manifest.json.minisig", content: .bytes([])),
        .init(path: "evidence/a-policy.pdf", content: .bytes((0..<70_000).map { UInt8($0 % 251) })),
    ]

    @Test func writesSortedStoredDeterministicEntries() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.sabundle")
        let second = folder.appendingPathComponent("b.sabundle")
        try ZIPContainerWriter.write(Self.entries, to: first)
        try ZIPContainerWriter.write(Self.entries.reversed(), to: second)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))

        let reader = try ZIPContainerReader(url: first, displayName: "a.sabundle")
        #expect(
            reader.entries.map(\.path) == [
                "article-1.yaml", "evidence/a-policy.pdf", "manifest.json", "manifest.json.minisig",
                "results/scores.json",
            ])
        #expect(reader.ignoredDirectoryCount == 0)
        for entry in Self.entries {
            guard case .bytes(let bytes) = entry.content else { continue }
            #expect(try reader.read(path: entry.path) == bytes)
        }
        #expect(
            reader.totalBytesRead
                == Self.entries.reduce(0) { total, entry in
                    if case .bytes(let bytes) = entry.content { return total + bytes.count }
                    return total
                })

        // Byte layout: DOS date 1980-01-01 00:00:00, method 0, UTF-8 names, mode 0644, no extras.
        let file = try RandomAccessFile(url: first, name: "a")
        let directory = try ZIPCentralDirectory.read(file, limits: .default)
        for record in directory.records {
            #expect(record.method == 0)
            #expect(record.flags == 0x0800)
            #expect(record.externalAttributes >> 16 == 0o100644)
            #expect(record.versionMadeBy >> 8 == 3)
        }
        let bytes = [UInt8](try Data(contentsOf: first))
        #expect(Array(bytes[10..<14]) == [0, 0, 0x21, 0])
        #expect(Array(bytes[28..<30]) == [0, 0])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func streamsFilesFromDisk() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("evidence.pdf")
        let content = (0..<200_000).map { UInt8(($0 * 7) % 256) }
        try Data(content).write(to: source)
        let target = folder.appendingPathComponent("x.sabundle")
        try ZIPContainerWriter.write(
            [.init(path: "evidence/e.pdf", content: .file(source))], to: target)
        let reader = try ZIPContainerReader(url: target)
        let (hex, size) = try reader.sha256(of: try #require(reader.entry(at: "evidence/e.pdf")))
        #expect(size == content.count)
        #expect(hex.count == 64)
        #expect(try reader.read(path: "evidence/e.pdf") == content)
    }

    @Test(arguments: [
        ("../x", ContainerError.unsafePath(file: "x", path: "../x", problem: .dotSegment)),
        ("Evidence/a", .unsafePath(file: "x", path: "Evidence/a", problem: .uppercase)),
        ("manifest.json", .duplicatePath(file: "x", path: "manifest.json")),
        ("manifest.json/a", .pathConflict(file: "x", path: "manifest.json")),
    ])
    func refusesBeforeWriting(_ path: String, _ expected: ContainerError) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("x.sabundle")
        let entries = [
            ZIPContainerWriter.Entry(path: "manifest.json", content: .bytes([1])),
            .init(path: path, content: .bytes([2])),
        ]
        #expect(throws: expected) {
            try ZIPContainerWriter.write(entries, to: target, displayName: "x")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aFailedWriteLeavesNothingAndKeepsTheOldFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("x.sabundle")
        try Data("old".utf8).write(to: target)
        let missing = folder.appendingPathComponent("missing.pdf")
        #expect(throws: ContainerError.self) {
            try ZIPContainerWriter.write(
                [.init(path: "evidence/a.pdf", content: .file(missing))], to: target,
                displayName: "x")
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["x.sabundle"])
    }

    @Test func enforcesTheCapsItWillBeReadWith() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("x.sabundle")
        let limits = BundleLimits(maxEntryCount: 2, maxEntrySize: 10, maxTotalSize: 15)
        #expect(throws: ContainerError.tooManyEntries(file: "x", count: 3, limit: 2)) {
            try ZIPContainerWriter.write(
                ["a", "b", "c"].map { .init(path: $0, content: .bytes([])) }, to: target,
                displayName: "x", limits: limits)
        }
        #expect(throws: ContainerError.entryTooLarge(file: "x", path: "a", size: 11, limit: 10)) {
            try ZIPContainerWriter.write(
                [.init(path: "a", content: .bytes(Array(repeating: 0, count: 11)))], to: target,
                displayName: "x", limits: limits)
        }
        #expect(throws: ContainerError.totalSizeExceeded(file: "x", limit: 15)) {
            try ZIPContainerWriter.write(
                ["a", "b"].map { .init(path: $0, content: .bytes(Array(repeating: 0, count: 8))) },
                to: target, displayName: "x",
                limits: limits)
        }
    }
}

@Suite(.tags(.medium))
struct ZIPContainerReaderTests {
    typealias Crafter = ZIPCrafter

    @Test func readsAHandMadeArchive() throws {
        let plain = Array("article: 2\n".utf8)
        let reader = try ZIPFixture.open(
            ZIPFixture.archive([
                ZIPFixture.manifest, ZIPFixture.signature, Crafter.directory("evidence/"),
                Crafter.file("evidence/x.pdf", "pdf"),
                Crafter.deflated("article-2.yaml", compressed: Deflate.stored(plain), plain: plain),
            ]))
        #expect(
            reader.entries.map(\.path) == [
                "manifest.json", "manifest.json.minisig", "evidence/x.pdf", "article-2.yaml",
            ])
        #expect(reader.ignoredDirectoryCount == 1)
        #expect(try reader.read(path: "article-2.yaml") == plain)
        #expect(try reader.read(path: "evidence/x.pdf") == Array("pdf".utf8))
        #expect(throws: ContainerError.noSuchEntry(file: "b.zip", path: "nothing")) {
            try reader.read(path: "nothing")
        }
    }

    /// Sizes and CRC after the data (flag bit 3), with and without the descriptor signature,
    /// as macOS and streaming zip tools write them.
    @Test(arguments: [true, false]) func acceptsDataDescriptors(_ signed: Bool) throws {
        let plain = Array("article: 3\n".utf8)
        var item = Crafter.deflated(
            "article-3.yaml", compressed: Deflate.stored(plain), plain: plain)
        item.flags |= 0x0008
        let descriptor = [crc32(plain), UInt32(item.data.count), UInt32(plain.count)].flatMap {
            value in
            (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) }
        }
        item.gapAfter = (signed ? [0x50, 0x4B, 0x07, 0x08] : []) + descriptor
        let reader = try ZIPFixture.open(ZIPFixture.archive([item, ZIPFixture.manifest]))
        #expect(try reader.read(path: "article-3.yaml") == plain)
        #expect(try reader.read(path: "manifest.json") == ZIPFixture.manifest.data)
    }

    @Test func inflatesFixedHuffmanData() throws {
        let plain = [UInt8](repeating: 0, count: 100_000)
        let reader = try ZIPFixture.open(
            ZIPFixture.archive([
                Crafter.deflated("zeros.bin", compressed: Deflate.zeros(plain.count), plain: plain)
            ]))
        #expect(try reader.read(path: "zeros.bin") == plain)
    }

    /// Each crafted archive, with the one error it must give.
    static func crafted() -> [(String, [UInt8], ContainerError)] {
        let good = [ZIPFixture.manifest, ZIPFixture.signature]
        func with(_ item: Crafter.Item) -> [UInt8] { ZIPFixture.archive(good + [item]) }
        var encrypted = Crafter.file("evidence/b.pdf", "secret")
        encrypted.flags |= 1
        var twinNFD = Crafter.file("e\u{301}.txt", "b")
        twinNFD.name = Array("e\u{301}.txt".utf8)
        var bzip2 = Crafter.file("article-1.yaml", "x")
        bzip2.method = 12
        var otherLocalName = Crafter.file("article-1.yaml", "x")
        otherLocalName.localName = Array("article-9.yaml".utf8)
        var otherLocalMethod = Crafter.file("article-1.yaml", "x")
        otherLocalMethod.localMethod = 8
        var gap = Crafter.file("article-1.yaml", "x")
        gap.gapAfter = Array("hidden".utf8)
        // Entry "b"'s local header and data sit inside entry "a"'s data.
        let inner = Array(ZIPFixture.archive([Crafter.file("b", "x")]).prefix(32))
        var overlapping = Crafter.file("b", "x")
        overlapping.offsetOverride = 31
        var fifo = Crafter.file("pipe", "")
        fifo.externalAttributes = 0o010644 << 16
        var loadedDirectory = Crafter.directory("evidence/")
        loadedDirectory.data = Array("data".utf8)
        var slashFile = Crafter.file("evidence/", "")
        slashFile.declaredSize = 0
        var lyingStored = Crafter.file("article-1.yaml", "x")
        lyingStored.declaredSize = 1000
        var countTooHigh = Crafter(items: good)
        countTooHigh.declaredCount = 3
        var countTooLow = Crafter(items: good)
        countTooLow.declaredCount = 1
        var prepended = Crafter(items: good)
        prepended.prefix = Array("#!/bin/sh\nexit 0\n".utf8)
        var trailing = Crafter(items: good)
        trailing.trailing = [0]
        var zip64 = Crafter(items: good)
        zip64.zip64Locator = true
        var split = Crafter(items: good)
        split.diskNumber = 1
        var zip64Extra = Crafter.file("article-1.yaml", "x")
        zip64Extra.extra = [0x01, 0x00, 0x00, 0x00]
        let bomb = [UInt8](repeating: 0, count: 3 << 20)
        var generator = SeededGenerator(state: 4096)
        // Random bytes without a "P", so no end record signature can occur by chance.
        let randomBytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }.map {
            $0 == 0x50 ? 0 : $0
        }
        var honestBomb = Crafter.deflated(
            "evidence/bomb.bin", compressed: Deflate.zeros(bomb.count), plain: bomb)
        honestBomb.declaredSize = bomb.count

        return [
            (
                "../x", with(Crafter.file("../x", "x")),
                .unsafePath(file: "b.zip", path: "../x", problem: .dotSegment)
            ),
            (
                "/abs", with(Crafter.file("/abs/path.txt", "x")),
                .unsafePath(file: "b.zip", path: "/abs/path.txt", problem: .absolute)
            ),
            (
                "backslash", with(Crafter.file("evidence\\..\\win.txt", "x")),
                .unsafePath(file: "b.zip", path: "evidence\\..\\win.txt", problem: .backslash)
            ),
            (
                "drive letter", with(Crafter.file("C:x", "x")),
                .unsafePath(file: "b.zip", path: "C:x", problem: .driveLetter)
            ),
            (
                "./x", with(Crafter.file("./x", "x")),
                .unsafePath(file: "b.zip", path: "./x", problem: .dotSegment)
            ),
            (
                "a//b", with(Crafter.file("a//b", "x")),
                .unsafePath(file: "b.zip", path: "a//b", problem: .emptySegment)
            ),
            (
                "symlink", with(Crafter.symlink("evidence/passwd", to: "/etc/passwd")),
                .symbolicLink(file: "b.zip", path: "evidence/passwd")
            ),
            (
                "FIFO", with(fifo),
                .unsupportedEntryType(file: "b.zip", path: "pipe", type: "a named pipe")
            ),
            (
                "duplicate manifest", with(Crafter.file("manifest.json", "{}")),
                .duplicatePath(file: "b.zip", path: "manifest.json")
            ),
            (
                "case twin", with(Crafter.file("Manifest.json", "{}")),
                .caseTwin(file: "b.zip", path: "Manifest.json", other: "manifest.json")
            ),
            (
                "NFC/NFD twin",
                ZIPFixture.archive(good + [Crafter.file("\u{e9}.txt", "a"), twinNFD]),
                .unicodeTwin(file: "b.zip", path: "e\u{301}.txt", other: "\u{e9}.txt")
            ),
            (
                "non-ASCII", with(Crafter.file("café.txt", "x")),
                .unsafePath(file: "b.zip", path: "café.txt", problem: .nonASCII)
            ),
            (
                "encrypted entry hiding later ones",
                ZIPFixture.archive([ZIPFixture.manifest, encrypted, ZIPFixture.signature]),
                .encryptedEntry(file: "b.zip", path: "evidence/b.pdf")
            ),
            (
                "unsupported method", with(bzip2),
                .unsupportedCompression(file: "b.zip", path: "article-1.yaml", method: 12)
            ),
            (
                "stray directory", with(Crafter.directory("empty/")),
                .strayDirectory(file: "b.zip", path: "empty/")
            ),
            (
                "directory with data",
                ZIPFixture.archive(good + [loadedDirectory, Crafter.file("evidence/a", "a")]),
                .directoryWithContent(file: "b.zip", path: "evidence/")
            ),
            (
                "regular file named like a folder", with(slashFile),
                .unsupportedEntryType(
                    file: "b.zip", path: "evidence/", type: "a regular file whose name ends in /")
            ),
            (
                "file and folder",
                ZIPFixture.archive(
                    good + [Crafter.file("evidence", "x"), Crafter.file("evidence/a", "a")]),
                .pathConflict(file: "b.zip", path: "evidence")
            ),
            (
                "stored size lie", with(lyingStored),
                .sizeMismatch(file: "b.zip", path: "article-1.yaml", declared: 1000, actual: 1)
            ),
            (
                "declared count too high", countTooHigh.build(),
                .entryCountMismatch(file: "b.zip", declared: 3, found: 2)
            ),
            (
                "declared count too low", countTooLow.build(),
                .entryCountMismatch(file: "b.zip", declared: 1, found: 2)
            ),
            ("prepended garbage", prepended.build(), .leadingData(file: "b.zip", bytes: 17)),
            (
                "bytes after the end record", trailing.build(),
                .malformedEndRecord(file: "b.zip", reason: "1 byte after it")
            ),
            ("ZIP64 locator", zip64.build(), .zip64NotSupported(file: "b.zip")),
            ("ZIP64 extra field", with(zip64Extra), .zip64NotSupported(file: "b.zip")),
            ("split archive", split.build(), .multiDisk(file: "b.zip")),
            (
                "local header names another file", with(otherLocalName),
                .malformedLocalHeader(
                    file: "b.zip", path: "article-1.yaml",
                    reason: "its local header names another file")
            ),
            (
                "local header gives another method", with(otherLocalMethod),
                .malformedLocalHeader(
                    file: "b.zip", path: "article-1.yaml",
                    reason: "its local header gives another compression method")
            ),
            (
                "hidden bytes between entries", ZIPFixture.archive([gap] + good),
                .hiddenData(file: "b.zip", offset: 45, bytes: 6)
            ),
            (
                "overlapping entries",
                ZIPFixture.archive([Crafter.file("a", bytes: inner), overlapping]),
                .overlappingEntries(file: "b.zip", path: "b")
            ),
            (
                "deflate bomb with its true size", with(honestBomb),
                .entryTooLarge(
                    file: "b.zip", path: "evidence/bomb.bin", size: bomb.count, limit: 1 << 20)
            ),
            ("random bytes", randomBytes, .missingEndRecord(file: "b.zip")),
            ("empty file", [], .missingEndRecord(file: "b.zip")),
        ]
    }

    static let smallLimits = BundleLimits(maxEntrySize: 1 << 20, maxTotalSize: 4 << 20)

    @Test(arguments: crafted())
    func refusesCraftedArchives(_ name: String, _ bytes: [UInt8], _ expected: ContainerError) {
        #expect(ZIPFixture.failure(bytes, limits: Self.smallLimits) == expected, "\(name)")
    }

    @Test func theEncryptedEntryReallyHidesTheRestFromZIPFoundation() throws {
        var encrypted = Crafter.file("evidence/b.pdf", "secret")
        encrypted.flags |= 1
        let url = try ZIPFixture.url(
            ZIPFixture.archive([ZIPFixture.manifest, encrypted, ZIPFixture.signature]))
        defer { try? FileManager.default.removeItem(at: url) }
        // ZIPFoundation alone iterates one of three entries and says nothing.
        #expect(ZIPContainerReader.zipFoundationEntryCount(url) == 1)
    }

    /// A 50 MiB stream declared as 1000 bytes stops after the first inflated chunk (at most as
    /// large as the compressed bytes), before the consumer sees anything.
    @Test func lyingDeclaredSizeStopsAtTheFirstExtraChunk() throws {
        let compressed = Deflate.zeros(50 << 20)
        var liar = Crafter.deflated("evidence/liar.bin", compressed: compressed, plain: [])
        liar.declaredSize = 1000
        liar.crc = 0
        let reader = try ZIPFixture.open(ZIPFixture.archive([liar]))
        let entry = try #require(reader.entries.first)
        var seen = 0
        let error = #expect(throws: ContainerError.self) {
            try reader.stream(entry) { seen += $0.count }
        }
        guard case .sizeMismatch(let file, let path, let declared, let actual) = error else {
            Issue.record("expected a size mismatch, got \(String(describing: error))")
            return
        }
        #expect(file == "b.zip" && path == "evidence/liar.bin" && declared == 1000)
        #expect(actual > 1000 && actual <= compressed.count)
        #expect(seen == 0)
        #expect(reader.totalBytesRead <= compressed.count)
    }

    @Test func streamedBytesCountAgainstTheTotal() throws {
        let limits = BundleLimits(maxEntrySize: 100, maxTotalSize: 150)
        let reader = try ZIPFixture.open(
            ZIPFixture.archive([
                Crafter.file("a", String(repeating: "a", count: 100)),
                Crafter.file("b", String(repeating: "b", count: 40)),
            ]),
            limits: limits)
        _ = try reader.read(path: "a")
        _ = try reader.read(path: "b")
        #expect(throws: ContainerError.totalSizeExceeded(file: "b.zip", limit: 150)) {
            try reader.read(path: "b")
        }
    }

    @Test func declaredSizesOverTheCapsAreRefusedOnOpening() {
        let limits = BundleLimits(maxEntrySize: 100, maxTotalSize: 150)
        let archive = ZIPFixture.archive([
            Crafter.file("a", String(repeating: "a", count: 100)),
            Crafter.file("b", String(repeating: "b", count: 60)),
        ])
        #expect(
            ZIPFixture.failure(archive, limits: limits)
                == .totalSizeExceeded(file: "b.zip", limit: 150))
        let big = ZIPFixture.archive([Crafter.file("a", String(repeating: "a", count: 101))])
        #expect(
            ZIPFixture.failure(big, limits: limits)
                == .entryTooLarge(file: "b.zip", path: "a", size: 101, limit: 100))
    }

    @Test func tooManyEntries() {
        let items = (0..<6).map { Crafter.file("e\($0)", "x") }
        #expect(
            ZIPFixture.failure(ZIPFixture.archive(items), limits: BundleLimits(maxEntryCount: 5))
                == .tooManyEntries(file: "b.zip", count: 6, limit: 5))
    }

    @Test func crcMismatchIsReported() {
        var item = Crafter.file("article-1.yaml", "article: 1\n")
        item.crc = 0xDEAD_BEEF
        #expect(
            ZIPFixture.failure(ZIPFixture.archive([item]))
                == .checksumMismatch(
                    file: "b.zip", path: "article-1.yaml", declared: 0xDEAD_BEEF,
                    actual: crc32(Array("article: 1\n".utf8))))
    }

    @Test func damagedDeflateDataFailsCleanly() {
        let plain = Array("hello".utf8)
        var garbage = Crafter.deflated("a", compressed: [0xFF, 0xFF, 0xFF, 0xFF], plain: plain)
        garbage.declaredSize = 5
        #expect(
            ZIPFixture.failure(ZIPFixture.archive([garbage]))
                == .corruptData(file: "b.zip", path: "a", reason: "the deflate data is damaged"))
    }

    /// A stored deflate block that promises 65535 bytes but is cut short: ZIPFoundation's own
    /// `extract` would read past the entry and spin at the end of the file; ours stops.
    @Test(.timeLimit(.minutes(1))) func truncatedDeflateStreamDoesNotHang() {
        let header: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00]
        var cut = Crafter.deflated("a", compressed: header + Array("abc".utf8), plain: [])
        cut.declaredSize = 65535
        #expect(
            ZIPFixture.failure(ZIPFixture.archive([cut]))
                == .corruptData(file: "b.zip", path: "a", reason: "the deflate data is cut short"))
    }

    @Test func truncatedAtEveryLengthFailsCleanly() {
        let archive = ZIPFixture.archive([
            ZIPFixture.manifest, ZIPFixture.signature, Crafter.file("evidence/a.pdf", "pdf"),
        ])
        for length in 0..<archive.count {
            #expect(ZIPFixture.failure(Array(archive.prefix(length))) != nil, "length \(length)")
        }
    }

    /// Random byte flips in a valid archive: every outcome is a clean success or a
    /// ``ContainerError``, never a crash or a hang.
    @Test(.timeLimit(.minutes(2))) func flippedBytesFailCleanly() throws {
        let plain = Array(String(repeating: "assessment ", count: 40).utf8)
        let archive = ZIPFixture.archive([
            ZIPFixture.manifest, ZIPFixture.signature, Crafter.directory("evidence/"),
            Crafter.file("evidence/a.pdf", "pdf"),
            Crafter.deflated("article-1.yaml", compressed: Deflate.stored(plain), plain: plain),
            Crafter.deflated(
                "zeros", compressed: Deflate.zeros(5000), plain: [UInt8](repeating: 0, count: 5000)),
        ])
        var generator = SeededGenerator(state: 1)
        var failures = 0
        for _ in 0..<400 {
            var bytes = archive
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] ^= UInt8.random(in: 1...255, using: &generator)
            }
            if ZIPFixture.failure(bytes) != nil { failures += 1 }
        }
        #expect(failures > 200)
    }

    @Test func readingChecksTheEntryBelongsToTheReader() throws {
        let one = try ZIPFixture.open(ZIPFixture.archive([Crafter.file("a", "one")]))
        let two = try ZIPFixture.open(
            ZIPFixture.archive([Crafter.file("a", "two"), Crafter.file("b", "x")]))
        let foreign = try #require(two.entry(at: "b"))
        #expect(throws: ContainerError.noSuchEntry(file: "b.zip", path: "b")) {
            try one.read(foreign)
        }
    }

    @Test func errorCodesAreDistinctPerCase() {
        let codes = Self.crafted().map(\.2.code)
        #expect(Set(codes).count >= 20)
        #expect(ContainerError.unreadable(file: "x", reason: "r").isInputOutputFailure)
        #expect(!ContainerError.symbolicLink(file: "x", path: "p").isInputOutputFailure)
    }

    @Test func aFolderOrPipeIsNotRead() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ContainerError.notRegularFile(file: "d", kind: "a folder")) {
            try ZIPContainerReader(url: folder, displayName: "d")
        }
        let fifo = folder.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(throws: ContainerError.notRegularFile(file: "f", kind: "a named pipe")) {
            try ZIPContainerReader(url: fifo, displayName: "f")
        }
        #expect(throws: ContainerError.unreadable(file: "m", reason: "no such file")) {
            try ZIPContainerReader(url: folder.appendingPathComponent("missing"), displayName: "m")
        }
    }
}
