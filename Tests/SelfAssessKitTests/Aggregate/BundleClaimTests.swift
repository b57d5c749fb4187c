import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Whom a refused bundle is filed under: its manifest's claim whenever the manifest can be read,
/// even from a container refused at intake; the file name only when it cannot.
@Suite(.tags(.small))
struct BundleClaimTests {
    /// acme 2025's entries in a raw archive, edited; written under a name that claims nothing.
    private func crafted(_ edit: (inout ZIPCrafter) -> Void) throws -> URL {
        let chain = try BundleFixtures.chain.get()
        var crafter = ZIPCrafter(items: try BundleEditor(chain.acme2025).items)
        edit(&crafter)
        return try BundleFixtures.write(crafter.build(), name: "intake")
    }

    /// A bundle refused at intake for an extra `../` entry is filed under the signatory, year
    /// and sequence of its manifest (it was filed under its file name, here nothing).
    @Test func aContainerRefusedAtIntakeIsFiledUnderItsManifest() throws {
        let chain = try BundleFixtures.chain.get()
        let intact = BundleClaim.read(chain.acme2025, displayName: "acme-2025.sabundle")
        #expect(intact == BundleClaim(signatory: "acme", year: 2025, sequence: 2))

        let escaping = try crafted { $0.items.append(ZIPCrafter.file("../escape.txt", "x")) }
        defer { BundleFixtures.discard(escaping) }
        #expect(BundleFixtures.failure(escaping)?.code == "SB120")
        #expect(BundleClaim.read(escaping, displayName: "intake.sabundle") == intact)
    }

    /// When the manifest cannot be read on its own (two of them, or its bytes changed under its
    /// CRC), nothing is claimed from it: the file name is used.
    @Test func anUnreadableManifestFallsBackToTheFileName() throws {
        let manifest = Array(BundleManifest.path.utf8)
        let twice = try crafted { zip in
            zip.items.append(ZIPCrafter.file("../escape.txt", "x"))
            if let item = zip.items.first(where: { $0.name == manifest }) { zip.items.append(item) }
        }
        defer { BundleFixtures.discard(twice) }
        #expect(BundleClaim.read(twice, displayName: "intake.sabundle") == BundleClaim())

        let damaged = try crafted { zip in
            zip.items.append(ZIPCrafter.file("../escape.txt", "x"))
            if let index = zip.items.firstIndex(where: { $0.name == manifest }) {
                zip.items[index].crc = crc32(zip.items[index].uncompressed)
                zip.items[index].data[0] ^= 0x01
            }
        }
        defer { BundleFixtures.discard(damaged) }
        #expect(BundleClaim.read(damaged, displayName: "intake.sabundle") == BundleClaim())
    }
}
