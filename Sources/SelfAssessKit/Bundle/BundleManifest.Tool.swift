extension BundleManifest {
    /// The tool that wrote a bundle: `{"name": "selfassess", "version": "0.1.0"}`.
    public struct Tool: Sendable, Equatable {
        /// The tool's name.
        public var name: String
        /// The tool's version.
        public var version: String

        /// The tool.
        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }

        /// This build of selfassess.
        public static let current = Tool(name: "selfassess", version: SelfAssessVersion.current)

        var jsonValue: JSONValue { .object(["name": .string(name), "version": .string(version)]) }
    }
}
