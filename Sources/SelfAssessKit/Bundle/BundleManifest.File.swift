extension BundleManifest {
    /// One entry of a bundle: `{"path", "role", "size", "sha256", "original_name"?}`.
    public struct File: Sendable, Equatable {
        /// What an entry is for; the first folder of its path.
        public enum Role: String, Sendable, CaseIterable {
            /// `assessment/`: `assessment.yaml` and the article files, verbatim.
            case assessment
            /// `evidence/`: the cited evidence files.
            case evidence
            /// `results/`: `scores.json`, and `diff.json` with a prior.
            case results
            /// `report/`: the report for people, HTML and Markdown.
            case report
        }

        /// The entry's path, which follows ``BundlePath`` and starts with the role's folder.
        public var path: String
        /// What the entry is for.
        public var role: Role
        /// The size in bytes.
        public var size: Int
        /// The SHA-256 of the content, lower-case hex.
        public var sha256: String
        /// For evidence stored under a derived name: the path the assessment cites.
        public var originalName: String?

        /// A listed file.
        public init(
            path: String, role: Role, size: Int, sha256: String, originalName: String? = nil
        ) {
            self.path = path
            self.role = role
            self.size = size
            self.sha256 = sha256
            self.originalName = originalName
        }

        /// The path the assessment cites: ``originalName`` when there is one, else ``path``.
        public var citedPath: String { originalName ?? path }

        var jsonValue: JSONValue {
            var members: [String: JSONValue] = [
                "path": .string(path), "role": .string(role.rawValue), "size": .integer(size),
                "sha256": .string(sha256),
            ]
            if let originalName { members["original_name"] = .string(originalName) }
            return .object(members)
        }
    }
}
