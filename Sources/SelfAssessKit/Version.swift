/// The version of the selfassess toolkit.
public enum SelfAssessVersion {
    /// The tool version, recorded in bundles and printed by `--version`.
    public static let current = "0.1.0"
}
