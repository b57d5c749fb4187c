import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Files generated from the framework or the code must match what the code generates now.
@Suite(.tags(.small))
struct DriftTests {
    @Test func builtinFrameworkIsTemplatesFramework() throws {
        let file = TestSupport.packageRoot.appendingPathComponent("Templates/framework.yaml")
        let onDisk = try String(contentsOf: file, encoding: .utf8)
        #expect(onDisk == BuiltinFramework.text, "run Scripts/embed.sh (or `make templates`)")
    }

    /// The generated sources are byte for byte what Scripts/embed.sh writes: regenerating them
    /// leaves no diff (it used to leave swift-format's indentation as one).
    @Test(.needs(.sh)) func embeddedSourcesAreExactlyWhatTheScriptWrites() throws {
        let shell = try #require(ExternalTool.Name.sh.url)
        let result = try ExternalTool.run(
            shell,
            [TestSupport.packageRoot.appendingPathComponent("Scripts/embed.sh").path, "--check"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test(arguments: ["assessment.yaml"] + (1...7).map { "article-\($0).yaml" })
    func templatesMatchTheFramework(_ name: String) throws {
        let rendered = TemplateRenderer(framework: TestSupport.framework).files().first {
            $0.name == name
        }
        let onDisk = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates")
                .appendingPathComponent(name),
            encoding: .utf8)
        #expect(
            rendered?.content == onDisk,
            "Templates/\(name) drifted from the framework; run `make templates`")
    }

    @Test func diagnosticsPageMatchesTheCatalogue() throws {
        let onDisk = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/diagnostics.md"),
            encoding: .utf8)
        #expect(
            onDisk == DiagnosticCatalog.markdown(),
            "run `make templates` to regenerate docs/diagnostics.md")
    }

    @Test func everyCodeIsUniqueAndDocumented() {
        let codes = Diagnostic.Code.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        for code in Diagnostic.Code.allCases {
            #expect(!code.title.isEmpty && code.explanation.count > 20)
            #expect(Diagnostic.Code(rawValue: code.rawValue) == code)
        }
    }
}
