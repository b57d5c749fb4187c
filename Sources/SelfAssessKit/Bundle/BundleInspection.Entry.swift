extension BundleInspection {
    /// One entry of an inspected bundle.
    public struct Entry: Sendable, Equatable {
        /// The path.
        public var path: String
        /// The size the container declares, in bytes.
        public var size: Int

        /// An entry.
        public init(path: String, size: Int) {
            self.path = path
            self.size = size
        }
    }
}
