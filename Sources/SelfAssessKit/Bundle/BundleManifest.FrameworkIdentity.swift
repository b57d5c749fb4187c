extension BundleManifest {
    /// The framework an assessment answers, with the SHA-256 of the framework file, so that a
    /// verifier knows whether it holds the same rules: `{"id", "version", "sha256"}`.
    public struct FrameworkIdentity: Sendable, Equatable {
        /// The framework id, such as `bj-app-2014`.
        public var id: String
        /// The framework version, such as `1.0`.
        public var version: String
        /// The SHA-256 of the framework file, lower-case hex.
        public var sha256: String

        /// A framework identity.
        public init(id: String, version: String, sha256: String) {
            self.id = id
            self.version = version
            self.sha256 = sha256
        }

        /// The identity of a loaded framework.
        public init(_ framework: Framework) {
            self.init(id: framework.id, version: framework.version, sha256: framework.sha256)
        }

        /// The id and version, as assessments name them.
        public var reference: FrameworkReference { FrameworkReference(id: id, version: version) }

        var jsonValue: JSONValue {
            .object(["id": .string(id), "version": .string(version), "sha256": .string(sha256)])
        }
    }
}
