import Foundation
import SelfAssessTestSupport
import Testing

/// docs/bundle.md lists every error code the bundle layer can give, and no other.
@Suite(.tags(.small))
struct BundleDocsTests {
    @Test func everyCodeIsDocumented() throws {
        let root = TestSupport.packageRoot
        var inSources: Set<String> = []
        let folder = root.appendingPathComponent("Sources/SelfAssessKit")
        let files =
            FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /"(SB[0-9]{3})"/) {
                inSources.insert(String(match.output.1))
            }
        }
        let page = try String(
            contentsOf: root.appendingPathComponent("docs/bundle.md"), encoding: .utf8)
        var inTable: Set<String> = []
        for match in page.matches(of: /\n\| (SB[0-9]{3}) \|/) {
            inTable.insert(String(match.output.1))
        }
        #expect(inSources.count > 90)
        #expect(inSources.subtracting(inTable).sorted() == [], "codes missing from docs/bundle.md")
        #expect(inTable.subtracting(inSources).sorted() == [], "codes documented but never given")
    }
}
