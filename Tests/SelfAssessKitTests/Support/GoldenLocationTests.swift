import Foundation
import SelfAssessTestSupport
import Testing

/// Golden files are found in Tests/Golden whichever target and subfolder a test sits in: after
/// the tests moved into folders, a path taken beside the calling file found none and recorded
/// new ones, so every golden test failed on a clean clone.
@Suite(.tags(.small))
struct GoldenLocationTests {
    @Test(arguments: [
        "policy/broken.txt", "validate/broken-sample.sarif", "aggregate/small-sector.json",
    ])
    func goldensCommittedForTestsInSubfoldersAreFound(name: String) {
        #expect(Golden.folder.path.hasSuffix("Tests/Golden"))
        #expect(
            FileManager.default.fileExists(atPath: Golden.folder.appendingPathComponent(name).path))
    }
}
