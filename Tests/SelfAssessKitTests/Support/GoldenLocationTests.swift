import Foundation
import Testing

/// Golden files are found at the test target's root whichever subfolder a test sits in: after
/// the tests moved into folders, a path taken beside the calling file found none and recorded
/// new ones, so every golden test failed on a clean clone.
@Suite(.tags(.small))
struct GoldenLocationTests {
    @Test(arguments: ["policy/broken.txt", "score/acme-2025.json", "aggregate/small-sector.json"])
    func goldensCommittedForTestsInSubfoldersAreFound(name: String) {
        #expect(Golden.folder.path.hasSuffix("Tests/SelfAssessKitTests/Golden"))
        #expect(
            FileManager.default.fileExists(atPath: Golden.folder.appendingPathComponent(name).path))
    }
}
