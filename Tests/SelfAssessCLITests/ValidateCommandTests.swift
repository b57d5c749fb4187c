import Foundation
import Testing

@Suite(.tags(.large))
struct ValidateCommandTests {
    @Test func samplesAreValid() async throws {
        let result = try await CLI.run(["validate", "Samples/acme-2024", "Samples/acme-2025", "Samples/huabei-news-2025"])
        #expect(result.status == 0)
        #expect(result.stdout == "Checked 24 files: 0 errors, 0 warnings.\n")
    }
}
