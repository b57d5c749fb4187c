internal import Crypto

/// Where things go inside a bundle, and how cited evidence paths become entry paths.
///
/// ```
/// assessment/assessment.yaml, assessment/article-N.yaml   the YAML files, verbatim
/// evidence/…                                               every cited evidence file
/// results/scores.json, results/diff.json (with a prior)    computed results
/// report/report.html, report/report.md                     the report for people
/// manifest.json, manifest.json.minisig                     the signed statement
/// ```
public enum BundleLayout {
    /// The file extension of a bundle.
    public static let fileExtension = "sabundle"
    /// The folder of the assessment's YAML files.
    public static let assessmentFolder = "assessment"
    /// `results/scores.json`: the score as `selfassess score --format json` writes it.
    public static let scoresPath = "results/scores.json"
    /// `results/diff.json`: the comparison with the prior bundle, as `selfassess diff --format json` writes it.
    public static let diffPath = "results/diff.json"
    /// `report/report.html`.
    public static let reportHTMLPath = "report/report.html"
    /// `report/report.md`.
    public static let reportMarkdownPath = "report/report.md"

    /// The default file name of a bundle: `SIGNATORY-YEAR.sabundle`.
    public static func fileName(signatory: String, year: Int) -> String {
        "\(signatory)-\(year).\(fileExtension)"
    }

    /// The entry path of a top-level assessment file, such as `assessment/article-2.yaml`.
    public static func assessmentPath(_ file: String) -> String {
        "\(assessmentFolder)/\(file)"
    }

    /// The entry path of each cited evidence file.
    ///
    /// A cited path that already follows ``BundlePath`` and lies under `evidence/` is kept. Any
    /// other becomes `evidence/<safe stem>-<8 hex>.<ext>`: the file name lower-cased, every
    /// character outside `a-z 0-9 . _ -` replaced by `-`, and the first 8 hex digits of the
    /// SHA-256 of the cited path, so the name is the same every time and never collides; the
    /// manifest keeps the cited path as `original_name`. Should two names still meet, the full
    /// digest is used.
    ///
    /// - Parameter cited: The normalized cited paths.
    /// - Returns: The entry path for each cited path.
    public static func evidencePaths(for cited: some Sequence<String>) -> [String: String] {
        let all = Set(cited).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var result: [String: String] = [:]
        var used: Set<[UInt8]> = []
        for path in all where path.hasPrefix("evidence/") && BundlePath.isValid(path) {
            result[path] = path
            used.insert(Array(path.utf8))
        }
        for path in all where result[path] == nil {
            let digest = SHA256.hash(data: Array(path.utf8)).hexString
            var candidate = derivedPath(path, digest: String(digest.prefix(8)))
            if used.contains(Array(candidate.utf8)) {
                candidate = derivedPath(path, digest: digest)
            }
            used.insert(Array(candidate.utf8))
            result[path] = candidate
        }
        return result
    }

    private static func derivedPath(_ cited: String, digest: String) -> String {
        let name = cited.split(separator: "/").last.map(String.init) ?? cited
        var stem = name
        var ext = ""
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            let candidate = name[name.index(after: dot)...].lowercased()
            if (1...10).contains(candidate.utf8.count),
                candidate.utf8.allSatisfy(isLowerAlphanumeric)
            {
                ext = "." + candidate
                stem = String(name[..<dot])
            }
        }
        var safe: [UInt8] = []
        for byte in stem.lowercased().utf8 {
            let kept =
                isLowerAlphanumeric(byte) || byte == UInt8(ascii: "_") ? byte : UInt8(ascii: "-")
            if !isLowerAlphanumeric(kept), safe.last == UInt8(ascii: "-") || safe.isEmpty {
                continue
            }
            safe.append(kept)
        }
        // A segment is at most 100 bytes: stem, '-', digest (8 or 64) and an extension of up to 11.
        let text =
            safe.isEmpty
            ? "file" : String(decoding: safe.prefix(digest.count > 8 ? 24 : 48), as: UTF8.self)
        return "evidence/\(text)-\(digest)\(ext)"
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
