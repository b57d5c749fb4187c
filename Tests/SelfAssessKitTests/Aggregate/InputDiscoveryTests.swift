import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

#if canImport(Glibc)
    import Glibc
#endif

/// Finding bundles in `aggregate`'s inputs.
@Suite(.tags(.small))
struct InputDiscoveryTests {
    static func touch(_ url: URL) throws {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: url)
    }

    @Test func foldersAreSearchedRecursivelyForBundles() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for path in [
            "in/2025/b.sabundle", "in/2025/deep/c.sabundle", "in/a.sabundle", "in/notes.txt",
            "in/.hidden.sabundle",
            "in/.tmp/d.sabundle", "other.zip",
        ] {
            try Self.touch(root.appendingPathComponent(path))
        }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("in/folder.sabundle"), withIntermediateDirectories: true
        )
        let found = InputDiscovery.find([
            root.path + "/in/", root.appendingPathComponent("other.zip").path,
        ])
        let names = found.bundles.map { String($0.displayName.dropFirst(root.path.count)) }
        // Hidden files and folders are searched too; a file that is not a bundle is listed.
        #expect(
            names == [
                "/in/.hidden.sabundle", "/in/.tmp/d.sabundle", "/in/2025/b.sabundle",
                "/in/2025/deep/c.sabundle", "/in/a.sabundle", "/other.zip",
            ])
        #expect(
            found.skipped.map { "\($0.file.dropFirst(root.path.count)) \($0.reason.rawValue)" }
                == ["/in/notes.txt not-a-bundle"])
        #expect(found.notFound.isEmpty && found.unreadableFolders.isEmpty)
    }

    @Test func aFileReachedTwiceIsReadOnceUnderTheFirstName() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("in/a.sabundle")
        try Self.touch(file)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("in/link.sabundle"), withDestinationURL: file)
        for inputs in [[file.path, root.path + "/in"], [root.path + "/in", file.path]] {
            let found = InputDiscovery.find(inputs)
            #expect(found.bundles.map(\.displayName) == [root.path + "/in/a.sabundle"])
            #expect(
                found.skipped.map { "\($0.file) \($0.reason.rawValue)" } == [
                    root.path + "/in/link.sabundle same-file"
                ])
        }
    }

    @Test func missingInputsAndUnreadableEntriesAreReported() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        // A link to nothing is a bundle that cannot be read: verify reports it (SB001).
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("in"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("in/gone.sabundle").path,
            withDestinationPath: "/nonexistent/gone.sabundle")
        let found = InputDiscovery.find([root.path + "/in", root.path + "/nope"])
        #expect(found.notFound == [root.path + "/nope"])
        #expect(found.bundles.map(\.displayName) == [root.path + "/in/gone.sabundle"])
    }

    @Test(.enabled(if: getuid() != 0, "root reads folders whatever their permissions"))
    func aFolderThatCannotBeListedIsReported() throws {
        let root = try TestSupport.temporaryFolder()
        defer {
            chmod(root.appendingPathComponent("in/locked").path, 0o755)
            try? FileManager.default.removeItem(at: root)
        }
        try Self.touch(root.appendingPathComponent("in/locked/a.sabundle"))
        chmod(root.appendingPathComponent("in/locked").path, 0o000)
        let found = InputDiscovery.find([root.path + "/in"])
        #expect(found.unreadableFolders.map(\.path) == [root.path + "/in/locked"])
        #expect(found.bundles.isEmpty)
    }

    @Test(
        arguments: [
            ("acme-2025.sabundle", "acme", 2025),
            ("huabei-news-2025.sabundle", "huabei-news", 2025),
            ("acme-2025-resubmitted.sabundle", nil, nil), ("Acme-2025.sabundle", nil, nil),
            ("acme.sabundle", nil, nil),
            ("acme-25.sabundle", nil, nil), ("acme-2025.zip", nil, nil),
        ] as [(String, String?, Int?)])
    func fileNamesClaimASignatoryAndYear(_ name: String, _ signatory: String?, _ year: Int?) {
        let claim = BundleClaim.fromFileName(name)
        #expect(claim.signatory == signatory && claim.year == year)
    }
}
