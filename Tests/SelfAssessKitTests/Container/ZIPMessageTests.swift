import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The ZIP reader's messages say what an archive really holds and what was done to it.
@Suite(.tags(.medium))
struct ZIPMessageTests {
    /// A deflated entry declaring 5 bytes more than it holds: the message gives what it holds
    /// (the manifest lists the true size, so only the archive's own size field lies).
    @Test func aDeflatedEntryDeclaringTooMuchSaysWhatItHolds() throws {
        let chain = try BundleFixtures.chain.get()
        var crafter = ZIPCrafter(items: try BundleEditor(chain.acme2025).items)
        let path = BundleLayout.assessmentPath("article-1.yaml")
        let index = try #require(crafter.items.firstIndex { $0.name == Array(path.utf8) })
        let plain = crafter.items[index].data
        var item = ZIPCrafter.deflated(path, compressed: Deflate.stored(plain), plain: plain)
        item.declaredSize = plain.count + 5
        crafter.items[index] = item
        let url = try BundleFixtures.write(crafter.build())
        defer { BundleFixtures.discard(url) }

        let error = try #require(BundleFixtures.failure(url))
        let name = url.lastPathComponent
        #expect(
            error.description
                == "\(name): \"\(path)\" declares \(plain.count + 5) bytes but holds \(plain.count)"
        )
    }

    /// A second central directory and end record in the comment of the real end record: the last
    /// end record (which most readers take) is the hidden one.
    ///
    /// Not "data prepended".
    @Test func aCentralDirectoryHiddenInTheCommentIsNamed() throws {
        let archive = ZIPFixture.archive([
            ZIPFixture.manifest, ZIPCrafter.file("article-1.yaml", "article: 1\n"),
            ZIPFixture.signature,
        ])
        let end = Array(archive.suffix(22))
        let centralSize = Int(end[12]) | Int(end[13]) << 8
        let centralOffset = Int(end[16]) | Int(end[17]) << 8
        let central = Array(archive[centralOffset..<centralOffset + centralSize])
        let hidden = central + end
        var outer = end
        outer[20] = UInt8(hidden.count & 0xFF)
        outer[21] = UInt8(hidden.count >> 8)
        let tampered = Array(archive.dropLast(22)) + outer + hidden

        let error = try #require(ZIPFixture.failure(tampered))
        #expect(error.code == "SB150")
        #expect(
            error.description
                == "b.zip: a second central directory is hidden in the ZIP comment (an end record "
                + "at byte \(tampered.count - 22) lies inside the comment of the end record at "
                + "byte \(archive.count - 22)); ZIP readers would disagree on the files")
    }
}
