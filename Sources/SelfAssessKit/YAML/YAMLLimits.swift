/// Limits that keep hostile or broken input from exhausting time or memory.
public struct YAMLLimits: Sendable, Equatable {
    /// The largest file read, in bytes, checked before the file is read.
    ///
    /// Default 8 MiB.
    public var maxFileSize: Int
    /// The deepest nesting of mappings and sequences, counted while reading events.
    ///
    /// Default 64.
    public var maxDepth: Int
    /// How many diagnostics of one code one file reports before summarising the rest.
    ///
    /// Default 10.
    public var maxRepeatedDiagnostics: Int

    /// Creates limits.
    public init(maxFileSize: Int = 8 << 20, maxDepth: Int = 64, maxRepeatedDiagnostics: Int = 10) {
        self.maxFileSize = maxFileSize
        self.maxDepth = maxDepth
        self.maxRepeatedDiagnostics = maxRepeatedDiagnostics
    }

    /// The default limits.
    public static let `default` = YAMLLimits()
}
