/// Why `aggregate` could not finish.
///
/// Every message names the file or folder concerned.
public enum AggregateError: Error, CustomStringConvertible, Equatable, Sendable {
    /// No bundle was accepted and no year was asked for, so there is no year to report on.
    case noYear(bundles: Int)
    /// A reporting year was asked for, but no bundle read claims it (none accepted, none refused
    /// that a registered signatory claims): a report on it would be invented. `held` lists the
    /// years the bundles do claim, oldest first.
    case noBundleForYear(year: Int, bundles: Int, held: [Int])
    /// The first year covered (`--since`) is after the reporting year.
    case sinceAfterYear(since: Int, year: Int)
    /// The accepted bundles of one year were scored under different scoring rules (a 1.0 bundle
    /// and a 1.1 bundle): a year's statistics never mix two rule sets. `rules` maps each rule
    /// set to the signatories whose bundles used it.
    case mixedRules(year: Int, rules: [String: [String]])
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

    /// The message, in English.
    public var description: String { wording.text(in: .english) }
}
