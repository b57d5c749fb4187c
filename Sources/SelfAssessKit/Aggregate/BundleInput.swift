import Foundation

/// A bundle file that `aggregate` reads: where it is, and how messages and outputs name it.
struct BundleInput: Sendable, Equatable {
    /// The file.
    var url: URL
    /// The path as outputs show it: the input as given on the command line, joined with the
    /// path found under it (`submissions/2025/acme-2025.sabundle`).
    var displayName: String

    /// Creates an input.
    init(url: URL, displayName: String) {
        self.url = url
        self.displayName = displayName
    }
}
