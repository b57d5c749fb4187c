extension InputDiscovery {
    /// What ``InputDiscovery/find(_:)`` found.
    public struct Found: Sendable, Equatable {
        /// The bundles, sorted by display name.
        var bundles: [BundleInput] = []
        /// The files walked past, with why, sorted by display name.
        var skipped: [SkippedFile] = []
        /// Named inputs that do not exist, in the order given.
        public var notFound: [String] = []
        /// Folders that could not be listed, sorted by path.
        public var unreadableFolders: [UnreadableFolder] = []

        /// A folder that could not be listed.
        public struct UnreadableFolder: Sendable, Equatable {
            /// The folder, as shown in outputs.
            public var path: String
            /// The system's reason, such as "Permission denied".
            public var reason: String
        }
    }
}
