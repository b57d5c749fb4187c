import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

@Suite(.tags(.small))
struct SupportTests {
    @Test(arguments: [
        ("2025-06-30", true), ("2024-02-29", true), ("2025-02-29", false), ("2025-13-01", false),
        ("2025/06/30", false), ("25-06-30", false), ("2025-6-30", false), ("２０２５-06-30", false),
    ])
    func calendarDates(text: String, valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
        if valid { #expect(CalendarDate(text)?.description == text) }
    }

    @Test(arguments: [
        ("2025-12-31", 12, "2024-12-31"), ("2025-03-31", 1, "2025-02-28"),
        ("2024-03-31", 1, "2024-02-29"),
        ("2025-12-31", 24, "2023-12-31"), ("2025-01-15", 1, "2024-12-15"),
    ])
    func subtractingMonths(from: String, months: Int, expected: String) {
        #expect(CalendarDate(from)?.subtractingMonths(months).description == expected)
    }

    @Test(arguments: [
        ("abc", 3), ("北京", 4), ("A2.1 真实身份", 13), ("é", 1), ("e\u{301}", 1), ("", 0), ("👍", 2),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func wrapsChineseAndEnglish() {
        let lines = DisplayWidth.wrap("真实身份信息认证 and real identity checks", width: 10)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(
            lines.joined().replacingOccurrences(of: " ", with: "")
                == "真实身份信息认证andrealidentitychecks")
    }

    @Test(arguments: [
        ("anwser", ["answer", "evidence", "note"], "answer"),
        ("socail", ["social", "news"], "social"),
        ("Yes", ["yes", "no"], "yes"), ("completely-different", ["yes", "no"], nil),
    ])
    func suggestions(word: String, candidates: [String], expected: String?) {
        #expect(Suggestions.closest(to: word, in: candidates) == expected)
    }

    @Test(arguments: [
        ("A1.2", "A1.10"), ("A1.9", "A2.1"), ("A2.10", "A10.1"), ("A1.02", "A1.2"), ("A1", "A1.1"),
        ("a-2", "a-10"),
    ])
    func indicatorOrderComparesNumbersAsNumbers(_ first: String, _ second: String) {
        #expect(IndicatorOrder.precedes(first, second))
        #expect(!IndicatorOrder.precedes(second, first))
    }

    @Test func fieldPaths() {
        let path = FieldPath.root.key("indicators").key("A2.1").key("evidence").index(0)
        #expect(path.description == "indicators[\"A2.1\"].evidence[0]")
        #expect(FieldPath.root.key("signatory").key("id").description == "signatory.id")
        #expect(FieldPath.root.key("carried-forward").description == "carried-forward")
    }

    @Test(arguments: [
        ("compliance@acme.example.cn", true), ("a.b+c@example.com", true),
        ("no-at.example.cn", false),
        ("two@@example.cn", false), ("a@b", false), ("a b@example.cn", false),
        ("a@example.c", false),
    ])
    func emails(text: String, valid: Bool) {
        #expect(Identifiers.looksLikeEmail(text) == valid)
    }

    @Test(arguments: [
        ("acme", true), ("huabei-news", true), ("a", false), ("ACME", false), ("-acme", false),
        ("acme_x", false),
    ])
    func signatoryIDs(text: String, valid: Bool) {
        #expect(Identifiers.isSignatoryID(text) == valid)
    }

    @Test(arguments: [
        ("6", "6.00"), ("92.345", "92.35"), ("92.344", "92.34"), ("-1.005", "-1.01"), ("0", "0.00"),
    ])
    func decimalFormatting(text: String, expected: String) throws {
        let value = try #require(DecimalText.parse(text))
        #expect(DecimalText.format(value, places: 2) == expected)
    }

    @Test(arguments: ["1e3", "1,000", "95%", ".5", "5.", "0x10", "", "+", "1.2.3"])
    func decimalsRejectOtherForms(_ text: String) {
        #expect(DecimalText.parse(text) == nil)
    }

    /// Foundation's errors become the system's words, never `Error Domain=… UserInfo={…}`.
    @Test(arguments: [
        (
            NSError(
                domain: NSCocoaErrorDomain, code: CocoaError.fileWriteNoPermission.rawValue,
                userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: 13)]),
            "Permission denied"
        ),
        (
            NSError(
                domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
                userInfo: [NSUnderlyingErrorKey: POSIXError(.ENOTDIR)]),
            "Not a directory"
        ),
        (CocoaError(.fileWriteNoPermission) as NSError, "Permission denied"),
        (CocoaError(.fileWriteOutOfSpace) as NSError, "No space left on device"),
        (POSIXError(.EROFS) as NSError, "Read-only file system"),
    ])
    func foundationErrorsInWords(_ error: NSError, _ reason: String) {
        #expect(FileReader.systemError(error) == reason)
    }

    @Test func atomicWriteGivesTheSystemsReason() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("file"))
        let error = #expect(throws: FileWriteFailure.self) {
            try AtomicFile.write(Data("x".utf8), to: folder.appendingPathComponent("file/out"))
        }
        #expect(error?.reason == "Not a directory")
        let missing = #expect(throws: FileWriteFailure.self) {
            try AtomicFile.write(Data("x".utf8), to: folder.appendingPathComponent("no/out"))
        }
        #expect(missing?.reason == "no such folder \(folder.appendingPathComponent("no").path)")
        try AtomicFile.write(
            Data("x".utf8), to: folder.appendingPathComponent("secret"), permissions: 0o600)
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: folder.appendingPathComponent("secret").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "file", "secret",
            ])
    }

    /// What a signal handler removes: the registered files that still exist, once.
    @Test func temporaryFilesRemovesWhatIsRegistered() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (kept, dropped, done) = (
            folder.appendingPathComponent(".a.tmp-1"), folder.appendingPathComponent(".b.tmp-2"),
            folder.appendingPathComponent("c")
        )
        for url in [kept, dropped, done] { try Data().write(to: url) }
        // A registry of its own: the shared one holds other tests' files.
        let files = TemporaryFiles()
        files.register(dropped)
        files.register(done)
        files.unregister(done)
        files.removeAll()
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                ".a.tmp-1", "c",
            ])
        try Data().write(to: dropped)
        files.removeAll()
        #expect(FileManager.default.fileExists(atPath: dropped.path))
    }

    @Test func atomicWriteLeavesNoTemporaryFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.json")
        try AtomicFile.write(Data("one".utf8), to: file)
        try AtomicFile.write(Data("two".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
        #expect(throws: FileWriteFailure.self) {
            try AtomicFile.write(Data(), to: folder.appendingPathComponent("missing/out.json"))
        }
    }

    /// A size just over a limit is given exactly, not rounded to the limit.
    @Test(arguments: [
        (8_391_731, 8 << 20, "8,391,731 bytes"), (9 << 20, 8 << 20, "9 MiB"),
        (1025, 1024, "1,025 bytes"), (999, 100, "999 bytes"),
    ])
    func sizeBesideItsLimit(size: Int, limit: Int, expected: String) {
        #expect(ByteCount.describe(size, beside: limit) == expected)
    }

    /// A diagnostic's message is one line, even when it quotes a block scalar.
    @Test func diagnosticMessagesAreOneLine() {
        let diagnostic = Diagnostic(.invalidAnswer, "`yes\n` is not an answer", at: .file("f.yaml"))
        #expect(diagnostic.message == "`yes\\n` is not an answer")
        #expect(diagnostic.description == "f.yaml: error: `yes\\n` is not an answer [SA202]")
    }

    /// A placement that fails halfway takes its steps back: the target holds its old files,
    /// nothing new, and the files it had beside them.
    @Test(arguments: ["b.yaml", "sub", "sub/c.yaml"])
    func folderPlacementRollsBackAFailure(failingAt: String) throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("target")
        let staging = root.appendingPathComponent(".target.new")
        for folder in [target, staging, staging.appendingPathComponent("sub")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for name in ["a.yaml", "b.yaml", "notes.txt"] {
            try Data("old \(name)".utf8).write(to: target.appendingPathComponent(name))
        }
        for name in ["a.yaml", "b.yaml", "new.yaml", "sub/c.yaml"] {
            try Data("new \(name)".utf8).write(to: staging.appendingPathComponent(name))
        }
        func contents() throws -> [String: String] {
            var result: [String: String] = [:]
            let names = FileManager.default.subpaths(atPath: target.path) ?? []
            for name in names where !name.hasSuffix("sub") {
                result[name] = try String(
                    contentsOf: target.appendingPathComponent(name), encoding: .utf8)
            }
            return result
        }
        let before = try contents()
        let error = #expect(throws: FolderPlacement.Failure.self) {
            try FolderPlacement.place(staging, at: target, displayName: "target") {
                $0 == failingAt ? "Operation not permitted" : nil
            }
        }
        #expect(
            error
                == FolderPlacement.Failure(
                    path: "target/\(failingAt)", reason: "Operation not permitted"))
        #expect(try contents() == before)
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("sub").path))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [
                ".target.new", "target",
            ])

        try FolderPlacement.place(staging, at: target, displayName: "target")
        #expect(
            try contents() == [
                "a.yaml": "new a.yaml", "b.yaml": "new b.yaml", "new.yaml": "new new.yaml",
                "sub/c.yaml": "new sub/c.yaml", "notes.txt": "old notes.txt",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["target"])
    }
}
