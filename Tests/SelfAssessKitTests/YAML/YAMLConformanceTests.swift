import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Runs every input of the YAML test suite through the YAML layer.
///
/// The suite is looked for at `$YAML_TEST_SUITE`, then at `../shared/yaml-test-suite` beside the
/// package. Where neither exists the test is skipped, and the skip says why.
@Suite(.tags(.medium))
struct YAMLConformanceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var input: URL
        /// libyaml's error position (1-based line and column), when libyaml rejects the input.
        var libyamlError: (line: Int, column: Int)?
        var testDescription: String { id }
    }

    static let suiteRoot: URL? = {
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["YAML_TEST_SUITE"] {
            candidates.append(URL(fileURLWithPath: path))
        }
        let packageRoot = TestSupport.packageRoot
        candidates.append(
            packageRoot.appendingPathComponent("../shared/yaml-test-suite").standardized)
        return candidates.first {
            FileManager.default.fileExists(
                atPath: $0.appendingPathComponent("libyaml-0.2.5-results.tsv").path)
        }
    }()

    static let cases: [Case] = {
        guard let root = suiteRoot,
            let table = try? String(
                contentsOf: root.appendingPathComponent("libyaml-0.2.5-results.tsv"),
                encoding: .utf8)
        else { return [] }
        let data =
            (try? FileManager.default.contentsOfDirectory(atPath: root.path))?
            .first { $0.hasPrefix("data-") } ?? "data"
        var cases: [Case] = []
        for row in table.split(separator: "\n").dropFirst() {
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 7 else { continue }
            let id = String(columns[0])
            cases.append(
                Case(
                    id: id,
                    input: root.appendingPathComponent(data).appendingPathComponent(id)
                        .appendingPathComponent("in.yaml"),
                    libyamlError: position(in: String(columns[6]))))
        }
        return cases
    }()

    /// Reads "at line L column C" (the problem's position) out of a libyaml message.
    static func position(in message: String) -> (line: Int, column: Int)? {
        guard let range = message.range(of: #"at line \d+ column \d+"#, options: .regularExpression)
        else { return nil }
        let numbers = message[range].split(separator: " ").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    @Test(
        .enabled(
            if: suiteRoot != nil,
            "YAML test suite not found: set YAML_TEST_SUITE or place it at ../shared/yaml-test-suite"
        ))
    func suiteIsComplete() {
        #expect(Self.cases.count == 402)
        #expect(Self.cases.filter { $0.libyamlError != nil }.count == 129)
    }

    @Test(
        .enabled(
            if: suiteRoot != nil,
            "YAML test suite not found: set YAML_TEST_SUITE or place it at ../shared/yaml-test-suite"
        ),
        .timeLimit(.minutes(1)),
        arguments: cases)
    func everyInputGoesThrough(_ testCase: Case) throws {
        let bytes = try [UInt8](Data(contentsOf: testCase.input))
        let document = YAMLParser.parse(bytes, file: "in.yaml")
        if let expected = testCase.libyamlError {
            let syntax = document.diagnostics.filter {
                $0.code == .syntax || $0.code == .tabIndentation
            }
            #expect(
                syntax.count == 1, "libyaml rejects \(testCase.id); expected one syntax diagnostic")
            let location = try #require(syntax.first?.location)
            #expect(location.line == expected.line && location.column == expected.column)
        } else {
            #expect(!document.diagnostics.contains { $0.code == .syntax })
        }
    }
}
