public import Foundation

/// A bundle file that `aggregate` reads: where it is, how messages and outputs name it, and,
/// when its source knows it, whether it arrived on time.
public struct BundleInput: Sendable, Equatable {
    /// The file.
    public var url: URL
    /// The path as outputs show it: the input as given on the command line, joined with the
    /// path found under it (`submissions/2025/acme-2025.sabundle`).
    public var displayName: String
    /// Whether the signatory-year's submission arrived on time, late or very late, as a registry
    /// decided it from its own clock; nil when not known (a bundle found in a folder).
    public var lateness: Policy.Lateness?

    /// Creates an input.
    public init(url: URL, displayName: String, lateness: Policy.Lateness? = nil) {
        self.url = url
        self.displayName = displayName
        self.lateness = lateness
    }
}
