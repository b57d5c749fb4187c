import Foundation
import SampleSector
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// The sample generator makes the same bytes from the same seed.
///
/// Every file of a small sector
/// (keys, keyring, assessments, bundles, planted.json) has the SHA-256 recorded in
/// `Golden/samplegen/seed-7.sha256`, which the generator made before it rendered the templates'
/// comments once and escaped text without copying it (issue 13). A faster generator must not
/// change a byte.
@Suite struct SampleSectorBytesTests {
    @Test func theSameSeedMakesTheSameBytes() async throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("sector")
        let generator = SectorGenerator(
            framework: TestSupport.framework,
            options: SectorGenerator.Options(
                seed: 7, signatories: 8, years: 2, concurrency: 2, keepAssessments: true),
            today: TestSupport.today)
        _ = try await generator.generate(into: folder)
        Golden.check(try Self.digests(of: folder), named: "samplegen/seed-7.sha256")
    }

    /// `sha256  path` for every file under a folder, sorted by path.
    static func digests(of folder: URL) throws -> String {
        let root = folder.standardizedFileURL.path
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        var lines: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = root + "/" + relative
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            lines.append("\(BundleManifest.sha256(bytes))  \(relative)")
        }
        lines.sort { $0.split(separator: " ").last ?? "" < $1.split(separator: " ").last ?? "" }
        return lines.joined(separator: "\n") + "\n"
    }
}
