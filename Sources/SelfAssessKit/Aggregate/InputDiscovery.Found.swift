extension InputDiscovery {
    /// What ``InputDiscovery/find(_:)`` found.
    public struct Found: Sendable, Equatable {
        /// The bundles, sorted by display name.
        public internal(set) var bundles: [BundleInput] = []
        /// The files walked past, with why, sorted by display name.
        var skipped: [SkippedFile] = []
        /// Named inputs that do not exist, in the order given.
        public var notFound: [String] = []
        /// Folders that could not be listed, sorted by path.
        public var unreadableFolders: [UnreadableFolder] = []

        /// Nothing found.
        init() {}

        /// The bundles of a source other than a folder (a registry's stored bundles): nothing
        /// skipped, nothing missing.
        ///
        /// - Parameter bundles: The bundles; they are sorted by display name.
        public init(bundles: [BundleInput]) {
            self.bundles = bundles.sorted {
                $0.displayName.utf8.lexicographicallyPrecedes($1.displayName.utf8)
            }
        }

        /// A folder that could not be listed.
        public struct UnreadableFolder: Sendable, Equatable {
            /// The folder, as shown in outputs.
            public var path: String
            /// The system's reason, such as "Permission denied".
            public var reason: String
        }
    }
}
