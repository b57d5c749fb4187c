/// How far `aggregate` has come, reported after each bundle.
public struct AggregateProgress: Sendable, Equatable {
    /// Bundles read so far.
    public var done: Int
    /// Bundles to read in all.
    public var total: Int
    /// Bundles read so far that failed verification.
    ///
    /// Forks and replays are found only once every bundle is read, so the final number refused can
    /// be higher.
    public var failedVerification: Int

    /// Creates a progress report.
    public init(done: Int, total: Int, failedVerification: Int) {
        self.done = done
        self.total = total
        self.failedVerification = failedVerification
    }
}
