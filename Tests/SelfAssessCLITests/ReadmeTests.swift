import Foundation
import SelfAssessTestSupport
import Testing

/// The README's console examples are real.
///
/// Every `$ selfassess …` line in a console code block is run in order (in a scratch folder that
/// links to Samples/), and its output must match the lines shown. A line holding only "…" skips any
/// number of lines; a "…" inside a line stands for any text there (key ids, which differ with every
/// key).
@Suite(.tags(.large))
struct ReadmeTests {
    struct Example: CustomTestStringConvertible {
        var command: [String]
        var expected: [String]
        var testDescription: String { command.joined(separator: " ") }
    }

    static func examples() throws -> [Example] {
        let readme = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8
        )
        var examples: [Example] = []
        var inConsole = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        {
            if line.hasPrefix("```console") { inConsole = true; continue }
            if line.hasPrefix("```") { inConsole = false; continue }
            guard inConsole else { continue }
            if line.hasPrefix("$ selfassess ") {
                examples.append(
                    Example(command: Array(shellWords(String(line.dropFirst(13)))), expected: []))
            } else if !examples.isEmpty {
                examples[examples.count - 1].expected.append(line)
            }
        }
        return examples
    }

    /// Splits a command line into words, honouring double quotes.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var inWord = false
        for character in line {
            if character == "\"" { quoted.toggle(); inWord = true; continue }
            if character == " ", !quoted {
                if inWord { words.append(current) }
                current = ""
                inWord = false
                continue
            }
            current.append(character)
            inWord = true
        }
        if inWord { words.append(current) }
        return words
    }

    static func matches(_ output: [String], _ expected: [String]) -> Bool {
        var index = 0
        var skipping = false
        for line in expected {
            if line == "…" { skipping = true; continue }
            if skipping {
                while index < output.count, !lineMatches(output[index], line) { index += 1 }
                skipping = false
            }
            guard index < output.count, lineMatches(output[index], line) else { return false }
            index += 1
        }
        return skipping || index == output.count
    }

    /// Whether an output line matches an expected one, where each "…" stands for any text.
    static func lineMatches(_ line: String, _ pattern: String) -> Bool {
        if line == pattern { return true }
        let parts = pattern.components(separatedBy: "…")
        guard parts.count > 1, line.hasPrefix(parts[0]), let last = parts.last, line.hasSuffix(last)
        else {
            return false
        }
        var rest = line.dropFirst(parts[0].count).dropLast(last.count)
        for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
            guard let range = rest.range(of: middle) else { return false }
            rest = rest[range.upperBound...]
        }
        return line.count >= parts[0].count + last.count
    }

    @Test func consoleExamplesAreCurrent() async throws {
        let examples = try Self.examples()
        #expect(examples.count >= 4)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("Samples"),
            withDestinationURL: TestSupport.packageRoot.appendingPathComponent("Samples"))
        for example in examples {
            let result = try await CLI.run(example.command, in: folder)
            var output = (result.stdout + result.stderr).split(
                separator: "\n", omittingEmptySubsequences: false
            ).map(String.init)
            if output.last == "" { output.removeLast() }
            #expect(
                Self.matches(output, example.expected),
                "README example `\(example.testDescription)` printed:\n\(output.joined(separator: "\n"))"
            )
        }
    }
}
