/// Why `aggregate` could not finish. Every message names the file or folder concerned.
public enum AggregateError: Error, CustomStringConvertible, Equatable, Sendable {
    /// No bundle was accepted and no year was asked for, so there is no year to report on.
    case noYear(bundles: Int)
    /// A reporting year was asked for, but no bundle read claims it (none accepted, none refused
    /// that a registered signatory claims): a report on it would be invented. `held` lists the
    /// years the bundles do claim, oldest first.
    case noBundleForYear(year: Int, bundles: Int, held: [Int])
    /// The first year covered (`--since`) is after the reporting year.
    case sinceAfterYear(since: Int, year: Int)
    /// The output folder exists and is not empty (and replacing it was not asked for).
    case outputExists(folder: String)
    /// The output path exists and is not a folder.
    case outputNotFolder(path: String)
    /// An output file or folder could not be written.
    case writeFailed(path: String, reason: String)

    /// Whether the failure is an input/output failure (exit code 2) rather than a refusal (1).
    public var isInputOutputFailure: Bool {
        if case .writeFailed = self { return true }
        return false
    }

    /// The message.
    public var description: String {
        switch self {
        case .noYear(let bundles):
            "none of the \(bundles) bundle\(bundles == 1 ? "" : "s") found was accepted, so there is no year to report "
                + "on; name it with --year YYYY"
        case .noBundleForYear(let year, let bundles, let held):
            (bundles == 0
                ? "no bundle was found"
                : "no registered signatory's bundle for \(year) is among the \(bundles) bundle"
                    + (bundles == 1 ? "" : "s") + " found"
                    + (held.isEmpty
                        ? ""
                        : " (they are for \(held.map(String.init).joined(separator: ", ")))"))
                + ", so there is nothing to report on for \(year); give that year's bundles, or "
                + "another --year"
        case .sinceAfterYear(let since, let year):
            "--since \(since) is after the reporting year \(year); give a first year covered up to "
                + "\(year)"
        case .outputExists(let folder):
            "\(folder): the output folder exists and is not empty; choose another, or give --force to write the outputs into it"
        case .outputNotFolder(let path):
            "\(path): exists and is not a folder; --out names a folder to write the outputs into"
        case .writeFailed(let path, let reason):
            "\(path): cannot be written: \(reason)"
        }
    }
}
