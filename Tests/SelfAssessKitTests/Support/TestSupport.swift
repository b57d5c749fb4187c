import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// What only the kit's tests need, beside SelfAssessTestSupport's paths and folders.
extension TestSupport {
    /// A folder or file under `Tests/SelfAssessKitTests/Fixtures/`.
    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/SelfAssessKitTests/Fixtures")
            .appendingPathComponent(name)
    }

    /// The built-in framework; a test that gets here with a broken framework fails loudly.
    static let framework: Framework = {
        guard let framework = FrameworkLoader.builtin.framework else {
            Issue.record(
                "the built-in framework does not load: \(FrameworkLoader.builtin.diagnostics)")
            return Framework(
                id: "broken", version: "0", title: Bilingual(zh: "", en: ""), issued: nil,
                publisher: nil,
                categories: [], scoring: .init(bands: [], criticalPass: 0), rules: [], articles: [],
                sha256: "")
        }
        return framework
    }()

    /// A fixed "today" so tests do not depend on the clock.
    static let today = CalendarDate(year: 2026, month: 6, day: 1) ?? .startOfYear(2026)
}
