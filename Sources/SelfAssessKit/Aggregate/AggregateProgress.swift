/// How far `aggregate` has come, reported after each bundle.
public struct AggregateProgress: Sendable, Equatable {
    /// Bundles read so far.
    public var done: Int
    /// Bundles to read in all.
    public var total: Int
    /// Bundles refused so far (before the chains are checked).
    public var rejected: Int

    /// Creates a progress report.
    public init(done: Int, total: Int, rejected: Int) {
        self.done = done
        self.total = total
        self.rejected = rejected
    }
}
