import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// docs/aggregate.md and the code agree: the table of rejection reasons lists exactly the codes
/// each reason is given for, and every output file the page describes is written.
@Suite(.tags(.small))
struct AggregateDocsTests {
    static let page =
        (try? String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/aggregate.md"),
            encoding: .utf8)) ?? ""

    /// `SB200–SB211, SB221` → the codes.
    static func codes(_ text: String) -> Set<String> {
        var codes: Set<String> = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let bounds = part.split(separator: "–").compactMap { Int($0.dropFirst(2)) }
            guard let low = bounds.first, part.hasPrefix("SB") else { continue }
            for code in low...(bounds.last ?? low) { codes.insert("SB\(code)") }
        }
        return codes
    }

    @Test func theReasonTableListsEveryCode() throws {
        var documented: [RejectionReason: Set<String>] = [:]
        for line in Self.page.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3,
                let reason = RejectionReason(rawValue: cells[0].trimmingCharacters(in: ["`"])),
                reason != .unreadable
            else { continue }
            documented[reason] = Self.codes(cells[1])
        }
        var mapped: [RejectionReason: Set<String>] = [:]
        for (code, reason) in RejectionReason.byCode { mapped[reason, default: []].insert(code) }
        #expect(documented == mapped)
        #expect(Set(documented.keys).union([.unreadable]) == Set(RejectionReason.allCases))
    }

    @Test func everyOutputIsDescribed() {
        for file in SectorOutput.File.allCases {
            #expect(Self.page.contains("### `\(file.name)`"), "\(file.name)")
        }
    }
}
