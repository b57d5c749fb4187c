extension Keyring {
    /// A signatory of the Convention as the society registered it.
    public struct Signatory: Sendable, Equatable {
        /// The signatory id, as in its `assessment.yaml` (2–63 of `a-z`, `0-9`, `-`).
        public var id: String
        /// The company's name, such as `北京艾克米科技有限公司`.
        public var name: String
        /// The category the society files it under, if given (a framework category id).
        public var category: String?
        /// Its keys, in file order; at least one in a loaded keyring.
        public var keys: [Key]

        /// Creates a signatory.
        public init(id: String, name: String, category: String? = nil, keys: [Key]) {
            self.id = id
            self.name = name
            self.category = category
            self.keys = keys
        }
    }
}
