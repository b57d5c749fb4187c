/// A YAML file read through the YAML layer: its root node (when it could be built), the problems
/// found, and its source for caret lines.
public struct YAMLDocument: Sendable, Equatable {
    /// The file's path as shown in diagnostics.
    public var file: String
    /// The document's root node, or nil when the file could not be read or parsed at all.
    public var root: YAMLNode?
    /// Every problem found while reading, in file order.
    public var diagnostics: [Diagnostic]
    /// The file's text, or nil when the file could not be read.
    public var source: SourceText?

    /// Creates a document.
    public init(file: String, root: YAMLNode?, diagnostics: [Diagnostic], source: SourceText?) {
        self.file = file
        self.root = root
        self.diagnostics = diagnostics
        self.source = source
    }
}
