import Foundation
import SelfAssessTestSupport
import Testing

@testable import SelfAssessKit

/// Every CSV of `aggregate` loads into DuckDB with its types: numbers as numbers, flags as
/// booleans, one row per record.
///
/// DuckDB (Python `duckdb`, installed by Scripts/test-deps.sh) sniffs each file as an analyst's
/// `read_csv_auto` would; the test reads back the column types and the row count.
@Suite(.tags(.large))
struct SectorCSVTypesTests {
    static let duckDBAvailable: Bool = {
        guard let python = ExternalTool.python else { return false }
        return (try? ExternalTool.run(python, ["-c", "import duckdb"]).status) == 0
    }()

    /// Prints, for each file given, `name<TAB>rows<TAB>column:TYPE:values,…` (values: the fields
    /// that are not empty).
    static let script = """
        import sys, duckdb
        connection = duckdb.connect()
        for path in sys.argv[1:]:
            source = "read_csv_auto(?, header = true)"
            described = connection.execute(f"DESCRIBE SELECT * FROM {source}", [path]).fetchall()
            names = [row[0] for row in described]
            kinds = [row[1] for row in described]
            counts = connection.execute(
                "SELECT " + ", ".join(["count(*)"] + [f'count("{name}")' for name in names])
                + f" FROM {source}", [path]).fetchall()[0]
            columns = ",".join(
                f"{name}:{kind}:{count}" for name, kind, count in zip(names, kinds, counts[1:]))
            print(f"{path.rsplit('/', 1)[-1]}\\t{counts[0]}\\t{columns}")
        """

    /// The types a column must load as, by file; a column whose fields are all empty in the
    /// fixture loads as text and is not checked.
    static let expected: [String: [String: Set<String>]] = {
        let integer: Set<String> = ["BIGINT", "INTEGER"]
        let number: Set<String> = ["DOUBLE"]
        var signatories: [String: Set<String>] = [
            "year": integer, "overall": number, "previous_overall": number, "change": number,
        ]
        for article in 1...7 { signatories["article_\(article)"] = number }
        var indicators: [String: Set<String>] = [
            "article": integer, "critical": ["BOOLEAN"], "compliance_rate": number,
            "weakest_rank": integer, "not_applicable_rate": number,
        ]
        for column in ["yes", "partial", "no", "not_applicable", "other", "scored"] {
            indicators[column] = integer
        }
        return [
            "signatories.csv": signatories, "indicators.csv": indicators,
            "rejected.csv": ["year": integer, "sequence": integer],
        ]
    }()

    @Test(
        .enabled(
            if: duckDBAvailable,
            "needs python3 with duckdb (pip install duckdb; make test's set-up installs it)"))
    func everyCSVLoadsIntoDuckDBWithItsTypes() async throws {
        let sector = try await SectorFixtures.small()
        let outputs = SectorFixtures.outputs(try await SectorFixtures.aggregated(sector))
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        var rows: [String: Int] = [:]
        for (name, text) in outputs where name.hasSuffix(".csv") {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            paths.append(url.path)
            rows[name] = CSVRecords.count(in: text)
        }
        let python = try #require(ExternalTool.python)
        let result = try ExternalTool.run(python, ["-c", Self.script] + paths.sorted())
        try #require(result.status == 0, "\(result.stderr)")
        var seen: Set<String> = []
        for line in result.stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 3, "\(line)")
            let name = String(fields[0])
            seen.insert(name)
            #expect(Int(fields[1]) == rows[name], "\(name): \(fields[1]) rows, \(rows[name] ?? 0)")
            let columns = Dictionary(
                fields[2].split(separator: ",").map { column -> (String, (String, Int)) in
                    let parts = column.split(separator: ":")
                    return (String(parts[0]), (String(parts[1]), Int(parts[2]) ?? 0))
                }
            ) { first, _ in first }
            for (column, allowed) in Self.expected[name] ?? [:] {
                let (type, values) = try #require(columns[column], "\(name) has no \(column)")
                let empty = values == 0
                #expect(
                    allowed.contains(type) || (empty && type == "VARCHAR"),
                    "\(name): \(column) loads as \(type), not \(allowed.sorted())")
            }
        }
        #expect(seen == Set(outputs.keys.filter { $0.hasSuffix(".csv") }))
    }
}

/// Counts the records of an RFC 4180 document (after its header): line breaks outside quotes.
enum CSVRecords {
    static func count(in text: String) -> Int {
        var quoted = false
        var lines = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == UInt8(ascii: "\n"), !quoted { lines += 1 }
        }
        return max(0, lines - 1)
    }
}
